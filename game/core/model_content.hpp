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

struct InterventionDef {
  std::string id;
  Group group = Group::kJobFocused;
  IndicatorValues profile{};  // where an intervention's effect goes; sums to about 1
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
  std::vector<InterventionDef> interventions;
  std::vector<SparringMove> sparring;
  Parameters params;

  // Index lookups; return size() when the id is unknown.
  std::size_t InterventionIndex(const std::string& id) const;
  std::size_t SparringIndex(const std::string& id) const;
  bool IsStrong(std::size_t indicator) const {
    return indicators[indicator].strength == Strength::kStrong;
  }
};

}  // namespace bip
