#pragma once
// Every case played under the generated policies over many seeds: job
// shares, practice scores, and for the reference policy the moves on the
// line of 100 and whether the chance shown agrees with the line (the
// calibration's P, S, H5 and L2-L3 rows).
#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "cohort.hpp"
#include "content.hpp"
#include "generated_policy.hpp"
#include "line_of_100.hpp"

namespace bip {

struct PolicyStats {
  int seeds = 0;
  int jobs = 0;
  double score_sum = 0.0;
  int quarters = 0;
  double Share() const { return seeds > 0 ? 100.0 * jobs / seeds : 0.0; }  // %
  double Score() const { return quarters > 0 ? score_sum / quarters : 0.0; }
};

struct CaseStats {
  std::string case_id;
  std::array<PolicyStats, kGeneratedCount> policies{};
  std::vector<double> moves;  // reference: one-quarter moves on the line, in places
  int band_quarters = 0;      // reference: quarters whose chance was compared with the cohort
  int in_band = 0;            // ... and lay within its 5th-95th percentile at that place
  const PolicyStats& Of(Generated g) const { return policies[static_cast<std::size_t>(g)]; }
};

// The 5th and 95th percentile of the chance of a job within a year among
// the cohort's person-quarters at each place on the line (±2 places).
struct ChanceBand {
  std::array<double, 101> low{}, high{};
  std::array<int, 101> count{};
};
ChanceBand ChanceBandOf(const CohortRun& run);

// Plays `policies` on every case over `seeds` seeds from `first_seed`.
// The cases are spread over `threads` threads; the results are the same.
std::vector<CaseStats> RunCaseStats(const Content& content, const OutcomeModel& model,
                                    const LineOf100& line, int seeds, std::uint64_t first_seed,
                                    const ChanceBand* band, int threads = 1);

}  // namespace bip
