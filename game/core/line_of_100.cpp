#include "line_of_100.hpp"

#include <algorithm>
#include <cmath>

#include "percentile.hpp"
#include "population.hpp"

namespace bip {

LineOf100::LineOf100(const OutcomeModel& model, int size, std::uint64_t seed) {
  const Parameters& p = model.params();
  Rng rng(seed, 11);
  sorted_.reserve(static_cast<std::size_t>(size));
  for (int i = 0; i < size; ++i) {
    const Background b = DrawBackground(p, rng);
    CitizenState s;
    s.x = DrawIndicators(p, b, rng);
    s.background = BackgroundLogHazard(p, b);
    s.x[kCaseworkerBelief] =
        std::clamp(model.BeliefTarget(s, rng.Normal()) + p.belief_noise_sd * rng.Normal(),
                   kScaleMin, kScaleMax);
    sorted_.push_back(model.Readiness(s));
  }
  std::sort(sorted_.begin(), sorted_.end());
}

LineOf100::LineOf100(std::vector<double> readiness) : sorted_(std::move(readiness)) {
  std::sort(sorted_.begin(), sorted_.end());
}

double LineOf100::Percentile(double readiness) const {
  return PercentileIn(sorted_, readiness);
}

int LineOf100::Place(double readiness) const {
  return std::clamp(static_cast<int>(std::ceil(Percentile(readiness))), 1, 100);
}

}  // namespace bip
