#pragma once
// Reads one JSON object field by field, recording a Problem (file, pointer,
// expectation) for every wrong or missing value and, at Finish(), for every
// key nobody asked for: typos must not pass silently.
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "problems.hpp"

namespace bip {

using Json = nlohmann::json;

std::string PointerJoin(const std::string& base, const std::string& key);
std::string PointerJoin(const std::string& base, std::size_t index);
std::string Describe(const Json& value);  // "a string", "the number 3", ...
// The value as an int when it is a whole number from lo to hi; compared as
// 64-bit, so 4294967308 is out of range, not a quarter 12 by wrap-around.
std::optional<int> IntIn(const Json& value, int lo, int hi);

// Parses a file; records a problem (with line and column) and returns
// nothing when it is missing or not JSON.
std::optional<Json> ParseFile(const std::string& path, const std::string& shown_name,
                              Problems& problems);

class Reader {
 public:
  Reader(const Json& value, std::string file, std::string pointer, Problems& problems);
  ~Reader();
  Reader(const Reader&) = delete;
  Reader& operator=(const Reader&) = delete;

  bool ok() const { return object_ != nullptr; }
  bool Has(const std::string& key) const;
  const std::string& file() const { return file_; }
  const std::string& pointer() const { return pointer_; }
  std::string At(const std::string& key) const { return PointerJoin(pointer_, key); }
  Problems& problems() { return problems_; }

  std::string String(const std::string& key, std::optional<std::string> fallback = std::nullopt);
  double Number(const std::string& key, double min, double max,
                std::optional<double> fallback = std::nullopt);
  int Integer(const std::string& key, int min, int max, std::optional<int> fallback = std::nullopt);
  bool Bool(const std::string& key, std::optional<bool> fallback = std::nullopt);
  // The value under key, checked to be an array / object; null when wrong.
  const Json* Array(const std::string& key, bool required = true);
  const Json* Object(const std::string& key, bool required = true);
  std::vector<std::string> StringList(const std::string& key, bool required = true);
  // Marks a key as known without reading it (read by someone else).
  void Skip(const std::string& key);
  void Problem(const std::string& key, const std::string& message);
  // Reports unknown keys once; called by the destructor when not called.
  void Finish();

 private:
  const Json* Get(const std::string& key, const char* expected, bool required);

  const Json* object_ = nullptr;
  std::string file_;
  std::string pointer_;
  Problems& problems_;
  std::set<std::string> seen_;
  bool finished_ = false;
};

}  // namespace bip
