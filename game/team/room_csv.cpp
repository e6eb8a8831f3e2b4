// The theme day as CSV for Swedish and Danish spreadsheets (UTF-8 with BOM,
// semicolons, decimal commas, CRLF): three blocks separated by an empty
// line – every vote, the room's path against the policies, the survey.
#include <algorithm>

#include "room.hpp"
#include "team_report.hpp"

namespace bip {
namespace {

void Row(std::string& out, const std::vector<std::string>& fields) {
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i) out += ';';
    out += CsvField(fields[i]);
  }
  out += "\r\n";
}

std::size_t MaxTables(const Room& room) {
  std::size_t n = 0;
  for (const RoomDecision& d : room.decisions) {
    n = std::max(n, d.tables.size());
    for (const RoomStep& s : d.steps) n = std::max(n, s.tally.tables.size());
  }
  return n;
}

// The votes of a quarter in the order the room took them: belief,
// responses, the plan, sparring.
std::vector<RoomStep> QuarterVotes(const RoomDecision& d) {
  RoomStep plan;
  plan.kind = "plan";
  for (const RoomOption& o : d.options) plan.options.push_back(o.id);
  plan.tally = RoomTally{d.votes, d.tables, d.override_id, d.majority, d.tie, d.played};
  std::vector<RoomStep> out;
  for (const RoomStep& s : d.steps)
    if (s.kind != "sparring") out.push_back(s);
  out.push_back(std::move(plan));
  for (const RoomStep& s : d.steps)
    if (s.kind == "sparring") out.push_back(s);
  return out;
}

}  // namespace

std::string RoomReportCsv(const Content& content, const Room& room, const RoomPaths& paths,
                          const std::string& lang) {
  const Texts& t = content.texts;
  std::string out = "\xEF\xBB\xBF";
  const std::size_t tables = MaxTables(room);
  std::vector<std::string> header = {t.Get(lang, "team.col.quarter"),
                                     t.Get(lang, "room_desk.csv.vote"),
                                     t.Get(lang, "room.col.option")};
  for (std::size_t ti = 0; ti < tables; ++ti)
    header.push_back(t.Format(lang, "room_desk.csv.table", {{"n", std::to_string(ti + 1)}}));
  for (const char* k :
       {"room.col.votes", "room_desk.csv.share", "room_desk.csv.majority", "room_desk.csv.played"})
    header.push_back(t.Get(lang, k));
  Row(out, header);
  const std::string yes = t.Get(lang, "team.yes"), no = t.Get(lang, "team.no");
  for (const RoomDecision& d : room.decisions)
    for (const RoomStep& s : QuarterVotes(d)) {
      int total = 0;
      for (int v : s.tally.votes) total += v;
      const std::string title = RoomStepTitle(content, room.case_id, s, lang);
      for (std::size_t i = 0; i < s.options.size(); ++i) {
        // (A version-1 plan's own option names stay as they are.)
        std::vector<std::string> row = {std::to_string(d.quarter), title,
                                        RoomStepOptionLabel(content, room.case_id, s, i, lang)};
        for (std::size_t ti = 0; ti < tables; ++ti)
          row.push_back(ti < s.tally.tables.size() ? std::to_string(s.tally.tables[ti][i]) : "");
        row.push_back(std::to_string(s.tally.votes[i]));
        row.push_back(DecimalComma(total ? 100.0 * s.tally.votes[i] / total : 0.0, 1));
        row.push_back(i == s.tally.majority ? yes : no);
        row.push_back(i == s.tally.played ? yes : no);
        Row(out, row);
      }
    }
  // The path: the place on the line and the job chance after each quarter.
  out += "\r\n";
  std::vector<std::pair<std::string, const ParticipantResult*>> series = {
      {t.Get(lang, "room.path.room"), &paths.room}};
  for (const auto& [name, pr] : paths.policies)
    series.emplace_back(t.Get(lang, "room.policy." + name), &pr);
  header = {t.Get(lang, "team.col.quarter")};
  for (const auto& [label, pr] : series) {
    header.push_back(t.Format(lang, "room_desk.csv.line", {{"name", label}}));
    header.push_back(t.Format(lang, "room_desk.csv.job_chance", {{"name", label}}));
  }
  Row(out, header);
  for (std::size_t q = 0; q < room.decisions.size(); ++q) {
    std::vector<std::string> row = {std::to_string(q + 1)};
    for (const auto& [label, pr] : series) {
      const bool played = q < pr->quarters.size();
      row.push_back(played ? DecimalComma(pr->quarters[q].line_after, 1) : "");
      row.push_back(played ? DecimalComma(100 * pr->quarters[q].job_within_year_after, 1) : "");
    }
    Row(out, row);
  }
  // The survey: how many gave each rating, the mean; then the open answers.
  out += "\r\n";
  Row(out, {t.Get(lang, "room_desk.csv.question"), "1", "2", "3", "4", "5", "n",
            t.Get(lang, "room_desk.csv.mean")});
  for (std::size_t q = 0; q < kSurveyQuestions.size(); ++q) {
    const auto& rs = room.survey.ratings[q];
    std::array<int, 5> dist{};
    double sum = 0;
    for (int v : rs) {
      ++dist[static_cast<std::size_t>(v - 1)];
      sum += v;
    }
    std::vector<std::string> row = {
        t.Get(lang, std::string("room.survey.q.") + kSurveyQuestions[q])};
    for (int n : dist) row.push_back(std::to_string(n));
    row.push_back(std::to_string(rs.size()));
    row.push_back(rs.empty() ? "" : DecimalComma(sum / static_cast<double>(rs.size()), 2));
    Row(out, row);
  }
  for (const std::string& o : room.survey.open) Row(out, {t.Get(lang, "room.survey.open"), o});
  // The phones' written answers, one row each: the pause's question, the answer.
  for (const RoomPause& p : room.pauses)
    for (const auto& [text, picked] : p.phone_answers)
      Row(out, {t.Get(lang, "room_phones.report.written"), p.question, text,
                picked ? t.Get(lang, "room_phones.report.picked") : ""});
  return out;
}

}  // namespace bip
