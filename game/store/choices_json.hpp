#pragma once
// One quarter's choices as JSON: how saved games store them and how result
// files carry them. Reading is strict because result files come from outside:
// every key is required, unknown keys are refused, and lists and strings are
// bounded, so a hostile file can neither slip a typo past nor blow up memory.
//
//   {"interventions": ["..."], "sparring": "none", "belief": 3,
//    "responses": {"event id": "response id"}, "caseworker_change": false}
#include <cstddef>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "choices.hpp"

namespace bip {

inline constexpr std::size_t kMaxChoiceListSize = 64;      // interventions, responses
inline constexpr std::size_t kMaxChoiceStringBytes = 200;  // any id; ids are ASCII

nlohmann::json ChoicesToJson(const QuarterChoices& choices);

// The choices, or nothing with *error (when error is not null) naming the
// JSON pointer of the first bad value and what was expected there.
std::optional<QuarterChoices> ChoicesFromJson(const nlohmann::json& json, std::string* error);

}  // namespace bip
