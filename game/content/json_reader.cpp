#include "json_reader.hpp"

#include <cstdint>
#include <fstream>
#include <sstream>

#include "json_read.hpp"

namespace bip {

std::string PointerJoin(const std::string& base, const std::string& key) {
  std::string escaped;
  for (char c : key) {
    if (c == '~')
      escaped += "~0";
    else if (c == '/')
      escaped += "~1";
    else
      escaped += c;
  }
  return base + "/" + escaped;
}

std::string PointerJoin(const std::string& base, std::size_t index) {
  return base + "/" + std::to_string(index);
}

std::string Describe(const Json& v) {
  switch (v.type()) {
    case Json::value_t::null:
      return "null";
    case Json::value_t::boolean:
      return v.get<bool>() ? "true" : "false";
    case Json::value_t::string:
      return "the string \"" + v.get<std::string>().substr(0, 40) + "\"";
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned:
    case Json::value_t::number_float:
      return "the number " + v.dump();
    case Json::value_t::array:
      return "an array";
    case Json::value_t::object:
      return "an object";
    default:
      return "something else";
  }
}

std::optional<int> IntIn(const Json& v, int lo, int hi) {
  if (v.is_number_unsigned()) {
    const auto u = v.get<std::uint64_t>();
    if (hi < 0 || u > static_cast<std::uint64_t>(hi) ||
        (lo > 0 && u < static_cast<std::uint64_t>(lo)))
      return std::nullopt;
    return static_cast<int>(u);
  }
  if (!v.is_number_integer()) return std::nullopt;
  const auto i = v.get<std::int64_t>();
  if (i < lo || i > hi) return std::nullopt;
  return static_cast<int>(i);
}

std::optional<Json> ParseFile(const std::string& path, const std::string& shown,
                              Problems& problems) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    problems.Add(shown, "", "cannot open the file (expected a readable JSON file)");
    return std::nullopt;
  }
  std::stringstream buffer;
  buffer << in.rdbuf();
  JsonError error;
  auto json = ParseJsonText(buffer.str(), error);
  if (!json) problems.Add(shown, error.pointer, error.message);
  return json;
}

Reader::Reader(const Json& value, std::string file, std::string pointer, Problems& problems)
    : file_(std::move(file)), pointer_(std::move(pointer)), problems_(problems) {
  if (value.is_object()) {
    object_ = &value;
  } else {
    problems_.Add(file_, pointer_, "expected an object, found " + Describe(value));
    finished_ = true;
  }
}

Reader::~Reader() {
  Finish();
}

bool Reader::Has(const std::string& key) const {
  return object_ && object_->contains(key);
}

void Reader::Skip(const std::string& key) {
  seen_.insert(key);
}

void Reader::Problem(const std::string& key, const std::string& message) {
  problems_.Add(file_, key.empty() ? pointer_ : At(key), message);
}

void Reader::Finish() {
  if (finished_) return;
  finished_ = true;
  if (!object_) return;
  for (const auto& [key, value] : object_->items()) {
    if (!seen_.count(key)) {
      std::string known;
      for (const std::string& k : seen_) known += (known.empty() ? "" : ", ") + k;
      problems_.Add(file_, At(key), "unknown key \"" + key + "\" (expected one of: " + known + ")");
    }
  }
}

const Json* Reader::Get(const std::string& key, const char* expected, bool required) {
  seen_.insert(key);
  if (!object_) return nullptr;
  const auto it = object_->find(key);
  if (it == object_->end()) {
    if (required) problems_.Add(file_, At(key), std::string("missing; expected ") + expected);
    return nullptr;
  }
  return &*it;
}

std::string Reader::String(const std::string& key, std::optional<std::string> fallback) {
  const Json* v = Get(key, "a string", !fallback);
  if (!v) return fallback.value_or("");
  if (!v->is_string() || v->get<std::string>().empty()) {
    problems_.Add(file_, At(key), "expected a non-empty string, found " + Describe(*v));
    return fallback.value_or("");
  }
  return v->get<std::string>();
}

double Reader::Number(const std::string& key, double min, double max,
                      std::optional<double> fallback) {
  std::ostringstream expected;
  expected << "a number from " << min << " to " << max;
  const Json* v = Get(key, expected.str().c_str(), !fallback);
  if (!v) return fallback.value_or(min);
  if (!v->is_number()) {
    problems_.Add(file_, At(key), "expected " + expected.str() + ", found " + Describe(*v));
    return fallback.value_or(min);
  }
  const double d = v->get<double>();
  if (d < min || d > max) {
    problems_.Add(file_, At(key),
                  "out of range: expected " + expected.str() + ", found " + v->dump());
    return fallback.value_or(min);
  }
  return d;
}

int Reader::Integer(const std::string& key, int min, int max, std::optional<int> fallback) {
  const std::string expected =
      "a whole number from " + std::to_string(min) + " to " + std::to_string(max);
  const Json* v = Get(key, expected.c_str(), !fallback);
  if (!v) return fallback.value_or(min);
  if (!v->is_number_integer()) {
    problems_.Add(file_, At(key), "expected " + expected + ", found " + Describe(*v));
    return fallback.value_or(min);
  }
  const auto i = v->get<long long>();
  if (i < min || i > max) {
    problems_.Add(file_, At(key), "out of range: expected " + expected + ", found " + v->dump());
    return fallback.value_or(min);
  }
  return static_cast<int>(i);
}

bool Reader::Bool(const std::string& key, std::optional<bool> fallback) {
  const Json* v = Get(key, "true or false", !fallback);
  if (!v) return fallback.value_or(false);
  if (!v->is_boolean()) {
    problems_.Add(file_, At(key), "expected true or false, found " + Describe(*v));
    return fallback.value_or(false);
  }
  return v->get<bool>();
}

const Json* Reader::Array(const std::string& key, bool required) {
  const Json* v = Get(key, "an array", required);
  if (v && !v->is_array()) {
    problems_.Add(file_, At(key), "expected an array, found " + Describe(*v));
    return nullptr;
  }
  return v;
}

const Json* Reader::Object(const std::string& key, bool required) {
  const Json* v = Get(key, "an object", required);
  if (v && !v->is_object()) {
    problems_.Add(file_, At(key), "expected an object, found " + Describe(*v));
    return nullptr;
  }
  return v;
}

std::vector<std::string> Reader::StringList(const std::string& key, bool required) {
  std::vector<std::string> out;
  const Json* arr = Array(key, required);
  if (!arr) return out;
  for (std::size_t i = 0; i < arr->size(); ++i) {
    const Json& v = (*arr)[i];
    if (!v.is_string() || v.get<std::string>().empty())
      problems_.Add(file_, PointerJoin(At(key), i),
                    "expected a non-empty string, found " + Describe(v));
    else
      out.push_back(v.get<std::string>());
  }
  return out;
}

}  // namespace bip
