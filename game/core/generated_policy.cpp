#include "generated_policy.hpp"

#include <algorithm>
#include <array>
#include <vector>

namespace bip {
namespace {

constexpr std::array<std::string_view, kGeneratedCount> kNames = {
    "reference", "everything", "misfit",   "random",    "blind_yes",
    "belief_1",  "belief_4",   "belief_5", "staircase", "none"};
}  // namespace

std::string_view GeneratedName(Generated g) {
  return kNames[static_cast<std::size_t>(g)];
}

std::optional<Generated> GeneratedNamed(std::string_view name) {
  for (std::size_t i = 0; i < kNames.size(); ++i)
    if (kNames[i] == name) return static_cast<Generated>(i);
  return std::nullopt;
}

}  // namespace bip
