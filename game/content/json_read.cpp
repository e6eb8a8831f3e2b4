#include "json_read.hpp"

#include <algorithm>
#include <vector>

namespace bip {
namespace {

using Json = nlohmann::json;

std::string Escaped(const std::string& token) {
  std::string out;
  for (char c : token) {
    if (c == '~')
      out += "~0";
    else if (c == '/')
      out += "~1";
    else
      out += c;
  }
  return out;
}

// Keeps a message on one line and short, whatever the file held.
std::string OneLine(std::string s, std::size_t max = 160) {
  for (char& c : s)
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) c = ' ';
  if (s.size() > max) {
    std::size_t cut = max;
    while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80)
      --cut;  // whole UTF-8 characters
    s = s.substr(0, cut) + "...";
  }
  return s;
}

// A SAX handler that builds the document and stops at the first problem.
class CheckedBuilder {
 public:
  CheckedBuilder(const std::string& text, JsonError& error) : text_(text), error_(error) {}
  Json& root() { return root_; }

  bool null() { return Put(Json(nullptr)) != nullptr; }
  bool boolean(bool v) { return Put(Json(v)) != nullptr; }
  bool number_integer(Json::number_integer_t v) { return Put(Json(v)) != nullptr; }
  bool number_unsigned(Json::number_unsigned_t v) { return Put(Json(v)) != nullptr; }
  bool number_float(Json::number_float_t v, const Json::string_t&) {
    return Put(Json(v)) != nullptr;
  }
  bool string(Json::string_t& v) { return Put(Json(std::move(v))) != nullptr; }
  bool binary(Json::binary_t& v) { return Put(Json::binary(std::move(v))) != nullptr; }
  bool start_object(std::size_t) { return Open(Json::object()); }
  bool start_array(std::size_t) { return Open(Json::array()); }
  bool end_object() { return Close(); }
  bool end_array() { return Close(); }

  bool key(Json::string_t& k) {
    if (stack_.back()->contains(k)) {
      error_.pointer = Pointer() + "/" + Escaped(k);
      error_.message = "duplicate key \"" + OneLine(k, 60) +
                       "\" in one object (expected each key once; the later value would silently "
                       "replace the earlier)";
      return false;
    }
    key_ = std::move(k);
    return true;
  }

  bool parse_error(std::size_t byte, const std::string& last_token,
                   const nlohmann::detail::exception& e) {
    // The byte offset as a line and column an author can find; a number too
    // large is shown where it starts (the parser stands at its end).
    if (e.id == 406 && byte >= last_token.size()) byte -= last_token.size() - 1;
    std::size_t line = 1, col = 1;
    const std::size_t upto = std::min<std::size_t>(byte > 0 ? byte - 1 : 0, text_.size());
    for (std::size_t i = 0; i < upto; ++i) {
      if (text_[i] == '\n') {
        ++line;
        col = 1;
      } else {
        ++col;
      }
    }
    std::string what;
    if (e.id == 406) {  // out_of_range: a number a double cannot hold
      what = "the number " + OneLine(last_token, 40) +
             " is too large (expected a number from -1.7e308 to 1.7e308)";
    } else {
      what = e.what();
      const std::size_t column = what.find("column ");
      const std::size_t colon = what.find(": ", column == std::string::npos ? 0 : column);
      if (colon != std::string::npos) what = what.substr(colon + 2);
      what = OneLine(what);
      if (what.find("invalid literal") != std::string::npos)
        what +=
            " (expected a number, a string, true, false, null, an object or an array; NaN and "
            "Infinity are not JSON)";
      else if (what.find("expected") == std::string::npos)
        what += " (expected valid JSON)";
    }
    error_.pointer.clear();
    error_.message = "not valid JSON at line " + std::to_string(line) + ", column " +
                     std::to_string(col) + ": " + what;
    return false;
  }

 private:
  // Places a value where the parser is (the root, the next array element or
  // the member named by the last key) and returns it.
  Json* Put(Json&& v) {
    if (stack_.empty()) {
      root_ = std::move(v);
      return &root_;
    }
    Json& parent = *stack_.back();
    if (parent.is_array()) {
      parent.push_back(std::move(v));
      return &parent.back();
    }
    Json& slot = parent[key_];
    slot = std::move(v);
    return &slot;
  }

  bool Open(Json&& empty) {
    if (stack_.size() >= kMaxJsonDepth) {
      error_.pointer = Pointer();
      error_.message = "nested deeper than " + std::to_string(kMaxJsonDepth) +
                       " objects and arrays (expected a shallower document)";
      return false;
    }
    const std::string token =
        stack_.empty()
            ? ""
            : (stack_.back()->is_array() ? std::to_string(stack_.back()->size()) : Escaped(key_));
    Json* placed = Put(std::move(empty));
    stack_.push_back(placed);
    tokens_.push_back(token);
    return true;
  }

  bool Close() {
    stack_.pop_back();
    tokens_.pop_back();
    return true;
  }

  std::string Pointer() const {
    std::string p;
    for (std::size_t i = 1; i < tokens_.size(); ++i) p += "/" + tokens_[i];
    return p;
  }

  const std::string& text_;
  JsonError& error_;
  Json root_;
  std::vector<Json*> stack_;         // open objects and arrays, innermost last
  std::vector<std::string> tokens_;  // where each of them sits in its parent
  std::string key_;                  // the key of the member being read
};

}  // namespace

std::optional<Json> ParseJsonText(const std::string& text, JsonError& error) {
  CheckedBuilder builder(text, error);
  try {
    if (!Json::sax_parse(text, &builder)) return std::nullopt;
  } catch (const std::exception& e) {  // e.g. out of memory: refused, not a crash
    error.pointer.clear();
    error.message = std::string("cannot be read as JSON: ") + OneLine(e.what());
    return std::nullopt;
  }
  return std::move(builder.root());
}

}  // namespace bip
