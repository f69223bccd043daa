#pragma once
// A small RFC 4180 CSV reader for manifests and truth files: quoted fields, doubled
// quotes, CRLF or LF line ends, a UTF-8 BOM. One row at a time.
#include "result.h"

#include <fstream>
#include <string>
#include <vector>

namespace triage {

class CsvReader {
public:
    static Result<CsvReader> open(const std::string &path);

    // Reads the next row into `fields`; false at the end of the file or on an error
    // (then failed() is true and error() names the line).
    bool next(std::vector<std::string> &fields);
    int64_t lineNumber() const { return m_line; }  // of the row just read, 1-based
    bool failed() const { return !m_error.empty(); }
    Error error() const { return makeError(ErrorCode::CorruptData, m_error); }

private:
    CsvReader(std::ifstream in, std::string path) : m_in(std::move(in)), m_path(std::move(path)) {}
    std::ifstream m_in;
    std::string m_path;
    std::string m_error;
    int64_t m_line = 0;
    int64_t m_nextLine = 1;
};

// Writes one CSV field, quoted when it has to be.
std::string csvField(const std::string &value);

}  // namespace triage
