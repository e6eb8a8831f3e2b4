#pragma once
// A case played quarter by quarter: the command API. A client reads the
// state and the quarter's events, then calls Play() with the choices; nothing
// else changes a playthrough, so a list of choices replays it exactly.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "choices.hpp"
#include "content.hpp"
#include "line_of_100.hpp"
#include "outcome_model.hpp"
#include "scoring.hpp"

namespace bip {

struct QuarterRecord {
  int quarter = 0;  // 1-based
  QuarterChoices choices;
  std::vector<std::string> events;  // events that came up this quarter
  QuarterOutcome outcome;
  std::vector<Effect> effects;
  double line_before = 0.0;  // percentile on the line of 100
  double line_after = 0.0;
  double year_before = 0.0;  // chance of a job within the next year
  double year_after = 0.0;
  QuarterScore score;
  CitizenState state_after;
};

// One quarter's choices in the model's own terms: indices resolved against
// the case once. Play() makes them from QuarterChoices; runs over many seeds
// make them directly (PolicyPlan), so a quarter costs no text.
struct ResolvedChoices {
  InterventionSet interventions = 0;
  std::size_t sparring = 0;  // index in the model's sparring moves
  int belief = 3;
  bool caseworker_change = false;
  std::vector<const Response*> responses;  // one per pending event, in its order
};

// Where a case's citizen starts: the case's indicators, barriers and the
// register's say from its person data.
CitizenState CaseStartState(const CaseDef& c, const Parameters& p);

class Playthrough {
 public:
  Playthrough(const Content& content, const OutcomeModel& model, const LineOf100& line,
              const CaseDef& c, std::uint64_t seed);

  // The same case from its start with another seed, as a new playthrough
  // would be; runs over many seeds reuse one playthrough's memory.
  void Restart(std::uint64_t seed);

  const CaseDef& case_def() const { return case_; }
  std::uint64_t seed() const { return seed_; }
  int quarter() const { return static_cast<int>(history_.size()) + 1; }  // next to play
  bool finished() const;
  bool employed() const { return state_.employed; }
  const CitizenState& state() const { return state_; }
  const std::vector<QuarterRecord>& history() const { return history_; }
  // Events that come up in the quarter about to be played.
  const std::vector<const Event*>& pending_events() const { return pending_; }
  double LinePercentile() const;
  double JobProbabilityNextYear() const;
  const Caseworker& caseworker() const { return caseworker_; }
  // A belief a caseworker could ground in what they see (for scoring).
  int EvidenceBelief() const;
  // How a plan would fit the citizen now, and its load against their
  // capacity: what the plan screen shows before the trainee commits.
  PlanAssessment Assess(const std::vector<std::string>& interventions) const;

  // Whether Play() keeps each quarter's explanation (the effects); runs
  // over many seeds that never show them leave it off (default on).
  void KeepExplanations(bool keep) { explain_ = keep; }

  // Why choices cannot be played, or nothing when they can.
  std::optional<std::string> Check(const QuarterChoices& choices) const;
  // The choices in the model's terms, or why they cannot be played.
  std::optional<std::string> Resolve(const QuarterChoices& choices, ResolvedChoices& out) const;
  // Intervention ids offered in this case as a set, or why not.
  std::optional<std::string> ResolvePlan(const std::vector<std::string>& ids,
                                         InterventionSet& out) const;
  // Plays the quarter; throws std::invalid_argument when Check() fails.
  // Taken by value: a caller's temporary moves into the history.
  const QuarterRecord& Play(QuarterChoices choices);
  // Plays resolved choices; the record keeps no choices' text. Throws
  // std::invalid_argument when they do not answer the pending events.
  const QuarterRecord& Play(const ResolvedChoices& choices);

 private:
  void DrawEvents();
  InterventionSet SetOf(const std::vector<std::string>& interventions) const;
  // The palette's index in the model, or the model's size when `id` is not
  // offered in this case (most lookups: a short list, not the whole model).
  std::size_t PaletteIndex(const std::string& id) const;
  QuarterScore Score(const ResolvedChoices& ch, const QuarterInput& in, const SparringMove& move,
                     const PlanAssessment& a, int evidence) const;
  bool Fires(const Event& e) const;

  const Content& content_;
  const OutcomeModel& model_;
  const LineOf100& line_;
  const CaseDef& case_;
  std::uint64_t seed_;
  Rng rng_;
  CitizenState state_;
  Caseworker caseworker_;
  std::vector<QuarterRecord> history_;
  std::vector<const Event*> pending_;
  std::vector<const Event*> fired_;
  std::vector<std::pair<const std::string*, std::size_t>> palette_;  // id, model index
  bool explain_ = true;
  QuarterInput input_;  // reused each quarter: its pushes keep their memory
  // The line and the chance at the end of the last quarter: where the next
  // one starts (the meeting's answer is not on the line and moves no chance).
  double line_now_ = 0.0;
  double year_now_ = 0.0;
  InterventionSet previous_plan_ = 0;          // last quarter's plan, for the score
  int first_quarter_after_[4] = {0, 0, 0, 0};  // per group: quarter after its first use
};

// The choices a scripted policy makes in the playthrough's current quarter.
QuarterChoices PolicyChoices(const Policy& policy, const Playthrough& play);

}  // namespace bip
