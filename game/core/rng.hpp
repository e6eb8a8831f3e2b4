#pragma once
// The one seeded generator. xoshiro256** seeded through splitmix64; a run or
// playthrough derives numbered sub-streams from its single seed so paired
// counterfactual runs see the same random numbers per citizen.
#include <cmath>
#include <cstdint>

namespace bip {

class Rng {
 public:
  explicit Rng(std::uint64_t seed) { Seed(seed); }
  Rng(std::uint64_t seed, std::uint64_t stream, std::uint64_t index = 0) {
    Seed(Mix(Mix(seed) ^ Mix(stream * 0x9E3779B97F4A7C15ULL + 1) ^ Mix(index + 0x632BE59BD9B4E019ULL)));
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

  // Uniform in [0, 1).
  double Uniform() { return static_cast<double>(Next() >> 11) * 0x1.0p-53; }

  // Uniform integer in [0, n).
  std::uint32_t Below(std::uint32_t n) {
    return static_cast<std::uint32_t>((static_cast<std::uint64_t>(Next() >> 32) * n) >> 32);
  }

  bool Chance(double p) { return Uniform() < p; }

  // Standard normal (Box-Muller; the second value is kept for the next call).
  double Normal() {
    if (has_spare_) {
      has_spare_ = false;
      return spare_;
    }
    double u = Uniform();
    while (u <= 0.0) u = Uniform();
    const double v = Uniform();
    const double r = std::sqrt(-2.0 * std::log(u));
    const double a = 6.283185307179586 * v;
    spare_ = r * std::sin(a);
    has_spare_ = true;
    return r * std::cos(a);
  }

 private:
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
  double spare_ = 0.0;
  bool has_spare_ = false;
};

}  // namespace bip
