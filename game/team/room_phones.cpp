#include "room_phones.hpp"

#include <algorithm>

#include "room.hpp"

namespace bip {
namespace {

using nlohmann::json;

bool Fail(std::string* error, const std::string& source, const std::string& at,
          const std::string& what) {
  if (error) *error = source + ": /phones" + at + ": " + what;
  return false;
}

bool Int(const json& v, int lo, int hi, int& out) {
  if (!v.is_number_integer() || v.get<long long>() < lo || v.get<long long>() > hi) return false;
  out = v.get<int>();
  return true;
}

bool Text(const json& v, std::string& out) {
  if (!v.is_string() || v.get_ref<const std::string&>().size() > kMaxPhoneTextBytes) return false;
  out = v.get<std::string>();
  return true;
}

bool OnlyKeys(const json& o, std::initializer_list<const char*> keys, std::string* bad) {
  for (const auto& item : o.items()) {
    const std::string& k = item.key();  // clang 14 cannot capture a structured binding
    if (std::none_of(keys.begin(), keys.end(), [&](const char* want) { return k == want; })) {
      *bad = k.substr(0, 40);
      return false;
    }
  }
  return true;
}

// "plans": {"<vote key>": {"<token>": {"table": 0-100, "picks": ["<id>", ...]}}}
bool PlansFromJson(const json& j, const std::string& source,
                   std::map<std::string, std::map<std::string, PhonePlan>>& out,
                   std::string* error) {
  if (!j.is_object() || j.size() > 100)
    return Fail(error, source, "/plans", "expected an object of at most 100 plan votes");
  std::string bad;
  for (const auto& [key, by_token] : j.items()) {
    const std::string at = "/plans/" + key.substr(0, 20);
    if (key.size() > 20 || !by_token.is_object() || by_token.size() > kMaxPhones)
      return Fail(error, source, at, "expected a vote key and an object of at most 300 phones");
    auto& dest = out[key];
    for (const auto& [token, plan] : by_token.items()) {
      if (!IsPhoneToken(token))
        return Fail(error, source, at, "expected phone tokens of 16-64 letters, digits, - or _");
      PhonePlan pp;
      bool ok = plan.is_object() && OnlyKeys(plan, {"table", "picks"}, &bad) &&
                plan.contains("table") && Int(plan["table"], 0, 100, pp.table) &&
                plan.contains("picks") && plan["picks"].is_array() &&
                plan["picks"].size() <= kMaxPhonePlanPicks;
      for (std::size_t i = 0; ok && i < plan["picks"].size(); ++i) {
        const json& id = plan["picks"][i];
        ok = id.is_string() && !id.get_ref<const std::string&>().empty() &&
             id.get_ref<const std::string&>().size() <= 40 &&
             std::find(pp.picks.begin(), pp.picks.end(), id.get<std::string>()) == pp.picks.end();
        if (ok) pp.picks.push_back(id.get<std::string>());
      }
      if (!ok)
        return Fail(error, source, at + "/" + token,
                    "expected {\"table\": 0-100, \"picks\": at most 5 different intervention ids}");
      dest[token] = std::move(pp);
    }
  }
  return true;
}

}  // namespace

bool IsPhoneToken(const std::string& t) {
  return t.size() >= kMinPhoneTokenChars && t.size() <= kMaxPhoneTokenChars &&
         std::all_of(t.begin(), t.end(), [](char c) {
           return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                  c == '-' || c == '_';
         });
}

std::string PhoneVoteKey(int quarter, std::size_t index) {
  return std::to_string(quarter) + "-" + std::to_string(index);
}

json PhonesToJson(const RoomPhones& p) {
  json j = {{"code", p.code},
            {"quarter", p.quarter},
            {"ballots", json::object()},
            {"written", json::array()},
            {"survey", json::array()}};
  for (const auto& [key, by_token] : p.ballots) {
    json b = json::object();
    for (const auto& [token, ballot] : by_token) b[token] = {ballot.table, ballot.option};
    j["ballots"][key] = std::move(b);
  }
  for (const PhoneText& w : p.written)
    j["written"].push_back(
        {{"pause", w.pause}, {"token", w.token}, {"text", w.text}, {"picked", w.picked}});
  for (const PhoneSurvey& s : p.survey)
    j["survey"].push_back({{"token", s.token}, {"ratings", s.ratings}, {"open", s.open}});
  if (!p.plans.empty()) {
    json plans = json::object();
    for (const auto& [key, by_token] : p.plans) {
      json b = json::object();
      for (const auto& [token, plan] : by_token)
        b[token] = {{"table", plan.table}, {"picks", plan.picks}};
      plans[key] = std::move(b);
    }
    j["plans"] = std::move(plans);
  }
  return j;
}

bool PhonesFromJson(const json& j, const std::string& source, RoomPhones& out, std::string* error) {
  RoomPhones p;
  std::string bad;
  if (!j.is_object()) return Fail(error, source, "", "expected an object");
  if (!OnlyKeys(j, {"code", "quarter", "ballots", "written", "survey", "plans"}, &bad))
    return Fail(error, source, "", "unknown key \"" + bad + "\"");
  if (!j.contains("code") || !j["code"].is_string() ||
      j["code"].get_ref<const std::string&>().size() > 16)
    return Fail(error, source, "/code",
                "expected the join code, a string of at most 16 characters");
  p.code = j["code"].get<std::string>();
  if (!j.contains("quarter") || !Int(j["quarter"], 0, 1000, p.quarter))
    return Fail(error, source, "/quarter", "expected a whole number 0-1000");
  std::size_t phones = 0;
  if (j.contains("ballots")) {
    if (!j["ballots"].is_object() || j["ballots"].size() > 100)
      return Fail(error, source, "/ballots", "expected an object of at most 100 votes");
    for (const auto& [key, by_token] : j["ballots"].items()) {
      const std::string at = "/ballots/" + key.substr(0, 20);
      if (key.size() > 20 || !by_token.is_object() || by_token.size() > kMaxPhones)
        return Fail(error, source, at, "expected a vote key and an object of at most 300 phones");
      auto& dest = p.ballots[key];
      for (const auto& [token, b] : by_token.items()) {
        PhoneBallot pb;
        int option = 0;
        if (!IsPhoneToken(token))
          return Fail(error, source, at, "expected phone tokens of 16-64 letters, digits, - or _");
        if (!b.is_array() || b.size() != 2 || !Int(b[0], 0, 100, pb.table) ||
            !Int(b[1], 0, 9, option))
          return Fail(error, source, at + "/" + token, "expected [table 0-100, option 0-9]");
        pb.option = static_cast<std::size_t>(option);
        dest[token] = pb;
      }
      phones = std::max(phones, dest.size());
    }
  }
  if (j.contains("written")) {
    if (!j["written"].is_array() || j["written"].size() > 20 * kMaxPhones)
      return Fail(error, source, "/written", "expected a list of at most 6000 answers");
    for (std::size_t i = 0; i < j["written"].size(); ++i) {
      const json& w = j["written"][i];
      const std::string at = "/written/" + std::to_string(i);
      PhoneText t;
      if (!w.is_object() || !OnlyKeys(w, {"pause", "token", "text", "picked"}, &bad) ||
          !w.contains("pause") || !Int(w["pause"], 0, 1000, t.pause) || !w.contains("token") ||
          !w["token"].is_string() || !IsPhoneToken(w["token"].get<std::string>()) ||
          !w.contains("text") || !Text(w["text"], t.text) ||
          (w.contains("picked") && !w["picked"].is_boolean()))
        return Fail(error, source, at,
                    "expected {\"pause\": 0-1000, \"token\": a phone token, \"text\": at most 600 "
                    "bytes, \"picked\": true/false}");
      t.token = w["token"].get<std::string>();
      t.picked = w.value("picked", false);
      p.written.push_back(std::move(t));
    }
  }
  if (j.contains("survey")) {
    if (!j["survey"].is_array() || j["survey"].size() > kMaxPhones)
      return Fail(error, source, "/survey", "expected a list of at most 300 answers");
    for (std::size_t i = 0; i < j["survey"].size(); ++i) {
      const json& s = j["survey"][i];
      const std::string at = "/survey/" + std::to_string(i);
      PhoneSurvey ps;
      bool ok = s.is_object() && OnlyKeys(s, {"token", "ratings", "open"}, &bad) &&
                s.contains("token") && s["token"].is_string() &&
                IsPhoneToken(s["token"].get<std::string>()) && s.contains("ratings") &&
                s["ratings"].is_array() && s["ratings"].size() == 4 &&
                (!s.contains("open") || Text(s["open"], ps.open));
      for (std::size_t q = 0; ok && q < 4; ++q) ok = Int(s["ratings"][q], 0, 5, ps.ratings[q]);
      if (!ok)
        return Fail(error, source, at,
                    "expected {\"token\": a phone token, \"ratings\": four whole numbers 0-5, "
                    "\"open\": at most 600 bytes}");
      ps.token = s["token"].get<std::string>();
      p.survey.push_back(std::move(ps));
    }
  }
  if (j.contains("plans") && !PlansFromJson(j["plans"], source, p.plans, error)) return false;
  out = std::move(p);
  return true;
}

Room WithPhoneAnswers(const Room& room, const RoomPhones& phones) {
  Room out = room;
  for (const PhoneSurvey& s : phones.survey) {
    for (std::size_t q = 0; q < kSurveyQuestions.size() && q < s.ratings.size(); ++q)
      if (s.ratings[q] > 0) out.survey.ratings[q].push_back(s.ratings[q]);
    if (!s.open.empty()) out.survey.open.push_back(s.open);
  }
  for (const PhoneText& w : phones.written)
    if (w.pause >= 0 && static_cast<std::size_t>(w.pause) < out.pauses.size())
      out.pauses[static_cast<std::size_t>(w.pause)].phone_answers.emplace_back(w.text, w.picked);
  return out;
}

}  // namespace bip
