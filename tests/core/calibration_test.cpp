// Every row of the calibration table, at the default cohort, for two seeds.
#include <gtest/gtest.h>

#include "calibration.hpp"
#include "test_content.hpp"

namespace bip {
namespace {

const CalibrationReport& Report(std::uint64_t seed) {
  static std::map<std::uint64_t, CalibrationReport> reports;
  auto it = reports.find(seed);
  if (it == reports.end()) {
    const Content& c = test::ProjectContent();
    it = reports.emplace(seed, RunCalibration(c, test::ProjectModel(), c.calibration.protocol, seed)).first;
  }
  return it->second;
}

class CalibrationRowTest : public ::testing::TestWithParam<std::tuple<std::uint64_t, std::string>> {};

TEST_P(CalibrationRowTest, MeetsItsTarget) {
  const auto& [seed, id] = GetParam();
  const CalibrationReport& report = Report(seed);
  const auto row = std::find_if(report.rows.begin(), report.rows.end(),
                                [&](const CalibrationRow& r) { return r.id == id; });
  ASSERT_NE(row, report.rows.end()) << "no row " << id;
  EXPECT_TRUE(row->pass) << id << " (" << row->finding << "): target " << row->target << " "
                         << row->tolerance << ", measured " << row->measured;
}

// Every row calibration.json holds, old and new (C1-C12, H1-H5, L1-L3,
// P1-P5, S1-S3): a row added to the file is tested without a code change.
std::vector<std::string> RowIds() {
  std::vector<std::string> ids;
  for (const CalibrationTarget& t : test::ProjectContent().calibration.targets) ids.push_back(t.id);
  return ids;
}

INSTANTIATE_TEST_SUITE_P(
    Seeds1And2, CalibrationRowTest,
    ::testing::Combine(::testing::Values(1u, 2u), ::testing::ValuesIn(RowIds())),
    [](const auto& test_info) {
      return "seed" + std::to_string(std::get<0>(test_info.param)) + "_" + std::get<1>(test_info.param);
    });

TEST(CalibrationTest, EveryTargetInTheFileHasARow) {
  const Content& c = test::ProjectContent();
  EXPECT_EQ(Report(1).rows.size(), c.calibration.targets.size());
}

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
