// Prints the model's speed: participant-quarters simulated per second on one
// core, and the wall time of the default `simulate` (all runs of the table).
#include <fmt/format.h>

#include <chrono>
#include <iostream>

#include "calibration.hpp"
#include "cohort.hpp"
#include "loaded_content.hpp"

int main(int argc, char** argv) {
  auto content = bip::LoadContentOrReport(argc > 1 ? argv[1] : "");
  if (!content) return 2;
  const bip::OutcomeModel model(content->model);
  const bip::CohortProtocol protocol = content->calibration.protocol;
  using Clock = std::chrono::steady_clock;

  // Throughput of the cohort loop alone, best of three.
  double best = 0;
  std::int64_t pq = 0;
  for (int rep = 0; rep < 3; ++rep) {
    const auto t0 = Clock::now();
    const bip::CohortRun run = bip::RunCohort(
        model, protocol, 100 + static_cast<std::uint64_t>(rep), bip::Variant::kAsPractised);
    const double s = std::chrono::duration<double>(Clock::now() - t0).count();
    pq = run.person_quarters;
    best = std::max(best, static_cast<double>(run.person_quarters) / s);
  }
  std::cout << fmt::format(
      "cohort loop: {} participant-quarters per run, {:.0f} participant-quarters/s (best of 3, one "
      "core)\n",
      pq, best);

  const auto t0 = Clock::now();
  const bip::CalibrationReport report = bip::RunCalibration(*content, model, protocol, 1);
  const double s = std::chrono::duration<double>(Clock::now() - t0).count();
  std::cout << fmt::format(
      "default simulate (all {} rows, {} participant-quarters + case runs): {:.3f} s wall\n",
      report.rows.size(), report.person_quarters, s);
  return 0;
}
