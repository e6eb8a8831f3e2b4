#pragma once
// The 11 BIP progression indicators (F-IND). The order is fixed by
// content/model/indicators.json, which the loader checks against this list.
#include <array>
#include <cstddef>
#include <string_view>

namespace bip {

inline constexpr std::size_t kIndicatorCount = 11;

enum Indicator : std::size_t {
  kLabourMarketKnowledge,
  kConcentration,
  kSelfBelief,
  kCaseworkerBelief,
  kGoalDirectedness,
  kContactAbility,
  kCooperation,
  kNetworkSupport,
  kEverydayCoping,
  kHealthCoping,
  kJobSearch,
};

inline constexpr std::array<std::string_view, kIndicatorCount> kIndicatorIds = {
    "labour_market_knowledge", "concentration",   "self_belief", "caseworker_belief",
    "goal_directedness",       "contact_ability", "cooperation", "network_support",
    "everyday_coping",         "health_coping",   "job_search"};

// Indicator values live on the 1-5 answer scale (F-SCALE) but are continuous
// inside the model; a measurement rounds them to an answer.
inline constexpr double kScaleMin = 1.0;
inline constexpr double kScaleMax = 5.0;
inline constexpr double kScaleMid = 3.0;

using IndicatorValues = std::array<double, kIndicatorCount>;

// Index of an indicator id, or kIndicatorCount when unknown.
inline std::size_t IndicatorIndex(std::string_view id) {
  for (std::size_t i = 0; i < kIndicatorCount; ++i)
    if (kIndicatorIds[i] == id) return i;
  return kIndicatorCount;
}

// The 1-5 answer a measurement gives for a continuous value.
int AnswerFor(double value);

}  // namespace bip
