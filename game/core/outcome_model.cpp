#include "outcome_model.hpp"

#include <algorithm>
#include <bit>
#include <cmath>

#include "select_clamp.hpp"
#include "tanh_approx.hpp"

namespace bip {

int AnswerFor(double value) {
  // Rounds half up as lround does, without its library call (the cohort
  // measures every citizen every quarter). Clamped first, so the cast is
  // always defined; no answer at all (NaN) reads as the lowest.
  if (!(value >= kScaleMin)) return 1;
  const double v = std::min(value, kScaleMax);
  const int whole = static_cast<int>(v);
  return v - whole >= 0.5 ? whole + 1 : whole;
}

std::size_t ModelContent::InterventionIndex(const std::string& id) const {
  for (std::size_t i = 0; i < interventions.size(); ++i)
    if (interventions[i].id == id) return i;
  return interventions.size();
}

std::size_t ModelContent::BarrierIndex(const std::string& id) const {
  for (std::size_t i = 0; i < barriers.size(); ++i)
    if (barriers[i].id == id) return i;
  return barriers.size();
}

std::size_t ModelContent::SparringIndex(const std::string& id) const {
  for (std::size_t i = 0; i < sparring.size(); ++i)
    if (sparring[i].id == id) return i;
  return sparring.size();
}

double HazardBreakdown::Total() const {
  double t = intercept + background + unmeasured + caseworker + continuity + opening;
  for (double v : indicator_terms) t += v;
  return t;
}

// Complementary log-log link: terms multiply the hazard, as F-CHANGE and
// F-BELIEF state their effects.
double HazardBreakdown::Probability() const {
  return 1.0 - std::exp(-(std::exp(Total()) + floor));
}

OutcomeModel::OutcomeModel(const ModelContent& content) : content_(content) {
  const Parameters& p = content_.params;
  log_change_factor_ = std::log(p.change_hazard_factor);
  for (std::size_t i = 0; i < content_.indicators.size() && i < kIndicatorCount; ++i)
    if (i != kCaseworkerBelief && content_.IsStrong(i)) strong_.push_back(i);
  for (std::size_t k = 0; k < content_.interventions.size(); ++k) {
    const Group g = content_.interventions[k].group;
    is_job_[k] = g == Group::kJobFocused;
    load_[k] = content_.interventions[k].load;
    addresses_[k] = content_.interventions[k].addresses;
    if (is_job_[k]) job_mask_ |= InterventionSet{1} << k;
    for (std::size_t i = 0; i < kIndicatorCount; ++i)
      if (i != kCaseworkerBelief && content_.interventions[k].profile[i] != 0.0)
        profiles_[k].emplace_back(i, content_.interventions[k].profile[i]);
    (is_job_[k] ? groups_.job : groups_.other).push_back(k);
    switch (g) {
      case Group::kJobFocused:
        group_strength_[k] = p.strength_job_focused;
        break;
      case Group::kUpskilling:
        group_strength_[k] = p.strength_upskilling;
        groups_.upskilling.push_back(k);
        break;
      case Group::kSocial:
        group_strength_[k] = p.strength_social;
        groups_.social.push_back(k);
        break;
      case Group::kHealth:
        group_strength_[k] = p.strength_health;
        groups_.health.push_back(k);
        break;
    }
  }
}

int OutcomeModel::Count(InterventionSet set) const {
  return std::popcount(set);
}

double OutcomeModel::Capacity(const IndicatorValues& x) const {
  const Parameters& p = content_.params;
  const double coping = (x[kHealthCoping] + x[kEverydayCoping] + x[kConcentration]) / 3.0;
  return std::max(p.capacity_min, p.capacity_base + p.capacity_slope * (coping - kScaleMid));
}

double OutcomeModel::Load(InterventionSet plan) const {
  double load = 0.0;
  for (InterventionSet rest = plan; rest != 0; rest &= rest - 1)
    load += load_[static_cast<std::size_t>(std::countr_zero(rest))];
  return load;
}

double OutcomeModel::Fit(std::size_t k, const CitizenState& s) const {
  const Parameters& p = content_.params;
  // The gap on what it works on: full below need_top - need_span, none at need_top.
  double gap = 0.0;
  for (const auto& [i, share] : profiles_[k])
    gap += share * SelectClamp((p.need_top - s.x[i]) / p.need_span, 0.0, 1.0);
  const bool barrier = (addresses_[k] & s.barriers) != 0;
  return SelectClamp(gap, 0.0, 1.0) * (barrier ? 1.0 : p.fit_without_barrier);
}

PlanAssessment OutcomeModel::Assess(const CitizenState& s, InterventionSet plan) const {
  const Parameters& p = content_.params;
  PlanAssessment a;
  a.capacity = Capacity(s.x);
  bool fitted_other = false;
  for (InterventionSet rest = plan; rest != 0; rest &= rest - 1) {
    const auto k = static_cast<std::size_t>(std::countr_zero(rest));
    const InterventionSet bit = InterventionSet{1} << k;
    a.load += load_[k];
    a.fit[k] = Fit(k, s);
    if (a.fit[k] < p.misfit_threshold) a.misfits |= bit;
    const bool barrier = (addresses_[k] & s.barriers) != 0;
    if (barrier) a.addresses_barrier |= bit;
    if (is_job_[k])
      a.job_focused = true;
    else if (barrier && a.fit[k] >= p.misfit_threshold)
      fitted_other = true;
  }
  a.coordinated = a.job_focused && fitted_other;
  return a;
}

double OutcomeModel::Readiness(const IndicatorValues& x, double background) const {
  double r = background;
  for (std::size_t i = 0; i < kIndicatorCount; ++i)
    if (i != kCaseworkerBelief) r += content_.params.hazard_weights[i] * (x[i] - kScaleMid);
  return r;
}

double GeneralBeliefLift(const Parameters& p, double belief_trait) {
  const double trait = p.belief_trait_weight * belief_trait;
  return trait > 0.0 ? p.belief_trait_cap * TanhApprox(trait / p.belief_trait_cap) : trait;
}

double OutcomeModel::BeliefTarget(const CitizenState& s, double belief_trait,
                                  double readiness) const {
  const Parameters& p = content_.params;
  const double lean = p.belief_center + GeneralBeliefLift(p, belief_trait) +
                      p.belief_evidence_weight * readiness +
                      p.belief_unmeasured_weight * s.unmeasured;
  // Above the middle, each answer step takes `belief_compression` times the
  // lean it takes below: an unconditional "yes" takes much more evidence
  // than "good chances" (modelling assumption; F-S12: few answer yes).
  if (lean <= kScaleMid) return std::max(kScaleMin, lean);
  return std::min(kScaleMax, kScaleMid + (lean - kScaleMid) / p.belief_compression);
}

HazardBreakdown OutcomeModel::Hazard(const CitizenState& s, const Caseworker& cw) const {
  const Parameters& p = content_.params;
  HazardBreakdown h;
  h.intercept = p.hazard_intercept;
  h.background = s.background;
  double readiness = s.background;
  for (std::size_t i = 0; i < kIndicatorCount; ++i) {
    h.indicator_terms[i] = p.hazard_weights[i] * (s.x[i] - kScaleMid);
    if (i != kCaseworkerBelief) readiness += h.indicator_terms[i];
  }
  // An extra step for an unconditional "yes" beyond "good chances". It is 0:
  // the steep top of F-S12 is mostly selection (the caseworker senses what
  // the indicators miss), and the causal worth of an answer step is bounded
  // by F-BELIEF (C3); kept so the assumption can be tried.
  h.indicator_terms[kCaseworkerBelief] +=
      p.belief_conviction_weight * std::max(0.0, s.x[kCaseworkerBelief] - 4.0);
  // Belief above the middle carries fully only when it is grounded: sparring
  // that keeps it realistic (F-SPAR). The cohort's caseworkers sit at the
  // default grounding, so the calibration sees the full effect.
  if (h.indicator_terms[kCaseworkerBelief] > 0.0)
    h.indicator_terms[kCaseworkerBelief] *=
        SelectClamp(s.grounding / p.grounding_default, 0.0, 1.0);
  // Doubt weighs the same however grounded it is: grounding only decides
  // how much of a high belief carries (F-SPAR), it never deepens a low one.
  h.caseworker = content_.params.effectiveness_direct * cw.effectiveness;
  h.unmeasured = s.unmeasured;
  h.continuity = s.caseworker_changes * log_change_factor_;
  h.opening = s.opening_quarters > 0 ? s.opening_log_hazard : 0.0;
  // Jobs no indicator foresees still need some searching (F-STRONG). The
  // caseworker acts on them as on every other way into a job: their way of
  // working (F-EFFECT) and each change of caseworker (F-CHANGE: a change cuts
  // the job chance, whatever way the job comes).
  // They come a little more often to citizens nearer the labour market
  // (hazard_floor_readiness), so the line keeps its order at its bottom.
  h.floor = p.hazard_floor * s.x[kJobSearch] / kScaleMid *
            std::exp(h.caseworker + h.continuity + p.hazard_floor_readiness * readiness);
  return h;
}

double OutcomeModel::JobProbabilityNextYear(const CitizenState& s, const Caseworker& cw) const {
  HazardBreakdown h = Hazard(s, cw);
  const double base = h.Total() - h.opening;
  // Four quarters of the same hazard, the first ones lifted by an opening:
  // staying without a job is exp(-(sum of the quarters' hazards)).
  const int opened = std::clamp(s.opening_quarters, 0, 4);
  const double plain = std::exp(base);
  const double lifted = opened > 0 ? std::exp(base + s.opening_log_hazard) : 0.0;
  const double hazard = opened * lifted + (4 - opened) * plain + 4.0 * h.floor;
  return -std::expm1(-hazard);
}

QuarterOutcome OutcomeModel::Step(CitizenState& s, const Caseworker& cw, const QuarterInput& in,
                                  Rng& rng, std::vector<Effect>* why) const {
  return why ? StepKeeping<true>(s, cw, in, rng, why) : StepKeeping<false>(s, cw, in, rng, nullptr);
}

// One body for both: kExplain decides at compile time whether the effects
// are written down, so the cohort's loop carries no test of `why`.
template <bool kExplain>
QuarterOutcome OutcomeModel::StepKeeping(CitizenState& s, const Caseworker& cw,
                                         const QuarterInput& in, Rng& shared_rng,
                                         std::vector<Effect>* why) const {
  const Parameters& p = content_.params;
  // A local copy the compiler can keep in registers; handed back at the end.
  Rng rng = shared_rng;
  // The plan, measured against the citizen before the quarter's work: the
  // load against what they can follow, and what each intervention can do
  // for them (F-INT, F-MORE). Built in place: the outcome is large.
  const InterventionSet plan = in.pause ? 0 : in.interventions;
  QuarterOutcome out{.before = s.x,
                     .after = {},
                     .had_intervention = false,
                     .combined_with_job = false,
                     .dropped_out = false,
                     .plan = Assess(s, plan),
                     .hazard = {},
                     .job_probability = 0.0,
                     .job = false};

  IndicatorValues delta{};
  // Gains shrink near the top of the scale and losses near the bottom: a
  // modelling assumption that keeps the +22 a move from the middle (F-LINE).
  // The room either way is fixed for the quarter (the work adds to `delta`,
  // not to `s.x`), so it is measured once per indicator, not per addition.
  const double inverse_span = 1.0 / p.headroom_span;
  IndicatorValues room_up, room_down;
  for (std::size_t i = 0; i < kIndicatorCount; ++i) {
    room_up[i] = SelectClamp((kScaleMax - s.x[i]) * inverse_span, 0.0, 1.0);
    room_down[i] = SelectClamp((s.x[i] - kScaleMin) * inverse_span, 0.0, 1.0);
  }
  // A zero amount adds nothing; only an explanation needs it skipped (a
  // branch per call costs the cohort more than the addition).
  auto add = [&](std::size_t i, double amount, Cause cause, std::string_view source,
                 std::string_view finding) {
    // Both sides measured, then one picked: a select, not a guessed branch.
    const double scaled = amount * (amount > 0 ? room_up[i] : room_down[i]);
    delta[i] += scaled;
    if constexpr (kExplain)
      if (amount != 0.0) why->push_back(Effect{cause, source, i, scaled, finding});
  };

  // The caseworker's belief first: what stayed of last quarter's shifts,
  // then this quarter's sparring and events; the moved belief is what the
  // citizen meets this quarter (F-BELIEF, F-SPAR).
  if (in.caseworker_change) s.caseworker_changes += 1;
  add(kCaseworkerBelief, s.belief_carry, Cause::kBeliefCarry, {}, "F-BELIEF");
  double shifted = 0.0;
  for (const Push& push : in.pushes) {
    s.grounding = SelectClamp(s.grounding + push.grounding, 0.0, 1.0);
    add(kCaseworkerBelief, push.belief, Cause::kBeliefShift, push.source, push.finding);
    shifted += push.belief;
  }
  s.belief_carry = p.belief_carry * shifted;
  const double belief = s.x[kCaseworkerBelief] + delta[kCaseworkerBelief];

  const PlanAssessment& a = out.plan;
  const double overload = a.Overload();
  // Always drawn, so paired runs stay paired whatever the plan.
  const double u_dropout = rng.Uniform();
  out.dropped_out =
      plan != 0 && overload > 0.0 && u_dropout < 1.0 - std::exp(-p.overload_dropout * overload);

  const bool any = plan != 0;
  const bool coordinated = a.coordinated;
  out.had_intervention = any;
  out.combined_with_job = coordinated;
  s.quarters_without_intervention = any ? 0 : s.quarters_without_intervention + 1;
  if (coordinated) s.grounding = SelectClamp(s.grounding + p.grounding_from_fit, 0.0, 1.0);

  // A caseworker change interrupts part of the plan (F-CHANGE); a citizen
  // who dropped out of an overloaded plan follows none of it.
  double plan_weight = any ? (in.caseworker_change ? 1.0 - p.change_interruption : 1.0) : 0.0;
  if (out.dropped_out) plan_weight = 0.0;
  const double idle_weight = 1.0 - plan_weight;
  // Beyond capacity the same effort is spread thinner (F-INT).
  const double load_factor = a.LoadFactor();

  double job_fit = 0.0;
  for (InterventionSet rest = plan; rest != 0; rest &= rest - 1) {
    const auto k = static_cast<std::size_t>(std::countr_zero(rest));
    const double alone = is_job_[k] ? p.alone_factor_job : p.alone_factor_other;
    const double mult =
        plan_weight * load_factor * a.fit[k] * group_strength_[k] * (coordinated ? 1.0 : alone);
    const std::string_view id = content_.interventions[k].id;
    if (is_job_[k]) job_fit = std::max(job_fit, a.fit[k]);
    for (const auto& [i, share] : profiles_[k])
      add(i, mult * share, Cause::kIntervention, id, "F-INT");
    // Time spent on what the citizen does not need: disconnected interventions.
    if ((a.misfits >> k) & 1U) add(kCooperation, -p.misfit_cost, Cause::kMisfit, id, "F-MORE");
  }
  const bool drift = any && !a.job_focused && p.drift_without_job != 0.0;
  const bool interrupted = in.caseworker_change && any && !out.dropped_out;
  const double synergy =
      plan_weight * load_factor * p.synergy * std::min(1.0, job_fit / p.fit_full);
  // One loop per mechanism, so the per-indicator loops carry no test.
  if (coordinated)
    for (std::size_t i = 0; i < kIndicatorCount; ++i)
      if (i != kCaseworkerBelief)
        add(i, synergy * p.synergy_profile[i], Cause::kCombination, {}, "F-LINE");
  if (drift)
    for (std::size_t i = 0; i < kIndicatorCount; ++i)
      if (i != kCaseworkerBelief)
        add(i, plan_weight * p.drift_without_job, Cause::kNoJobFocus, {}, "F-LINE");
  if (idle_weight > 0) {
    const Cause cause = out.dropped_out ? Cause::kDropout
                        : interrupted   ? Cause::kCaseworkerChange
                                        : Cause::kNoIntervention;
    const std::string_view finding = out.dropped_out ? "F-INT"
                                     : interrupted   ? "F-CHANGE"
                                                     : "F-LINE";
    for (std::size_t i = 0; i < kIndicatorCount; ++i)
      if (i != kCaseworkerBelief)
        add(i, -idle_weight * p.decay_no_intervention, cause, {}, finding);
  }
  if (overload > 0.0) {
    const double cost = p.overload_cost * std::min(overload, 2.0);
    add(kCooperation, -cost, Cause::kOverload, {}, "F-HENRIK");
    add(kSelfBelief, -cost, Cause::kOverload, {}, "F-HENRIK");
  }
  for (const Push& push : in.pushes)
    for (std::size_t i = 0; i < kIndicatorCount; ++i)
      if (i != kCaseworkerBelief)
        add(i, push.indicators[i], Cause::kEvent, push.source, push.finding);

  // Belief is causal: it lifts the citizen's own belief and makes the job
  // search start earlier; grounded belief carries further (F-BELIEF,
  // F-SPAR). Doubt pulls down as much however grounded it is.
  const double lean = belief - kScaleMid;
  const double carry = lean * (0.5 + (lean > 0.0 ? s.grounding : p.grounding_default));
  add(kSelfBelief, p.belief_push_self * carry, Cause::kBeliefPush, {}, "F-BELIEF");
  add(kJobSearch, p.belief_push_search * carry, Cause::kBeliefPush, {}, "F-BELIEF");

  // Gains need upkeep and setbacks heal a little: each quarter moves part of
  // the way back to where the citizen started (F-MORE: phases of progress
  // and regress; modelling assumption that keeps the cohort's spread bounded).
  if (p.reversion > 0.0)
    for (std::size_t i = 0; i < kIndicatorCount; ++i)
      if (i != kCaseworkerBelief)
        add(i, -p.reversion * (s.x[i] - s.baseline[i]), Cause::kReversion, {}, "F-MORE");

  // The caseworker's professional knowledge shows in the citizen's progress,
  // not only at the door to a job (F-EFFECT, F-MORE).
  if (cw.effectiveness != 0.0 && p.effectiveness_progress != 0.0)
    for (std::size_t i : strong_)
      add(i, p.effectiveness_progress * cw.effectiveness, Cause::kCaseworker, {}, "F-EFFECT");

  // A person changes only so fast: within a quarter, stacked gains on one
  // indicator saturate (F-MORE: progress comes in phases; modelling
  // assumption that keeps a move on the line within what F-LINE reports).
  if (p.pace_limit > 0.0)
    for (std::size_t i = 0; i < kIndicatorCount; ++i) {
      if (i == kCaseworkerBelief) continue;
      // Computed for every indicator and kept for gains: a select, not a
      // branch the processor would guess wrong half the time.
      const double paced = p.pace_limit * TanhApprox(delta[i] / p.pace_limit);
      const double kept = delta[i] > 0.0 ? paced : delta[i];
      if constexpr (kExplain)
        if (kept != delta[i])
          why->push_back(Effect{Cause::kPace, {}, i, kept - delta[i], "F-MORE"});
      delta[i] = kept;
    }

  // The quarter's ups and downs: every indicator but the caseworker's belief.
  for (std::size_t i = 0; i < kIndicatorCount; ++i) {
    if (i == kCaseworkerBelief) continue;
    const double noise = p.noise_sd * rng.Normal();
    delta[i] += noise;
    if constexpr (kExplain) why->push_back(Effect{Cause::kChance, {}, i, noise, {}});
  }

  for (std::size_t i = 0; i < kIndicatorCount; ++i) {
    const double raw = s.x[i] + delta[i];
    const double clamped = SelectClamp(raw, kScaleMin, kScaleMax);
    if constexpr (kExplain)
      if (clamped != raw) why->push_back(Effect{Cause::kScaleLimit, {}, i, clamped - raw, {}});
    s.x[i] = clamped;
  }

  // Job entry, from the state the quarter's work produced.
  if (in.opening_quarters > 0) {
    s.opening_log_hazard = in.opening_log_hazard;
    s.opening_quarters = in.opening_quarters;
  }
  out.hazard = Hazard(s, cw);
  out.job_probability = out.hazard.Probability();
  out.job = rng.Uniform() < out.job_probability;
  if (s.opening_quarters > 0) s.opening_quarters -= 1;
  s.employed = s.employed || out.job;
  out.after = s.x;
  shared_rng = rng;
  return out;
}

}  // namespace bip
