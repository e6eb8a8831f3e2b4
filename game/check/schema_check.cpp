#include "schema_check.hpp"

#include <algorithm>
#include <filesystem>
#include <optional>
#include <set>
#include <stdexcept>

#include "edit_distance.hpp"

// valijson reports a broken schema by exception instead of abort().
#ifndef VALIJSON_USE_EXCEPTIONS
#define VALIJSON_USE_EXCEPTIONS 1
#endif
#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

#include "json_reader.hpp"

namespace bip {
namespace fs = std::filesystem;

namespace {

using Adapter = valijson::adapters::NlohmannJsonAdapter;

constexpr const char* kSuffix = ".schema.json";

bool StartsWith(const std::string& s, const std::string& prefix) {
  return s.rfind(prefix, 0) == 0;
}

std::string JoinList(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& s : items) out += (out.empty() ? "" : ", ") + s;
  return out;
}

// Copies what a schema refers to in other files into its own definitions,
// as "<file stem>__<pointer segments>", and points the references there.
void Rewrite(Json& node, const std::string& current, const std::map<std::string, Json>& docs,
             Json& definitions, const std::string& root) {
  if (node.is_array()) {
    for (Json& item : node) Rewrite(item, current, docs, definitions, root);
    return;
  }
  if (!node.is_object()) return;
  for (auto& [key, value] : node.items())
    if (key != "$ref") Rewrite(value, current, docs, definitions, root);
  if (!node.contains("$ref") || !node["$ref"].is_string()) return;
  const std::string ref = node["$ref"].get<std::string>();
  const auto hash = ref.find('#');
  const std::string file = ref.substr(0, hash).empty() ? current : ref.substr(0, hash);
  const std::string ptr = hash == std::string::npos ? "" : ref.substr(hash + 1);
  if (file == root) {
    node["$ref"] = "#" + ptr;
    return;
  }
  std::string local = file.substr(0, file.find('.'));
  for (char c : ptr) local += c == '/' ? std::string("__") : std::string(1, c);
  node["$ref"] = "#/definitions/" + local;
  if (definitions.contains(local)) return;
  const auto doc = docs.find(file);
  if (doc == docs.end())
    throw std::runtime_error("\"$ref\": \"" + ref + "\" names a schema file that is not there");
  definitions[local] = Json::object();  // reserve: a definition may refer to itself
  Json copy = doc->second.at(Json::json_pointer(ptr));
  Rewrite(copy, file, docs, definitions, root);
  definitions[local] = std::move(copy);
}

Json Bundle(const std::map<std::string, Json>& docs, const std::string& root) {
  Json out = docs.at(root);
  Json copied = Json::object();
  Rewrite(out, root, docs, copied, root);
  if (!out.contains("definitions")) out["definitions"] = Json::object();
  for (auto& [k, v] : copied.items()) out["definitions"][k] = std::move(v);
  return out;
}

}  // namespace

struct SchemaSet::Impl {
  std::map<std::string, Json> docs;  // by file name, "case.schema.json"
  std::map<std::string, std::unique_ptr<valijson::Schema>> schemas;  // by name, "case"

  // ---- Finding the schema nodes that govern one place in a document ----
  struct Node {
    const Json* schema;
    std::string doc;
  };

  std::optional<Node> Deref(Node n) const {
    for (int guard = 0; guard < 32 && n.schema->is_object() && n.schema->contains("$ref");
         ++guard) {
      const std::string ref = (*n.schema)["$ref"].get<std::string>();
      const auto hash = ref.find('#');
      const std::string file = ref.substr(0, hash);
      const std::string ptr = hash == std::string::npos ? "" : ref.substr(hash + 1);
      const std::string doc = file.empty() ? n.doc : file;
      const auto it = docs.find(doc);
      if (it == docs.end()) return std::nullopt;
      try {
        n = Node{&it->second.at(Json::json_pointer(ptr)), doc};
      } catch (const std::exception&) {
        return std::nullopt;
      }
    }
    return n;
  }

  // The `if` forms these schemas use: required keys and const/enum values.
  static bool Matches(const Json& cond, const Json* instance) {
    if (!instance || !instance->is_object()) return false;
    if (cond.contains("required"))
      for (const Json& k : cond["required"])
        if (!instance->contains(k.get<std::string>())) return false;
    if (cond.contains("properties"))
      for (const auto& [key, sub] : cond["properties"].items()) {
        if (!instance->contains(key)) continue;
        const Json& v = (*instance)[key];
        if (sub.contains("const") && sub["const"] != v) return false;
        if (sub.contains("enum") &&
            std::find(sub["enum"].begin(), sub["enum"].end(), v) == sub["enum"].end())
          return false;
      }
    return true;
  }

  void Expand(Node n, const Json* instance, std::vector<Node>& out) const {
    const auto d = Deref(n);
    if (!d || !d->schema->is_object()) return;
    out.push_back(*d);
    const Json& s = *d->schema;
    if (s.contains("allOf"))
      for (const Json& sub : s["allOf"]) Expand(Node{&sub, d->doc}, instance, out);
    if (s.contains("if")) {
      if (Matches(s["if"], instance)) {
        if (s.contains("then")) Expand(Node{&s["then"], d->doc}, instance, out);
      } else if (s.contains("else")) {
        Expand(Node{&s["else"], d->doc}, instance, out);
      }
    }
  }

  std::vector<Node> Child(const std::vector<Node>& nodes, const Json* parent,
                          const std::string& token, const Json* child) const {
    std::vector<Node> out;
    const bool array = parent && parent->is_array();
    for (const Node& n : nodes) {
      const Json& s = *n.schema;
      if (array || (!parent && s.contains("items"))) {
        if (!s.contains("items")) continue;
        const Json& items = s["items"];
        if (items.is_array()) {
          std::size_t index = 0;
          try {
            index = std::stoul(token);
          } catch (const std::exception&) {
            continue;
          }
          if (index < items.size())
            Expand(Node{&items[index], n.doc}, child, out);
          else if (s.contains("additionalItems") && s["additionalItems"].is_object())
            Expand(Node{&s["additionalItems"], n.doc}, child, out);
        } else {
          Expand(Node{&items, n.doc}, child, out);
        }
      } else {
        if (s.contains("properties") && s["properties"].contains(token))
          Expand(Node{&s["properties"][token], n.doc}, child, out);
        else if (s.contains("additionalProperties") && s["additionalProperties"].is_object())
          Expand(Node{&s["additionalProperties"], n.doc}, child, out);
      }
    }
    return out;
  }

  // ---- Wording what a schema expects ----
  static std::string Number(const Json& v) { return v.dump(); }

  static std::string Expected(const std::vector<Node>& nodes) {
    const Json* cst = nullptr;
    const Json* enm = nullptr;
    const Json* desc = nullptr;
    std::string type;
    const Json *min = nullptr, *max = nullptr, *pattern = nullptr, *min_len = nullptr;
    for (const Node& n : nodes) {
      const Json& s = *n.schema;
      if (s.contains("const")) cst = &s["const"];
      if (s.contains("enum")) enm = &s["enum"];
      if (s.contains("description") && !desc) desc = &s["description"];
      if (s.contains("type") && s["type"].is_string()) type = s["type"].get<std::string>();
      if (s.contains("minimum")) min = &s["minimum"];
      if (s.contains("maximum")) max = &s["maximum"];
      if (s.contains("pattern")) pattern = &s["pattern"];
      if (s.contains("minLength")) min_len = &s["minLength"];
    }
    const std::string about = desc ? desc->get<std::string>() : "";
    if (cst) return cst->dump() + (about.empty() ? "" : ": " + about);
    if (enm) {
      std::vector<std::string> items;
      for (const Json& v : *enm) items.push_back(v.is_string() ? v.get<std::string>() : v.dump());
      return "one of " + JoinList(items);
    }
    if (type == "integer" || type == "number") {
      std::string what = type == "integer" ? "a whole number" : "a number";
      if (min && max)
        what += " from " + Number(*min) + " to " + Number(*max);
      else if (min)
        what += " of at least " + Number(*min);
      else if (max)
        what += " of at most " + Number(*max);
      return what + (about.empty() ? "" : ": " + about);
    }
    if (type == "boolean") return "true or false" + (about.empty() ? "" : ": " + about);
    if (!about.empty()) return about;
    if (type == "string") {
      if (pattern) return "a text matching " + pattern->get<std::string>();
      return min_len ? "a non-empty text" : "a text";
    }
    if (type == "object") return "an object";
    if (type == "array") return "a list";
    return "a value of the documented format";
  }

  static std::vector<std::string> KnownKeys(const std::vector<Node>& nodes) {
    std::vector<std::string> keys;
    for (const Node& n : nodes)
      if (n.schema->contains("properties"))
        for (const auto& [k, v] : (*n.schema)["properties"].items())
          if (std::find(keys.begin(), keys.end(), k) == keys.end()) keys.push_back(k);
    return keys;
  }

  // ---- One valijson error as one problem ----
  struct Mapped {
    std::string pointer;
    std::string message;
    bool type_error = false;
    bool summary = false;  // "Failed to validate ..." about a part with its own errors
    std::string missing;   // pointer of a missing key
    std::string suggests;  // for an unknown key: pointer of the key it likely means
  };

  Mapped Map(const std::string& root_doc, const Json& doc,
             const valijson::ValidationResults::Error& e) const {
    // Walk the context ("<root>", "[events]", "[0]", ...) through the
    // instance and the schema at the same time.
    std::string pointer;
    const Json* inst = &doc;
    std::vector<Node> nodes;
    const Json& root = docs.at(root_doc);
    Expand(Node{&root, root_doc}, inst, nodes);
    for (std::size_t i = 1; i < e.context.size(); ++i) {
      std::string token = e.context[i];
      if (token.size() >= 2 && token.front() == '[' && token.back() == ']')
        token = token.substr(1, token.size() - 2);
      const Json* next = nullptr;
      if (inst && inst->is_array()) {
        try {
          const std::size_t index = std::stoul(token);
          if (index < inst->size()) next = &(*inst)[index];
        } catch (const std::exception&) {
        }
        pointer = PointerJoin(pointer, token);
      } else {
        if (inst && inst->is_object() && inst->contains(token)) next = &(*inst)[token];
        pointer = PointerJoin(pointer, token);
      }
      nodes = Child(nodes, inst, token, next);
      inst = next;
    }

    Mapped m;
    const std::string& d = e.description;
    auto quoted = [&](const std::string& prefix) {
      const auto a = d.find('\'', prefix.size() - 1);
      const auto b = d.rfind('\'');
      return a != std::string::npos && b > a ? d.substr(a + 1, b - a - 1) : std::string();
    };
    const std::string found = inst ? Describe(*inst) : "nothing";
    if (StartsWith(d, "Missing required property '")) {
      const std::string key = quoted("Missing required property '");
      m.pointer = PointerJoin(pointer, key);
      m.missing = m.pointer;
      m.message = "missing key \"" + key + "\" (expected " +
                  Expected(Child(nodes, inst, key, nullptr)) + ")";
    } else if (StartsWith(d, "Object contains a property that could not be validated")) {
      const std::string key = quoted(
          "Object contains a property that could not be validated using 'properties' or "
          "'additionalProperties' constraints: '");
      m.pointer = PointerJoin(pointer, key);
      const std::vector<std::string> known = KnownKeys(nodes);
      std::string best;
      std::size_t best_distance = 3;  // at most two edits away
      for (const std::string& k : known) {
        const std::size_t dist = EditDistance(key, k);
        if (dist < best_distance && (!inst || !inst->contains(k))) {
          best_distance = dist;
          best = k;
        }
      }
      if (!best.empty()) m.suggests = PointerJoin(pointer, best);
      m.message = "unknown key \"" + key + "\"" +
                  (best.empty() ? "" : ", did you mean \"" + best + "\"?") +
                  " (expected one of: " + JoinList(known) + ")";
    } else if (StartsWith(d, "Value type not permitted")) {
      m.pointer = pointer;
      m.type_error = true;
      m.message = "wrong type: found " + found + " (expected " + Expected(nodes) + ")";
    } else if (StartsWith(d, "Expected number")) {
      m.pointer = pointer;
      m.message = "out of range: found " + (inst ? inst->dump() : found) + " (expected " +
                  Expected(nodes) + ")";
    } else if (StartsWith(d, "Array should contain") ||
               StartsWith(d, "Array contains more items")) {
      m.pointer = pointer;
      m.message = "wrong number of items: found " +
                  std::to_string(inst && inst->is_array() ? inst->size() : 0) + " (expected " +
                  Expected(nodes) + ")";
    } else if (StartsWith(d, "String should be no fewer")) {
      m.pointer = pointer;
      m.message = "empty text (expected " + Expected(nodes) + ")";
    } else if (StartsWith(d, "Failed to match against any enum values") ||
               StartsWith(d, "Failed to match expected value set by 'const'")) {
      m.pointer = pointer;
      m.message = "unknown value: found " + found + " (expected " + Expected(nodes) + ")";
    } else if (StartsWith(d, "Failed to match regex")) {
      m.pointer = pointer;
      m.message = "badly formed: found " + found + " (expected " + Expected(nodes) + ")";
    } else if (StartsWith(d, "Elements at indexes #")) {
      // "Elements at indexes #0 and #2 violate uniqueness constraint."
      std::size_t first = 0, second = 0;
      if (std::sscanf(d.c_str(), "Elements at indexes #%zu and #%zu", &first, &second) == 2) {
        m.pointer = PointerJoin(pointer, second);
        const Json* dup =
            inst && inst->is_array() && second < inst->size() ? &(*inst)[second] : nullptr;
        m.message = "duplicate: " + (dup ? dup->dump() : std::string("this item")) +
                    " is also item " + std::to_string(first) + " (expected each item once)";
      } else {
        m.pointer = pointer;
        m.message = "duplicate items (expected each item once)";
      }
    } else if (StartsWith(d, "Failed to any values against subschema in 'contains'")) {
      m.pointer = pointer;
      std::string what = "an item of the documented format";
      for (const Node& n : nodes)
        if (n.schema->contains("contains") && (*n.schema)["contains"].contains("description"))
          what = (*n.schema)["contains"]["description"].get<std::string>();
      m.message = "missing item (expected " + what + ")";
    } else if (StartsWith(d, "Failed to validate") || StartsWith(d, "Cannot validate item")) {
      m.pointer = pointer;
      m.summary = true;
      m.message = "does not match the format (expected " + Expected(nodes) + ")";
    } else {
      m.pointer = pointer;
      m.message = d + " (expected " + Expected(nodes) + ")";
    }
    return m;
  }
};

SchemaSet::SchemaSet() : impl_(std::make_unique<Impl>()) {}
SchemaSet::~SchemaSet() = default;
SchemaSet::SchemaSet(SchemaSet&&) noexcept = default;
SchemaSet& SchemaSet::operator=(SchemaSet&&) noexcept = default;

SchemaSet SchemaSet::Load(const std::string& dir, Problems& problems) {
  SchemaSet set;
  set.dir_ = dir;
  std::error_code ec;
  std::vector<fs::path> files;
  if (fs::is_directory(dir, ec))
    for (const auto& entry : fs::directory_iterator(dir, ec)) {
      const std::string name = entry.path().filename().string();
      if (name.size() > std::string(kSuffix).size() && name.ends_with(kSuffix))
        files.push_back(entry.path());
    }
  std::sort(files.begin(), files.end());
  if (files.empty()) {
    problems.Add(dir, "", "no schemas (expected the *.schema.json files of content/schema)");
    return set;
  }
  for (const fs::path& f : files)
    if (auto json = ParseFile(f.string(), f.string(), problems))
      set.impl_->docs[f.filename().string()] = std::move(*json);

  // valijson resolves a relative "$ref" into another file against the
  // current file, so each schema is bundled first: definitions it takes
  // from other files are copied into its own "definitions".
  std::map<std::string, Json> bundled;
  for (const auto& [file, json] : set.impl_->docs) {
    const std::string name = file.substr(0, file.size() - std::string(kSuffix).size());
    if (name == "common") continue;  // definitions only
    try {
      bundled[file] = Bundle(set.impl_->docs, file);
    } catch (const std::exception& e) {
      problems.Add((fs::path(dir) / file).string(), "",
                   std::string("not a usable JSON Schema: ") + e.what());
      continue;
    }
    auto schema = std::make_unique<valijson::Schema>();
    try {
      valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
      Adapter adapter(bundled[file]);
      parser.populateSchema(adapter, *schema);
      set.impl_->schemas[name] = std::move(schema);
    } catch (const std::exception& e) {
      problems.Add((fs::path(dir) / file).string(), "",
                   std::string("not a usable JSON Schema: ") + e.what());
    }
  }
  for (auto& [file, json] : bundled) set.impl_->docs[file] = std::move(json);
  return set;
}

bool SchemaSet::Has(const std::string& name) const {
  return impl_->schemas.count(name) > 0;
}

std::vector<std::string> SchemaSet::Names() const {
  std::vector<std::string> names;
  for (const auto& [name, s] : impl_->schemas) names.push_back(name);
  return names;
}

const nlohmann::json* SchemaSet::Document(const std::string& name) const {
  const auto it = impl_->docs.find(name + kSuffix);
  return it == impl_->docs.end() ? nullptr : &it->second;
}

void SchemaSet::Validate(const std::string& name, const nlohmann::json& doc,
                         const std::string& shown, Problems& problems,
                         std::vector<std::string>* covered) const {
  const auto it = impl_->schemas.find(name);
  if (it == impl_->schemas.end()) {
    problems.Add(shown, "",
                 "no schema \"" + name + kSuffix +
                     "\" to check this file against (expected it in " + dir_ + ")");
    return;
  }
  valijson::Validator validator;
  valijson::ValidationResults results;
  Adapter target(doc);
  try {
    if (validator.validate(*it->second, target, &results)) return;
  } catch (const std::exception& e) {
    problems.Add(shown, "", std::string("the schema check failed: ") + e.what());
    return;
  }
  // A hostile file can fail 100,000 times; the first few hundred say enough
  // (and the filtering below is quadratic in their number).
  constexpr std::size_t kMaxMapped = 200;
  std::vector<Impl::Mapped> mapped;
  for (const auto& e : results) {
    if (mapped.size() == kMaxMapped) break;
    mapped.push_back(impl_->Map(name + kSuffix, doc, e));
  }
  auto within = [](const std::string& inner, const std::string& outer) {
    return inner == outer || StartsWith(inner, outer + "/");
  };
  std::set<std::string> typed;  // pointers with a wrong type: other complaints there add nothing
  for (const Impl::Mapped& m : mapped)
    if (m.type_error) typed.insert(m.pointer);
  std::set<std::string>
      suggested;  // a typo's line says it all: no "missing" line for the key it meant
  for (const Impl::Mapped& m : mapped)
    if (!m.suggests.empty()) {
      suggested.insert(m.suggests);
      if (covered) covered->push_back(m.suggests);
    }
  std::set<std::string> seen;
  for (const Impl::Mapped& m : mapped) {
    if (!m.missing.empty() && suggested.count(m.missing)) continue;
    if (m.summary) {
      // "Failed to validate ..." only when nothing more precise was said.
      const bool said = std::any_of(mapped.begin(), mapped.end(), [&](const Impl::Mapped& o) {
        return !o.summary && within(o.pointer, m.pointer);
      });
      if (said) continue;
    }
    if (!m.type_error && typed.count(m.pointer)) continue;
    if (!seen.insert(m.pointer + "\n" + m.message).second) continue;
    problems.Add(shown, m.pointer, m.message);
  }
}

std::string SchemaNameFor(const std::string& rel) {
  const fs::path p(rel);
  const std::string parent = p.parent_path().generic_string();
  const std::string file = p.filename().string();
  if (p.extension() != ".json") return "";
  if (rel == "sparring.json") return "sparring";
  if (parent == "model") {
    if (file == "indicators.json") return "indicators";
    if (file == "interventions.json") return "interventions";
    if (file == "parameters.json") return "parameters";
    if (file == "calibration.json") return "calibration";
    return "";
  }
  if (parent == "cases") return "case";
  if (rel == "i18n/glossary.json") return "glossary";
  if (p.parent_path().parent_path().generic_string() == "i18n") return "i18n";
  return "";
}

}  // namespace bip
