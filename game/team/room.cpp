#include "room.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <functional>

#include "choices_json.hpp"
#include "playthrough.hpp"
#include "team_report.hpp"

namespace bip {
namespace {

bool IsPlanName(const std::string& id) {
  return id == "room" || id == "karen" || id == "staircase" || id == "none";
}

// A plan vote's option: named for where the plan came from (version 2), else its id.
std::string PlanLabel(const Texts& t, const std::string& lang, const std::string& id) {
  if (id == "room") return t.Get(lang, "room_desk.plan.room");
  return IsPlanName(id) ? t.Get(lang, "room.policy." + id) : id;
}

std::string OptionLabel(const Texts& t, const std::string& lang, const RoomDecision& d,
                        std::size_t i) {
  return d.steps.empty() && !IsPlanName(d.options[i].id) ? d.options[i].id
                                                         : PlanLabel(t, lang, d.options[i].id);
}

}  // namespace

std::string RoomStepTitle(const Content& content, const std::string& case_id, const RoomStep& step,
                          const std::string& lang) {
  const Texts& t = content.texts;
  if (step.kind == "response")
    return t.Format(
        lang, "room_desk.step.response",
        {{"event", t.Get(lang, "case." + case_id + ".event." + step.event + ".title")}});
  return t.Get(lang, "room_desk.step." + step.kind);
}

std::string RoomStepOptionLabel(const Content& content, const std::string& case_id,
                                const RoomStep& step, std::size_t option, const std::string& lang) {
  const Texts& t = content.texts;
  const std::string& id = step.options[option];
  if (step.kind == "belief") return t.Get(lang, "scale.belief." + id);
  if (step.kind == "response")
    return t.Get(lang, "case." + case_id + ".event." + step.event + ".response." + id);
  if (step.kind == "plan") return PlanLabel(t, lang, id);
  return t.Get(lang, "sparring." + id + ".name");
}

namespace {

// One vote's distribution as a table; the played option in bold.
std::string StepTable(const Content& content, const Room& room, const RoomStep& s,
                      const std::string& lang, const std::function<std::string(double, int)>& num) {
  const Texts& t = content.texts;
  int total = 0;
  for (int v : s.tally.votes) total += v;
  std::string h = "<h3>" + HtmlEscape(RoomStepTitle(content, room.case_id, s, lang)) +
                  "</h3>\n<table class=\"step\"><tr><th>" +
                  HtmlEscape(t.Get(lang, "room.col.option")) + "</th>";
  for (std::size_t ti = 0; ti < s.tally.tables.size(); ++ti)
    h += "<th>" + std::to_string(ti + 1) + "</th>";
  h += "<th>" + HtmlEscape(t.Get(lang, "room.col.votes")) + "</th><th>" +
       HtmlEscape(t.Get(lang, "room.col.share")) + "</th></tr>\n";
  for (std::size_t i = 0; i < s.options.size(); ++i) {
    h += std::string("<tr") +
         (i == s.tally.played ? " class=\"played\" style=\"font-weight:bold\"" : "") + "><td>" +
         HtmlEscape(RoomStepOptionLabel(content, room.case_id, s, i, lang)) + "</td>";
    for (const auto& tr : s.tally.tables) h += "<td>" + std::to_string(tr[i]) + "</td>";
    h += "<td>" + std::to_string(s.tally.votes[i]) + "</td><td>" +
         num(total ? 100.0 * s.tally.votes[i] / total : 0.0, 0) + " %</td></tr>\n";
  }
  h += "</table>\n";
  if (s.tally.played != s.tally.majority)
    h += "<p>" +
         HtmlEscape(t.Format(
             lang, "room.played.override",
             {{"option", RoomStepOptionLabel(content, room.case_id, s, s.tally.played, lang)},
              {"majority",
               RoomStepOptionLabel(content, room.case_id, s, s.tally.majority, lang)}})) +
         "</p>\n";
  return h;
}

}  // namespace

void DecideTally(RoomTally& t, const std::vector<std::string>& ids) {
  t.majority = 0;
  t.tie = false;
  for (std::size_t i = 1; i < t.votes.size(); ++i)
    if (t.votes[i] > t.votes[t.majority]) t.majority = i;
  for (std::size_t i = 0; i < t.votes.size(); ++i)
    if (i != t.majority && t.votes[i] == t.votes[t.majority]) t.tie = true;
  t.played = t.majority;
  for (std::size_t i = 0; i < ids.size(); ++i)
    if (!t.override_id.empty() && ids[i] == t.override_id) t.played = i;
}

void Decide(RoomDecision& d) {
  RoomTally t{d.votes, d.tables, d.override_id, 0, false, 0};
  std::vector<std::string> ids;
  for (const RoomOption& o : d.options) ids.push_back(o.id);
  DecideTally(t, ids);
  d.majority = t.majority;
  d.tie = t.tie;
  d.played = t.played;
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
        if (error)
          *error = "decision " + std::to_string(n + 1) + " (option " +
                   room.decisions[n].options[room.decisions[n].played].id +
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
      pr.quarters.push_back(
          {rec.choices, rec.events, rec.line_after, rec.year_after, rec.outcome.job});
    }
    out.policies.emplace_back(name, std::move(pr));
  }
  return out;
}

namespace {

// What the room's phones wrote in a pause, every answer once, escaped.
std::string PhoneAnswersHtml(const Texts& t, const std::string& lang, const RoomPause& p) {
  if (p.phone_answers.empty()) return "";
  std::string h = "<h4>" + HtmlEscape(t.Get(lang, "room_phones.report.written")) +
                  "</h4>\n<ul class=\"phones\">\n";
  for (const auto& [text, picked] : p.phone_answers)
    h += "<li>" + HtmlEscape(text) +
         (picked ? " <em>" + HtmlEscape(t.Get(lang, "room_phones.report.picked")) + "</em>" : "") +
         "</li>\n";
  return h + "</ul>\n";
}

}  // namespace

std::string RoomReportHtml(const Content& content, const Room& room, const RoomPaths& paths,
                           const std::string& lang) {
  const Texts& t = content.texts;
  const auto num = [&](double v, int dec) {
    return lang == "en" ? fmt::format("{:.{}f}", v, dec) : DecimalComma(v, dec);
  };
  std::string h = HtmlPageStart(lang, t.Format(lang, "room.report.title", {{"name", room.name}}));
  h += "<p>" +
       HtmlEscape(t.Format(lang, "room.report.summary",
                           {{"case", t.Get(lang, "case." + room.case_id + ".name")},
                            {"seed", std::to_string(room.seed)},
                            {"n", std::to_string(paths.room.quarters.size())}})) +
       "</p>\n";
  // The path against the policies.
  // The game's colours for the same lines (theme.hpp kSeries): the room where
  // the game has the trainee, then Karen's, the staircase and no intervention.
  const auto colour_of = [](const std::string& policy) -> std::string {
    if (policy == "karen") return "#1D5C8C";
    if (policy == "staircase") return "#7B5EA7";
    if (policy == "none") return "#8A8F96";
    return "";
  };
  std::vector<SvgSeries> series{{t.Get(lang, "room.path.room"), {}, "#E07A1F"}};
  for (const QuarterResult& q : paths.room.quarters) series[0].values.push_back(q.line_after);
  for (const auto& [name, pr] : paths.policies) {
    SvgSeries s{t.Get(lang, "room.policy." + name), {}, colour_of(name)};
    for (const QuarterResult& q : pr.quarters) s.values.push_back(q.line_after);
    series.push_back(std::move(s));
  }
  h += "<section>\n<h2>" + HtmlEscape(t.Get(lang, "room.path.title")) + "</h2>\n" +
       SvgLineChart(series, static_cast<int>(std::max<std::size_t>(room.decisions.size(), 1)),
                    t.Get(lang, "team.chart.line")) +
       "\n<table><tr><th></th><th>" + HtmlEscape(t.Get(lang, "team.col.line")) + "</th><th>" +
       HtmlEscape(t.Get(lang, "team.col.job_chance")) + "</th><th>" +
       HtmlEscape(t.Get(lang, "team.col.job")) + "</th></tr>\n";
  const auto row = [&](const std::string& label, const ParticipantResult& pr) {
    std::string out = "<tr><td>" + HtmlEscape(label) + "</td>";
    if (pr.quarters.empty()) return out + "<td></td><td></td><td></td></tr>\n";
    const QuarterResult& last = pr.quarters.back();
    std::string job = t.Get(lang, "room.no_job");
    for (std::size_t i = 0; i < pr.quarters.size(); ++i)
      if (pr.quarters[i].job) job = t.Format(lang, "room.job_at", {{"n", std::to_string(i + 1)}});
    return out + "<td>" + fmt::format("{:.0f}", std::max(1.0, last.line_after)) + "</td><td>" +
           num(100 * last.job_within_year_after, 1) + " %</td><td>" + HtmlEscape(job) +
           "</td></tr>\n";
  };
  h += row(t.Get(lang, "room.path.room"), paths.room);
  for (const auto& [name, pr] : paths.policies) h += row(t.Get(lang, "room.policy." + name), pr);
  h += "</table>\n</section>\n";

  const auto pauses_after = [&](int q) {
    std::string out;
    for (const RoomPause& p : room.pauses)
      if (p.after_quarter == q)
        out += "<section class=\"pause\">\n<h3>" +
               HtmlEscape(t.Format(lang, "room.pause", {{"n", std::to_string(q)}})) +
               "</h3>\n<p class=\"question\">" + HtmlEscape(p.question) + "</p>\n" +
               (p.notes.empty() ? ""
                                : "<h4>" + HtmlEscape(t.Get(lang, "room.notes")) +
                                      "</h4>\n<p style=\"white-space:pre-wrap\">" +
                                      HtmlEscape(p.notes) + "</p>\n") +
               PhoneAnswersHtml(t, lang, p) + "</section>\n";
    return out;
  };
  h += pauses_after(0);
  for (const RoomDecision& d : room.decisions) {
    h += "<section class=\"decision\">\n<h2>" +
         HtmlEscape(t.Format(lang, "room.decision", {{"n", std::to_string(d.quarter)}})) +
         "</h2>\n";
    int total = 0;
    for (int v : d.votes) total += v;
    h += "<table><tr><th>" + HtmlEscape(t.Get(lang, "room.col.option")) + "</th><th>" +
         HtmlEscape(t.Get(lang, "play.interventions")) + "</th><th>" +
         HtmlEscape(t.Get(lang, "team.col.sparring")) + "</th><th>" +
         HtmlEscape(t.Get(lang, "team.col.belief")) + "</th>";
    for (std::size_t ti = 0; ti < d.tables.size(); ++ti)
      h += "<th>" + std::to_string(ti + 1) + "</th>";
    h += "<th>" + HtmlEscape(t.Get(lang, "room.col.votes")) + "</th><th>" +
         HtmlEscape(t.Get(lang, "room.col.share")) + "</th></tr>\n";
    for (std::size_t i = 0; i < d.options.size(); ++i) {
      const QuarterChoices& ch = d.options[i].choices;
      std::string names;
      for (const std::string& id : ch.interventions)
        names += (names.empty() ? "" : ", ") + t.Get(lang, "intervention." + id + ".name");
      h += std::string("<tr") +
           (i == d.played ? " class=\"played\" style=\"font-weight:bold\"" : "") + "><td>" +
           HtmlEscape(OptionLabel(t, lang, d, i)) + "</td><td>" +
           HtmlEscape(names.empty() ? t.Get(lang, "play.no_interventions") : names) + "</td><td>" +
           HtmlEscape(t.Get(lang, "sparring." + ch.sparring + ".name")) + "</td><td>" +
           HtmlEscape(t.Get(lang, "scale.belief." + std::to_string(ch.belief))) + "</td>";
      for (const auto& tr : d.tables) h += "<td>" + std::to_string(tr[i]) + "</td>";
      h += "<td>" + std::to_string(d.votes[i]) + "</td><td>" +
           num(total ? 100.0 * d.votes[i] / total : 0.0, 0) + " %</td></tr>\n";
    }
    h += "</table>\n<p>";
    if (d.played == d.majority)
      h += HtmlEscape(
          t.Format(lang, "room.played.majority", {{"option", OptionLabel(t, lang, d, d.played)}}));
    else
      h += HtmlEscape(t.Format(lang, "room.played.override",
                               {{"option", OptionLabel(t, lang, d, d.played)},
                                {"majority", OptionLabel(t, lang, d, d.majority)}}));
    if (d.tie && d.played == d.majority) h += " " + HtmlEscape(t.Get(lang, "room.tie"));
    h += "</p>\n";
    for (const RoomStep& st : d.steps) h += StepTable(content, room, st, lang, num);
    const std::size_t qi = static_cast<std::size_t>(d.quarter - 1);
    if (qi < paths.room.quarters.size()) {
      const QuarterResult& q = paths.room.quarters[qi];
      h += "<p>" + HtmlEscape(t.Get(lang, "team.col.line")) + ": " +
           fmt::format("{:.0f}", std::max(1.0, q.line_after)) + " · " +
           HtmlEscape(t.Get(lang, "team.col.job_chance")) + ": " +
           num(100 * q.job_within_year_after, 1) + " %" +
           (q.job ? " · " + HtmlEscape(
                                t.Format(lang, "room.job_at", {{"n", std::to_string(d.quarter)}}))
                  : "") +
           "</p>\n";
    } else {
      const auto& played = paths.room.quarters;
      const int job_quarter =
          !played.empty() && played.back().job ? static_cast<int>(played.size()) : 0;
      h += "<p>" + HtmlEscape(EndedText(t, lang, job_quarter)) + "</p>\n";
    }
    h += "</section>\n" + pauses_after(d.quarter);
  }
  // Survey.
  bool any = !room.survey.open.empty();
  for (const auto& r : room.survey.ratings) any = any || !r.empty();
  if (any) {
    h += "<section class=\"survey\">\n<h2>" + HtmlEscape(t.Get(lang, "room.survey.title")) +
         "</h2>\n<table>\n";
    for (std::size_t q = 0; q < kSurveyQuestions.size(); ++q) {
      const auto& rs = room.survey.ratings[q];
      if (rs.empty()) continue;
      std::array<int, 5> dist{};
      double sum = 0;
      for (int v : rs) {
        ++dist[static_cast<std::size_t>(v - 1)];
        sum += v;
      }
      h += "<tr><th>" +
           HtmlEscape(t.Get(lang, std::string("room.survey.q.") + kSurveyQuestions[q])) +
           "</th><td>" +
           HtmlEscape(t.Format(lang, "room.survey.mean",
                               {{"mean", num(sum / static_cast<double>(rs.size()), 1)},
                                {"n", std::to_string(rs.size())}})) +
           "</td>";
      for (std::size_t k = 0; k < 5; ++k)
        h += "<td>" + std::to_string(k + 1) + ": " + std::to_string(dist[k]) + "</td>";
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
