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
  BarrierSet barriers = 0;     // what stands between the citizen and a job (F-POP, F-MORE)
  // Who the citizen is, as the registers know it (F-DATA): work history,
  // years on support, age. Small next to the indicators (F-POWER).
  double background = 0.0;  // log-hazard units
  // What the 11 indicators do not measure but a caseworker senses (F-STRONG:
  // a realistic view of wages and competences), in log-hazard units.
  double unmeasured = 0.0;
  int caseworker_changes = 0;  // changes during the follow-up (F-CHANGE)
  int quarters_without_intervention = 0;
  double grounding = 0.5;  // how grounded the caseworker's belief is, 0..1 (F-SPAR)
  double belief_carry =
      0.0;  // the part of last quarter's belief shifts that stays (F-BELIEF: stable)
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
  kCaseworker,   // the caseworker's way of working (F-EFFECT)
  kMisfit,       // an intervention that addresses none of the citizen's needs (F-MORE, F-HENRIK)
  kOverload,     // more at once than the citizen can follow (F-INT, F-HENRIK)
  kDropout,      // the citizen dropped out of an overloaded plan this quarter (F-INT)
  kBeliefCarry,  // last quarter's sparring still shapes the belief (F-BELIEF, F-SPAR)
  kPace,         // a person changes only so fast within a quarter (F-MORE)
  kReversion,    // part of the way back to where the citizen started
  kChance,       // the quarter's ups and downs
  kScaleLimit    // the 1-5 scale's ends
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
  double background = 0.0;
  IndicatorValues indicator_terms{};
  double unmeasured = 0.0;
  double caseworker = 0.0;
  double continuity = 0.0;
  double opening = 0.0;
  double floor = 0.0;  // jobs no indicator foresees (a hazard, not a log hazard)
  double Total() const;
  double Probability() const;  // of a job this quarter
};

// What a plan asks of the citizen and how it fits them (F-INT, F-MORE).
struct PlanAssessment {
  double load = 0.0;
  double capacity = 0.0;
  std::array<double, kMaxInterventions> fit{};  // 0..1 per intervention index in the plan
  InterventionSet addresses_barrier = 0;  // plan members that address one of the citizen's barriers
  InterventionSet misfits = 0;            // plan members that fit too little to help
  bool job_focused = false;
  // A job-focused intervention and, in parallel, a non-job one that
  // addresses a real barrier: what the combination effect needs (F-LINE).
  bool coordinated = false;
  double Overload() const {
    return capacity > 0.0 && load > capacity ? load / capacity - 1.0 : 0.0;
  }
  double LoadFactor() const { return load > capacity && load > 0.0 ? capacity / load : 1.0; }
};

struct QuarterOutcome {
  IndicatorValues before{};
  IndicatorValues after{};
  bool had_intervention = false;
  bool combined_with_job = false;  // coordinated: a job-focused one with a fitted non-job one
  bool dropped_out = false;        // overloaded: the citizen left the plan this quarter
  PlanAssessment plan;
  HazardBreakdown hazard;
  double job_probability = 0.0;  // this quarter
  bool job = false;
};

// The palette's members by group, as the cohort draws its plans from them.
struct InterventionGroups {
  std::vector<std::size_t> job, other, health, social, upskilling;
};

// How far a caseworker's general belief lifts their belief in a citizen:
// doubt fully, belief only so far (beyond "good chances" it takes evidence
// about the citizen; modelling assumption, F-S12's steep top is selection).
double GeneralBeliefLift(const Parameters& p, double belief_trait);

class OutcomeModel {
 public:
  explicit OutcomeModel(const ModelContent& content);

  // The citizen's composite readiness: what predicts a job as far as it is
  // measured – the log-hazard weights of the ten indicators that describe
  // the citizen and the register's background term (the caseworker's belief
  // is the caseworker's, so it does not move the citizen's place). The line
  // of 100 orders citizens by it (F-LINE, F-POWER), so a high place means a
  // high chance, and it is what a caseworker sees.
  double Readiness(const IndicatorValues& x, double background) const;
  double Readiness(const CitizenState& s) const { return Readiness(s.x, s.background); }
  // Where a caseworker with this general belief would put their belief in
  // this citizen if they formed it from the evidence alone.
  double BeliefTarget(const CitizenState& s, double belief_trait) const {
    return BeliefTarget(s, belief_trait, Readiness(s));
  }
  // The same with the citizen's readiness already measured (the cohort
  // measures it once per quarter for the belief, the line and the move).
  double BeliefTarget(const CitizenState& s, double belief_trait, double readiness) const;

  HazardBreakdown Hazard(const CitizenState& s, const Caseworker& cw) const;
  // Chance of a job within the next four quarters if nothing changes.
  double JobProbabilityNextYear(const CitizenState& s, const Caseworker& cw) const;

  // Moves the citizen one quarter and draws job entry. Always consumes the
  // same number of random numbers, so paired runs stay paired. `why` may be
  // null (the cohort does not keep explanations); when given, the indicator
  // effects for each indicator add up exactly to after - before.
  QuarterOutcome Step(CitizenState& s, const Caseworker& cw, const QuarterInput& in, Rng& rng,
                      std::vector<Effect>* why) const;

  // How much a citizen can follow at once: F-INT's 2-4 at the middle of the
  // scale, less with poor health, everyday coping or concentration.
  double Capacity(const IndicatorValues& x) const;
  // 0..1: how much an intervention can do for this citizen now: the gaps on
  // the indicators it works on, and whether it addresses one of their barriers.
  double Fit(std::size_t intervention, const CitizenState& s) const;
  PlanAssessment Assess(const CitizenState& s, InterventionSet plan) const;
  double Load(InterventionSet plan) const;

  const ModelContent& content() const { return content_; }
  const Parameters& params() const { return content_.params; }
  bool IsJobFocused(InterventionSet set) const { return (set & job_mask_) != 0; }
  int Count(InterventionSet set) const;
  const InterventionGroups& groups() const { return groups_; }

 private:
  template <bool kExplain>
  QuarterOutcome StepKeeping(CitizenState& s, const Caseworker& cw, const QuarterInput& in,
                             Rng& rng, std::vector<Effect>* why) const;

  const ModelContent& content_;
  InterventionSet job_mask_ = 0;
  InterventionGroups groups_;
  std::array<double, kMaxInterventions> group_strength_{};
  std::array<double, kMaxInterventions> load_{};
  std::array<BarrierSet, kMaxInterventions> addresses_{};
  std::array<bool, kMaxInterventions> is_job_{};
  double log_change_factor_ = 0.0;
  std::vector<std::size_t> strong_;  // strong indicators but the caseworker's belief
  // Each intervention's non-zero profile entries (indicator, share).
  std::array<std::vector<std::pair<std::size_t, double>>, kMaxInterventions> profiles_;
};

}  // namespace bip
