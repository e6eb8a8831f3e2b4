#include "playthrough.hpp"

#include <algorithm>
#include <bit>
#include <stdexcept>

#include "population.hpp"

namespace bip {
namespace {

constexpr std::uint64_t kCaseStream = 7;

double PracticeValue(Practice p) {
  switch (p) {
    case Practice::kGood:
      return 1.0;
    case Practice::kMixed:
      return 0.5;
    case Practice::kPoor:
      return 0.0;
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

CitizenState CaseStartState(const CaseDef& c, const Parameters& p) {
  CitizenState s;
  s.x = c.start;
  s.baseline = c.start;
  s.grounding = c.grounding;
  s.barriers = c.barriers;
  s.background = BackgroundLogHazard(p, BackgroundOf(c.person));
  return s;
}

Playthrough::Playthrough(const Content& content, const OutcomeModel& model, const LineOf100& line,
                         const CaseDef& c, std::uint64_t seed)
    : content_(content),
      model_(model),
      line_(line),
      case_(c),
      seed_(seed),
      rng_(seed, kCaseStream) {
  palette_.reserve(c.palette.size());
  for (const std::string& id : c.palette)
    palette_.emplace_back(&id, content.model.InterventionIndex(id));
  Restart(seed);
}

void Playthrough::Restart(std::uint64_t seed) {
  seed_ = seed;
  rng_ = Rng(seed, kCaseStream);
  state_ = CaseStartState(case_, model_.params());
  caseworker_ = Caseworker{};
  caseworker_.effectiveness = case_.caseworker_effectiveness;
  history_.clear();
  history_.reserve(static_cast<std::size_t>(std::max(0, case_.quarters)));
  fired_.clear();
  previous_plan_ = 0;
  std::fill(std::begin(first_quarter_after_), std::end(first_quarter_after_), 0);
  line_now_ = line_.Percentile(model_.Readiness(state_));
  year_now_ = model_.JobProbabilityNextYear(state_, caseworker_);
  DrawEvents();
}

bool Playthrough::finished() const {
  return state_.employed || static_cast<int>(history_.size()) >= case_.quarters;
}

double Playthrough::LinePercentile() const {
  return line_now_;
}

double Playthrough::JobProbabilityNextYear() const {
  return year_now_;
}

PlanAssessment Playthrough::Assess(const std::vector<std::string>& interventions) const {
  return model_.Assess(state_, SetOf(interventions));
}

std::size_t Playthrough::PaletteIndex(const std::string& id) const {
  for (const auto& [palette_id, k] : palette_)
    if (*palette_id == id) return k;
  return content_.model.interventions.size();
}

InterventionSet Playthrough::SetOf(const std::vector<std::string>& interventions) const {
  InterventionSet set = 0;
  for (const std::string& id : interventions) {
    std::size_t k = PaletteIndex(id);
    if (k >= content_.model.interventions.size()) k = content_.model.InterventionIndex(id);
    if (k < content_.model.interventions.size()) set |= InterventionSet{1} << k;
  }
  return set;
}

int Playthrough::EvidenceBelief() const {
  return AnswerFor(model_.BeliefTarget(state_, 0.0));
}

bool Playthrough::Fires(const Event& e) const {
  const Trigger& t = e.trigger;
  const int q = quarter();
  if (q < t.from_quarter || (t.to_quarter > 0 && q > t.to_quarter)) return false;
  switch (t.type) {
    case TriggerType::kQuarter:
      return q == t.quarter;
    case TriggerType::kAfterGroup: {
      const int after = first_quarter_after_[static_cast<int>(t.group)];
      return after > 0 && q >= after;
    }
    case TriggerType::kQuartersWithoutIntervention:
      return state_.quarters_without_intervention >= t.count;
    case TriggerType::kIndicatorBelow:
      return state_.x[t.indicator] < t.value;
    case TriggerType::kIndicatorAbove:
      return state_.x[t.indicator] > t.value;
    case TriggerType::kRandom:
      return false;  // drawn in DrawEvents
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
    if (std::find(fired_.begin(), fired_.end(), &e) != fired_.end()) continue;
    const bool in_range = quarter() >= e.trigger.from_quarter &&
                          (e.trigger.to_quarter == 0 || quarter() <= e.trigger.to_quarter);
    if ((e.trigger.type == TriggerType::kRandom && lucky && in_range) || Fires(e))
      pending_.push_back(&e);
  }
}

std::optional<std::string> Playthrough::Check(const QuarterChoices& ch) const {
  ResolvedChoices unused;
  return Resolve(ch, unused);
}

std::optional<std::string> Playthrough::ResolvePlan(const std::vector<std::string>& ids,
                                                    InterventionSet& out) const {
  const ModelContent& mc = content_.model;
  out = 0;
  for (const std::string& id : ids) {
    const std::size_t k = PaletteIndex(id);
    if (k >= mc.interventions.size())
      return mc.InterventionIndex(id) >= mc.interventions.size()
                 ? "unknown intervention '" + id + "'"
                 : "intervention '" + id + "' is not offered in this case";
    const InterventionSet bit = InterventionSet{1} << k;
    if (out & bit) return "intervention '" + id + "' chosen twice";
    out |= bit;
  }
  return std::nullopt;
}

std::optional<std::string> Playthrough::Resolve(const QuarterChoices& ch,
                                                ResolvedChoices& out) const {
  if (finished()) return "the case has ended";
  const ModelContent& mc = content_.model;
  if (auto problem = ResolvePlan(ch.interventions, out.interventions)) return problem;
  out.sparring = mc.SparringIndex(ch.sparring);
  if (out.sparring >= mc.sparring.size()) return "unknown sparring move '" + ch.sparring + "'";
  if (ch.belief < 1 || ch.belief > 5)
    return "belief answer must be 1-5, got " + std::to_string(ch.belief);
  out.belief = ch.belief;
  out.caseworker_change = ch.caseworker_change;
  for (const auto& [event_id, response_id] : ch.responses) {
    const auto it =
        std::find_if(pending_.begin(), pending_.end(), [&id = event_id](const Event* e) {
          return e->id == id;
        });  // clang 14: no capture of a binding
    if (it == pending_.end()) return "event '" + event_id + "' is not up this quarter";
    if (!(*it)->Find(response_id))
      return "event '" + event_id + "' has no response '" + response_id + "'";
  }
  // A pending event without an answer gets its default response.
  out.responses.clear();
  for (const Event* e : pending_) {
    const auto chosen = ch.responses.find(e->id);
    out.responses.push_back(chosen != ch.responses.end() ? e->Find(chosen->second) : &e->Default());
  }
  return std::nullopt;
}

const QuarterRecord& Playthrough::Play(QuarterChoices choices) {
  ResolvedChoices resolved;
  if (auto problem = Resolve(choices, resolved)) throw std::invalid_argument(*problem);
  Play(resolved);
  history_.back().choices = std::move(choices);
  return history_.back();
}

const QuarterRecord& Playthrough::Play(const ResolvedChoices& ch) {
  if (finished()) throw std::invalid_argument("the case has ended");
  if (ch.responses.size() != pending_.size())
    throw std::invalid_argument("the choices answer " + std::to_string(ch.responses.size()) +
                                " events; " + std::to_string(pending_.size()) + " are up");
  const ModelContent& mc = content_.model;
  if (ch.sparring >= mc.sparring.size())
    throw std::invalid_argument("unknown sparring move #" + std::to_string(ch.sparring));

  QuarterRecord rec;
  rec.quarter = quarter();

  // Measured before the meeting's belief answer, so "before" is what the
  // meeting screen and the previous quarter's result showed; the answer's
  // effect is part of this quarter's change.
  rec.year_before = year_now_;
  // The meeting: the caseworker's belief answer is the belief the citizen meets.
  state_.x[kCaseworkerBelief] = ch.belief;
  rec.line_before = line_now_;
  const int evidence = EvidenceBelief();  // what the trainee could see at the meeting

  QuarterInput& in = input_;
  in.interventions = ch.interventions;
  in.pause = false;
  in.opening_log_hazard = 0.0;
  in.opening_quarters = 0;
  const SparringMove& move = mc.sparring[ch.sparring];
  in.pushes.clear();
  in.pushes.push_back(Push{move.id, move.finding, {}, move.belief_shift, move.grounding_shift});
  in.caseworker_change = ch.caseworker_change;

  rec.events.reserve(pending_.size());
  for (std::size_t i = 0; i < pending_.size(); ++i) {
    const Event* e = pending_[i];
    const Response* r = ch.responses[i];
    rec.events.push_back(e->id);
    fired_.push_back(e);
    const ResponseEffects& fx = r->effects;
    in.pushes.push_back(Push{r->id, r->finding, fx.indicators, fx.belief, fx.grounding});
    in.pause = in.pause || fx.pause_interventions;
    in.caseworker_change = in.caseworker_change || fx.caseworker_change;
    if (fx.opening_quarters > 0) {
      in.opening_log_hazard = fx.opening_log_hazard;
      in.opening_quarters = fx.opening_quarters;
    }
  }

  rec.outcome = model_.Step(state_, caseworker_, in, rng_, explain_ ? &rec.effects : nullptr);
  line_now_ = line_.Percentile(model_.Readiness(state_));
  year_now_ = model_.JobProbabilityNextYear(state_, caseworker_);
  rec.line_after = line_now_;
  rec.year_after = year_now_;
  rec.state_after = state_;

  for (std::size_t k = 0; k < mc.interventions.size(); ++k) {
    const int g = static_cast<int>(mc.interventions[k].group);
    if (!in.pause && (in.interventions & (InterventionSet{1} << k)) && first_quarter_after_[g] == 0)
      first_quarter_after_[g] = rec.quarter + 1;
  }

  rec.score = Score(ch, in, move, rec.outcome.plan, evidence);
  previous_plan_ = in.pause ? 0 : in.interventions;
  history_.push_back(std::move(rec));
  DrawEvents();
  return history_.back();
}

// The practice score: what BIP values, each part with the finding behind
// it; the plan is judged by what the model saw (fit and load), the belief
// against the evidence and the grounding behind it, not "higher is better".
QuarterScore Playthrough::Score(const ResolvedChoices& ch, const QuarterInput& in,
                                const SparringMove& move, const PlanAssessment& a,
                                int evidence) const {
  const std::vector<const Response*>& answered = ch.responses;
  const Parameters& p = model_.params();
  const ModelContent& mc = content_.model;
  QuarterScore sc;
  sc.lines.reserve(kScorePartCount);  // at most one line per part
  auto line = [&](ScorePart part, double value, const char* key, const char* finding, double weight,
                  std::string subject = {}) {
    sc.lines.push_back(ScoreLine{part, value, key, finding, weight, std::move(subject)});
  };
  const InterventionSet plan = in.pause ? 0 : in.interventions;
  if (plan != 0) {
    const bool overloaded = a.Overload() > p.overload_disconnects;
    // A coordinated plan is kept and adjusted, not replaced wholesale each
    // quarter (F-HENRIK: reviewed regularly; disconnected interventions).
    const bool all_new = previous_plan_ != 0 && (plan & previous_plan_) == 0;
    if (a.coordinated && !overloaded && all_new)
      line(ScorePart::kCombinedWithJob, p.score_all_new, "score.combined.all_new", "F-HENRIK",
           p.score_weight_combined);
    else if (a.coordinated && !overloaded)
      line(ScorePart::kCombinedWithJob, 1.0, "score.combined.good", "F-LINE",
           p.score_weight_combined);
    else if (a.coordinated)
      line(ScorePart::kCombinedWithJob, 0.5, "score.combined.too_many", "F-HENRIK",
           p.score_weight_combined);
    else if (a.job_focused && model_.Count(plan) >= 2)
      line(ScorePart::kCombinedWithJob, 0.5, "score.combined.no_barrier", "F-LINE",
           p.score_weight_combined);
    else if (a.job_focused)
      line(ScorePart::kCombinedWithJob, 0.5, "score.combined.job_alone", "F-LINE",
           p.score_weight_combined);
    else
      line(ScorePart::kCombinedWithJob, 0.2, "score.combined.no_job", "F-LINE",
           p.score_weight_combined);

    // Fit: the weakest member of the plan decides; one misfit is time the
    // citizen spends on what they do not need (F-MORE, F-SPAR).
    double weakest = 1.0;
    std::size_t worst = kMaxInterventions;
    for (InterventionSet rest = plan; rest != 0; rest &= rest - 1) {
      const auto k = static_cast<std::size_t>(std::countr_zero(rest));
      const double v =
          std::clamp((a.fit[k] - p.misfit_threshold) / (p.fit_full - p.misfit_threshold), 0.0, 1.0);
      if (v < weakest) weakest = v, worst = k;
    }
    auto worst_id = [&] {
      return worst < mc.interventions.size() ? mc.interventions[worst].id : std::string();
    };
    if (weakest >= 1.0)
      line(ScorePart::kFit, 1.0, "score.fit.good", "F-MORE", p.score_weight_fit);
    else if ((a.misfits >> worst) & 1U)
      line(ScorePart::kFit, weakest, "score.fit.misfit", "F-MORE", p.score_weight_fit, worst_id());
    else
      line(ScorePart::kFit, weakest, "score.fit.partly", "F-MORE", p.score_weight_fit, worst_id());

    const double overload = a.Overload();
    if (overload <= 0.0)
      line(ScorePart::kLoad, 1.0, "score.load.ok", "F-INT", p.score_weight_load);
    else
      line(ScorePart::kLoad, std::max(0.0, 1.0 - overload), "score.load.over", "F-INT",
           p.score_weight_load);
    line(ScorePart::kNoEmptyQuarter, 1.0, "score.empty.ok", "F-LINE", p.score_weight_no_empty);
  } else {
    line(ScorePart::kNoEmptyQuarter, 0.0, in.pause ? "score.empty.paused" : "score.empty.none",
         "F-LINE", p.score_weight_no_empty);
  }

  // Belief: beyond what the evidence shows it carries the citizen only when
  // it is grounded (F-BELIEF, F-SPAR); where the evidence supports it, it
  // needs no more; doubt the evidence does not call for holds them back.
  // Grounded: a belief beyond the evidence was tested in good sparring this
  // quarter and its grounding holds (F-SPAR: how do we notice that we lose
  // belief?); belief held without either is a hope, not practice.
  const bool sparred = move.kind == SparringKind::kGood || move.kind == SparringKind::kNarrative;
  const bool grounded = sparred && state_.grounding >= p.score_grounded;
  if (ch.belief >= 4 && grounded)
    line(ScorePart::kBelief, 1.0, "score.belief.held", "F-BELIEF", p.score_weight_belief);
  else if (ch.belief >= 4 && ch.belief <= evidence)
    line(ScorePart::kBelief, 0.8, "score.belief.evidence", "F-S12", p.score_weight_belief);
  else if (ch.belief >= 4)
    line(ScorePart::kBelief, ch.belief == 4 ? 0.4 : 0.1, "score.belief.ungrounded", "F-SPAR",
         p.score_weight_belief);
  else if (ch.belief == 3)
    line(ScorePart::kBelief, evidence <= 3 ? 0.5 : 0.3, "score.belief.varies", "F-S12",
         p.score_weight_belief);
  else
    line(ScorePart::kBelief, evidence <= ch.belief ? 0.2 : 0.0, "score.belief.low", "F-S12",
         p.score_weight_belief);

  line(ScorePart::kContinuity, in.caseworker_change ? 0.0 : 1.0,
       in.caseworker_change ? "score.continuity.lost" : "score.continuity.kept", "F-CHANGE",
       p.score_weight_continuity);
  if (!answered.empty()) {
    double sum = 0.0;
    bool fast = false;
    for (std::size_t i = 0; i < answered.size(); ++i) {
      sum += PracticeValue(answered[i]->practice);
      fast = fast || (pending_[i]->time_critical && answered[i]->practice == Practice::kGood);
    }
    const double v = sum / static_cast<double>(answered.size());
    const char* key = fast        ? "score.responses.fast"
                      : v >= 0.75 ? "score.responses.good"
                      : v >= 0.25 ? "score.responses.mixed"
                                  : "score.responses.poor";
    line(ScorePart::kResponses, v, key, fast ? "F-HENRIK" : "F-MORE", p.score_weight_responses);
  }
  switch (move.kind) {
    case SparringKind::kGood:
    case SparringKind::kNarrative:
      line(ScorePart::kSparring, 1.0, "score.sparring.good", "F-SPAR", p.score_weight_sparring);
      break;
    case SparringKind::kNone:
      line(ScorePart::kSparring, 0.5, "score.sparring.none", "F-SPAR", p.score_weight_sparring);
      break;
    case SparringKind::kBad:
      line(ScorePart::kSparring, 0.0, "score.sparring.bad", "F-SPAR", p.score_weight_sparring);
      break;
  }
  return sc;
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
  ch.caseworker_change =
      std::find(policy.caseworker_changes.begin(), policy.caseworker_changes.end(), q) !=
      policy.caseworker_changes.end();
  return ch;
}

}  // namespace bip
