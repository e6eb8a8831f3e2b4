#pragma once
// Synthetic BIP participants and caseworkers drawn with the F-POP shares.
#include "case_content.hpp"
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
  double years_on_support = 0.0;
  double age = 0.0;
};

// The register's direct say on job chances, in log-hazard units (F-POWER:
// small next to the indicators). Used for drawn and for case citizens alike.
double BackgroundLogHazard(const Parameters& p, double recent_work, double years_on_support,
                           double age);
double BackgroundLogHazard(const Parameters& p, const Background& b);

// The barriers a citizen with this background and these indicators has, by
// the rules of content/model/interventions.json.
BarrierSet BarriersOf(const ModelContent& c, const Background& b, const IndicatorValues& x);
// A case's person data as the background the cohort draws.
Background BackgroundOf(const Person& person);
// Whether a person trait holds for a drawn background.
bool HasTrait(const Background& b, PersonTrait t);

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
