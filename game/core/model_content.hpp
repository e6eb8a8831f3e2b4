#pragma once
// The model's content as loaded from content/model and content/sparring.json:
// indicators, questions, interventions, sparring moves and parameters.
#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "indicators.hpp"
#include "parameters.hpp"

namespace bip {

enum class Strength { kStrong, kWeak };

struct IndicatorDef {
  std::string id;
  Strength strength = Strength::kWeak;
  std::string finding;
};

enum class Respondent { kCitizen, kCaseworker };

struct QuestionDef {
  std::string id;  // B1..B9, S1..S12
  Respondent asked_to = Respondent::kCitizen;
  std::size_t indicator = 0;
  std::string scale;  // "agree" or "belief"
};

enum class Group : std::uint8_t { kJobFocused, kUpskilling, kSocial, kHealth };
inline constexpr std::size_t kGroupCount = 4;
inline constexpr std::array<const char*, kGroupCount> kGroupIds = {"job_focused", "upskilling",
                                                                   "social", "health"};

// A barrier between a citizen and a job that an intervention can address
// (F-POP lists them; F-MORE: no one size fits all). A case lists its
// citizen's barriers; the cohort derives them from the drawn background and
// start indicators by the rule below.
enum class PersonTrait : std::uint8_t {
  kPsychiatric,
  kSomatic,  // musculoskeletal or other somatic illness
  kAddiction,
  kUnskilled,
  kLittleRecentWork,
  kConviction
};
// "Little recent work": less than this share of the last three years in
// work, i.e. under half a year (F-POP: 5 % on average).
inline constexpr double kLittleRecentWork = 1.0 / 6.0;
inline constexpr std::array<const char*, 6> kPersonTraitIds = {
    "psychiatric", "somatic", "addiction", "unskilled", "little_recent_work", "conviction"};

struct BarrierDef {
  std::string id;
  bool from_person = true;
  PersonTrait trait = PersonTrait::kPsychiatric;  // when from_person
  std::size_t indicator = 0;                      // otherwise: this indicator below value
  double below = 0.0;
};

// Barriers as a bit mask over BarrierDef indices.
using BarrierSet = std::uint32_t;
inline constexpr std::size_t kMaxBarriers = 32;

struct InterventionDef {
  std::string id;
  Group group = Group::kJobFocused;
  IndicatorValues profile{};  // where an intervention's effect goes; sums to about 1
  double load = 1.0;          // how much of a citizen's capacity it takes (F-INT)
  BarrierSet addresses = 0;   // the barriers it works on (F-MORE)
};

// A set of interventions as a bit mask over InterventionDef indices (21 < 32).
using InterventionSet = std::uint32_t;
inline constexpr std::size_t kMaxInterventions = 32;

enum class SparringKind { kNone, kGood, kNarrative, kBad };

struct SparringMove {
  std::string id;
  SparringKind kind = SparringKind::kNone;
  double belief_shift = 0.0;
  double grounding_shift = 0.0;
  std::string finding;
};

struct ModelContent {
  std::vector<IndicatorDef> indicators;  // in kIndicatorIds order
  std::vector<QuestionDef> questions;
  std::vector<BarrierDef> barriers;
  std::vector<InterventionDef> interventions;
  std::vector<SparringMove> sparring;
  Parameters params;

  // Index lookups; return size() when the id is unknown.
  std::size_t InterventionIndex(const std::string& id) const;
  std::size_t SparringIndex(const std::string& id) const;
  std::size_t BarrierIndex(const std::string& id) const;
  bool IsStrong(std::size_t indicator) const {
    return indicators[indicator].strength == Strength::kStrong;
  }
};

}  // namespace bip
