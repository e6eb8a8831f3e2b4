#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <iostream>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <thread>

#include "calibration.hpp"
#include "cli_commands.hpp"
#include "loaded_content.hpp"

namespace bip {

int RunSimulate(const SimulateOptions& o) {
  const auto started = std::chrono::steady_clock::now();
  auto content = LoadContentOrReport(o.content_dir);
  if (!content) return 2;
  CohortProtocol protocol = content->calibration.protocol;
  if (o.cohort > 0) protocol.cohort = o.cohort;
  if (o.replicates > 0) protocol.replicates = o.replicates;
  if (protocol.cohort < protocol.job_centres * 2) {
    std::cerr << "error: --cohort " << protocol.cohort << ": expected at least "
              << protocol.job_centres * 2 << " citizens (two per job centre)\n";
    return 2;
  }
  if (o.case_seeds > 0) content->calibration.case_seeds = o.case_seeds;
  if (!o.rows.empty())
    if (auto problem = KeepRows(content->calibration, o.rows)) {
      std::cerr << "error: --rows: " << *problem << "\n";
      return 2;
    }
  const OutcomeModel model(content->model);
  CalibrationReport report;
  try {
    const int threads = o.threads > 0
                            ? o.threads
                            : static_cast<int>(std::max(1U, std::thread::hardware_concurrency()));
    report = RunCalibration(*content, model, protocol, o.seed, threads);
  } catch (const std::exception& e) {
    std::cerr << "error: " << e.what() << "\n";
    return 2;
  }
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();

  if (o.json) {
    nlohmann::json j;
    j["seed"] = o.seed;
    j["cohort"] = protocol.cohort;
    j["replicates"] = protocol.replicates;
    j["pass"] = report.AllPass();
    for (const CalibrationRow& r : report.rows)
      j["rows"].push_back({{"id", r.id},
                           {"finding", r.finding},
                           {"target", r.target},
                           {"tolerance", r.tolerance},
                           {"measured", r.measured},
                           {"values", r.values},
                           {"pass", r.pass}});
    std::cout << j.dump(2) << "\n";
  } else {
    std::cout << fmt::format("BIP calibration: seed {}, {} replicate cohorts of {} citizens\n\n",
                             o.seed, protocol.replicates, protocol.cohort);
    std::cout << fmt::format("{:<4} {:<9} {:<30} {:<17} {:<30} {}\n", "id", "finding", "target",
                             "tolerance", "measured", "pass");
    for (const CalibrationRow& r : report.rows)
      std::cout << fmt::format("{:<4} {:<9} {:<30} {:<17} {:<30} {}\n", r.id, r.finding, r.target,
                               r.tolerance, r.measured, r.pass ? "pass" : "FAIL");
    int failed = 0;
    for (const CalibrationRow& r : report.rows) failed += r.pass ? 0 : 1;
    std::cout << fmt::format("\n{} of {} rows pass\n",
                             report.rows.size() - static_cast<std::size_t>(failed),
                             report.rows.size());
  }
  std::cerr << fmt::format("simulated {} participant-quarters in {:.2f} s\n",
                           report.person_quarters, seconds);
  return report.AllPass() ? 0 : 1;
}

}  // namespace bip
