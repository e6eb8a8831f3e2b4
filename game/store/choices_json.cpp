#include "choices_json.hpp"

#include <array>
#include <cstdint>
#include <string_view>

#include "text_checks.hpp"

namespace bip {
namespace {

using nlohmann::json;
using Pointer = json::json_pointer;

constexpr std::array<std::string_view, 5> kKeys = {"interventions", "sparring", "belief",
                                                   "responses", "caseworker_change"};

// Keys from the input are abbreviated so a huge key cannot make a huge message.
Pointer Child(const Pointer& parent, std::string_view key) {
  return parent / Abbreviate(key);
}

std::string Where(const Pointer& at) {
  const std::string s = at.to_string();
  return s.empty() ? "at the top level" : "at \"" + s + "\"";
}

std::string Got(const json& value) {
  if (value.is_number_integer() || value.is_boolean()) return "got " + value.dump();
  if (value.is_string()) {
    const auto& s = value.get_ref<const std::string&>();
    return "got a string of " + std::to_string(s.size()) + " bytes";
  }
  if (value.is_array() || value.is_object())
    return "got an " + std::string(value.type_name()) + " of " + std::to_string(value.size()) +
           " entries";
  return "got " + std::string(value.is_number() ? "a number" : value.type_name());
}

class Decoder {
 public:
  explicit Decoder(std::string* error) : error_(error) {}

  bool Fail(const Pointer& at, const std::string& expected, const std::string& got) {
    if (error_) *error_ = Where(at) + ": expected " + expected + ", " + got;
    return false;
  }

  bool Id(const json& v, const Pointer& at, std::string& out) {
    const std::string expected =
        "a non-empty UTF-8 string of at most " + std::to_string(kMaxChoiceStringBytes) + " bytes";
    if (!v.is_string()) return Fail(at, expected, Got(v));
    const auto& s = v.get_ref<const std::string&>();
    if (s.empty() || s.size() > kMaxChoiceStringBytes || !IsValidUtf8(s))
      return Fail(at, expected, Got(v));
    out = s;
    return true;
  }

  bool Interventions(const json& v, const Pointer& at, std::vector<std::string>& out) {
    const std::string expected =
        "an array of at most " + std::to_string(kMaxChoiceListSize) + " intervention ids";
    if (!v.is_array() || v.size() > kMaxChoiceListSize) return Fail(at, expected, Got(v));
    for (std::size_t i = 0; i < v.size(); ++i) {
      std::string id;
      if (!Id(v[i], at / i, id)) return false;
      for (const std::string& seen : out)
        if (seen == id) return Fail(at / i, "each intervention once", "got a repeat");
      out.push_back(std::move(id));
    }
    return true;
  }

  bool Responses(const json& v, const Pointer& at, std::map<std::string, std::string>& out) {
    const std::string expected = "an object of at most " + std::to_string(kMaxChoiceListSize) +
                                 " event id -> response id entries";
    if (!v.is_object() || v.size() > kMaxChoiceListSize) return Fail(at, expected, Got(v));
    for (const auto& [key, value] : v.items()) {
      const Pointer here = Child(at, key);
      std::string event_id, response_id;
      if (!Id(json(key), here, event_id)) return false;
      if (!Id(value, here, response_id)) return false;
      out.emplace(std::move(event_id), std::move(response_id));
    }
    return true;
  }

  bool Belief(const json& v, const Pointer& at, int& out) {
    const std::string expected = "an integer from 1 to 5";
    if (!v.is_number_integer()) return Fail(at, expected, Got(v));
    // Unsigned JSON numbers may not fit int64; anything past 5 is wrong anyway.
    const std::int64_t b =
        v.is_number_unsigned() && v.get<std::uint64_t>() > 5 ? 6 : v.get<std::int64_t>();
    if (b < 1 || b > 5) return Fail(at, expected, Got(v));
    out = static_cast<int>(b);
    return true;
  }

 private:
  std::string* error_;
};

}  // namespace

json ChoicesToJson(const QuarterChoices& c) {
  json responses = json::object();
  for (const auto& [event_id, response_id] : c.responses) responses[event_id] = response_id;
  return json{{"interventions", c.interventions},
              {"sparring", c.sparring},
              {"belief", c.belief},
              {"responses", std::move(responses)},
              {"caseworker_change", c.caseworker_change}};
}

std::optional<QuarterChoices> ChoicesFromJson(const json& j, std::string* error) {
  Decoder d(error);
  const Pointer root;
  if (!j.is_object()) {
    d.Fail(root,
           "an object with the keys interventions, sparring, belief, responses, caseworker_change",
           Got(j));
    return std::nullopt;
  }
  for (const auto& [key, value] : j.items()) {
    bool known = false;
    for (const std::string_view k : kKeys) known = known || k == key;
    if (!known) {
      d.Fail(Child(root, key),
             "no such key (known: interventions, sparring, belief, responses, caseworker_change)",
             "got an unknown key");
      return std::nullopt;
    }
  }
  for (const std::string_view k : kKeys) {
    if (!j.contains(std::string(k))) {
      d.Fail(Child(root, k), "this key to be present", "it is missing");
      return std::nullopt;
    }
  }

  QuarterChoices c;
  const json& change = j.at("caseworker_change");
  if (!d.Interventions(j.at("interventions"), root / "interventions", c.interventions) ||
      !d.Id(j.at("sparring"), root / "sparring", c.sparring) ||
      !d.Belief(j.at("belief"), root / "belief", c.belief) ||
      !d.Responses(j.at("responses"), root / "responses", c.responses))
    return std::nullopt;
  if (!change.is_boolean()) {
    d.Fail(root / "caseworker_change", "true or false", Got(change));
    return std::nullopt;
  }
  c.caseworker_change = change.get<bool>();
  return c;
}

}  // namespace bip
