#pragma once
// The debrief after a playthrough: what the same citizen would have met under
// the case's scripted strategies (same seed), how the trainee's own strategy
// fares over many seeds against those, and the practice score broken down by
// what BIP values. Headless: the game draws it, tests and benches check it.
#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "choices.hpp"
#include "content.hpp"
#include "line_of_100.hpp"
#include "outcome_model.hpp"
#include "playthrough.hpp"
#include "scoring.hpp"

namespace bip {

// One run of a case, quarter by quarter. Index 0 is the start, index q the
// state after quarter q.
struct RunTrace {
  std::string policy;        // "trainee" or the case policy's name
  std::vector<double> line;  // percentile on the line of 100
  std::vector<double> year;  // chance of a job within the next year
  IndicatorValues end{};     // indicators after the last quarter
  int job_quarter = 0;       // quarter the job came, 0 for none
  double score = 0.0;        // mean practice score, 0..100
};

// A strategy over many seeds.
struct StrategySpread {
  std::string policy;
  int seeds = 0;
  int jobs = 0;
  double share = 0.0;   // % with a job within the case
  double ci_low = 0.0;  // Wilson 95 % interval of that share, %
  double ci_high = 0.0;
  std::vector<double> employed_by_quarter;  // cumulative % employed after quarter q (index q-1)
  double mean_job_quarter = 0.0;            // among those who got a job
};

struct ScorePartSummary {
  ScorePart part = ScorePart::kCombinedWithJob;
  int quarters = 0;           // quarters where the part applied
  double mean = 0.0;          // 0..1 over those quarters
  std::vector<double> value;  // per quarter, -1 where it did not apply
};

struct Debrief {
  RunTrace trainee;
  std::vector<RunTrace> same_seed;     // the case's strategies, same citizen and seed
  std::vector<StrategySpread> spread;  // the trainee's strategy first, then the case's
  std::array<ScorePartSummary, kScorePartCount> parts{};
  double total_score = 0.0;  // mean practice score, 0..100
};

// The trainee's choices as a policy: quarter q plays the choices made in q;
// quarters after the last one played repeat it; event responses as chosen.
Policy PolicyFromChoices(const std::vector<QuarterChoices>& choices, const std::string& name);

// The trace of a played (or partly played) playthrough.
RunTrace TraceOf(const Playthrough& play, const std::string& name);

// Plays a policy on the case with one seed.
RunTrace RunPolicy(const Content& content, const OutcomeModel& model, const LineOf100& line,
                   const CaseDef& c, const Policy& policy, std::uint64_t seed);

// Plays a policy on the case over `seeds` seeds starting at `first_seed`.
StrategySpread SpreadOf(const Content& content, const OutcomeModel& model, const LineOf100& line,
                        const CaseDef& c, const Policy& policy, int seeds,
                        std::uint64_t first_seed);

// The case's strategies to compare with, in display order: its reference
// policy, then "staircase" and "none" when the case has them.
std::vector<const Policy*> ComparisonPolicies(const CaseDef& c);

// Everything the debrief screen shows. `seeds` runs per strategy for the spread.
Debrief MakeDebrief(const Content& content, const OutcomeModel& model, const LineOf100& line,
                    const Playthrough& play, int seeds = 1000, std::uint64_t first_seed = 1);

}  // namespace bip
