// Prints the model's speed: participant-quarters simulated per second on one
// core, and the time of the default `simulate` (all runs of the table). Each
// figure is given per second of wall time and per second of the process's
// CPU time: on a machine busy with other work the CPU figure is the one that
// measures the model.
#include <fmt/format.h>

#include <chrono>
#include <ctime>
#include <iostream>
#include <string_view>

#include "calibration.hpp"
#include "cohort.hpp"
#include "loaded_content.hpp"

// usage: bench_model [--cohort-only] [CONTENT_DIR]
int main(int argc, char** argv) {
  const bool cohort_only = argc > 1 && std::string_view(argv[1]) == "--cohort-only";
  if (cohort_only) --argc, ++argv;
  auto content = bip::LoadContentOrReport(argc > 1 ? argv[1] : "");
  if (!content) return 2;
  const bip::OutcomeModel model(content->model);
  const bip::CohortProtocol protocol = content->calibration.protocol;
  using Clock = std::chrono::steady_clock;

  // Throughput of the cohort loop alone, best of three.
  double best_wall = 0, best_cpu = 0;
  std::int64_t pq = 0;
  for (int rep = 0; rep < 3; ++rep) {
    const auto t0 = Clock::now();
    const std::clock_t c0 = std::clock();
    const bip::CohortRun run = bip::RunCohort(
        model, protocol, 100 + static_cast<std::uint64_t>(rep), bip::Variant::kAsPractised);
    const double s = std::chrono::duration<double>(Clock::now() - t0).count();
    const double cpu = static_cast<double>(std::clock() - c0) / CLOCKS_PER_SEC;
    pq = run.person_quarters;
    best_wall = std::max(best_wall, static_cast<double>(run.person_quarters) / s);
    best_cpu = std::max(best_cpu, static_cast<double>(run.person_quarters) / cpu);
  }
  std::cout << fmt::format(
      "cohort loop: {} participant-quarters per run, {:.0f} participant-quarters/s of wall time, "
      "{:.0f} per CPU second (best of 3, one core)\n",
      pq, best_wall, best_cpu);
  if (cohort_only) return 0;

  const auto t0 = Clock::now();
  const std::clock_t c0 = std::clock();
  const bip::CalibrationReport report = bip::RunCalibration(*content, model, protocol, 1);
  const double s = std::chrono::duration<double>(Clock::now() - t0).count();
  const double cpu = static_cast<double>(std::clock() - c0) / CLOCKS_PER_SEC;
  std::cout << fmt::format(
      "default simulate (all {} rows, {} participant-quarters + case runs): {:.3f} s wall, {:.3f} "
      "s CPU\n",
      report.rows.size(), report.person_quarters, s, cpu);
  return 0;
}
