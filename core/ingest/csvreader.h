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

    // Reads the next row into `fields`; false at the end of the file.
    bool next(std::vector<std::string> &fields);
    int64_t lineNumber() const { return m_line; }  // of the row just read, 1-based

private:
    explicit CsvReader(std::ifstream in) : m_in(std::move(in)) {}
    std::ifstream m_in;
    int64_t m_line = 0;
    int64_t m_nextLine = 1;
};

// Writes one CSV field, quoted when it has to be.
std::string csvField(const std::string &value);

}  // namespace triage
