#pragma once
// The BIP outcome model: one quarter of a citizen's progression. The same
// code moves a synthetic cohort (`simulate`) and a case in the game, so the
// game is only as right as the calibration table says it is.
#include <string_view>
#include <vector>

#include "model_content.hpp"
#include "rng.hpp"

namespace bip {

// Caseworker traits in log-hazard units (F-BELIEF, F-EFFECT).
struct Caseworker {
  double belief_trait = 0.0;   // general belief in one's citizens, standard units
  double effectiveness = 0.0;  // the rest of effectiveness, added to the log hazard
};

struct CitizenState {
  IndicatorValues x{};
  IndicatorValues baseline{};  // where the citizen started
  // What the 11 indicators do not measure but a caseworker senses (F-STRONG:
  // a realistic view of wages and competences), in log-hazard units.
  double unmeasured = 0.0;
  int caseworker_changes = 0;  // changes during the follow-up (F-CHANGE)
  int quarters_without_intervention = 0;
  double grounding = 0.5;  // how grounded the caseworker's belief is, 0..1 (F-SPAR)
  double opening_log_hazard = 0.0;
  int opening_quarters = 0;
  bool employed = false;
};

// A push from a named source (a sparring move, an event response).
struct Push {
  std::string_view source;
  std::string_view finding;
  IndicatorValues indicators{};  // added to this quarter's change
  double belief = 0.0;           // moves the caseworker's belief
  double grounding = 0.0;        // moves how grounded that belief is
};

// What acts on one quarter besides the intervention set.
struct QuarterInput {
  InterventionSet interventions = 0;
  std::vector<Push> pushes;        // sparring and event responses
  bool pause = false;              // the plan is put on hold this quarter
  bool caseworker_change = false;  // a new caseworker takes over this quarter
  double opening_log_hazard = 0.0;
  int opening_quarters = 0;
};

// Why something moved. Sources are content ids (intervention, sparring move,
// event) or the model's own mechanisms.
enum class Cause {
  kIntervention,    // an intervention's own effect
  kCombination,     // parallel interventions with a job-focused one (F-LINE)
  kNoIntervention,  // a quarter without intervention: sliding back (F-LINE)
  kNoJobFocus,      // interventions without a job-focused one (F-LINE)
  kBeliefPush,      // the caseworker's belief lifts the citizen (F-BELIEF)
  kBeliefShift,     // sparring or an event moved the caseworker's belief
  kEvent,           // an event response
  kCaseworkerChange,
  kCaseworker,  // the caseworker's way of working (F-EFFECT)
  kReversion,   // part of the way back to where the citizen started
  kChance,     // the quarter's ups and downs
  kScaleLimit  // the 1-5 scale's ends
};

inline constexpr std::size_t kHazardTarget = kIndicatorCount;

struct Effect {
  Cause cause = Cause::kChance;
  std::string_view source;  // content id where there is one
  std::size_t target = 0;   // indicator index, or kHazardTarget
  double amount = 0.0;
  std::string_view finding;
};

// The quarter's log hazard of entering a job, split into its terms.
struct HazardBreakdown {
  double intercept = 0.0;
  IndicatorValues indicator_terms{};
  double unmeasured = 0.0;
  double caseworker = 0.0;
  double continuity = 0.0;
  double opening = 0.0;
  double floor = 0.0;  // jobs no indicator foresees (a hazard, not a log hazard)
  double Total() const;
  double Probability() const;  // of a job this quarter
};

struct QuarterOutcome {
  IndicatorValues before{};
  IndicatorValues after{};
  bool had_intervention = false;
  bool combined_with_job = false;
  HazardBreakdown hazard;
  double job_probability = 0.0;  // this quarter
  bool job = false;
};

class OutcomeModel {
 public:
  explicit OutcomeModel(const ModelContent& content);

  // The citizen's composite readiness: the log-hazard weights of the ten
  // indicators that describe the citizen (the caseworker's belief is the
  // caseworker's, so it does not move the citizen's place). The line of 100
  // orders citizens by it (F-LINE), and it is what a caseworker sees.
  double Readiness(const IndicatorValues& x) const;
  // Where a caseworker with this general belief would put their belief in
  // this citizen if they formed it from the evidence alone.
  double BeliefTarget(const IndicatorValues& x, double unmeasured, double belief_trait) const;

  HazardBreakdown Hazard(const CitizenState& s, const Caseworker& cw) const;
  // Chance of a job within the next four quarters if nothing changes.
  double JobProbabilityNextYear(const CitizenState& s, const Caseworker& cw) const;

  // Moves the citizen one quarter and draws job entry. Always consumes the
  // same number of random numbers, so paired runs stay paired. `why` may be
  // null (the cohort does not keep explanations); when given, the indicator
  // effects for each indicator add up exactly to after - before.
  QuarterOutcome Step(CitizenState& s, const Caseworker& cw, const QuarterInput& in, Rng& rng,
                      std::vector<Effect>* why) const;

  const ModelContent& content() const { return content_; }
  const Parameters& params() const { return content_.params; }
  bool IsJobFocused(InterventionSet set) const { return (set & job_mask_) != 0; }
  int Count(InterventionSet set) const;

 private:
  const ModelContent& content_;
  InterventionSet job_mask_ = 0;
  std::array<double, kMaxInterventions> group_strength_{};
  std::array<bool, kMaxInterventions> is_job_{};
  double log_change_factor_ = 0.0;
  std::vector<std::size_t> strong_;  // strong indicators but the caseworker's belief
  // Each intervention's non-zero profile entries (indicator, share).
  std::array<std::vector<std::pair<std::size_t, double>>, kMaxInterventions> profiles_;
};

}  // namespace bip
