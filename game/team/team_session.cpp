#include "team_session.hpp"

#include <fmt/format.h>

#include <cctype>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "alias_check.hpp"
#include "choices_json.hpp"
#include "json_read.hpp"
#include "playthrough.hpp"

namespace bip {
namespace {

using nlohmann::json;

std::string At(const std::string& source, const std::string& pointer, const std::string& what) {
  return source + ": " + (pointer.empty() ? "/" : pointer) + ": " + what;
}

bool Fail(std::string* error, const std::string& source, const std::string& pointer,
          const std::string& what) {
  if (error) *error = At(source, pointer, what);
  return false;
}

// Every key of `obj` must be required or optional; every required one present.
bool OnlyKeys(const json& obj, std::initializer_list<const char*> allowed,
              const std::string& source, const std::string& pointer, std::string* error,
              std::initializer_list<const char*> optional = {}) {
  for (const auto& [key, value] : obj.items()) {
    bool ok = false;
    for (const char* a : allowed) ok = ok || key == a;
    for (const char* a : optional) ok = ok || key == a;
    if (!ok) {
      std::string shown = key.size() > 40 ? key.substr(0, 40) + "..." : key;
      return Fail(error, source, pointer, "unknown key \"" + shown + "\"");
    }
  }
  for (const char* a : allowed)
    if (!obj.contains(a)) return Fail(error, source, pointer + "/" + a, "missing (required)");
  return true;
}

// Free text of the team (situations, notes): bounded, no control characters
// except line breaks and tabs.
bool ValidFreeText(const std::string& t, std::size_t max_bytes) {
  if (t.size() > max_bytes) return false;
  for (unsigned char ch : t)
    if ((ch < 0x20 && ch != '\n' && ch != '\t') || ch == 0x7f) return false;
  return true;
}

// The optional "roster" and "rounds" of a session file (absent in files
// written before the game's desk).
bool ReadRosterAndRounds(const Content& content, const json& doc, const std::string& path,
                         TeamSession& s, std::string* error) {
  if (doc.contains("roster")) {
    const json& r = doc["roster"];
    if (!r.is_array() || r.size() > kMaxParticipants)
      return Fail(error, path, "/roster",
                  "expected an array of at most " + std::to_string(kMaxParticipants) + " aliases");
    for (std::size_t i = 0; i < r.size(); ++i) {
      const std::string here = "/roster/" + std::to_string(i);
      if (!r[i].is_string() || !ValidTeamAlias(r[i].get<std::string>()))
        return Fail(error, path, here,
                    "expected an alias of 1-" + std::to_string(kMaxTeamAliasBytes) +
                        " bytes without control characters");
      for (const std::string& earlier : s.roster)
        if (SameAlias(earlier, r[i].get<std::string>()))
          return Fail(error, path, here, "the alias is listed twice");
      s.roster.push_back(r[i].get<std::string>());
    }
  }
  if (doc.contains("rounds")) {
    const json& rs = doc["rounds"];
    if (!rs.is_array() || rs.size() > kMaxRounds)
      return Fail(
          error, path, "/rounds",
          "expected an array of at most " + std::to_string(kMaxRounds) + " sparring rounds");
    for (std::size_t i = 0; i < rs.size(); ++i) {
      const std::string here = "/rounds/" + std::to_string(i);
      if (!rs[i].is_object()) return Fail(error, path, here, "expected an object");
      if (!OnlyKeys(rs[i], {"card", "situation", "notes"}, path, here, error)) return false;
      SparringRound round;
      if (!rs[i]["card"].is_string())
        return Fail(error, path, here + "/card", "expected a sparring move id or \"\"");
      round.card = rs[i]["card"].get<std::string>();
      if (!round.card.empty() &&
          content.model.SparringIndex(round.card) >= content.model.sparring.size())
        return Fail(error, path, here + "/card",
                    "unknown sparring move \"" + round.card.substr(0, 40) + "\"");
      if (!rs[i]["situation"].is_string() ||
          !ValidFreeText(rs[i]["situation"].get<std::string>(), kMaxSituationBytes))
        return Fail(error, path, here + "/situation",
                    "expected text of at most " + std::to_string(kMaxSituationBytes) + " bytes");
      round.situation = rs[i]["situation"].get<std::string>();
      if (!rs[i]["notes"].is_string() ||
          !ValidFreeText(rs[i]["notes"].get<std::string>(), kMaxRoundNotesBytes))
        return Fail(error, path, here + "/notes",
                    "expected text of at most " + std::to_string(kMaxRoundNotesBytes) + " bytes");
      round.notes = rs[i]["notes"].get<std::string>();
      s.rounds.push_back(std::move(round));
    }
  }
  return true;
}

// The optional "lan" of a session file: the join code and who handed in
// from which device.
bool ReadLan(const json& doc, const std::string& path, TeamSession& s, std::string* error) {
  if (!doc.contains("lan")) return true;
  const json& lan = doc["lan"];
  if (!lan.is_object()) return Fail(error, path, "/lan", "expected an object");
  if (!OnlyKeys(lan, {"code", "hand_ins"}, path, "/lan", error)) return false;
  if (!lan["code"].is_string() || !ValidJoinCode(lan["code"].get<std::string>()))
    return Fail(error, path, "/lan/code", "expected 4-12 capital letters or digits");
  s.lan_code = lan["code"].get<std::string>();
  const json& hs = lan["hand_ins"];
  if (!hs.is_array() || hs.size() > kMaxParticipants)
    return Fail(error, path, "/lan/hand_ins",
                "expected an array of at most " + std::to_string(kMaxParticipants) + " hand-ins");
  for (std::size_t i = 0; i < hs.size(); ++i) {
    const std::string here = "/lan/hand_ins/" + std::to_string(i);
    if (!hs[i].is_object()) return Fail(error, path, here, "expected an object");
    if (!OnlyKeys(hs[i], {"alias", "token"}, path, here, error)) return false;
    if (!hs[i]["alias"].is_string() || !ValidTeamAlias(hs[i]["alias"].get<std::string>()))
      return Fail(error, path, here + "/alias", "expected an alias");
    if (!hs[i]["token"].is_string() || !ValidHandInToken(hs[i]["token"].get<std::string>()))
      return Fail(error, path, here + "/token", "expected 16-64 letters, digits, - or _");
    for (const LanHandIn& earlier : s.lan_hand_ins)
      if (SameAlias(earlier.alias, hs[i]["alias"].get<std::string>()))
        return Fail(error, path, here + "/alias", "the alias is listed twice");
    s.lan_hand_ins.push_back(
        {hs[i]["alias"].get<std::string>(), hs[i]["token"].get<std::string>()});
  }
  return true;
}

std::optional<std::uint64_t> ParseSeed(const json& v) {
  if (v.is_number_unsigned()) return v.get<std::uint64_t>();
  if (!v.is_string()) return std::nullopt;
  const std::string& s = v.get_ref<const std::string&>();
  if (s.empty() || s.size() > 20) return std::nullopt;
  std::uint64_t out = 0;
  for (char ch : s) {
    if (ch < '0' || ch > '9') return std::nullopt;
    const std::uint64_t d = static_cast<std::uint64_t>(ch - '0');
    if (out > (UINT64_MAX - d) / 10) return std::nullopt;
    out = out * 10 + d;
  }
  return out;
}

bool Close(double a, double b) {
  return std::fabs(a - b) <= kOutcomeTolerance;
}

void Refuse(ImportRefusal* refusal, const std::string& kind, const std::string& source,
            std::vector<std::pair<std::string, std::string>> args = {}) {
  if (!refusal) return;
  args.emplace_back("file", std::filesystem::path(source).filename().string());
  *refusal = ImportRefusal{"team.refusal." + kind, std::move(args)};
}

// Reads one participant's quarters (the result-file shape) and replays them.
std::optional<ParticipantResult> ReadParticipant(const ReplayKit& kit, const CaseDef& c,
                                                 std::uint64_t seed, const std::string& alias,
                                                 const json& quarters, const std::string& source,
                                                 const std::string& base, std::string* error,
                                                 ImportRefusal* refusal) {
  if (!quarters.is_array() || quarters.empty() ||
      quarters.size() > static_cast<std::size_t>(c.quarters)) {
    Fail(error, source, base,
         "expected an array of 1 to " + std::to_string(c.quarters) + " quarters (case " + c.id +
             ")");
    return std::nullopt;
  }
  std::vector<QuarterChoices> choices;
  std::vector<QuarterResult> recorded;
  for (std::size_t i = 0; i < quarters.size(); ++i) {
    const std::string here = base + "/" + std::to_string(i);
    const json& q = quarters[i];
    if (!q.is_object()) {
      Fail(error, source, here, "expected an object");
      return std::nullopt;
    }
    if (!OnlyKeys(q, {"quarter", "choices", "line_after", "job_within_year_after", "job"}, source,
                  here, error))
      return std::nullopt;
    if (!q["quarter"].is_number_integer() ||
        q["quarter"].get<long long>() != static_cast<long long>(i + 1)) {
      Fail(error, source, here + "/quarter", "expected " + std::to_string(i + 1));
      return std::nullopt;
    }
    std::string why;
    auto ch = ChoicesFromJson(q["choices"], &why);
    if (!ch) {
      Fail(error, source, here + "/choices", why);
      return std::nullopt;
    }
    QuarterResult r;
    r.choices = *ch;
    if (!q["line_after"].is_number() || !q["job_within_year_after"].is_number() ||
        !q["job"].is_boolean()) {
      Fail(error, source, here,
           "expected numbers line_after, job_within_year_after and a boolean job");
      return std::nullopt;
    }
    r.line_after = q["line_after"].get<double>();
    r.job_within_year_after = q["job_within_year_after"].get<double>();
    r.job = q["job"].get<bool>();
    choices.push_back(*ch);
    recorded.push_back(std::move(r));
  }
  std::string why;
  std::size_t failed = 0;
  auto replayed = Replay(kit, c, seed, alias, choices, &why, &failed);
  if (!replayed) {
    Fail(error, source, base + "/" + std::to_string(failed) + "/choices", why);
    Refuse(refusal, "changed", source);
    return std::nullopt;
  }
  for (std::size_t i = 0; i < recorded.size(); ++i) {
    const QuarterResult& a = recorded[i];
    const QuarterResult& b = replayed->quarters[i];
    const std::string here = base + "/" + std::to_string(i);
    if (!Close(a.line_after, b.line_after) ||
        !Close(a.job_within_year_after, b.job_within_year_after) || a.job != b.job) {
      Fail(error, source, here,
           fmt::format("recorded outcome does not match the replay (line {} vs {}, job chance {} "
                       "vs {}, job {} vs {}); "
                       "the file was changed or made by another version",
                       a.line_after, b.line_after, a.job_within_year_after, b.job_within_year_after,
                       a.job, b.job));
      Refuse(refusal, "changed", source);
      return std::nullopt;
    }
  }
  return replayed;
}

}  // namespace

ReplayKit::ReplayKit(const Content& c) : content(c), model(c.model), line(model, 4000, 1) {}

std::optional<ParticipantResult> Replay(const ReplayKit& kit, const CaseDef& c, std::uint64_t seed,
                                        const std::string& alias,
                                        const std::vector<QuarterChoices>& quarters,
                                        std::string* error, std::size_t* failed_index) {
  Playthrough play(kit.content, kit.model, kit.line, c, seed);
  ParticipantResult out;
  out.alias = alias;
  for (std::size_t i = 0; i < quarters.size(); ++i) {
    if (auto problem = play.Check(quarters[i])) {
      if (error) *error = "quarter " + std::to_string(i + 1) + " cannot be played: " + *problem;
      if (failed_index) *failed_index = i;
      return std::nullopt;
    }
    const QuarterRecord& r = play.Play(quarters[i]);
    QuarterResult q;
    q.choices = r.choices;
    q.events = r.events;
    q.line_after = r.line_after;
    q.job_within_year_after = r.year_after;
    q.job = r.outcome.job;
    out.quarters.push_back(std::move(q));
  }
  return out;
}

json ResultToJson(const ParticipantResult& r, const std::string& case_id, int content_version,
                  std::uint64_t seed) {
  json j;
  j["format"] = kResultFormat;
  j["format_version"] = kResultFormatVersion;
  j["alias"] = r.alias;
  j["case"] = case_id;
  j["content_version"] = content_version;
  j["seed"] = std::to_string(seed);
  j["quarters"] = json::array();
  for (std::size_t i = 0; i < r.quarters.size(); ++i) {
    const QuarterResult& q = r.quarters[i];
    j["quarters"].push_back({{"quarter", i + 1},
                             {"choices", ChoicesToJson(q.choices)},
                             {"line_after", q.line_after},
                             {"job_within_year_after", q.job_within_year_after},
                             {"job", q.job}});
  }
  return j;
}

std::optional<ParticipantResult> ImportResultJson(const ReplayKit& kit, const TeamSession& session,
                                                  const json& doc, const std::string& source,
                                                  std::string* error, ImportRefusal* refusal) {
  Refuse(refusal, "damaged", source);  // unless a check below says more
  if (!doc.is_object()) {
    Fail(error, source, "", "expected a JSON object (a bipgame team result file)");
    Refuse(refusal, "not_result", source);
    return std::nullopt;
  }
  if (!doc.contains("format") || doc["format"] != kResultFormat) {
    Fail(error, source, "/format",
         std::string("expected \"") + kResultFormat + "\" (not a team result file)");
    Refuse(refusal, "not_result", source);
    return std::nullopt;
  }
  if (!doc.contains("format_version") || doc["format_version"] != kResultFormatVersion) {
    Fail(error, source, "/format_version",
         "expected " + std::to_string(kResultFormatVersion) +
             " (made by another version of bipgame?)");
    Refuse(refusal, "version", source);
    return std::nullopt;
  }
  if (!OnlyKeys(
          doc, {"format", "format_version", "alias", "case", "content_version", "seed", "quarters"},
          source, "", error))
    return std::nullopt;
  if (!doc["alias"].is_string() || !ValidTeamAlias(doc["alias"].get<std::string>())) {
    Fail(error, source, "/alias",
         "expected an alias of 1-" + std::to_string(kMaxTeamAliasBytes) +
             " bytes without control characters");
    return std::nullopt;
  }
  if (!doc["case"].is_string() || doc["case"].get<std::string>() != session.case_id) {
    Fail(error, source, "/case",
         "expected case \"" + session.case_id + "\" (this session's case); the file is from " +
             (doc["case"].is_string()
                  ? "case \"" + doc["case"].get<std::string>().substr(0, 40) + "\""
                  : "no case"));
    if (doc["case"].is_string())
      Refuse(refusal, "case", source,
             {{"case", session.case_id}, {"value", doc["case"].get<std::string>().substr(0, 40)}});
    return std::nullopt;
  }
  if (!doc["content_version"].is_number_integer() ||
      doc["content_version"].get<long long>() != session.content_version) {
    Fail(error, source, "/content_version",
         "expected " + std::to_string(session.content_version) +
             " (this session's content version); got " +
             doc["content_version"].dump().substr(0, 20) +
             " – the participant played other content");
    Refuse(refusal, "content_version", source, {{"case", session.case_id}});
    return std::nullopt;
  }
  const auto seed = ParseSeed(doc["seed"]);
  if (!seed || *seed != session.seed) {
    Fail(error, source, "/seed",
         "expected \"" + std::to_string(session.seed) + "\" (this session's seed)");
    if (seed)
      Refuse(refusal, "seed", source,
             {{"seed", std::to_string(session.seed)}, {"value", std::to_string(*seed)}});
    return std::nullopt;
  }
  const CaseDef* c = kit.content.FindCase(session.case_id);
  if (!c) {
    Fail(error, source, "/case", "the session's case is not in this content");
    return std::nullopt;
  }
  return ReadParticipant(kit, *c, session.seed, doc["alias"].get<std::string>(), doc["quarters"],
                         source, "/quarters", error, refusal);
}

std::optional<std::string> ReadLimited(const std::string& path, std::size_t max_bytes,
                                       std::string* error) {
  std::error_code ec;
  const auto status = std::filesystem::status(path, ec);
  if (ec || !std::filesystem::is_regular_file(status)) {
    if (error) *error = path + ": not a readable file";
    return std::nullopt;
  }
  const auto size = std::filesystem::file_size(path, ec);
  if (ec || size > max_bytes) {
    if (error)
      *error = path + ": " +
               (ec ? "cannot read its size"
                   : "too large (" + std::to_string(size) + " bytes; at most " +
                         std::to_string(max_bytes) + ")");
    return std::nullopt;
  }
  std::ifstream in(path, std::ios::binary);
  std::string text;
  text.resize(static_cast<std::size_t>(size));
  if (!in || !in.read(text.data(), static_cast<std::streamsize>(size))) {
    if (error) *error = path + ": cannot be read";
    return std::nullopt;
  }
  if (in.peek() != std::char_traits<char>::eof()) {  // grew while reading
    if (error) *error = path + ": changed while being read";
    return std::nullopt;
  }
  return text;
}

std::optional<ParticipantResult> ImportResultFile(const ReplayKit& kit, const TeamSession& session,
                                                  const std::string& path, std::string* error,
                                                  ImportRefusal* refusal) {
  Refuse(refusal, "damaged", path);
  auto text = ReadLimited(path, kMaxResultFileBytes, error);
  if (!text) return std::nullopt;
  JsonError parse_error;
  auto doc = ParseJsonText(*text, parse_error);
  if (!doc) {
    Fail(error, path, parse_error.pointer, parse_error.message);
    return std::nullopt;
  }
  return ImportResultJson(kit, session, *doc, path, error, refusal);
}

bool ValidTeamAlias(const std::string& a) {
  return !a.empty() && a.size() <= kMaxTeamAliasBytes && IsPlainVisibleText(a);
}

bool SameAlias(const std::string& a, const std::string& b) {
  auto lower = [](std::string s) {
    for (char& ch : s)
      if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
    return s;
  };
  return lower(a) == lower(b);
}

bool ValidHandInToken(const std::string& t) {
  if (t.size() < 16 || t.size() > 64) return false;
  for (char ch : t)
    if (!std::isalnum(static_cast<unsigned char>(ch)) && ch != '-' && ch != '_') return false;
  return true;
}

bool ValidJoinCode(const std::string& c) {
  if (c.size() < 4 || c.size() > 12) return false;
  for (char ch : c)
    if (!(ch >= 'A' && ch <= 'Z') && !(ch >= '0' && ch <= '9')) return false;
  return true;
}

void AddParticipant(TeamSession& session, ParticipantResult participant) {
  for (ParticipantResult& p : session.participants)
    if (SameAlias(p.alias, participant.alias)) {
      p = std::move(participant);
      return;
    }
  if (session.participants.size() >= kMaxParticipants)
    throw std::invalid_argument("a session holds at most " + std::to_string(kMaxParticipants) +
                                " participants");
  session.participants.push_back(std::move(participant));
}

json SessionToJson(const TeamSession& s) {
  json j;
  j["format"] = kSessionFormat;
  j["format_version"] = kSessionFormatVersion;
  j["name"] = s.name;
  j["case"] = s.case_id;
  j["seed"] = std::to_string(s.seed);
  j["content_version"] = s.content_version;
  j["created_at"] = s.created_at;
  j["participants"] = json::array();
  for (const ParticipantResult& p : s.participants) {
    json r = ResultToJson(p, s.case_id, s.content_version, s.seed);
    j["participants"].push_back({{"alias", p.alias}, {"quarters", r["quarters"]}});
  }
  // Written only when used, so a session without them reads as before.
  if (!s.roster.empty()) j["roster"] = s.roster;
  if (!s.rounds.empty()) {
    j["rounds"] = json::array();
    for (const SparringRound& r : s.rounds)
      j["rounds"].push_back({{"card", r.card}, {"situation", r.situation}, {"notes", r.notes}});
  }
  if (!s.lan_code.empty()) {
    j["lan"] = {{"code", s.lan_code}, {"hand_ins", json::array()}};
    for (const LanHandIn& h : s.lan_hand_ins)
      j["lan"]["hand_ins"].push_back({{"alias", h.alias}, {"token", h.token}});
  }
  return j;
}

std::optional<TeamSession> LoadSessionFile(const ReplayKit& kit, const std::string& path,
                                           std::string* error) {
  auto text = ReadLimited(path, kMaxSessionFileBytes, error);
  if (!text) return std::nullopt;
  JsonError parse_error;
  const auto parsed = ParseJsonText(*text, parse_error);
  if (!parsed) {
    Fail(error, path, parse_error.pointer, parse_error.message);
    return std::nullopt;
  }
  const json& doc = *parsed;
  if (!doc.is_object()) {
    Fail(error, path, "", "not a JSON object");
    return std::nullopt;
  }
  if (!doc.contains("format") || doc["format"] != kSessionFormat) {
    Fail(error, path, "/format",
         std::string("expected \"") + kSessionFormat + "\" (not a team session file)");
    return std::nullopt;
  }
  if (!doc.contains("format_version") || doc["format_version"] != kSessionFormatVersion) {
    Fail(error, path, "/format_version", "expected " + std::to_string(kSessionFormatVersion));
    return std::nullopt;
  }
  if (!OnlyKeys(doc,
                {"format", "format_version", "name", "case", "seed", "content_version",
                 "created_at", "participants"},
                path, "", error, {"roster", "rounds", "lan"}))
    return std::nullopt;
  TeamSession s;
  if (!doc["name"].is_string() || !ValidTeamAlias(doc["name"].get<std::string>())) {
    Fail(error, path, "/name", "expected a name of 1-80 bytes");
    return std::nullopt;
  }
  s.name = doc["name"].get<std::string>();
  if (!doc["case"].is_string()) {
    Fail(error, path, "/case", "expected a case id");
    return std::nullopt;
  }
  s.case_id = doc["case"].get<std::string>();
  const CaseDef* c = kit.content.FindCase(s.case_id);
  if (!c) {
    Fail(error, path, "/case", "unknown case \"" + s.case_id.substr(0, 40) + "\" in this content");
    return std::nullopt;
  }
  const auto seed = ParseSeed(doc["seed"]);
  if (!seed) {
    Fail(error, path, "/seed", "expected a decimal seed");
    return std::nullopt;
  }
  s.seed = *seed;
  if (!doc["content_version"].is_number_integer() ||
      doc["content_version"].get<long long>() != c->content_version) {
    Fail(error, path, "/content_version",
         "expected " + std::to_string(c->content_version) + " (the installed content of case " +
             c->id + "); the session was made with other content");
    return std::nullopt;
  }
  s.content_version = c->content_version;
  s.created_at = doc["created_at"].is_string() ? doc["created_at"].get<std::string>() : "";
  const json& ps = doc["participants"];
  if (!ps.is_array() || ps.size() > kMaxParticipants) {
    Fail(error, path, "/participants",
         "expected an array of at most " + std::to_string(kMaxParticipants) + " participants");
    return std::nullopt;
  }
  for (std::size_t i = 0; i < ps.size(); ++i) {
    const std::string here = "/participants/" + std::to_string(i);
    if (!ps[i].is_object() || !OnlyKeys(ps[i], {"alias", "quarters"}, path, here, error)) {
      if (!ps[i].is_object()) Fail(error, path, here, "expected an object");
      return std::nullopt;
    }
    if (!ps[i]["alias"].is_string() || !ValidTeamAlias(ps[i]["alias"].get<std::string>())) {
      Fail(error, path, here + "/alias", "expected an alias");
      return std::nullopt;
    }
    for (std::size_t k = 0; k < s.participants.size(); ++k)
      if (SameAlias(s.participants[k].alias, ps[i]["alias"].get<std::string>())) {
        Fail(error, path, here + "/alias",
             "the same alias as /participants/" + std::to_string(k) +
                 " (expected each participant once; letter case does not count)");
        return std::nullopt;
      }
    auto p = ReadParticipant(kit, *c, s.seed, ps[i]["alias"].get<std::string>(), ps[i]["quarters"],
                             path, here + "/quarters", error, nullptr);
    if (!p) return std::nullopt;
    s.participants.push_back(std::move(*p));
  }
  if (!ReadRosterAndRounds(kit.content, doc, path, s, error)) return std::nullopt;
  if (!ReadLan(doc, path, s, error)) return std::nullopt;
  return s;
}

void WriteFileAtomic(const std::string& path, const std::string& text) {
  const std::string tmp = path + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) throw std::runtime_error(path + ": cannot be written");
    out.write(text.data(), static_cast<std::streamsize>(text.size()));
    out.flush();
    if (!out) throw std::runtime_error(path + ": write failed");
  }
  std::error_code ec;
  std::filesystem::rename(tmp, path, ec);
  if (ec) {
    std::filesystem::remove(tmp, ec);
    throw std::runtime_error(path + ": cannot be replaced");
  }
}

void SaveSessionFile(const TeamSession& s, const std::string& path) {
  WriteFileAtomic(path, SessionToJson(s).dump(2) + "\n");
}

std::string NowIso8601() {
  const std::time_t t = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

}  // namespace bip
