#include "csvreader.h"

namespace triage {

Result<CsvReader> CsvReader::open(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        return makeError(ErrorCode::NotFound, "cannot open CSV file " + path);
    }
    char bom[3] = {};
    in.read(bom, 3);
    if (!(in.gcount() == 3 && bom[0] == '\xEF' && bom[1] == '\xBB' && bom[2] == '\xBF')) {
        in.clear();
        in.seekg(0);
    }
    return CsvReader(std::move(in), path);
}

bool CsvReader::next(std::vector<std::string> &fields)
{
    fields.clear();
    std::string field;
    bool quoted = false, any = false;
    m_line = m_nextLine;
    char c;
    while (m_in.get(c)) {
        any = true;
        if (quoted) {
            if (c == '"') {
                if (m_in.peek() == '"') {
                    field += '"';
                    m_in.get(c);
                } else {
                    quoted = false;
                }
            } else {
                if (c == '\n') {
                    ++m_nextLine;
                }
                field += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            fields.push_back(std::move(field));
            field.clear();
        } else if (c == '\n') {
            ++m_nextLine;
            fields.push_back(std::move(field));
            return true;
        } else if (c != '\r') {
            field += c;
        }
    }
    if (!any) {
        return false;
    }
    if (quoted) {
        // Taking the rest of the file as one field would turn it into one bogus path.
        m_error = m_path + " line " + std::to_string(m_line) +
                  ": a quoted field is never closed (a \" without its closing \")";
        fields.clear();
        return false;
    }
    fields.push_back(std::move(field));
    return true;
}

std::string csvField(const std::string &value)
{
    if (value.find_first_of(",\"\n\r") == std::string::npos) {
        return value;
    }
    std::string out = "\"";
    for (char c : value) {
        out += c;
        if (c == '"') {
            out += '"';
        }
    }
    return out + "\"";
}

}  // namespace triage
