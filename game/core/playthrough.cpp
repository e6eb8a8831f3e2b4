#include "playthrough.hpp"

#include <algorithm>
#include <stdexcept>

namespace bip {
namespace {

constexpr std::uint64_t kCaseStream = 7;

bool Contains(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

double PracticeValue(Practice p) {
  switch (p) {
    case Practice::kGood: return 1.0;
    case Practice::kMixed: return 0.5;
    case Practice::kPoor: return 0.0;
  }
  return 0.0;
}

}  // namespace

const Response* Event::Find(const std::string& response_id) const {
  for (const Response& r : responses)
    if (r.id == response_id) return &r;
  return nullptr;
}

const Response& Event::Default() const {
  for (const Response& r : responses)
    if (r.is_default) return r;
  return responses.front();
}

const Event* CaseDef::FindEvent(const std::string& event_id) const {
  for (const Event& e : events)
    if (e.id == event_id) return &e;
  return nullptr;
}

const Policy* CaseDef::FindPolicy(const std::string& name) const {
  const auto it = policies.find(name);
  return it == policies.end() ? nullptr : &it->second;
}

Playthrough::Playthrough(const Content& content, const OutcomeModel& model, const LineOf100& line,
                         const CaseDef& c, std::uint64_t seed)
    : content_(content), model_(model), line_(line), case_(c), seed_(seed), rng_(seed, kCaseStream) {
  state_.x = c.start;
  state_.baseline = c.start;
  state_.grounding = c.grounding;
  caseworker_.effectiveness = c.caseworker_effectiveness;
  DrawEvents();
}

bool Playthrough::finished() const {
  return state_.employed || static_cast<int>(history_.size()) >= case_.quarters;
}

double Playthrough::LinePercentile() const { return line_.Percentile(model_.Readiness(state_.x)); }

double Playthrough::JobProbabilityNextYear() const {
  return model_.JobProbabilityNextYear(state_, caseworker_);
}

int Playthrough::EvidenceBelief() const { return AnswerFor(model_.BeliefTarget(state_.x, state_.unmeasured, 0.0)); }

bool Playthrough::Fires(const Event& e) const {
  const Trigger& t = e.trigger;
  const int q = quarter();
  if (q < t.from_quarter || (t.to_quarter > 0 && q > t.to_quarter)) return false;
  switch (t.type) {
    case TriggerType::kQuarter: return q == t.quarter;
    case TriggerType::kAfterGroup: {
      const int after = first_quarter_after_[static_cast<int>(t.group)];
      return after > 0 && q >= after;
    }
    case TriggerType::kQuartersWithoutIntervention:
      return state_.quarters_without_intervention >= t.count;
    case TriggerType::kIndicatorBelow: return state_.x[t.indicator] < t.value;
    case TriggerType::kIndicatorAbove: return state_.x[t.indicator] > t.value;
    case TriggerType::kRandom: return false;  // drawn in DrawEvents
  }
  return false;
}

void Playthrough::DrawEvents() {
  pending_.clear();
  if (finished()) return;
  for (const Event& e : case_.events) {
    // Random events draw every quarter, fired or not, so one event's
    // outcome never shifts another's random numbers.
    const bool lucky = e.trigger.type == TriggerType::kRandom && rng_.Chance(e.trigger.chance);
    if (Contains(fired_, e.id)) continue;
    const bool in_range = quarter() >= e.trigger.from_quarter &&
                          (e.trigger.to_quarter == 0 || quarter() <= e.trigger.to_quarter);
    if ((e.trigger.type == TriggerType::kRandom && lucky && in_range) || Fires(e)) pending_.push_back(&e);
  }
}

std::optional<std::string> Playthrough::Check(const QuarterChoices& ch) const {
  if (finished()) return "the case has ended";
  for (std::size_t i = 0; i < ch.interventions.size(); ++i) {
    const std::string& id = ch.interventions[i];
    if (content_.model.InterventionIndex(id) >= content_.model.interventions.size())
      return "unknown intervention '" + id + "'";
    if (!Contains(case_.palette, id)) return "intervention '" + id + "' is not offered in this case";
    for (std::size_t j = 0; j < i; ++j)
      if (ch.interventions[j] == id) return "intervention '" + id + "' chosen twice";
  }
  if (content_.model.SparringIndex(ch.sparring) >= content_.model.sparring.size())
    return "unknown sparring move '" + ch.sparring + "'";
  if (ch.belief < 1 || ch.belief > 5) return "belief answer must be 1-5, got " + std::to_string(ch.belief);
  for (const auto& [event_id, response_id] : ch.responses) {
    const auto it = std::find_if(pending_.begin(), pending_.end(),
                                 [&id = event_id](const Event* e) { return e->id == id; });  // clang 14: no capture of a binding
    if (it == pending_.end()) return "event '" + event_id + "' is not up this quarter";
    if (!(*it)->Find(response_id))
      return "event '" + event_id + "' has no response '" + response_id + "'";
  }
  return std::nullopt;
}

const QuarterRecord& Playthrough::Play(const QuarterChoices& ch) {
  if (auto problem = Check(ch)) throw std::invalid_argument(*problem);
  const ModelContent& mc = content_.model;

  QuarterRecord rec;
  rec.quarter = quarter();
  rec.choices = ch;

  // The meeting: the caseworker's belief answer is the belief the citizen meets.
  state_.x[kCaseworkerBelief] = ch.belief;
  rec.line_before = LinePercentile();
  rec.year_before = JobProbabilityNextYear();

  QuarterInput in;
  for (const std::string& id : ch.interventions) in.interventions |= InterventionSet{1} << mc.InterventionIndex(id);
  const SparringMove& move = mc.sparring[mc.SparringIndex(ch.sparring)];
  in.pushes.push_back(Push{move.id, move.finding, {}, move.belief_shift, move.grounding_shift});
  in.caseworker_change = ch.caseworker_change;

  std::vector<const Response*> answered;
  for (const Event* e : pending_) {
    const auto chosen = ch.responses.find(e->id);
    const Response* r = chosen != ch.responses.end() ? e->Find(chosen->second) : &e->Default();
    answered.push_back(r);
    rec.events.push_back(e->id);
    fired_.push_back(e->id);
    const ResponseEffects& fx = r->effects;
    in.pushes.push_back(Push{r->id, r->finding, fx.indicators, fx.belief, fx.grounding});
    in.pause = in.pause || fx.pause_interventions;
    in.caseworker_change = in.caseworker_change || fx.caseworker_change;
    if (fx.opening_quarters > 0) {
      in.opening_log_hazard = fx.opening_log_hazard;
      in.opening_quarters = fx.opening_quarters;
    }
  }

  rec.outcome = model_.Step(state_, caseworker_, in, rng_, &rec.effects);
  rec.line_after = LinePercentile();
  rec.year_after = JobProbabilityNextYear();
  rec.state_after = state_;

  for (std::size_t k = 0; k < mc.interventions.size(); ++k) {
    const int g = static_cast<int>(mc.interventions[k].group);
    if (!in.pause && (in.interventions & (InterventionSet{1} << k)) && first_quarter_after_[g] == 0)
      first_quarter_after_[g] = rec.quarter + 1;
  }

  // The practice score: what BIP values, with the finding behind each part.
  QuarterScore& sc = rec.score;
  const InterventionSet plan = in.pause ? 0 : in.interventions;
  if (plan != 0) {
    const bool job = model_.IsJobFocused(plan);
    if (job && model_.Count(plan) >= 2)
      sc.lines.push_back({ScorePart::kCombinedWithJob, 1.0, "score.combined.good", "F-LINE"});
    else if (job)
      sc.lines.push_back({ScorePart::kCombinedWithJob, 0.5, "score.combined.job_alone", "F-LINE"});
    else
      sc.lines.push_back({ScorePart::kCombinedWithJob, 0.2, "score.combined.no_job", "F-LINE"});
    sc.lines.push_back({ScorePart::kNoEmptyQuarter, 1.0, "score.empty.ok", "F-LINE"});
  } else {
    sc.lines.push_back({ScorePart::kNoEmptyQuarter, 0.0,
                        in.pause ? "score.empty.paused" : "score.empty.none", "F-LINE"});
  }
  if (ch.belief >= 4) {
    const bool grounded = state_.grounding >= 0.4 || ch.belief <= EvidenceBelief() + 1;
    sc.lines.push_back({ScorePart::kBelief, grounded ? 1.0 : 0.6,
                        grounded ? "score.belief.held" : "score.belief.ungrounded", "F-BELIEF"});
  } else if (ch.belief == 3) {
    sc.lines.push_back({ScorePart::kBelief, 0.5, "score.belief.varies", "F-S12"});
  } else {
    sc.lines.push_back({ScorePart::kBelief, 0.0, "score.belief.low", "F-S12"});
  }
  sc.lines.push_back({ScorePart::kContinuity, in.caseworker_change ? 0.0 : 1.0,
                      in.caseworker_change ? "score.continuity.lost" : "score.continuity.kept",
                      "F-CHANGE"});
  if (!answered.empty()) {
    double sum = 0.0;
    bool fast = false;
    for (std::size_t i = 0; i < answered.size(); ++i) {
      sum += PracticeValue(answered[i]->practice);
      fast = fast || (pending_[i]->time_critical && answered[i]->practice == Practice::kGood);
    }
    const double v = sum / static_cast<double>(answered.size());
    const char* key = fast ? "score.responses.fast" : v >= 0.75 ? "score.responses.good"
                                                  : v >= 0.25 ? "score.responses.mixed"
                                                              : "score.responses.poor";
    sc.lines.push_back({ScorePart::kResponses, v, key, fast ? "F-HENRIK" : "F-MORE"});
  }
  switch (move.kind) {
    case SparringKind::kGood:
    case SparringKind::kNarrative:
      sc.lines.push_back({ScorePart::kSparring, 1.0, "score.sparring.good", "F-SPAR"});
      break;
    case SparringKind::kNone:
      sc.lines.push_back({ScorePart::kSparring, 0.5, "score.sparring.none", "F-SPAR"});
      break;
    case SparringKind::kBad:
      sc.lines.push_back({ScorePart::kSparring, 0.0, "score.sparring.bad", "F-SPAR"});
      break;
  }

  history_.push_back(std::move(rec));
  DrawEvents();
  return history_.back();
}

QuarterChoices PolicyChoices(const Policy& policy, const Playthrough& play) {
  QuarterChoices ch;
  const int q = play.quarter();
  for (const PolicyRule& rule : policy.rules) {
    if (q < rule.from || q > rule.to) continue;
    ch.interventions = rule.interventions;
    ch.sparring = rule.sparring;
    ch.belief = rule.belief;
    break;
  }
  for (const Event* e : play.pending_events()) {
    const auto it = policy.responses.find(e->id);
    ch.responses[e->id] = it != policy.responses.end() ? it->second : e->Default().id;
  }
  ch.caseworker_change = std::find(policy.caseworker_changes.begin(), policy.caseworker_changes.end(),
                                   q) != policy.caseworker_changes.end();
  return ch;
}

}  // namespace bip
