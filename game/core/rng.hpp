#pragma once
// The one seeded generator. xoshiro256** seeded through splitmix64; a run or
// playthrough derives numbered sub-streams from its single seed so paired
// counterfactual runs see the same random numbers per citizen.
#include <algorithm>
#include <array>
#include <cmath>
#include <cstddef>
#include <cstdint>

#include "select_clamp.hpp"

namespace bip {

class Rng {
 public:
  explicit Rng(std::uint64_t seed) { Seed(seed); }
  Rng(std::uint64_t seed, std::uint64_t stream, std::uint64_t index = 0) {
    Seed(Mix(Mix(seed) ^ Mix(stream * 0x9E3779B97F4A7C15ULL + 1) ^
             Mix(index + 0x632BE59BD9B4E019ULL)));
  }

  std::uint64_t Next() {
    const std::uint64_t result = Rotl(s_[1] * 5, 7) * 9;
    const std::uint64_t t = s_[1] << 17;
    s_[2] ^= s_[0];
    s_[3] ^= s_[1];
    s_[1] ^= s_[2];
    s_[0] ^= s_[3];
    s_[2] ^= t;
    s_[3] = Rotl(s_[3], 45);
    return result;
  }

  // Moves on as `n` draws of Uniform, Below, Chance or Normal would (each
  // takes one number), without computing them.
  void Discard(int n) {
    for (int k = 0; k < n; ++k) Next();
  }

  // Uniform in [0, 1).
  double Uniform() { return static_cast<double>(Next() >> 11) * 0x1.0p-53; }

  // Uniform integer in [0, n).
  std::uint32_t Below(std::uint32_t n) {
    return static_cast<std::uint32_t>((static_cast<std::uint64_t>(Next() >> 32) * n) >> 32);
  }

  bool Chance(double p) { return Uniform() < p; }

  // Standard normal, from a table of quantiles with linear interpolation:
  // one uniform per draw and no transcendental functions, which is what
  // lets the cohort run millions of participant-quarters a second. The
  // tails beyond about ±3.5 are cut (1 in 4,096 draws on each side).
  double Normal() {
    const auto& table = NormalQuantiles();
    constexpr double kLast = static_cast<double>(kQuantiles - 1);
    const double pos =
        SelectClamp(Uniform() * static_cast<double>(kQuantiles) - 0.5, 0.0, kLast - 1e-9);
    const auto i = static_cast<std::size_t>(pos);
    const double frac = pos - static_cast<double>(i);
    return table[i] + frac * (table[i + 1] - table[i]);
  }

 private:
  static constexpr std::size_t kQuantiles = 4096;
  // Standard normal quantiles at (i + 0.5) / kQuantiles, found by bisection
  // on the normal distribution function.
  static const std::array<double, kQuantiles>& NormalQuantiles() {
    static const std::array<double, kQuantiles> table = [] {
      std::array<double, kQuantiles> t{};
      for (std::size_t i = 0; i < kQuantiles; ++i) {
        const double p = (static_cast<double>(i) + 0.5) / static_cast<double>(kQuantiles);
        double lo = -9.0, hi = 9.0;
        for (int k = 0; k < 80; ++k) {
          const double mid = 0.5 * (lo + hi);
          (0.5 * std::erfc(-mid / std::sqrt(2.0)) < p ? lo : hi) = mid;
        }
        t[i] = 0.5 * (lo + hi);
      }
      return t;
    }();
    return table;
  }

  static std::uint64_t Rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
  static std::uint64_t Mix(std::uint64_t z) {
    z += 0x9E3779B97F4A7C15ULL;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
  void Seed(std::uint64_t seed) {
    std::uint64_t x = seed;
    for (auto& s : s_) {
      x = Mix(x);
      s = x;
    }
  }

  std::uint64_t s_[4]{};
};

}  // namespace bip
