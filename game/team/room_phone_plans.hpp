#pragma once
// The room's own plan composed on the phones (issue 12, point 3): how often
// each intervention of the palette was picked, per table, and the plan the
// facilitator adopts from the picks.
#include <map>
#include <string>
#include <vector>

#include "room_phones.hpp"

namespace bip {

// Per table (one row when the day has no tables), per palette entry: the
// phones that put it in their plan. Picks outside the palette are not counted.
std::vector<std::vector<int>> PhonePlanCounts(const std::map<std::string, PhonePlan>& plans,
                                              const std::vector<std::string>& palette, int tables);

// The room's plan: as many interventions as the middle phone picked (the
// lower median of the plans' sizes), the most picked first; a tie goes to
// the one listed first in the palette. Empty when no phone sent a plan.
std::vector<std::string> MostPickedPlan(const std::map<std::string, PhonePlan>& plans,
                                        const std::vector<std::string>& palette);

}  // namespace bip
