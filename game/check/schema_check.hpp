#pragma once
// JSON Schema validation of content files (content/schema/*.schema.json,
// draft 7, validated with valijson). Every schema error becomes one Problem:
// the file, the JSON pointer of the value, what is wrong and what was
// expected (worded from the schema: the type, range, allowed values, keys).
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "problems.hpp"

namespace bip {

class SchemaSet {
 public:
  SchemaSet();
  ~SchemaSet();
  SchemaSet(SchemaSet&&) noexcept;
  SchemaSet& operator=(SchemaSet&&) noexcept;

  // Reads every *.schema.json in dir. A schema that cannot be read or used
  // is a problem (named by its file); the others still work.
  static SchemaSet Load(const std::string& dir, Problems& problems);

  const std::string& dir() const { return dir_; }
  // "case" for case.schema.json, ...
  bool Has(const std::string& name) const;
  std::vector<std::string> Names() const;
  // The schema document itself (for tests and tools).
  const nlohmann::json* Document(const std::string& name) const;

  // Validates a parsed document against a schema; one problem per error,
  // each with the file as shown to the author. `covered` (if given) gets
  // the pointers a reported line also speaks for (a typo's intended key).
  void Validate(const std::string& name, const nlohmann::json& doc, const std::string& shown_file,
                Problems& problems, std::vector<std::string>* covered = nullptr) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
  std::string dir_;
};

// The schema a content file belongs to, from its path relative to the
// content directory ("cases/anna.json" -> "case"); "" when none.
std::string SchemaNameFor(const std::string& relative_path);

}  // namespace bip
