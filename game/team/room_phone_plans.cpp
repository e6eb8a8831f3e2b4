#include "room_phone_plans.hpp"

#include <algorithm>
#include <numeric>

namespace bip {

std::vector<std::vector<int>> PhonePlanCounts(const std::map<std::string, PhonePlan>& plans,
                                              const std::vector<std::string>& palette, int tables) {
  std::vector<std::vector<int>> out(tables > 0 ? static_cast<std::size_t>(tables) : 1,
                                    std::vector<int>(palette.size(), 0));
  for (const auto& [token, plan] : plans) {
    const std::size_t row = tables > 0 ? static_cast<std::size_t>(plan.table - 1) : 0;
    if (row >= out.size()) continue;
    for (const std::string& id : plan.picks) {
      const auto it = std::find(palette.begin(), palette.end(), id);
      if (it != palette.end()) ++out[row][static_cast<std::size_t>(it - palette.begin())];
    }
  }
  return out;
}

std::vector<std::string> MostPickedPlan(const std::map<std::string, PhonePlan>& plans,
                                        const std::vector<std::string>& palette) {
  if (plans.empty()) return {};
  std::vector<std::size_t> sizes;
  for (const auto& [token, plan] : plans) sizes.push_back(plan.picks.size());
  std::sort(sizes.begin(), sizes.end());
  const std::size_t size = sizes[(sizes.size() - 1) / 2];
  const std::vector<int> counts = PhonePlanCounts(plans, palette, 0)[0];
  std::vector<std::size_t> order(palette.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  // Stable: equal counts keep the palette's order.
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return counts[a] > counts[b]; });
  std::vector<std::string> plan;
  for (std::size_t k : order) {
    if (plan.size() >= size || counts[k] == 0) break;
    plan.push_back(palette[k]);
  }
  return plan;
}

}  // namespace bip
