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
  IndexBuckets();
}

LineOf100::LineOf100(std::vector<double> readiness) : sorted_(std::move(readiness)) {
  std::sort(sorted_.begin(), sorted_.end());
  IndexBuckets();
}

namespace {
constexpr std::size_t kBuckets = 4096;
}  // namespace

void LineOf100::IndexBuckets() {
  bucket_.clear();
  if (sorted_.empty()) return;
  bucket_width_ = (sorted_.back() - sorted_.front()) / static_cast<double>(kBuckets);
  for (std::size_t b = 0; b <= kBuckets; ++b) {
    const double edge = sorted_.front() + static_cast<double>(b) * bucket_width_;
    bucket_.push_back(static_cast<std::size_t>(
        std::lower_bound(sorted_.begin(), sorted_.end(), edge) - sorted_.begin()));
  }
}

double LineOf100::Percentile(double readiness) const {
  std::size_t first = 0, last = sorted_.size();
  const double pos = bucket_width_ > 0.0 ? (readiness - sorted_.front()) / bucket_width_ : -1.0;
  if (pos >= 0.0 && pos < static_cast<double>(kBuckets)) {
    const auto b = static_cast<std::size_t>(pos);
    const std::size_t f = bucket_[b], l = bucket_[b + 1];
    // Rounding may put a value next to its bucket: narrow only when the
    // bucket provably holds the value's lower bound.
    if ((f == 0 || sorted_[f - 1] < readiness) &&
        (l == sorted_.size() || !(sorted_[l] < readiness)))
      first = f, last = l;
  }
  return PercentileIn(sorted_, readiness, first, last);
}

int LineOf100::Place(double readiness) const {
  return std::clamp(static_cast<int>(std::ceil(Percentile(readiness))), 1, 100);
}

}  // namespace bip
