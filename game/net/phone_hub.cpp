#include "phone_hub.hpp"

#include <algorithm>
#include <random>
#include <set>
#include <stdexcept>

#include "room_phone_plans.hpp"

namespace bip::net {
namespace {

using nlohmann::json;

PhoneReply Error(int status, const std::string& what) {
  return {status, json{{"error", what}}.dump()};
}

// The quarter a vote key belongs to ("3-1" -> 3).
int KeyQuarter(const std::string& key) {
  const auto dash = key.find('-');
  if (dash == std::string::npos || dash == 0 || dash > 4) return -1;
  return std::all_of(key.begin(), key.begin() + static_cast<std::ptrdiff_t>(dash),
                     [](char c) { return c >= '0' && c <= '9'; })
             ? std::stoi(key.substr(0, dash))
             : -1;
}

std::string Trimmed(const std::string& s) {
  const auto b = s.find_first_not_of(" \t\r\n");
  if (b == std::string::npos) return "";
  return s.substr(b, s.find_last_not_of(" \t\r\n") - b + 1);
}

}  // namespace

std::string NewJoinCode() {
  static constexpr char kAlphabet[] = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
  std::random_device rd;
  std::uniform_int_distribution<std::size_t> pick(0, sizeof kAlphabet - 2);
  std::string code;
  for (int i = 0; i < 6; ++i) code += kAlphabet[pick(rd)];
  return code;
}

PhoneHub::PhoneHub(const Room& room, std::string path)
    : path_(std::move(path)), phones_(room.phones) {
  if (phones_.code.empty()) phones_.code = NewJoinCode();
  code_ = phones_.code;
  // Phones that answered before a restart count against the cap and keep their answers.
  for (const auto& [key, by_token] : phones_.ballots)
    for (const auto& [token, b] : by_token) table_of_[token] = b.table;
  for (const auto& [key, by_token] : phones_.plans)
    for (const auto& [token, p] : by_token) table_of_[token] = p.table;
  json base = RoomToJson(room);
  base.erase("phones");
  base_ = base.dump(1);
}

std::string PhoneHub::Compose(std::uint64_t* upto) const {
  RoomPhones copy;
  {
    std::lock_guard lock(mu_);
    copy = phones_;
    *upto = seq_;
  }
  // base_ is a dumped object: "{...\n}". The phones go in before its end.
  std::string text = base_.substr(0, base_.rfind('}'));
  while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
  text += ",\n \"phones\": " + PhonesToJson(copy).dump() + "\n}\n";
  return text;
}

void PhoneHub::SaveDay(const Room& room) {
  json base = RoomToJson(room);
  base.erase("phones");
  std::lock_guard w(write_mu_);
  base_ = base.dump(1);
  std::uint64_t upto = 0;
  const std::string text = Compose(&upto);
  WriteFileAtomic(path_, text);
  written_seq_ = std::max(written_seq_, upto);
}

PhoneReply PhoneHub::Commit(std::uint64_t seq, const std::string& ok_body) {
  std::lock_guard w(write_mu_);
  if (written_seq_ < seq) {
    std::uint64_t upto = 0;
    const std::string text = Compose(&upto);
    try {
      WriteFileAtomic(path_, text);
    } catch (const std::exception&) {
      // Not acknowledged: the phone keeps its answer and sends it again.
      return Error(503, "not saved");
    }
    written_seq_ = upto;
  }
  return {200, ok_body};
}

void PhoneHub::Publish(PhoneStage stage) {
  std::lock_guard lock(mu_);
  if (stage.quarter != phones_.quarter) {
    // A new quarter: the last one's votes are closed and counted in the day.
    for (auto it = phones_.ballots.begin(); it != phones_.ballots.end();)
      it = KeyQuarter(it->first) == stage.quarter ? std::next(it) : phones_.ballots.erase(it);
    for (auto it = phones_.plans.begin(); it != phones_.plans.end();)
      it = KeyQuarter(it->first) == stage.quarter ? std::next(it) : phones_.plans.erase(it);
    phones_.quarter = stage.quarter;
  }
  stage_ = std::move(stage);
}

void PhoneHub::ClearVote(const std::string& key) {
  std::lock_guard lock(mu_);
  phones_.ballots.erase(key);
  ++changes_;
}

RoomPhones PhoneHub::Phones() const {
  std::lock_guard lock(mu_);
  return phones_;
}

std::vector<std::vector<int>> PhoneHub::Counts(const std::string& key, std::size_t options,
                                               int tables) const {
  std::lock_guard lock(mu_);
  return CountsLocked(key, options, tables);
}

std::vector<std::vector<int>> PhoneHub::CloseVote(const std::string& key, std::size_t options,
                                                  int tables) {
  std::lock_guard lock(mu_);
  if (stage_.vote_key == key) stage_.vote_open = false;
  return CountsLocked(key, options, tables);
}

std::vector<std::vector<int>> PhoneHub::CountsLocked(const std::string& key, std::size_t options,
                                                     int tables) const {
  std::vector<std::vector<int>> out(tables > 0 ? static_cast<std::size_t>(tables) : 1,
                                    std::vector<int>(options, 0));
  const auto it = phones_.ballots.find(key);
  if (it == phones_.ballots.end()) return out;
  for (const auto& [token, b] : it->second) {
    const std::size_t row = tables > 0 ? static_cast<std::size_t>(b.table - 1) : 0;
    if (row < out.size() && b.option < options) ++out[row][b.option];
  }
  return out;
}

std::vector<std::vector<int>> PhoneHub::PlanCounts(const std::string& key,
                                                   const std::vector<std::string>& palette,
                                                   int tables) const {
  std::lock_guard lock(mu_);
  const auto it = phones_.plans.find(key);
  return PhonePlanCounts(
      it == phones_.plans.end() ? std::map<std::string, PhonePlan>{} : it->second, palette, tables);
}

std::size_t PhoneHub::Composed(const std::string& key) const {
  std::lock_guard lock(mu_);
  const auto it = phones_.plans.find(key);
  return it == phones_.plans.end() ? 0 : it->second.size();
}

std::map<std::string, PhonePlan> PhoneHub::ClosePlans(const std::string& key) {
  std::lock_guard lock(mu_);
  if (stage_.compose_key == key) stage_.compose_key.clear();
  const auto it = phones_.plans.find(key);
  return it == phones_.plans.end() ? std::map<std::string, PhonePlan>{} : it->second;
}

std::size_t PhoneHub::Answered(const std::string& key) const {
  std::lock_guard lock(mu_);
  const auto it = phones_.ballots.find(key);
  return it == phones_.ballots.end() ? 0 : it->second.size();
}

std::size_t PhoneHub::Present() const {
  const auto since = Clock::now() - kGrace;
  std::lock_guard lock(mu_);
  return static_cast<std::size_t>(std::count_if(
      last_seen_.begin(), last_seen_.end(), [&](const auto& kv) { return kv.second >= since; }));
}

std::size_t PhoneHub::Seen() const {
  std::lock_guard lock(mu_);
  return last_seen_.size();
}

std::uint64_t PhoneHub::changes() const {
  std::lock_guard lock(mu_);
  return changes_;
}

bool PhoneHub::Pick(std::size_t index, bool picked) {
  std::uint64_t seq = 0;
  {
    std::lock_guard lock(mu_);
    if (index >= phones_.written.size()) return false;
    phones_.written[index].picked = picked;
    seq = ++seq_;
    ++changes_;
  }
  return Commit(seq, "{}").status == 200;
}

bool PhoneHub::Admit(const std::string& token, PhoneReply* reply) {
  if (!IsPhoneToken(token)) {
    *reply = Error(400, "token");
    return false;
  }
  if (!last_seen_.count(token) && !table_of_.count(token) && last_seen_.size() >= kMaxPhones) {
    *reply = Error(503, "full");
    return false;
  }
  last_seen_[token] = Clock::now();
  return true;
}

PhoneReply PhoneHub::State(const std::string& token) {
  PhoneReply r;
  std::lock_guard lock(mu_);
  if (!Admit(token, &r)) return r;
  json mine = {
      {"vote", nullptr}, {"table", 0}, {"written", ""}, {"surveyed", false}, {"plan", nullptr}};
  if (const auto t = table_of_.find(token); t != table_of_.end()) mine["table"] = t->second;
  if (const auto v = phones_.ballots.find(stage_.vote_key); v != phones_.ballots.end())
    if (const auto b = v->second.find(token); b != v->second.end()) mine["vote"] = b->second.option;
  if (const auto p = phones_.plans.find(stage_.compose_key); p != phones_.plans.end())
    if (const auto b = p->second.find(token); b != p->second.end()) mine["plan"] = b->second.picks;
  for (const PhoneText& w : phones_.written)
    if (w.token == token && w.pause == stage_.pause) mine["written"] = w.text;
  for (const PhoneSurvey& s : phones_.survey)
    if (s.token == token) mine["surveyed"] = true;
  const auto answered = [&] {
    const auto v = phones_.ballots.find(stage_.vote_key);
    return v == phones_.ballots.end() ? std::size_t{0} : v->second.size();
  }();
  r.body = "{\"code\":" + json(code_).dump() + ",\"stage\":" + stage_.json +
           ",\"mine\":" + mine.dump() + ",\"answered\":" + std::to_string(answered) + "}";
  return r;
}

template <class Answer>
std::uint64_t PhoneHub::Keep(std::map<std::string, Answer>& slot, const std::string& token,
                             const Answer& answer) {
  const auto it = slot.find(token);
  if (it != slot.end() && it->second == answer)
    return seq_;  // already recorded: answered once it is written
  slot[token] = answer;
  table_of_[token] = answer.table;
  ++changes_;
  return ++seq_;
}

PhoneReply PhoneHub::Vote(const std::string& token, const std::string& key, int table, int option) {
  std::uint64_t seq = 0;
  const std::string ok = json{{"received", true}, {"key", key}, {"option", option}}.dump();
  {
    std::lock_guard lock(mu_);
    PhoneReply r;
    if (!Admit(token, &r)) return r;
    if (key.empty() || key != stage_.vote_key || !stage_.vote_open) return Error(409, "closed");
    if (option < 0 || static_cast<std::size_t>(option) >= stage_.options)
      return Error(400, "option");
    if (stage_.tables > 0 && (table < 1 || table > stage_.tables)) return Error(400, "table");
    const PhoneBallot b{stage_.tables > 0 ? table : 0, static_cast<std::size_t>(option)};
    seq = Keep(phones_.ballots[key], token, b);
  }
  return Commit(seq, ok);
}

PhoneReply PhoneHub::Plan(const std::string& token, const std::string& key, int table,
                          const std::vector<std::string>& picks) {
  std::uint64_t seq = 0;
  const std::string ok = json{{"received", true}, {"key", key}, {"picks", picks}}.dump();
  {
    std::lock_guard lock(mu_);
    PhoneReply r;
    if (!Admit(token, &r)) return r;
    if (key.empty() || key != stage_.compose_key) return Error(409, "closed");
    if (picks.empty()) return Error(400, "empty");
    if (picks.size() > kMaxPhonePlanPicks) return Error(400, "too many");
    for (std::size_t i = 0; i < picks.size(); ++i) {
      if (std::find(stage_.palette.begin(), stage_.palette.end(), picks[i]) == stage_.palette.end())
        return Error(400, "not offered");
      if (std::find(picks.begin(), picks.begin() + static_cast<std::ptrdiff_t>(i), picks[i]) !=
          picks.begin() + static_cast<std::ptrdiff_t>(i))
        return Error(400, "twice");
    }
    if (stage_.tables > 0 && (table < 1 || table > stage_.tables)) return Error(400, "table");
    const PhonePlan plan{stage_.tables > 0 ? table : 0, picks};
    seq = Keep(phones_.plans[key], token, plan);
  }
  return Commit(seq, ok);
}

PhoneReply PhoneHub::Write(const std::string& token, int pause, const std::string& raw) {
  const std::string text = Trimmed(raw);
  std::uint64_t seq = 0;
  {
    std::lock_guard lock(mu_);
    PhoneReply r;
    if (!Admit(token, &r)) return r;
    if (pause < 0 || pause != stage_.pause) return Error(409, "closed");
    if (text.empty()) return Error(400, "empty");
    if (text.size() > kMaxPhoneTextBytes) return Error(413, "too long");
    auto it = std::find_if(phones_.written.begin(), phones_.written.end(), [&](const PhoneText& w) {
      return w.pause == pause && w.token == token;
    });
    if (it == phones_.written.end()) {
      phones_.written.push_back({pause, token, text, false});
      seq = ++seq_;
      ++changes_;
    } else if (it->text != text) {
      *it = {pause, token, text, false};  // changed: the facilitator looks at it again
      seq = ++seq_;
      ++changes_;
    } else {
      seq = seq_;
    }
  }
  return Commit(seq, json{{"received", true}}.dump());
}

PhoneReply PhoneHub::Survey(const std::string& token, const std::array<int, 4>& ratings,
                            const std::string& raw) {
  const std::string open = Trimmed(raw);
  std::uint64_t seq = 0;
  {
    std::lock_guard lock(mu_);
    PhoneReply r;
    if (!Admit(token, &r)) return r;
    if (!stage_.survey_open) return Error(409, "closed");
    if (std::any_of(ratings.begin(), ratings.end(), [](int v) { return v < 0 || v > 5; }))
      return Error(400, "rating");
    if (open.size() > kMaxPhoneTextBytes) return Error(413, "too long");
    // Once per phone: a second submit replaces the first.
    PhoneSurvey s{token, ratings, open};
    auto it = std::find_if(phones_.survey.begin(), phones_.survey.end(),
                           [&](const PhoneSurvey& p) { return p.token == token; });
    if (it == phones_.survey.end()) {
      phones_.survey.push_back(std::move(s));
    } else {
      *it = std::move(s);
    }
    seq = ++seq_;
    ++changes_;
  }
  return Commit(seq, json{{"received", true}}.dump());
}

}  // namespace bip::net
