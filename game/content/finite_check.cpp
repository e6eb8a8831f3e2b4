#include "finite_check.hpp"

#include <algorithm>
#include <cmath>
#include <sstream>

#include "cohort.hpp"
#include "line_of_100.hpp"
#include "outcome_model.hpp"
#include "parameters.hpp"
#include "playthrough.hpp"

namespace bip {
namespace {

bool Finite(const IndicatorValues& v) {
  for (double x : v)
    if (!std::isfinite(x)) return false;
  return true;
}

// A small cohort as practised (what simulate runs, in miniature): every
// citizen's readiness and year's chance stay numbers.
bool CohortStaysFinite(const Content& content, const OutcomeModel& model, const LineOf100& line) {
  CohortProtocol probe = content.calibration.protocol;
  probe.cohort = std::min(probe.cohort, 400);
  probe.replicates = 1;
  probe.quarters = std::min(probe.quarters, 4);
  if (probe.cohort < probe.job_centres || probe.caseworkers < 2 * probe.job_centres)
    return true;  // reported elsewhere
  const CohortRun run = RunCohort(model, probe, 1, Variant::kAsPractised, &line);
  for (double r : run.readiness)
    if (!std::isfinite(r)) return false;
  for (float c : run.year_chance)
    if (!std::isfinite(c)) return false;
  return true;
}

// Plays every case's reference policy to its end with these parameters,
// and a small cohort.
bool StaysFinite(const Content& content, const ModelContent& model_content) {
  const OutcomeModel model(model_content);
  const LineOf100 line(model, 200, 1);
  if (!CohortStaysFinite(content, model, line)) return false;
  for (const CaseDef& c : content.cases) {
    const Policy* policy = c.FindPolicy(c.reference_policy);
    if (!policy) continue;
    Playthrough play(content, model, line, c, 1);
    while (!play.finished()) {
      const QuarterChoices choices = PolicyChoices(*policy, play);
      if (play.Check(choices)) break;  // a policy problem, reported elsewhere
      const QuarterRecord& r = play.Play(choices);
      if (!std::isfinite(r.line_after) || !std::isfinite(r.year_after) ||
          !Finite(r.state_after.x) || !std::isfinite(play.JobProbabilityNextYear()))
        return false;
    }
  }
  return true;
}

std::string Shown(double v) {
  std::ostringstream s;
  s << v;
  return s.str();
}

}  // namespace

void CheckModelStaysFinite(const Content& content, const std::string& parameters_file,
                           Problems& problems) {
  if (StaysFinite(content, content.model)) return;
  // Which parameter? Each in turn at the middle of its range: the ones that
  // make the numbers finite again are the cause.
  bool named = false;
  for (const ParameterSlot& slot : ParameterRegistry()) {
    ModelContent trial = content.model;
    const double middle = (slot.min + slot.max) / 2;
    std::string value;
    if (slot.scalar) {
      value = Shown(content.model.params.*slot.scalar);
      trial.params.*slot.scalar = middle;
    } else {
      value = "its values";
      (trial.params.*slot.per_indicator).fill(middle);
    }
    if (!StaysFinite(content, trial)) continue;
    named = true;
    problems.Add(parameters_file, "/parameters/" + std::string(slot.name) + "/value",
                 "with " + value +
                     " the model computes NaN or infinity in the reference plays or the cohort "
                     "(expected a value that " +
                     "keeps the job chance a number, e.g. " + Shown(middle) + ")");
  }
  if (!named)
    problems.Add(parameters_file, "/parameters",
                 "the model computes NaN or infinity in the reference plays or the cohort "
                 "(expected parameters "
                 "that keep every number "
                 "finite; no single parameter is the cause)");
}

}  // namespace bip
