#pragma once
// Synthetic BIP participants and caseworkers drawn with the F-POP shares.
#include "outcome_model.hpp"

namespace bip {

struct Background {
  bool male = false;
  bool unskilled = false;
  bool psychiatric = false;
  bool musculoskeletal = false;
  bool somatic = false;
  bool non_western = false;
  bool conviction = false;
  bool addiction = false;
  double recent_work = 0.0;  // share of the last three years in work
};

// Draws a background and the indicators (without the caseworker's belief,
// which the caseworker forms) that fit it.
Background DrawBackground(const Parameters& p, Rng& rng);
IndicatorValues DrawIndicators(const Parameters& p, const Background& b, Rng& rng);

// Caseworker traits: belief standard normal; the rest of effectiveness skewed
// so the weakest sit further below the middle than the best above it (F-EFFECT).
Caseworker DrawCaseworker(const Parameters& p, Rng& rng);

// The trait that ranks caseworkers by total effectiveness (belief included).
double TotalEffectiveness(const Parameters& p, const Caseworker& cw);

}  // namespace bip
