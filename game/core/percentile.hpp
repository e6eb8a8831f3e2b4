#pragma once
// The percentile (0-100) of a value within a sorted distribution, ties split
// evenly: the line of 100 and the cohort's line moves both read it.
#include <algorithm>
#include <vector>

namespace bip {

inline double PercentileIn(const std::vector<double>& sorted, double value) {
  const auto lo = std::lower_bound(sorted.begin(), sorted.end(), value);
  // Equal values are rare among doubles: step over them instead of a second search.
  auto hi = lo;
  while (hi != sorted.end() && !(value < *hi)) ++hi;
  const double below = static_cast<double>(lo - sorted.begin());
  const double equal = static_cast<double>(hi - lo);
  return 100.0 * (below + 0.5 * equal) / static_cast<double>(sorted.size());
}

}  // namespace bip
