#include "room.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "choices_json.hpp"
#include "playthrough.hpp"
#include "team_report.hpp"

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
      return Fail(at, std::string("expected ") + (allow_empty ? "" : "a non-empty ") + "string of at most 64 KiB");
    out = v.get<std::string>();
    return true;
  }
  bool Count(const json& v, const std::string& at, int& out, int lo, int hi) {
    if (!v.is_number_integer() || v.get<long long>() < lo || v.get<long long>() > hi)
      return Fail(at, "expected a whole number " + std::to_string(lo) + "-" + std::to_string(hi));
    out = v.get<int>();
    return true;
  }

 private:
  std::string source_;
  std::string* error_;
};

std::string OptionLabel(const RoomDecision& d, std::size_t i) { return d.options[i].id; }

}  // namespace

void Decide(RoomDecision& d) {
  d.majority = 0;
  d.tie = false;
  for (std::size_t i = 1; i < d.votes.size(); ++i)
    if (d.votes[i] > d.votes[d.majority]) d.majority = i;
  for (std::size_t i = 0; i < d.votes.size(); ++i)
    if (i != d.majority && d.votes[i] == d.votes[d.majority]) d.tie = true;
  d.played = d.majority;
  for (std::size_t i = 0; i < d.options.size(); ++i)
    if (!d.override_id.empty() && d.options[i].id == d.override_id) d.played = i;
}

std::optional<Room> RoomFromJson(const Content& content, const json& doc, const std::string& source, std::string* error) {
  Reader r(source, error);
  Room room;
  if (!doc.is_object() || !doc.contains("format") || doc["format"] != kRoomFormat) {
    r.Fail("/format", std::string("expected \"") + kRoomFormat + "\" (not a theme-day file)");
    return std::nullopt;
  }
  if (!doc.contains("format_version") || doc["format_version"] != kRoomFormatVersion) {
    r.Fail("/format_version", "expected " + std::to_string(kRoomFormatVersion));
    return std::nullopt;
  }
  if (!r.Keys(doc, "", {"format", "format_version", "name", "case", "seed", "decisions"}, {"pauses", "survey"})) return std::nullopt;
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
  } else if (seed.is_string() && !seed.get_ref<const std::string&>().empty() && seed.get_ref<const std::string&>().size() <= 19 &&
             std::all_of(seed.get_ref<const std::string&>().begin(), seed.get_ref<const std::string&>().end(),
                         [](char ch) { return ch >= '0' && ch <= '9'; })) {
    room.seed = std::stoull(seed.get<std::string>());
  } else {
    r.Fail("/seed", "expected a decimal seed");
    return std::nullopt;
  }
  const json& ds = doc["decisions"];
  if (!ds.is_array() || ds.empty() || ds.size() > static_cast<std::size_t>(c.quarters)) {
    r.Fail("/decisions", "expected an array of 1 to " + std::to_string(c.quarters) + " decisions (one per quarter)");
    return std::nullopt;
  }
  for (std::size_t i = 0; i < ds.size(); ++i) {
    const std::string at = "/decisions/" + std::to_string(i);
    const json& d = ds[i];
    if (!r.Keys(d, at, {"quarter", "options"}, {"votes", "tables", "override"})) return std::nullopt;
    RoomDecision dec;
    if (!r.Count(d["quarter"], at + "/quarter", dec.quarter, static_cast<int>(i + 1), static_cast<int>(i + 1))) return std::nullopt;
    const json& os = d["options"];
    if (!os.is_array() || os.empty() || os.size() > kMaxRoomOptions) {
      r.Fail(at + "/options", "expected an array of 1 to " + std::to_string(kMaxRoomOptions) + " options");
      return std::nullopt;
    }
    for (std::size_t k = 0; k < os.size(); ++k) {
      const std::string oat = at + "/options/" + std::to_string(k);
      if (!r.Keys(os[k], oat, {"id", "choices"}, {})) return std::nullopt;
      RoomOption o;
      if (!r.Text(os[k]["id"], oat + "/id", o.id, false) || o.id.size() > 40) {
        r.Fail(oat + "/id", "expected an option id of 1-40 bytes");
        return std::nullopt;
      }
      for (const RoomOption& seen : dec.options)
        if (seen.id == o.id) {
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
      dec.options.push_back(std::move(o));
    }
    const std::size_t n = dec.options.size();
    if (d.contains("votes") == d.contains("tables")) {
      r.Fail(at, "expected either \"votes\" (per option) or \"tables\" (per table, per option)");
      return std::nullopt;
    }
    dec.votes.assign(n, 0);
    if (d.contains("votes")) {
      if (!d["votes"].is_array() || d["votes"].size() != n) {
        r.Fail(at + "/votes", "expected " + std::to_string(n) + " counts, one per option");
        return std::nullopt;
      }
      for (std::size_t k = 0; k < n; ++k)
        if (!r.Count(d["votes"][k], at + "/votes/" + std::to_string(k), dec.votes[k], 0, kMaxVotes)) return std::nullopt;
    } else {
      const json& ts = d["tables"];
      if (!ts.is_array() || ts.empty() || ts.size() > kMaxRoomTables) {
        r.Fail(at + "/tables", "expected an array of 1 to " + std::to_string(kMaxRoomTables) + " tables");
        return std::nullopt;
      }
      for (std::size_t t = 0; t < ts.size(); ++t) {
        const std::string tat = at + "/tables/" + std::to_string(t);
        if (!ts[t].is_array() || ts[t].size() != n) {
          r.Fail(tat, "expected " + std::to_string(n) + " counts, one per option");
          return std::nullopt;
        }
        std::vector<int> row(n, 0);
        for (std::size_t k = 0; k < n; ++k) {
          if (!r.Count(ts[t][k], tat + "/" + std::to_string(k), row[k], 0, kMaxVotes)) return std::nullopt;
          dec.votes[k] += row[k];
        }
        dec.tables.push_back(std::move(row));
      }
    }
    if (d.contains("override")) {
      if (!r.Text(d["override"], at + "/override", dec.override_id, false)) return std::nullopt;
      if (std::none_of(dec.options.begin(), dec.options.end(), [&](const RoomOption& o) { return o.id == dec.override_id; })) {
        r.Fail(at + "/override", "expected the id of one of this decision's options");
        return std::nullopt;
      }
    }
    Decide(dec);
    room.decisions.push_back(std::move(dec));
  }
  if (doc.contains("pauses")) {
    const json& ps = doc["pauses"];
    if (!ps.is_array() || ps.size() > 100) {
      r.Fail("/pauses", "expected an array of at most 100 pauses");
      return std::nullopt;
    }
    for (std::size_t i = 0; i < ps.size(); ++i) {
      const std::string at = "/pauses/" + std::to_string(i);
      if (!r.Keys(ps[i], at, {"after_quarter", "question"}, {"notes"})) return std::nullopt;
      RoomPause p;
      if (!r.Count(ps[i]["after_quarter"], at + "/after_quarter", p.after_quarter, 0, static_cast<int>(room.decisions.size())) ||
          !r.Text(ps[i]["question"], at + "/question", p.question, false))
        return std::nullopt;
      if (ps[i].contains("notes") && !r.Text(ps[i]["notes"], at + "/notes", p.notes, true)) return std::nullopt;
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
        const auto q = std::find_if(kSurveyQuestions.begin(), kSurveyQuestions.end(), [&](const char* k) { return key == k; });
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
        if (!r.Text(s["open"][k], "/survey/open/" + std::to_string(k), text, true)) return std::nullopt;
        if (!text.empty()) room.survey.open.push_back(std::move(text));
      }
    }
  }
  return room;
}

std::optional<Room> LoadRoomFile(const Content& content, const std::string& path, std::string* error) {
  auto text = ReadLimited(path, kMaxRoomFileBytes, error);
  if (!text) return std::nullopt;
  const json doc = json::parse(*text, nullptr, false);
  if (doc.is_discarded()) {
    if (error) *error = path + ": /: not valid JSON";
    return std::nullopt;
  }
  return RoomFromJson(content, doc, path, error);
}

std::optional<RoomPaths> PlayRoom(const ReplayKit& kit, const Room& room, std::string* error) {
  const CaseDef* c = kit.content.FindCase(room.case_id);
  if (!c) {
    if (error) *error = "unknown case " + room.case_id;
    return std::nullopt;
  }
  std::vector<QuarterChoices> played;
  for (const RoomDecision& d : room.decisions) played.push_back(d.options[d.played].choices);
  // The case may end with a job before the last decision: later ones are not played.
  {
    Playthrough probe(kit.content, kit.model, kit.line, *c, room.seed);
    std::size_t n = 0;
    while (n < played.size() && !probe.finished()) {
      if (auto problem = probe.Check(played[n])) {
        if (error) *error = "decision " + std::to_string(n + 1) + " (option " + room.decisions[n].options[room.decisions[n].played].id +
                            ") cannot be played: " + *problem;
        return std::nullopt;
      }
      probe.Play(played[n]);
      ++n;
    }
    played.resize(n);
  }
  RoomPaths out;
  auto r = Replay(kit, *c, room.seed, "room", played, error);
  if (!r) return std::nullopt;
  out.room = std::move(*r);
  const std::size_t quarters = room.decisions.size();
  for (const char* name : {"karen", "staircase", "none"}) {
    const Policy* p = c->FindPolicy(name);
    if (!p) continue;
    Playthrough play(kit.content, kit.model, kit.line, *c, room.seed);
    ParticipantResult pr;
    pr.alias = name;
    while (!play.finished() && play.history().size() < quarters) {
      const QuarterChoices ch = PolicyChoices(*p, play);
      if (play.Check(ch)) break;
      const QuarterRecord& rec = play.Play(ch);
      pr.quarters.push_back({rec.choices, rec.events, rec.line_after, rec.year_after, rec.outcome.job});
    }
    out.policies.emplace_back(name, std::move(pr));
  }
  return out;
}

std::string RoomReportHtml(const Content& content, const Room& room, const RoomPaths& paths, const std::string& lang) {
  const Texts& t = content.texts;
  const auto num = [&](double v, int dec) { return lang == "en" ? fmt::format("{:.{}f}", v, dec) : DecimalComma(v, dec); };
  std::string h = HtmlPageStart(lang, t.Format(lang, "room.report.title", {{"name", room.name}}));
  h += "<p>" + HtmlEscape(t.Format(lang, "room.report.summary", {{"case", t.Get(lang, "case." + room.case_id + ".name")},
                                                                 {"seed", std::to_string(room.seed)},
                                                                 {"n", std::to_string(paths.room.quarters.size())}})) + "</p>\n";
  // The path against the policies.
  std::vector<SvgSeries> series{{t.Get(lang, "room.path.room"), {}}};
  for (const QuarterResult& q : paths.room.quarters) series[0].values.push_back(q.line_after);
  for (const auto& [name, pr] : paths.policies) {
    SvgSeries s{t.Get(lang, "room.policy." + name), {}};
    for (const QuarterResult& q : pr.quarters) s.values.push_back(q.line_after);
    series.push_back(std::move(s));
  }
  h += "<section>\n<h2>" + HtmlEscape(t.Get(lang, "room.path.title")) + "</h2>\n" +
       SvgLineChart(series, static_cast<int>(std::max<std::size_t>(room.decisions.size(), 1)), t.Get(lang, "team.chart.line")) +
       "\n<table><tr><th></th><th>" + HtmlEscape(t.Get(lang, "team.col.line")) + "</th><th>" + HtmlEscape(t.Get(lang, "team.col.job_chance")) +
       "</th><th>" + HtmlEscape(t.Get(lang, "team.col.job")) + "</th></tr>\n";
  const auto row = [&](const std::string& label, const ParticipantResult& pr) {
    std::string out = "<tr><td>" + HtmlEscape(label) + "</td>";
    if (pr.quarters.empty()) return out + "<td></td><td></td><td></td></tr>\n";
    const QuarterResult& last = pr.quarters.back();
    std::string job = t.Get(lang, "room.no_job");
    for (std::size_t i = 0; i < pr.quarters.size(); ++i)
      if (pr.quarters[i].job) job = t.Format(lang, "room.job_at", {{"n", std::to_string(i + 1)}});
    return out + "<td>" + fmt::format("{:.0f}", std::max(1.0, last.line_after)) + "</td><td>" + num(100 * last.job_within_year_after, 1) +
           " %</td><td>" + HtmlEscape(job) + "</td></tr>\n";
  };
  h += row(t.Get(lang, "room.path.room"), paths.room);
  for (const auto& [name, pr] : paths.policies) h += row(t.Get(lang, "room.policy." + name), pr);
  h += "</table>\n</section>\n";

  const auto pauses_after = [&](int q) {
    std::string out;
    for (const RoomPause& p : room.pauses)
      if (p.after_quarter == q)
        out += "<section class=\"pause\">\n<h3>" + HtmlEscape(t.Format(lang, "room.pause", {{"n", std::to_string(q)}})) +
               "</h3>\n<p class=\"question\">" + HtmlEscape(p.question) + "</p>\n" +
               (p.notes.empty() ? "" : "<h4>" + HtmlEscape(t.Get(lang, "room.notes")) + "</h4>\n<p style=\"white-space:pre-wrap\">" + HtmlEscape(p.notes) + "</p>\n") +
               "</section>\n";
    return out;
  };
  h += pauses_after(0);
  for (const RoomDecision& d : room.decisions) {
    h += "<section class=\"decision\">\n<h2>" + HtmlEscape(t.Format(lang, "room.decision", {{"n", std::to_string(d.quarter)}})) + "</h2>\n";
    int total = 0;
    for (int v : d.votes) total += v;
    h += "<table><tr><th>" + HtmlEscape(t.Get(lang, "room.col.option")) + "</th><th>" + HtmlEscape(t.Get(lang, "play.interventions")) +
         "</th><th>" + HtmlEscape(t.Get(lang, "team.col.sparring")) + "</th><th>" + HtmlEscape(t.Get(lang, "team.col.belief")) + "</th>";
    for (std::size_t ti = 0; ti < d.tables.size(); ++ti) h += "<th>" + std::to_string(ti + 1) + "</th>";
    h += "<th>" + HtmlEscape(t.Get(lang, "room.col.votes")) + "</th><th>" + HtmlEscape(t.Get(lang, "room.col.share")) + "</th></tr>\n";
    for (std::size_t i = 0; i < d.options.size(); ++i) {
      const QuarterChoices& ch = d.options[i].choices;
      std::string names;
      for (const std::string& id : ch.interventions) names += (names.empty() ? "" : ", ") + t.Get(lang, "intervention." + id + ".name");
      h += std::string("<tr") + (i == d.played ? " class=\"played\" style=\"font-weight:bold\"" : "") + "><td>" + HtmlEscape(OptionLabel(d, i)) + "</td><td>" +
           HtmlEscape(names.empty() ? t.Get(lang, "play.no_interventions") : names) + "</td><td>" + HtmlEscape(t.Get(lang, "sparring." + ch.sparring + ".name")) +
           "</td><td>" + HtmlEscape(t.Get(lang, "scale.belief." + std::to_string(ch.belief))) + "</td>";
      for (const auto& tr : d.tables) h += "<td>" + std::to_string(tr[i]) + "</td>";
      h += "<td>" + std::to_string(d.votes[i]) + "</td><td>" + num(total ? 100.0 * d.votes[i] / total : 0.0, 0) + " %</td></tr>\n";
    }
    h += "</table>\n<p>";
    if (d.played == d.majority)
      h += HtmlEscape(t.Format(lang, "room.played.majority", {{"option", d.options[d.played].id}}));
    else
      h += HtmlEscape(t.Format(lang, "room.played.override", {{"option", d.options[d.played].id}, {"majority", d.options[d.majority].id}}));
    if (d.tie && d.played == d.majority) h += " " + HtmlEscape(t.Get(lang, "room.tie"));
    h += "</p>\n";
    const std::size_t qi = static_cast<std::size_t>(d.quarter - 1);
    if (qi < paths.room.quarters.size()) {
      const QuarterResult& q = paths.room.quarters[qi];
      h += "<p>" + HtmlEscape(t.Get(lang, "team.col.line")) + ": " + fmt::format("{:.0f}", std::max(1.0, q.line_after)) + " · " +
           HtmlEscape(t.Get(lang, "team.col.job_chance")) + ": " + num(100 * q.job_within_year_after, 1) + " %" +
           (q.job ? " · " + HtmlEscape(t.Format(lang, "room.job_at", {{"n", std::to_string(d.quarter)}})) : "") + "</p>\n";
    } else {
      h += "<p>" + HtmlEscape(t.Get(lang, "team.ended")) + "</p>\n";
    }
    h += "</section>\n" + pauses_after(d.quarter);
  }
  // Survey.
  bool any = !room.survey.open.empty();
  for (const auto& r : room.survey.ratings) any = any || !r.empty();
  if (any) {
    h += "<section class=\"survey\">\n<h2>" + HtmlEscape(t.Get(lang, "room.survey.title")) + "</h2>\n<table>\n";
    for (std::size_t q = 0; q < kSurveyQuestions.size(); ++q) {
      const auto& rs = room.survey.ratings[q];
      if (rs.empty()) continue;
      std::array<int, 5> dist{};
      double sum = 0;
      for (int v : rs) {
        ++dist[static_cast<std::size_t>(v - 1)];
        sum += v;
      }
      h += "<tr><th>" + HtmlEscape(t.Get(lang, std::string("room.survey.q.") + kSurveyQuestions[q])) + "</th><td>" +
           HtmlEscape(t.Format(lang, "room.survey.mean", {{"mean", num(sum / static_cast<double>(rs.size()), 1)}, {"n", std::to_string(rs.size())}})) + "</td>";
      for (std::size_t k = 0; k < 5; ++k) h += "<td>" + std::to_string(k + 1) + ": " + std::to_string(dist[k]) + "</td>";
      h += "</tr>\n";
    }
    h += "</table>\n";
    if (!room.survey.open.empty()) {
      h += "<h3>" + HtmlEscape(t.Get(lang, "room.survey.open")) + "</h3>\n<ul>\n";
      for (const std::string& o : room.survey.open) h += "<li>" + HtmlEscape(o) + "</li>\n";
      h += "</ul>\n";
    }
    h += "</section>\n";
  }
  return h + HtmlPageEnd();
}

}  // namespace bip
