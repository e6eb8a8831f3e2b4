#pragma once
// The "100 people on a line" picture (F-LINE): a citizen's place is the
// percentile of their readiness among synthetic BIP participants at start.
#include <cstdint>
#include <vector>

#include "outcome_model.hpp"

namespace bip {

class LineOf100 {
 public:
  // Draws `size` participants with the F-POP shares and an average
  // caseworker's belief; the reference never changes for a given content.
  LineOf100(const OutcomeModel& model, int size, std::uint64_t seed);
  // Percentile 0-100 (continuous).
  double Percentile(double readiness) const;
  // Place 1-100 on the line, 100 closest to a job.
  int Place(double readiness) const;

 private:
  std::vector<double> sorted_;
};

}  // namespace bip
