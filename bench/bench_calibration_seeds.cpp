// Calibration for any seed, measured (../shared/bip/CALIBRATION.md, "Any
// seed, measured"): runs the whole table at the default protocol for seeds
// 1..N (default 200) and prints, per row, how many seeds pass, and over the
// first 50 seeds each value's mean against its target: within half the
// tolerance, or for a band in its middle half ("centred"). A row that always
// sits near an edge is biased, not noisy. One core; prints its wall and CPU
// time (on a busy machine the CPU time is the one that measures the model).
//
// usage: bench_calibration_seeds [--cohort-rows | --rows ID,ID] [SEEDS] [CENTRE_SEEDS]
//                                 [CONTENT_DIR]
// --cohort-rows leaves out the per-case rows (two thirds of the time per
// seed) and --rows keeps only the rows named, for refitting a few
// parameters; each row's failing seeds are listed with what they measured.
#include <fmt/format.h>

#include <chrono>
#include <cstdlib>
#include <ctime>
#include <iostream>
#include <map>
#include <string_view>
#include <vector>

#include "calibration.hpp"
#include "loaded_content.hpp"

namespace {

struct RowTally {
  int passed = 0;
  int runs = 0;
  std::vector<double> sums;  // over the centre seeds, per value
  int centre_runs = 0;
  std::vector<std::string> failures;  // "seed: measured"
};

// Whether a mean is centred: within half the tolerance of a target, or in
// the middle half of a two-sided band; one-sided bounds and structural rows
// have no centre (empty reason).
std::string Centring(const bip::CalibrationTarget& t, const std::vector<double>& mean,
                     bool per_case) {
  std::string out;
  auto verdict = [&](bool ok) { out += ok ? "centred " : "OFF-CENTRE "; };
  const bool banded =
      t.tolerances.empty() && t.tolerance_points == 0.0 && t.tolerance_relative == 0.0;
  if (!t.targets.empty() && !banded) {
    for (std::size_t k = 0; k < t.targets.size() && k < mean.size(); ++k)
      verdict(std::abs(mean[k] - t.targets[k]) <= 0.5 * bip::Allowed(t, k) + 1e-12);
    return out;
  }
  if (!t.min || !t.max || (!per_case && !t.ratio_to.empty()) || (!per_case && mean.empty()))
    return out;
  const double lo = *t.min + 0.25 * (*t.max - *t.min), hi = *t.max - 0.25 * (*t.max - *t.min);
  if (!t.ratio_to.empty()) return out;
  const std::size_t n = per_case ? mean.size() : 1;
  for (std::size_t k = 0; k < n; ++k) verdict(mean[k] >= lo && mean[k] <= hi);
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  const bool cohort_rows = argc > 1 && std::string_view(argv[1]) == "--cohort-rows";
  if (cohort_rows) --argc, ++argv;
  std::vector<std::string> only;
  if (argc > 2 && std::string_view(argv[1]) == "--rows") {
    for (std::size_t at = 0, end = 0; end != std::string_view::npos; at = end + 1) {
      end = std::string_view(argv[2]).find(',', at);
      only.emplace_back(std::string_view(argv[2]).substr(at, end - at));
    }
    argc -= 2, argv += 2;
  }
  const int seeds = argc > 1 ? std::atoi(argv[1]) : 200;
  const int centre = argc > 2 ? std::atoi(argv[2]) : 50;
  auto content = bip::LoadContentOrReport(argc > 3 ? argv[3] : "");
  if (!content || seeds < 1) return 2;
  if (cohort_rows)
    std::erase_if(content->calibration.targets,
                  [](const bip::CalibrationTarget& t) { return t.measure.rfind("case_", 0) == 0; });
  if (!only.empty())
    if (auto problem = bip::KeepRows(content->calibration, only)) {
      std::cerr << "error: --rows: " << *problem << "\n";
      return 2;
    }
  const bip::OutcomeModel model(content->model);
  const auto started = std::chrono::steady_clock::now();
  const std::clock_t cpu_started = std::clock();
  std::map<std::string, RowTally> tally;
  std::map<std::string, std::vector<std::string>> labels;
  for (int seed = 1; seed <= seeds; ++seed) {
    const bip::CalibrationReport r = bip::RunCalibration(
        *content, model, content->calibration.protocol, static_cast<std::uint64_t>(seed));
    for (const bip::CalibrationRow& row : r.rows) {
      RowTally& t = tally[row.id];
      t.runs += 1;
      t.passed += row.pass ? 1 : 0;
      if (!row.pass) {
        std::string values;
        for (double v : row.values)
          values += fmt::format("{}{:.3g}", values.empty() ? "" : " / ", v);
        t.failures.push_back(fmt::format("{}: {}", seed, values));
      }
      labels[row.id] = row.labels;
      if (seed > centre) continue;
      t.sums.resize(row.values.size(), 0.0);
      for (std::size_t k = 0; k < row.values.size(); ++k) t.sums[k] += row.values[k];
      t.centre_runs += 1;
    }
  }
  const double wall =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  const double cpu = static_cast<double>(std::clock() - cpu_started) / CLOCKS_PER_SEC;
  std::cout << fmt::format(
      "calibration over seeds 1-{} (means over seeds 1-{}), default protocol\n\n", seeds,
      std::min(seeds, centre));
  std::cout << fmt::format("{:<5} {:>10}  {:<44} {}\n", "row", "passes", "mean", "centring");
  int short_rows = 0, off = 0;
  for (const bip::CalibrationTarget& t : content->calibration.targets) {
    const RowTally& r = tally[t.id];
    std::vector<double> mean;
    for (double s : r.sums) mean.push_back(s / std::max(1, r.centre_runs));
    std::string shown;
    for (std::size_t k = 0; k < mean.size() && k < 11; ++k)
      shown += fmt::format("{}{:.3g}", k ? " / " : "", mean[k]);
    const std::string c = Centring(t, mean, !labels[t.id].empty());
    if (c.find("OFF") != std::string::npos) ++off;
    const bool enough = r.passed * 100 >= 99 * r.runs;
    if (!enough) ++short_rows;
    std::cout << fmt::format("{:<5} {:>4}/{:<4}{} {:<44} {}\n", t.id, r.passed, r.runs,
                             enough ? " " : "!", shown, c);
  }
  for (const bip::CalibrationTarget& t : content->calibration.targets)
    for (const std::string& f : tally[t.id].failures)
      std::cout << fmt::format("{} failed on seed {}\n", t.id, f);
  std::cout << fmt::format(
      "\n{} rows below 99 % of seeds, {} rows with an off-centre mean; {:.0f} s wall, {:.0f} s "
      "CPU, "
      "{:.2f} s CPU per seed\n",
      short_rows, off, wall, cpu, cpu / seeds);
  return short_rows == 0 && off == 0 ? 0 : 1;
}
