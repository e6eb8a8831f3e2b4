#include "gui_script.hpp"

#include <cstdint>
#include <fstream>
#include <limits>
#include <nlohmann/json.hpp>
#include <sstream>

#include "json_read.hpp"

namespace bip {
namespace {

using ui::IntentKind;

enum class Type { kString, kInt, kNumber, kStrings };
enum class Field { kText, kText2, kNumber, kReal, kList, kWaitMs, kNextTo };

struct Key {
  const char* name;
  Type type;
  Field field;
  bool required;
};

struct Spec {
  IntentKind kind;
  std::vector<Key> keys;
};

const std::vector<Spec>& Specs() {
  static const std::vector<Spec> specs = {
      {IntentKind::kCreateProfile, {{"alias", Type::kString, Field::kText, true}}},
      {IntentKind::kSelectProfile,
       {{"alias", Type::kString, Field::kText, false},
        {"profile", Type::kInt, Field::kNumber, false}}},
      {IntentKind::kEraseProfile, {{"profile", Type::kInt, Field::kNumber, false}}},
      {IntentKind::kExportProfile, {{"path", Type::kString, Field::kText, false}}},
      {IntentKind::kSetLanguage, {{"lang", Type::kString, Field::kText, true}}},
      {IntentKind::kCycleLanguage, {}},
      {IntentKind::kSetFontScale, {{"scale", Type::kNumber, Field::kReal, true}}},
      {IntentKind::kStartCase,
       {{"case", Type::kString, Field::kText, true}, {"seed", Type::kInt, Field::kNumber, false}}},
      {IntentKind::kContinue, {{"playthrough", Type::kInt, Field::kNumber, false}}},
      {IntentKind::kOpenAbout, {}},
      {IntentKind::kClose, {}},
      {IntentKind::kHome, {}},
      {IntentKind::kNext, {{"to", Type::kString, Field::kNextTo, false}}},
      {IntentKind::kBack, {}},
      {IntentKind::kBelief, {{"answer", Type::kInt, Field::kNumber, true}}},
      {IntentKind::kAssess,
       {{"question", Type::kString, Field::kText, true},
        {"answer", Type::kInt, Field::kNumber, true}}},
      {IntentKind::kRespond,
       {{"event", Type::kString, Field::kText, true},
        {"response", Type::kString, Field::kText2, true}}},
      {IntentKind::kToggleIntervention, {{"id", Type::kString, Field::kText, true}}},
      {IntentKind::kSetInterventions, {{"ids", Type::kStrings, Field::kList, true}}},
      {IntentKind::kSparring, {{"id", Type::kString, Field::kText, true}}},
      {IntentKind::kPlayQuarter, {}},
      {IntentKind::kOpenDebrief, {}},
      {IntentKind::kDebriefTab, {{"tab", Type::kString, Field::kText, true}}},
      {IntentKind::kBranch, {{"quarter", Type::kInt, Field::kNumber, true}}},
      {IntentKind::kSetNote, {{"text", Type::kString, Field::kText, true}}},
      {IntentKind::kReflect,
       {{"question", Type::kString, Field::kText, true},
        {"text", Type::kString, Field::kText2, true}}},
      {IntentKind::kQuit, {}},
      {IntentKind::kReloadContent, {}},
      // The team and theme-day desks: an action and its argument.
      {IntentKind::kTeam,
       {{"action", Type::kString, Field::kText, true},
        {"arg", Type::kString, Field::kText2, false},
        {"n", Type::kInt, Field::kNumber, false},
        {"list", Type::kStrings, Field::kList, false}}},
      {IntentKind::kRoom,
       {{"action", Type::kString, Field::kText, true},
        {"arg", Type::kString, Field::kText2, false},
        {"n", Type::kInt, Field::kNumber, false},
        {"list", Type::kStrings, Field::kList, false}}},
      {IntentKind::kScreenshot, {{"name", Type::kString, Field::kText, true}}},
      {IntentKind::kWait,
       {{"frames", Type::kInt, Field::kNumber, false},
        {"ms", Type::kInt, Field::kWaitMs, false},
        {"until_file", Type::kString, Field::kText, false}}},
  };
  return specs;
}

const char* TypeName(Type t) {
  switch (t) {
    case Type::kString:
      return "a string";
    case Type::kInt:
      return "a whole number from -2147483648 to 2147483647";
    case Type::kNumber:
      return "a number";
    case Type::kStrings:
      return "a list of strings";
  }
  return "?";
}

bool Matches(const nlohmann::json& v, Type t) {
  switch (t) {
    case Type::kString:
      return v.is_string();
    // Within int: a larger number would wrap when stored (4294967308 -> 12).
    case Type::kInt:
      return v.is_number_unsigned()
                 ? v.get<std::uint64_t>() <= std::numeric_limits<int>::max()
                 : v.is_number_integer() &&
                       v.get<std::int64_t>() >= std::numeric_limits<int>::min() &&
                       v.get<std::int64_t>() <= std::numeric_limits<int>::max();
    case Type::kNumber:
      return v.is_number();
    case Type::kStrings:
      if (!v.is_array()) return false;
      for (const auto& e : v)
        if (!e.is_string()) return false;
      return true;
  }
  return false;
}

std::string Known() {
  std::string s;
  for (const Spec& spec : Specs())
    s += (s.empty() ? "" : ", ") + std::string(ui::IntentName(spec.kind));
  return s;
}

}  // namespace

LoadedScript ParseScript(const std::string& text, const std::string& name) {
  LoadedScript out;
  JsonError parse_error;
  const auto parsed = ParseJsonText(text, parse_error);
  if (!parsed) {
    out.error = name + ": " + parse_error.Line();
    return out;
  }
  const nlohmann::json& j = *parsed;
  if (!j.is_array()) {
    out.error = name + ": expected a JSON list of intents";
    return out;
  }
  for (std::size_t i = 0; i < j.size(); ++i) {
    const nlohmann::json& e = j[i];
    const std::string where = name + ": entry " + std::to_string(i);
    if (!e.is_object() || !e.contains("intent") || !e["intent"].is_string()) {
      out.error = where + ": expected an object with \"intent\": \"<name>\"";
      out.entries.clear();
      return out;
    }
    const std::string kind_name = e["intent"].get<std::string>();
    const auto kind = ui::IntentKindNamed(kind_name);
    if (!kind) {
      out.error = where + ": unknown intent '" + kind_name + "' (expected one of: " + Known() + ")";
      out.entries.clear();
      return out;
    }
    const Spec* spec = nullptr;
    for (const Spec& s : Specs())
      if (s.kind == *kind) spec = &s;
    ScriptEntry entry;
    entry.intent.kind = *kind;
    for (auto it = e.begin(); it != e.end(); ++it) {
      if (it.key() == "intent") continue;
      if (it.key() == "optional") {
        if (!it.value().is_boolean()) {
          out.error = where + " (" + kind_name + "): 'optional' must be true or false";
          out.entries.clear();
          return out;
        }
        entry.optional = it.value().get<bool>();
        continue;
      }
      const Key* key = nullptr;
      for (const Key& k : spec->keys)
        if (it.key() == k.name) key = &k;
      if (!key) {
        out.error = where + " (" + kind_name + "): unknown key '" + it.key() + "'";
        out.entries.clear();
        return out;
      }
      if (!Matches(it.value(), key->type)) {
        out.error =
            where + " (" + kind_name + "): '" + key->name + "' must be " + TypeName(key->type);
        out.entries.clear();
        return out;
      }
      switch (key->field) {
        case Field::kText:
          entry.intent.text = it.value().get<std::string>();
          break;
        case Field::kText2:
          entry.intent.text2 = it.value().get<std::string>();
          break;
        case Field::kNumber:
          entry.intent.number = it.value().get<std::int64_t>();
          break;
        case Field::kReal:
          entry.intent.real = it.value().get<double>();
          break;
        case Field::kList:
          entry.intent.list = it.value().get<std::vector<std::string>>();
          break;
        case Field::kWaitMs:
          entry.wait_ms = it.value().get<int>();
          break;
        case Field::kNextTo: {
          entry.next_to = it.value().get<std::string>();
          static const char* kScreens[] = {"start",     "about",   "briefing", "meeting",
                                           "situation", "plan",    "sparring", "result",
                                           "end",       "debrief", "team",     "room"};
          bool known = false;
          for (const char* s : kScreens) known = known || entry.next_to == s;
          if (!known) {
            out.error = where + " (next): unknown screen '" + entry.next_to + "'";
            out.entries.clear();
            return out;
          }
          break;
        }
      }
    }
    for (const Key& k : spec->keys)
      if (k.required && !e.contains(k.name)) {
        out.error = where + " (" + kind_name + "): missing '" + k.name + "'";
        out.entries.clear();
        return out;
      }
    out.entries.push_back(std::move(entry));
  }
  return out;
}

LoadedScript LoadScript(const std::string& path) {
  std::ifstream in(path);
  if (!in) {
    LoadedScript out;
    out.error = path + ": cannot read the file";
    return out;
  }
  std::stringstream ss;
  ss << in.rdbuf();
  return ParseScript(ss.str(), path);
}

}  // namespace bip
