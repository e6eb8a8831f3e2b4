#pragma once
// The team leader's comparison of a session, and its exports: an HTML report
// (self-contained, inline SVG, printable) and a CSV for Swedish and Danish
// spreadsheets (UTF-8 with BOM, semicolons, decimal commas, CRLF).
#include <array>
#include <string>
#include <vector>

#include "csv_cell.hpp"  // CsvField, shared with the theme-day report
#include "team_session.hpp"
#include "texts.hpp"

namespace bip {

// How a quarter's interventions stand against F-LINE.
enum class PlanKind { kNone, kJobOnly, kOtherOnly, kCombinedWithJob };
const char* PlanKindKey(PlanKind k);  // "team.plan.*"
// The place 1-100 shown for a percentile on the line (the game's rounding).
int LinePlace(double percentile);
// What stands in a quarter after a case has ended: the job and its quarter,
// or that the case ended (job_quarter 0).
std::string EndedText(const Texts& texts, const std::string& lang, int job_quarter);

struct ParticipantQuarter {
  bool played = false;  // false once this participant's case has ended
  int job_quarter = 0;  // when it ended with a job: the quarter of the job
  std::array<std::vector<std::string>, 4> by_group;  // intervention ids in kGroupIds order
  PlanKind plan = PlanKind::kNone;
  std::string sparring;
  int belief = 3;
  double line_after = 0.0;
  double job_within_year_after = 0.0;
  bool job = false;
};

struct QuarterComparison {
  int quarter = 0;
  std::vector<ParticipantQuarter> participants;  // in session order
  bool diverged = false;
  // Text keys of discussion questions, each tied to a finding (F-LINE, F-S12, F-SPAR).
  std::vector<std::string> question_keys;
};

// Belief answers in the four F-S12 bands: No + Strongly doubt, Varies, Good, Yes.
inline constexpr std::array<double, 4> kBipBeliefShares = {50.0, 24.0, 20.0, 6.0};
struct BeliefProfile {
  std::array<int, 4> counts{};
  int total = 0;
  double Share(std::size_t band) const { return total ? 100.0 * counts[band] / total : 0.0; }
};
std::size_t BeliefBand(int belief);  // 1-2 -> 0, 3 -> 1, 4 -> 2, 5 -> 3

struct TeamComparison {
  std::vector<std::string> names;  // aliases, or "Participant N" when anonymous
  std::vector<QuarterComparison> quarters;
  BeliefProfile beliefs;  // every played quarter of every participant
};

TeamComparison Compare(const Content& content, const TeamSession& session, const Texts& texts,
                       const std::string& lang, bool anonymous);

std::string TeamReportHtml(const Content& content, const TeamSession& session,
                           const TeamComparison& cmp, const std::string& lang);
std::string TeamReportCsv(const Content& content, const TeamComparison& cmp,
                          const std::string& lang);

// Helpers shared with the theme-day report.
std::string HtmlEscape(const std::string& s);
std::string DecimalComma(double v, int decimals);
std::string HtmlPageStart(const std::string& lang, const std::string& title);
std::string HtmlPageEnd();
// A line chart: one series per name, y 0-100 over quarters 1..n (inline SVG).
struct SvgSeries {
  std::string name;
  std::vector<double> values;  // quarter 1.. ; fewer when a series ends early
  std::string colour;          // "#rrggbb"; empty: the next of the report's palette
};
// The legend is as wide as its longest name (an estimate of 7 px a letter at
// font size 11), so no name is cut off.
std::string SvgLineChart(const std::vector<SvgSeries>& series, int quarters,
                         const std::string& title);

}  // namespace bip
