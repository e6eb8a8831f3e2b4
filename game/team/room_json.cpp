// Reading and writing theme-day files (format "bipgame-room", see room.hpp).
// Files are read strictly: every problem is one line naming the file, the
// JSON pointer and what was expected.
#include <algorithm>

#include "choices_json.hpp"
#include "json_read.hpp"
#include "room.hpp"

namespace bip {
namespace {

using nlohmann::json;

constexpr std::size_t kMaxRoomText = 64 * 1024;

class Reader {
 public:
  Reader(std::string source, std::string* error) : source_(std::move(source)), error_(error) {}
  bool Fail(const std::string& pointer, const std::string& what) {
    if (error_) *error_ = source_ + ": " + (pointer.empty() ? "/" : pointer) + ": " + what;
    return false;
  }
  bool Keys(const json& obj, const std::string& at, std::initializer_list<const char*> required,
            std::initializer_list<const char*> optional) {
    if (!obj.is_object()) return Fail(at, "expected an object");
    for (const auto& [key, value] : obj.items()) {
      bool ok = false;
      for (const char* k : required) ok = ok || key == k;
      for (const char* k : optional) ok = ok || key == k;
      if (!ok) return Fail(at, "unknown key \"" + key.substr(0, 40) + "\"");
    }
    for (const char* k : required)
      if (!obj.contains(k)) return Fail(at + "/" + k, "missing (required)");
    return true;
  }
  bool Text(const json& v, const std::string& at, std::string& out, bool allow_empty) {
    if (!v.is_string() || v.get_ref<const std::string&>().size() > kMaxRoomText ||
        (!allow_empty && v.get_ref<const std::string&>().empty()))
      return Fail(at, std::string("expected ") + (allow_empty ? "a " : "a non-empty ") +
                          "string of at most 64 KiB");
    out = v.get<std::string>();
    return true;
  }
  bool Count(const json& v, const std::string& at, int& out, int lo, int hi) {
    if (!v.is_number_integer() || v.get<long long>() < lo || v.get<long long>() > hi)
      return Fail(at, "expected a whole number " + std::to_string(lo) + "-" + std::to_string(hi));
    out = v.get<int>();
    return true;
  }
  // "votes" or "tables", and "override", for options `ids`.
  bool Tally(const json& d, const std::string& at, const std::vector<std::string>& ids,
             RoomTally& t) {
    const std::size_t n = ids.size();
    if (d.contains("votes") == d.contains("tables"))
      return Fail(at,
                  "expected either \"votes\" (per option) or \"tables\" (per table, per option)");
    t.votes.assign(n, 0);
    if (d.contains("votes")) {
      if (!d["votes"].is_array() || d["votes"].size() != n)
        return Fail(at + "/votes", "expected " + std::to_string(n) + " counts, one per option");
      for (std::size_t k = 0; k < n; ++k)
        if (!Count(d["votes"][k], at + "/votes/" + std::to_string(k), t.votes[k], 0, kMaxVotes))
          return false;
    } else {
      const json& ts = d["tables"];
      if (!ts.is_array() || ts.empty() || ts.size() > kMaxRoomTables)
        return Fail(at + "/tables",
                    "expected an array of 1 to " + std::to_string(kMaxRoomTables) + " tables");
      for (std::size_t ti = 0; ti < ts.size(); ++ti) {
        const std::string tat = at + "/tables/" + std::to_string(ti);
        if (!ts[ti].is_array() || ts[ti].size() != n)
          return Fail(tat, "expected " + std::to_string(n) + " counts, one per option");
        std::vector<int> row(n, 0);
        for (std::size_t k = 0; k < n; ++k) {
          if (!Count(ts[ti][k], tat + "/" + std::to_string(k), row[k], 0, kMaxVotes)) return false;
          t.votes[k] += row[k];
        }
        t.tables.push_back(std::move(row));
      }
    }
    if (d.contains("override")) {
      if (!Text(d["override"], at + "/override", t.override_id, false)) return false;
      if (std::find(ids.begin(), ids.end(), t.override_id) == ids.end())
        return Fail(at + "/override", "expected the id of one of this vote's options");
    }
    DecideTally(t, ids);
    return true;
  }

 private:
  std::string source_;
  std::string* error_;
};

bool Has(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

// A version-2 vote: its kind decides which option ids are valid.
std::optional<RoomStep> ReadStep(Reader& r, const Content& content, const CaseDef& c, const json& j,
                                 const std::string& at) {
  if (!r.Keys(j, at, {"kind", "options"}, {"event", "votes", "tables", "override"}))
    return std::nullopt;
  RoomStep s;
  if (!j["kind"].is_string() || std::none_of(kRoomStepKinds.begin(), kRoomStepKinds.end(),
                                             [&](const char* k) { return j["kind"] == k; })) {
    r.Fail(at + "/kind", "expected belief, response, plan or sparring");
    return std::nullopt;
  }
  s.kind = j["kind"].get<std::string>();
  const Event* event = nullptr;
  if (s.kind == "response") {
    if (j.contains("event") && j["event"].is_string())
      for (const Event& e : c.events)
        if (e.id == j["event"]) event = &e;
    if (!event) {
      r.Fail(at + "/event", "expected an event id of case " + c.id);
      return std::nullopt;
    }
    s.event = event->id;
  } else if (j.contains("event")) {
    r.Fail(at + "/event", "expected no event for a " + s.kind + " vote");
    return std::nullopt;
  }
  const json& os = j["options"];
  if (!os.is_array() || os.empty() || os.size() > kMaxRoomOptions) {
    r.Fail(at + "/options",
           "expected an array of 1 to " + std::to_string(kMaxRoomOptions) + " option ids");
    return std::nullopt;
  }
  for (std::size_t k = 0; k < os.size(); ++k) {
    const std::string oat = at + "/options/" + std::to_string(k);
    const std::string id = os[k].is_string() ? os[k].get<std::string>() : "";
    bool valid = false;
    std::string expected;
    if (s.kind == "belief") {
      valid = id.size() == 1 && id[0] >= '1' && id[0] <= '5';
      expected = "a belief answer \"1\"-\"5\"";
    } else if (s.kind == "response") {
      valid = event->Find(id) != nullptr;
      expected = "a response of event " + event->id;
    } else if (s.kind == "plan") {
      valid = id == "room" ||
              ((id == "karen" || id == "staircase" || id == "none") && c.FindPolicy(id));
      expected = "\"room\", \"karen\", \"staircase\" or \"none\"";
    } else {
      valid = content.model.SparringIndex(id) < content.model.sparring.size();
      expected = "a sparring move id";
    }
    if (!valid || Has(s.options, id)) {
      r.Fail(oat, "expected " + expected + ", each once");
      return std::nullopt;
    }
    s.options.push_back(id);
  }
  if (!r.Tally(j, at, s.options, s.tally)) return std::nullopt;
  return s;
}

std::optional<std::vector<RoomStep>> ReadSteps(Reader& r, const Content& content, const CaseDef& c,
                                               const json& j, const std::string& at) {
  if (!j.is_array() || j.size() > 20) {
    r.Fail(at, "expected an array of at most 20 votes");
    return std::nullopt;
  }
  std::vector<RoomStep> out;
  for (std::size_t i = 0; i < j.size(); ++i) {
    auto s = ReadStep(r, content, c, j[i], at + "/" + std::to_string(i));
    if (!s) return std::nullopt;
    out.push_back(std::move(*s));
  }
  return out;
}

// A decision's options must carry what its votes decided: an edited file
// cannot claim a belief the room did not vote for.
bool StepsAgree(Reader& r, const RoomDecision& d, const std::string& at) {
  const QuarterChoices& played = d.options[d.played].choices;
  for (std::size_t i = 0; i < d.steps.size(); ++i) {
    const RoomStep& s = d.steps[i];
    const std::string sat = at + "/steps/" + std::to_string(i);
    if (s.kind == "plan")
      return r.Fail(
          sat + "/kind",
          "expected belief, response or sparring (the decision's options are the plan vote)");
    bool agrees = true;
    if (s.kind == "belief") agrees = std::to_string(played.belief) == s.Played();
    if (s.kind == "sparring") agrees = played.sparring == s.Played();
    if (s.kind == "response") {
      const auto it = played.responses.find(s.event);
      agrees = it != played.responses.end() && it->second == s.Played();
    }
    if (!agrees)
      return r.Fail(sat, "expected the played option's choices to hold what this vote decided (" +
                             s.Played() + ")");
  }
  return true;
}

json TallyJson(json j, const RoomTally& t) {
  if (t.tables.empty())
    j["votes"] = t.votes;
  else
    j["tables"] = t.tables;
  if (!t.override_id.empty()) j["override"] = t.override_id;
  return j;
}

json StepJson(const RoomStep& s) {
  json j = {{"kind", s.kind}};
  if (!s.event.empty()) j["event"] = s.event;
  j["options"] = s.options;
  return TallyJson(std::move(j), s.tally);
}

}  // namespace

std::optional<Room> RoomFromJson(const Content& content, const json& doc, const std::string& source,
                                 std::string* error) {
  Reader r(source, error);
  Room room;
  if (!doc.is_object() || !doc.contains("format") || doc["format"] != kRoomFormat) {
    r.Fail("/format", std::string("expected \"") + kRoomFormat + "\" (not a theme-day file)");
    return std::nullopt;
  }
  if (!doc.contains("format_version") || !doc["format_version"].is_number_integer() ||
      doc["format_version"] < 1 || doc["format_version"] > kRoomFormatVersion) {
    r.Fail("/format_version", "expected 1 to " + std::to_string(kRoomFormatVersion) +
                                  " (a newer game wrote this file?)");
    return std::nullopt;
  }
  const int version = doc["format_version"].get<int>();
  if (version == 1 &&
      !r.Keys(doc, "", {"format", "format_version", "name", "case", "seed", "decisions"},
              {"pauses", "survey"}))
    return std::nullopt;
  if (version >= 2 &&
      !r.Keys(doc, "", {"format", "format_version", "name", "case", "seed", "decisions"},
              {"pauses", "survey", "tables", "current", "finished", "phones"}))
    return std::nullopt;
  if (doc.contains("phones") && !PhonesFromJson(doc["phones"], source, room.phones, error))
    return std::nullopt;
  if (!r.Text(doc["name"], "/name", room.name, false)) return std::nullopt;
  if (!doc["case"].is_string() || !content.FindCase(doc["case"].get<std::string>())) {
    r.Fail("/case", "expected a case id of this content");
    return std::nullopt;
  }
  room.case_id = doc["case"].get<std::string>();
  const CaseDef& c = *content.FindCase(room.case_id);
  const json& seed = doc["seed"];
  if (seed.is_number_unsigned()) {
    room.seed = seed.get<std::uint64_t>();
  } else if (seed.is_string() && !seed.get_ref<const std::string&>().empty() &&
             seed.get_ref<const std::string&>().size() <= 19 &&
             std::all_of(seed.get_ref<const std::string&>().begin(),
                         seed.get_ref<const std::string&>().end(),
                         [](char ch) { return ch >= '0' && ch <= '9'; })) {
    room.seed = std::stoull(seed.get<std::string>());
  } else {
    r.Fail("/seed", "expected a decimal seed");
    return std::nullopt;
  }
  if (doc.contains("tables") &&
      !r.Count(doc["tables"], "/tables", room.tables, 0, static_cast<int>(kMaxRoomTables)))
    return std::nullopt;
  if (doc.contains("finished")) {
    if (!doc["finished"].is_boolean()) {
      r.Fail("/finished", "expected true or false");
      return std::nullopt;
    }
    room.finished = doc["finished"].get<bool>();
  }
  const json& ds = doc["decisions"];
  // A version-2 day may have no decision yet (it was just set up).
  const std::size_t min_decisions = version == 1 ? 1 : 0;
  if (!ds.is_array() || ds.size() < min_decisions ||
      ds.size() > static_cast<std::size_t>(c.quarters)) {
    r.Fail("/decisions", "expected an array of " + std::to_string(min_decisions) + " to " +
                             std::to_string(c.quarters) + " decisions (one per quarter)");
    return std::nullopt;
  }
  for (std::size_t i = 0; i < ds.size(); ++i) {
    const std::string at = "/decisions/" + std::to_string(i);
    const json& d = ds[i];
    if (version == 1 && !r.Keys(d, at, {"quarter", "options"}, {"votes", "tables", "override"}))
      return std::nullopt;
    if (version >= 2 &&
        !r.Keys(d, at, {"quarter", "options"}, {"votes", "tables", "override", "steps"}))
      return std::nullopt;
    RoomDecision dec;
    if (!r.Count(d["quarter"], at + "/quarter", dec.quarter, static_cast<int>(i + 1),
                 static_cast<int>(i + 1)))
      return std::nullopt;
    const json& os = d["options"];
    if (!os.is_array() || os.empty() || os.size() > kMaxRoomOptions) {
      r.Fail(at + "/options",
             "expected an array of 1 to " + std::to_string(kMaxRoomOptions) + " options");
      return std::nullopt;
    }
    std::vector<std::string> ids;
    for (std::size_t k = 0; k < os.size(); ++k) {
      const std::string oat = at + "/options/" + std::to_string(k);
      if (!r.Keys(os[k], oat, {"id", "choices"}, {})) return std::nullopt;
      RoomOption o;
      if (!r.Text(os[k]["id"], oat + "/id", o.id, false) || o.id.size() > 40) {
        r.Fail(oat + "/id", "expected an option id of 1-40 bytes");
        return std::nullopt;
      }
      if (Has(ids, o.id)) {
        r.Fail(oat + "/id", "expected each option id once");
        return std::nullopt;
      }
      std::string why;
      auto ch = ChoicesFromJson(os[k]["choices"], &why);
      if (!ch) {
        r.Fail(oat + "/choices", why);
        return std::nullopt;
      }
      o.choices = *ch;
      ids.push_back(o.id);
      dec.options.push_back(std::move(o));
    }
    RoomTally t;
    if (!r.Tally(d, at, ids, t)) return std::nullopt;
    dec.votes = t.votes;
    dec.tables = t.tables;
    dec.override_id = t.override_id;
    Decide(dec);
    if (d.contains("steps")) {
      auto steps = ReadSteps(r, content, c, d["steps"], at + "/steps");
      if (!steps) return std::nullopt;
      dec.steps = std::move(*steps);
      if (!StepsAgree(r, dec, at)) return std::nullopt;
    }
    room.decisions.push_back(std::move(dec));
  }
  if (doc.contains("current")) {
    const json& cur = doc["current"];
    if (!r.Keys(cur, "/current", {"quarter", "steps"}, {"room_plan"})) return std::nullopt;
    RoomCurrent rc;
    const int next = static_cast<int>(room.decisions.size()) + 1;
    if (!r.Count(cur["quarter"], "/current/quarter", rc.quarter, next, next)) return std::nullopt;
    if (rc.quarter > c.quarters) {
      r.Fail("/current/quarter",
             "expected at most " + std::to_string(c.quarters) + " (the case's last quarter)");
      return std::nullopt;
    }
    if (cur.contains("room_plan")) {
      const json& rp = cur["room_plan"];
      if (!rp.is_array() || rp.size() > c.palette.size()) {
        r.Fail("/current/room_plan",
               "expected an array of intervention ids offered in case " + c.id);
        return std::nullopt;
      }
      for (std::size_t k = 0; k < rp.size(); ++k) {
        if (!rp[k].is_string() || !Has(c.palette, rp[k].get<std::string>()) ||
            Has(rc.room_plan, rp[k].get<std::string>())) {
          r.Fail("/current/room_plan/" + std::to_string(k),
                 "expected an intervention id offered in case " + c.id + ", each once");
          return std::nullopt;
        }
        rc.room_plan.push_back(rp[k].get<std::string>());
      }
    }
    auto steps = ReadSteps(r, content, c, cur["steps"], "/current/steps");
    if (!steps) return std::nullopt;
    rc.steps = std::move(*steps);
    room.current = std::move(rc);
  }
  if (doc.contains("pauses")) {
    const json& ps = doc["pauses"];
    if (!ps.is_array() || ps.size() > 100) {
      r.Fail("/pauses", "expected an array of at most 100 pauses");
      return std::nullopt;
    }
    for (std::size_t i = 0; i < ps.size(); ++i) {
      const std::string at = "/pauses/" + std::to_string(i);
      if (version == 1 && !r.Keys(ps[i], at, {"after_quarter", "question"}, {"notes"}))
        return std::nullopt;
      if (version >= 2 && !r.Keys(ps[i], at, {"after_quarter", "question"}, {"notes", "seconds"}))
        return std::nullopt;
      RoomPause p;
      if (!r.Count(ps[i]["after_quarter"], at + "/after_quarter", p.after_quarter, 0,
                   static_cast<int>(room.decisions.size())) ||
          !r.Text(ps[i]["question"], at + "/question", p.question, false))
        return std::nullopt;
      if (ps[i].contains("notes") && !r.Text(ps[i]["notes"], at + "/notes", p.notes, true))
        return std::nullopt;
      if (ps[i].contains("seconds") &&
          !r.Count(ps[i]["seconds"], at + "/seconds", p.seconds, 0, kMaxPauseSeconds))
        return std::nullopt;
      room.pauses.push_back(std::move(p));
    }
  }
  if (doc.contains("survey")) {
    const json& s = doc["survey"];
    if (!r.Keys(s, "/survey", {}, {"ratings", "open"})) return std::nullopt;
    if (s.contains("ratings")) {
      const json& rs = s["ratings"];
      if (!rs.is_object()) {
        r.Fail("/survey/ratings", "expected an object of question id -> list of 1-5 ratings");
        return std::nullopt;
      }
      for (const auto& [key, list] : rs.items()) {
        const std::string at = "/survey/ratings/" + key.substr(0, 40);
        const auto q = std::find_if(kSurveyQuestions.begin(), kSurveyQuestions.end(),
                                    [&id = key](const char* k) { return id == k; });
        if (q == kSurveyQuestions.end()) {
          r.Fail(at, "unknown question (expected useful, relevant, confident or recommend)");
          return std::nullopt;
        }
        if (!list.is_array() || list.size() > 10000) {
          r.Fail(at, "expected an array of at most 10000 ratings");
          return std::nullopt;
        }
        auto& out = room.survey.ratings[static_cast<std::size_t>(q - kSurveyQuestions.begin())];
        for (std::size_t k = 0; k < list.size(); ++k) {
          int v = 0;
          if (!r.Count(list[k], at + "/" + std::to_string(k), v, 1, 5)) return std::nullopt;
          out.push_back(v);
        }
      }
    }
    if (s.contains("open")) {
      if (!s["open"].is_array() || s["open"].size() > 10000) {
        r.Fail("/survey/open", "expected an array of at most 10000 answers");
        return std::nullopt;
      }
      for (std::size_t k = 0; k < s["open"].size(); ++k) {
        std::string text;
        if (!r.Text(s["open"][k], "/survey/open/" + std::to_string(k), text, true))
          return std::nullopt;
        if (!text.empty()) room.survey.open.push_back(std::move(text));
      }
    }
  }
  return room;
}

std::optional<Room> LoadRoomFile(const Content& content, const std::string& path,
                                 std::string* error) {
  auto text = ReadLimited(path, kMaxRoomFileBytes, error);
  if (!text) return std::nullopt;
  JsonError parse_error;
  const auto doc = ParseJsonText(*text, parse_error);
  if (!doc) {
    if (error)
      *error = path + ": " + (parse_error.pointer.empty() ? "/" : parse_error.pointer) + ": " +
               parse_error.message;
    return std::nullopt;
  }
  return RoomFromJson(content, *doc, path, error);
}

json RoomToJson(const Room& room) {
  json j = {{"format", kRoomFormat},
            {"format_version", kRoomFormatVersion},
            {"name", room.name},
            {"case", room.case_id},
            {"seed", std::to_string(room.seed)}};
  if (room.tables > 0) j["tables"] = room.tables;
  j["decisions"] = json::array();
  for (const RoomDecision& d : room.decisions) {
    json dj = {{"quarter", d.quarter}, {"options", json::array()}};
    for (const RoomOption& o : d.options)
      dj["options"].push_back({{"id", o.id}, {"choices", ChoicesToJson(o.choices)}});
    dj = TallyJson(std::move(dj), RoomTally{d.votes, d.tables, d.override_id, 0, false, 0});
    if (!d.steps.empty()) {
      dj["steps"] = json::array();
      for (const RoomStep& s : d.steps) dj["steps"].push_back(StepJson(s));
    }
    j["decisions"].push_back(std::move(dj));
  }
  if (room.current) {
    json cj = {{"quarter", room.current->quarter},
               {"room_plan", room.current->room_plan},
               {"steps", json::array()}};
    for (const RoomStep& s : room.current->steps) cj["steps"].push_back(StepJson(s));
    j["current"] = std::move(cj);
  }
  if (!room.pauses.empty()) {
    j["pauses"] = json::array();
    for (const RoomPause& p : room.pauses) {
      json pj = {{"after_quarter", p.after_quarter}, {"question", p.question}, {"notes", p.notes}};
      if (p.seconds > 0) pj["seconds"] = p.seconds;
      j["pauses"].push_back(std::move(pj));
    }
  }
  json ratings = json::object();
  for (std::size_t q = 0; q < kSurveyQuestions.size(); ++q)
    if (!room.survey.ratings[q].empty()) ratings[kSurveyQuestions[q]] = room.survey.ratings[q];
  if (!ratings.empty() || !room.survey.open.empty())
    j["survey"] = {{"ratings", ratings}, {"open", room.survey.open}};
  if (room.finished) j["finished"] = true;
  if (!room.phones.empty()) j["phones"] = PhonesToJson(room.phones);
  return j;
}

void SaveRoomFile(const Room& room, const std::string& path) {
  WriteFileAtomic(path, RoomToJson(room).dump(1) + "\n");
}

}  // namespace bip
