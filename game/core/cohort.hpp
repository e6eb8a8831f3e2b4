#pragma once
// The synthetic BIP cohort of ../shared/bip/CALIBRATION.md: replicate
// cohorts of citizens and caseworkers, interventions drawn with the F-MIX
// shares ("BIP as practised"), followed quarter by quarter.
#include <array>
#include <cstdint>
#include <vector>

#include "line_of_100.hpp"
#include "outcome_model.hpp"

namespace bip {

struct CohortProtocol {
  int cohort = 4000;
  int replicates = 5;
  int caseworkers = 300;
  int job_centres = 10;
  int quarters = 16;
  int window = 4;  // quarters after an S12 answer in which a job counts
};

// One quarter's intervention set, by the shape F-LINE reports on.
enum class PlanShape { kNone, kSingleOther, kSingleJob, kCombinedWithJob, kCombinedWithoutJob };
inline constexpr std::size_t kPlanShapeCount = 5;

// The paired runs the calibration compares (same citizens, same random numbers).
enum class Variant {
  kAsPractised,
  kBeliefMirrored,  // every caseworker's belief trait mirrored around the median (C3)
  kForcedChange,    // one extra caseworker change in quarter 1, same traits (C4)
  kAllTopQuartile,  // every caseworker's traits redrawn from the top quartile (C7)
};

// The register variables a regression on background sees (C10, F-POWER):
// sex, education, four health and history flags, origin, work history,
// years on support, age.
inline constexpr std::size_t kBackgroundVariables = 11;
using BackgroundRow = std::array<float, kBackgroundVariables>;

struct CohortRun {
  int citizens = 0;
  int quarters = 0;
  std::vector<std::int8_t> job_quarter;      // per citizen; -1 when no job
  std::vector<std::uint8_t> first_quartile;  // first caseworker's effectiveness quartile, 3 = top
  std::vector<std::uint8_t> first_above_median;    // first caseworker's belief above the median
  std::vector<std::uint8_t> s12;                   // [citizen * quarters + q]; 0 = not followed
  std::array<double, kPlanShapeCount> move_sum{};  // line moves of citizens at 40-60
  std::array<double, kPlanShapeCount> move_count{};
  std::array<std::vector<double>, kIndicatorCount> start_values;  // quarter-1 indicators
  std::vector<double> median_readiness;  // per quarter, at its start (first replicate)
  std::int64_t person_quarters = 0;
  std::vector<BackgroundRow> background;  // per citizen (C10)
  std::vector<std::uint8_t> any_change;   // per citizen: one or more caseworker changes (C11)
  // Answers 4-5 on the citizen's own belief and on S12, and how many
  // answers: over all person-quarters [0] and at the first measurement [1] (C12).
  std::array<double, 2> own_high{}, caseworker_high{}, answers{};
  // Where a line was given: per person-quarter at its start the place on
  // the line (1-100, 0 = not followed) and the chance of a job within the
  // next year, as the game would show them (L1, L3).
  std::vector<std::uint8_t> place;
  std::vector<float> year_chance;
  std::vector<double> readiness;  // at every followed quarter's start (the game's line)
};

// Draws an intervention set with the F-MIX shares; the non-job member of a
// combined plan is mostly chosen for one of the citizen's barriers.
// Consumes seven uniforms.
InterventionSet DrawPlan(const OutcomeModel& model, Rng& rng, BarrierSet barriers,
                         PlanShape* shape);
PlanShape ShapeOf(const OutcomeModel& model, InterventionSet set);

CohortRun RunCohort(const OutcomeModel& model, const CohortProtocol& protocol, std::uint64_t seed,
                    Variant variant, const LineOf100* line = nullptr);

}  // namespace bip
