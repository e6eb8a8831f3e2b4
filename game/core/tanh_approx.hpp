#pragma once
// tanh where the model calls it millions of times a run (the pace of change,
// the cap on a caseworker's general belief): libm's tanh cost a tenth of `simulate`.
// A rational approximation from Lambert's continued fraction (degree 7 over
// degree 6) stays within 1e-6 of std::tanh for |x| <= 3; beyond, std::tanh.
#include <cmath>

namespace bip {

inline double TanhApprox(double x) {
  if (x > 3.0 || x < -3.0) return std::tanh(x);
  const double x2 = x * x;
  return x * (135135.0 + x2 * (17325.0 + x2 * (378.0 + x2))) /
         (135135.0 + x2 * (62370.0 + x2 * (3150.0 + 28.0 * x2)));
}

}  // namespace bip
