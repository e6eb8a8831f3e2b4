#pragma once
// The policies the calibration's version-2 rows play on every case, built
// from the case's own data (its palette, barriers and reference policy),
// never written per case: ../shared/bip/CALIBRATION.md, "Version 2 rows".
#include <optional>
#include <string>
#include <string_view>

#include "playthrough.hpp"

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

// The choices the policy makes in the playthrough's current quarter. The
// reference, staircase and none come from the case; a case without a
// staircase or none policy plays none for it.
QuarterChoices GeneratedChoices(Generated g, const Content& content, const Playthrough& play);

}  // namespace bip
