#include "population.hpp"

#include <algorithm>
#include <cmath>

#include "select_clamp.hpp"

namespace bip {

Background DrawBackground(const Parameters& p, Rng& rng) {
  Background b;
  b.male = rng.Chance(p.share_male);
  b.unskilled = rng.Chance(p.share_unskilled);
  b.psychiatric = rng.Chance(p.share_psychiatric);
  b.musculoskeletal = rng.Chance(p.share_musculoskeletal);
  b.somatic = rng.Chance(p.share_somatic);
  b.non_western = rng.Chance(p.share_non_western);
  const bool convicted = rng.Chance(p.share_conviction_men);
  b.conviction = b.male && convicted;
  b.addiction = rng.Chance(p.share_addiction);
  // Most have hardly worked; a few have worked a fair share (F-POP: 5 % on average).
  double u = rng.Uniform();
  while (u <= 0.0) u = rng.Uniform();
  b.recent_work = std::min(1.0, -p.mean_recent_work * std::log(u));
  // Years on support and age: modelling assumptions (BIP reports neither's
  // distribution); drawn last so the draws above keep their numbers.
  double v = rng.Uniform();
  while (v <= 0.0) v = rng.Uniform();
  b.years_on_support = std::min(40.0, -p.mean_years_on_support * std::log(v));
  b.age = p.age_min + (p.age_max - p.age_min) * rng.Uniform();
  return b;
}

double BackgroundLogHazard(const Parameters& p, double recent_work, double years_on_support,
                           double age) {
  return p.background_recent_work * recent_work + p.background_years_on_support * years_on_support +
         p.background_age * std::max(0.0, age - 40.0);
}

double BackgroundLogHazard(const Parameters& p, const Background& b) {
  return BackgroundLogHazard(p, b.recent_work, b.years_on_support, b.age);
}

Background BackgroundOf(const Person& person) {
  Background b;
  b.male = person.sex == "male";
  b.unskilled = person.education == "unskilled";
  b.psychiatric = person.main_health == "psychiatric";
  b.musculoskeletal = person.main_health == "musculoskeletal";
  b.somatic = person.main_health == "somatic";
  b.non_western = person.non_western_immigrant;
  b.conviction = person.conviction;
  b.addiction = person.addiction || person.main_health == "addiction";
  b.recent_work = person.work_months_last_3_years / 36.0;
  b.years_on_support = person.years_on_support;
  b.age = person.age;
  return b;
}

bool HasTrait(const Background& b, PersonTrait t) {
  switch (t) {
    case PersonTrait::kPsychiatric:
      return b.psychiatric;
    case PersonTrait::kSomatic:
      return b.musculoskeletal || b.somatic;
    case PersonTrait::kAddiction:
      return b.addiction;
    case PersonTrait::kUnskilled:
      return b.unskilled;
    case PersonTrait::kLittleRecentWork:
      return b.recent_work < kLittleRecentWork;
    case PersonTrait::kConviction:
      return b.conviction;
  }
  return false;
}

BarrierSet BarriersOf(const ModelContent& c, const Background& b, const IndicatorValues& x) {
  BarrierSet set = 0;
  for (std::size_t i = 0; i < c.barriers.size(); ++i) {
    const BarrierDef& d = c.barriers[i];
    if (d.from_person ? HasTrait(b, d.trait) : x[d.indicator] < d.below) set |= BarrierSet{1} << i;
  }
  return set;
}

IndicatorValues DrawIndicators(const Parameters& p, const Background& b, Rng& rng) {
  const double latent = p.latent_sd * rng.Normal();
  IndicatorValues x{};
  for (std::size_t i = 0; i < kIndicatorCount; ++i) {
    double v =
        p.indicator_mean + p.indicator_offset[i] + latent + p.indicator_noise_sd * rng.Normal();
    v += p.recent_work_lift * (b.recent_work - p.mean_recent_work);
    if (b.unskilled) v += p.shift_unskilled[i];
    if (b.psychiatric) v += p.shift_psychiatric[i];
    if (b.musculoskeletal) v += p.shift_musculoskeletal[i];
    if (b.somatic) v += p.shift_somatic[i];
    if (b.non_western) v += p.shift_non_western[i];
    if (b.conviction) v += p.shift_conviction[i];
    if (b.addiction) v += p.shift_addiction[i];
    x[i] = SelectClamp(v, kScaleMin, kScaleMax);
  }
  x[kCaseworkerBelief] = kScaleMid;
  return x;
}

Caseworker DrawCaseworker(const Parameters& p, Rng& rng) {
  Caseworker cw;
  cw.belief_trait = rng.Normal();
  // scale * (1 - lognormal with mean 1): mean zero, capped above, long tail below.
  const double z = rng.Normal();
  const double k = p.effectiveness_skew;
  cw.effectiveness =
      p.effectiveness_scale * (1.0 - std::exp(k * z - 0.5 * k * k)) / std::max(k, 1e-9);
  return cw;
}

double TotalEffectiveness(const Parameters& p, const Caseworker& cw) {
  // The general belief as it reaches a citizen in the middle of the scale:
  // lifted only so far, and above the middle compressed as answers are.
  const double lift = GeneralBeliefLift(p, cw.belief_trait);
  const double belief = lift > 0.0 ? lift / p.belief_compression : lift;
  return p.hazard_weights[kCaseworkerBelief] * belief +
         cw.effectiveness;  // monotone in both traits: only the ranking is used
}

}  // namespace bip
