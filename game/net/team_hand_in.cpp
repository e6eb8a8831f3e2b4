#include "team_hand_in.hpp"

#include <chrono>
#include <ctime>
#include <nlohmann/json.hpp>
#include <stdexcept>

#include "json_read.hpp"
#include "phone_hub.hpp"  // NewJoinCode

namespace bip::net {
namespace {

using nlohmann::json;

std::string SayOr(const SayText& say, const std::string& key,
                  const std::vector<std::pair<std::string, std::string>>& args,
                  const std::string& lang, const std::string& otherwise) {
  std::string text = say ? say(key, args, lang) : std::string();
  return text.empty() ? otherwise : text;
}

std::string ClockNow() {
  const std::time_t t = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[16];
  std::strftime(buf, sizeof buf, "%H:%M:%S", &tm);
  return buf;
}

std::string Lang(const std::string& lang) {
  return lang == "sv" || lang == "da" ? lang : "en";
}

// The name the sender gave its file, for the messages only: its last part,
// printable, bounded.
std::string ShownName(const std::string& name) {
  std::string out;
  for (unsigned char ch : name.substr(
           name.find_last_of("/\\") == std::string::npos ? 0 : name.find_last_of("/\\") + 1)) {
    if (ch < 0x20 || ch == 0x7f) continue;
    out += static_cast<char>(ch);
    if (out.size() >= 80) break;
  }
  return out.empty() ? "result.json" : out;
}

}  // namespace

TeamHandInHub::TeamHandInHub(const ReplayKit& kit, TeamSession session, std::string path,
                             SayText say)
    : kit_(kit), session_(std::move(session)), path_(std::move(path)), say_(std::move(say)) {
  if (session_.lan_code.empty()) {
    session_.lan_code = NewJoinCode();
    SaveSessionFile(session_, path_);  // colleagues' links outlive a restart
  }
  code_ = session_.lan_code;
}

std::vector<HandInEvent> TeamHandInHub::Events() const {
  std::lock_guard lock(log_mu_);
  return events_;
}

void TeamHandInHub::Log(HandInEvent e) {
  e.at = ClockNow();
  std::lock_guard lock(log_mu_);
  if (events_.size() >= kMaxHandInEvents) events_.erase(events_.begin());
  events_.push_back(std::move(e));
}

LanReply TeamHandInHub::Info(const std::string& lang) {
  std::lock_guard lock(mu_);
  const std::string l = Lang(lang);
  json j{{"session", session_.name},
         {"case", session_.case_id},
         {"case_name", SayOr(say_, "case." + session_.case_id + ".name", {}, l, session_.case_id)},
         {"seed", std::to_string(session_.seed)},
         {"content_version", session_.content_version},
         {"handed_in", session_.participants.size()}};
  return {200, j.dump()};
}

LanReply TeamHandInHub::Refused(int status, ImportRefusal refusal, const std::string& error,
                                const std::string& alias, const std::string& lang) {
  HandInEvent e;
  e.alias = alias;
  e.refusal = refusal;
  e.error = error;
  Log(e);
  // The refusal in the sender's language (the same text the desk shows),
  // with case ids named as cases.
  const std::string l = Lang(lang);
  for (auto& [name, value] : refusal.args)
    if (name == "case" || name == "value")
      value = SayOr(say_, "case." + value + ".name", {}, l, value);
  json j{{"error", error}, {"key", refusal.key}};
  j["message"] = SayOr(say_, refusal.key, refusal.args, l, error);
  return {status, j.dump()};
}

LanReply TeamHandInHub::HandIn(const std::string& token, const std::string& body, bool too_big,
                               const std::string& file_name, const std::string& lang) {
  const std::string source = ShownName(file_name);
  if (!ValidHandInToken(token))
    return LanError(400, "expected ?t= with the device's token (16-64 letters or digits)");
  if (too_big)
    return Refused(413, {"team.refusal.too_big", {{"file", source}}},
                   source + ": larger than " + std::to_string(kMaxResultFileBytes) + " bytes", "",
                   lang);
  JsonError parse_error;
  const auto doc = ParseJsonText(body, parse_error);
  if (!doc)
    return Refused(422, {"team.refusal.damaged", {{"file", source}}},
                   source + ": " + (parse_error.pointer.empty() ? "/" : parse_error.pointer) +
                       ": " + parse_error.message,
                   "", lang);
  std::unique_lock lock(mu_);
  std::string why;
  ImportRefusal refusal;
  auto r = ImportResultJson(kit_, session_, *doc, source, &why, &refusal);
  if (!r) {
    lock.unlock();
    return Refused(422, refusal, why, "", lang);
  }
  const std::string alias = r->alias;
  // Only the device that handed an alias in may replace it; an alias the
  // desk added (hot seat, a file) stays the team leader's to replace.
  bool replaced = false;
  for (const ParticipantResult& p : session_.participants)
    if (SameAlias(p.alias, alias)) replaced = true;
  const LanHandIn* mine = nullptr;
  for (const LanHandIn& h : session_.lan_hand_ins)
    if (SameAlias(h.alias, alias)) mine = &h;
  if (replaced && (!mine || mine->token != token)) {
    lock.unlock();
    return Refused(409, {"team.refusal.taken", {{"alias", alias}}},
                   source + ": /alias: \"" + alias +
                       "\" has already handed in from another device or at the team leader's",
                   alias, lang);
  }
  TeamSession next = session_;
  try {
    AddParticipant(next, std::move(*r));
  } catch (const std::invalid_argument& e) {
    lock.unlock();
    return Refused(409, {"team.refusal.full", {{"n", std::to_string(kMaxParticipants)}}}, e.what(),
                   alias, lang);
  }
  bool on_roster = false;
  for (const std::string& a : next.roster) on_roster = on_roster || SameAlias(a, alias);
  if (!on_roster) next.roster.push_back(alias);
  if (!mine) next.lan_hand_ins.push_back({alias, token});
  std::size_t quarters = 0;
  for (const ParticipantResult& p : next.participants)
    if (SameAlias(p.alias, alias)) quarters = p.quarters.size();
  try {
    SaveSessionFile(next, path_);  // before "received": a crash loses nothing acknowledged
  } catch (const std::exception& e) {
    lock.unlock();
    return Refused(503, {"team.refusal.not_saved", {}}, e.what(), alias, lang);
  }
  session_ = std::move(next);
  ++version_;
  const std::string session_name = session_.name;
  lock.unlock();
  HandInEvent e;
  e.alias = alias;
  e.accepted = true;
  e.replaced = replaced;
  e.quarters = quarters;
  Log(e);
  const std::string l = Lang(lang);
  json j{{"alias", alias}, {"replaced", replaced}, {"quarters", quarters}};
  j["message"] = SayOr(say_, replaced ? "team_lan.received_again" : "team_lan.received",
                       {{"alias", alias}, {"session", session_name}}, l, "received");
  return {200, j.dump()};
}

}  // namespace bip::net
