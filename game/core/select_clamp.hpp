#pragma once
// std::clamp for doubles where the model calls it per indicator and quarter.
// GCC turns std::clamp's nested comparisons into branches, which guess wrong
// on random data; max-then-min compiles to two selects. The result is the
// same as std::clamp's for every input, NaN and -0.0 included (lo <= hi).
#include <algorithm>

namespace bip {

inline double SelectClamp(double v, double lo, double hi) {
  return std::min(std::max(v, lo), hi);
}

}  // namespace bip
