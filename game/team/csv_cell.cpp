#include "csv_cell.hpp"

#include <cctype>

namespace bip {
namespace {

// An optional minus, digits, and at most one decimal comma or point.
bool PlainNumber(const std::string& s) {
  std::size_t i = s.size() > 1 && s[0] == '-' ? 1 : 0;
  bool digits = false, separator = false;
  for (; i < s.size(); ++i) {
    const char ch = s[i];
    if (std::isdigit(static_cast<unsigned char>(ch))) {
      digits = true;
    } else if ((ch == ',' || ch == '.') && !separator && digits) {
      separator = true;
    } else {
      return false;
    }
  }
  return digits && s.back() != ',' && s.back() != '.';
}

bool StartsAFormula(const std::string& s) {
  if (s.empty() || PlainNumber(s)) return false;
  switch (s[0]) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
    case '\n':
      return true;
    default:
      break;
  }
  // The full-width forms (U+FF1D = U+FF0B + U+FF0D - U+FF20 @), which some
  // spreadsheets read as their ASCII twins.
  if (s.size() >= 3 && static_cast<unsigned char>(s[0]) == 0xEF) {
    const auto b1 = static_cast<unsigned char>(s[1]), b2 = static_cast<unsigned char>(s[2]);
    return (b1 == 0xBC && (b2 == 0x9D || b2 == 0x8B || b2 == 0x8D)) || (b1 == 0xBD && b2 == 0x80);
  }
  return false;
}

}  // namespace

std::string CsvField(const std::string& s) {
  const std::string text = StartsAFormula(s) ? "'" + s : s;
  if (text.find_first_of(";\"\r\n") == std::string::npos) return text;
  std::string out = "\"";
  for (char ch : text) {
    if (ch == '"') out += '"';
    out += ch;
  }
  return out + "\"";
}

}  // namespace bip
