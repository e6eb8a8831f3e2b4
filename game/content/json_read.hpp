#pragma once
// Parses JSON text from an untrusted file without ever throwing. Beyond
// nlohmann's syntax errors it refuses what the plain parser lets through or
// throws on: numbers too large for a double (out_of_range.406), the same key
// twice in one object (the last would silently win) and nesting deeper than
// any of our formats uses (a stack-exhaustion risk for recursive readers).
#include <cstddef>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

namespace bip {

inline constexpr std::size_t kMaxJsonDepth = 128;

struct JsonError {
  std::string pointer;  // JSON pointer of the problem, "" when it is a syntax error
  std::string message;  // one line: what is wrong, where, what was expected
  // "pointer: message", or the message alone.
  std::string Line() const { return pointer.empty() ? message : pointer + ": " + message; }
};

std::optional<nlohmann::json> ParseJsonText(const std::string& text, JsonError& error);

}  // namespace bip
