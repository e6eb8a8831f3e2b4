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
  // A line of the given readiness values (any order).
  explicit LineOf100(std::vector<double> readiness);
  // The line every client shows (the game, `play`, the calibration's L
  // rows): BIP participants as they are measured over their follow-up –
  // every quarter's start in a synthetic cohort as practised – so a move in
  // the game reads like the moves of F-LINE (game_line.cpp).
  static LineOf100 ForGame(const OutcomeModel& model);
  // Percentile 0-100 (continuous).
  double Percentile(double readiness) const;
  // Place 1-100 on the line, 100 closest to a job.
  int Place(double readiness) const;

 private:
  void IndexBuckets();

  std::vector<double> sorted_;
  // Where each of equal-width buckets of readiness starts in sorted_: a
  // lookup searches one bucket, not the whole line (the case runs ask
  // millions of times).
  std::vector<std::size_t> bucket_;
  double bucket_width_ = 0.0;
};

}  // namespace bip
