#include "population.hpp"

#include <algorithm>
#include <cmath>

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
  return b;
}

IndicatorValues DrawIndicators(const Parameters& p, const Background& b, Rng& rng) {
  const double latent = p.latent_sd * rng.Normal();
  IndicatorValues x{};
  for (std::size_t i = 0; i < kIndicatorCount; ++i) {
    double v = p.indicator_mean + latent + p.indicator_noise_sd * rng.Normal();
    v += p.recent_work_lift * (b.recent_work - p.mean_recent_work);
    if (b.unskilled) v += p.shift_unskilled[i];
    if (b.psychiatric) v += p.shift_psychiatric[i];
    if (b.musculoskeletal) v += p.shift_musculoskeletal[i];
    if (b.somatic) v += p.shift_somatic[i];
    if (b.non_western) v += p.shift_non_western[i];
    if (b.conviction) v += p.shift_conviction[i];
    if (b.addiction) v += p.shift_addiction[i];
    x[i] = std::clamp(v, kScaleMin, kScaleMax);
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
  cw.effectiveness = p.effectiveness_scale * (1.0 - std::exp(k * z - 0.5 * k * k)) / std::max(k, 1e-9);
  return cw;
}

double TotalEffectiveness(const Parameters& p, const Caseworker& cw) {
  return p.hazard_weights[kCaseworkerBelief] * p.belief_trait_weight * cw.belief_trait +
         cw.effectiveness;  // monotone in both traits: only the ranking is used
}

}  // namespace bip
