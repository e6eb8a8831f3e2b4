#pragma once
// The policies the calibration's version-2 rows play on every case, built
// from the case's own data (its palette, barriers and reference policy),
// never written per case: ../shared/bip/CALIBRATION.md, "Version 2 rows".
// PolicyPlan (policy_plan.hpp) plays them.
#include <optional>
#include <string>
#include <string_view>

namespace bip {

enum class Generated {
  kReference,   // the case's reference policy
  kEverything,  // every palette intervention every quarter
  kMisfit,      // as many as the reference, one job-focused, the rest the plainest misfits
  kRandom,      // one random job-focused and one random non-job intervention (seeded)
  kBlindYes,    // the reference's plan, S12 answered 5, no sparring
  kBelief1,     // the reference with S12 answered 1, 4 or 5 every quarter
  kBelief4,
  kBelief5,
  kStaircase,  // the case's own staircase and none policies
  kNone
};
inline constexpr std::size_t kGeneratedCount = 10;

std::string_view GeneratedName(Generated g);
std::optional<Generated> GeneratedNamed(std::string_view name);

}  // namespace bip
