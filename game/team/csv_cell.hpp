#pragma once
// One CSV field for the reports (semicolon-separated, for Swedish and Danish
// spreadsheets), safe to open: a field that a spreadsheet would run as a
// formula is turned into text.
#include <string>

namespace bip {

// Quotes the field when it holds a separator, a quote or a line break, and
// neutralises formula injection the way spreadsheet-safety guidance (OWASP,
// "CSV Injection") recommends: a field starting with = + - @, a tab or a
// line break gets a leading apostrophe, so the spreadsheet shows it as text.
// A plain number ("-3", "-1,5", "2.0") is left as it is: it cannot be a
// formula, and our own negative figures must stay numbers.
std::string CsvField(const std::string& s);

}  // namespace bip
