#pragma once
// The percentile (0-100) of a value within a sorted distribution, ties split
// evenly: the line of 100 and the cohort's line moves both read it.
#include <algorithm>
#include <cstddef>
#include <vector>

namespace bip {

// `first`..`last` narrow the search: the value's lower bound must lie in it.
inline double PercentileIn(const std::vector<double>& sorted, double value, std::size_t first,
                           std::size_t last) {
  const auto lo = std::lower_bound(sorted.begin() + static_cast<std::ptrdiff_t>(first),
                                   sorted.begin() + static_cast<std::ptrdiff_t>(last), value);
  // Equal values are rare among doubles: step over them instead of a second search.
  auto hi = lo;
  while (hi != sorted.end() && !(value < *hi)) ++hi;
  const double below = static_cast<double>(lo - sorted.begin());
  const double equal = static_cast<double>(hi - lo);
  return 100.0 * (below + 0.5 * equal) / static_cast<double>(sorted.size());
}

inline double PercentileIn(const std::vector<double>& sorted, double value) {
  return PercentileIn(sorted, value, 0, sorted.size());
}

}  // namespace bip
