// Every row of the calibration table, at the default cohort, for two seeds.
#include "calibration.hpp"

#include <gtest/gtest.h>

#include "test_content.hpp"

namespace bip {
namespace {

const CalibrationReport& Report(std::uint64_t seed) {
  static std::map<std::uint64_t, CalibrationReport> reports;
  auto it = reports.find(seed);
  if (it == reports.end()) {
    const Content& c = test::ProjectContent();
    it =
        reports.emplace(seed, RunCalibration(c, test::ProjectModel(), c.calibration.protocol, seed))
            .first;
  }
  return it->second;
}

// Every row calibration.json holds, old and new (C1-C12, H1-H5, L1-L3,
// P1-P5, S1-S3): a row added to the file is tested without a code change.
// One test per seed, not per row: ctest runs each test in its own process,
// and the table is measured once per seed for all its rows.
class CalibrationSeedTest : public ::testing::TestWithParam<std::uint64_t> {};

TEST_P(CalibrationSeedTest, EveryRowInTheFileMeetsItsTarget) {
  const CalibrationReport& report = Report(GetParam());
  const auto& targets = test::ProjectContent().calibration.targets;
  EXPECT_EQ(report.rows.size(), targets.size());
  for (const CalibrationTarget& t : targets) {
    const auto row = std::find_if(report.rows.begin(), report.rows.end(),
                                  [&](const CalibrationRow& r) { return r.id == t.id; });
    if (row == report.rows.end()) {
      ADD_FAILURE() << "no row " << t.id;
      continue;
    }
    EXPECT_TRUE(row->pass) << t.id << " (" << row->finding << "): target " << row->target << " "
                           << row->tolerance << ", measured " << row->measured;
  }
}

INSTANTIATE_TEST_SUITE_P(Seeds1And2, CalibrationSeedTest, ::testing::Values(1u, 2u),
                         [](const auto& test_info) {
                           return "seed" + std::to_string(test_info.param);
                         });

TEST(CalibrationTest, EachCaseReferencePolicyClearlyBeatsStaircaseAndNone) {
  const Content& c = test::ProjectContent();
  for (const CaseDef& cd : c.cases) {
    const CaseComparison cmp = CompareCasePolicies(c, test::ProjectModel(), cd, 1000, 1);
    EXPECT_TRUE(cmp.reference_clearly_best)
        << cd.id << ": reference " << cmp.shares.at(cd.reference_policy) << " %, staircase "
        << cmp.shares.at("staircase") << " %, none " << cmp.shares.at("none") << " %";
  }
}

}  // namespace
}  // namespace bip
