// Bad command lines and bad content give a clear error and a non-zero exit,
// never a crash.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "run_command.hpp"

namespace bip {
namespace {

namespace fs = std::filesystem;
const std::string kBinary = BIPGAME_BINARY;

// A fresh copy of the project's content to break.
class BrokenContentTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("bip_cli_test_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    fs::copy(BIPGAME_SOURCE_CONTENT_DIR, dir_ / "content", fs::copy_options::recursive);
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string Read(const std::string& rel) {
    std::ifstream in(dir_ / "content" / rel);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
  }
  void Write(const std::string& rel, const std::string& text) {
    std::ofstream out(dir_ / "content" / rel, std::ios::trunc);
    out << text;
  }
  test::CommandResult Simulate() {
    return test::RunCommand(
        kBinary + " simulate --cohort 200 --replicates 1 --content " + (dir_ / "content").string(),
        "2>&1");
  }

  fs::path dir_;
};

int Lines(const std::string& s) {
  return static_cast<int>(std::count(s.begin(), s.end(), '\n'));
}

TEST(CliTest, NegativeCohortIsRefused) {
  const auto r = test::RunCommand(kBinary + " simulate --cohort -3", "2>&1");
  EXPECT_NE(r.exit_code, 0);
  EXPECT_NE(r.out.find("--cohort"), std::string::npos) << r.out;
  EXPECT_LE(Lines(r.out), 2) << r.out;
}

// A refit measures a few rows: the table is cut to them and the rows they
// are measured against; a row that is not in the table is named.
TEST(CliTest, SimulateRowsCutsTheTable) {
  const auto r = test::RunCommand(
      kBinary + " simulate --cohort 400 --replicates 1 --case-seeds 20 --rows C5,H2 --json",
      "2>/dev/null");
  const auto j = nlohmann::json::parse(r.out, nullptr, false);
  ASSERT_FALSE(j.is_discarded()) << r.out;
  std::vector<std::string> ids;
  for (const auto& row : j["rows"]) ids.push_back(row["id"]);
  EXPECT_EQ(ids, (std::vector<std::string>{"C5", "H1", "H2"}));
  const auto bad = test::RunCommand(kBinary + " simulate --rows C5,Z9", "2>&1");
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_NE(bad.out.find("--rows: no calibration row 'Z9'"), std::string::npos) << bad.out;
  EXPECT_EQ(Lines(bad.out), 1) << bad.out;
}

TEST(CliTest, MissingContentDirectoryIsNamed) {
  const auto r = test::RunCommand(kBinary + " simulate --content /nonexistent/bip", "2>&1");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.out.find("/nonexistent/bip"), std::string::npos) << r.out;
  EXPECT_EQ(Lines(r.out), 1) << r.out;
}

TEST(CliTest, UnknownCaseAndPolicyAreNamed) {
  auto r = test::RunCommand(kBinary + " play --case nobody --policy karen", "2>&1");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.out.find("nobody"), std::string::npos) << r.out;
  r = test::RunCommand(kBinary + " play --case henrik --policy /no/such/policy.json", "2>&1");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.out.find("/no/such/policy.json"), std::string::npos) << r.out;
}

TEST_F(BrokenContentTest, ATypoInAKeyIsNamedWithItsPlace) {
  std::string text = Read("model/parameters.json");
  text.replace(text.find("\"synergy\""), 9, "\"synergie\"");
  Write("model/parameters.json", text);
  const auto r = Simulate();
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.out.find("model/parameters.json: /parameters/synergie: unknown key"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("/parameters/synergy: missing"), std::string::npos) << r.out;
}

TEST_F(BrokenContentTest, ATruncatedFileIsNamedWithLineAndColumn) {
  const std::string text = Read("cases/henrik.json");
  Write("cases/henrik.json", text.substr(0, text.size() / 2));
  const auto r = Simulate();
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.out.find("cases/henrik.json: not valid JSON at line"), std::string::npos) << r.out;
}

TEST_F(BrokenContentTest, AWrongTypeIsNamed) {
  std::string text = Read("model/calibration.json");
  text.replace(text.find("\"cohort\": 4000"), 14, "\"cohort\": \"many\"");
  Write("model/calibration.json", text);
  const auto r = Simulate();
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.out.find("model/calibration.json: /protocol/cohort: expected a whole number"),
            std::string::npos)
      << r.out;
}

TEST_F(BrokenContentTest, AnOutOfRangeValueIsNamed) {
  std::string text = Read("sparring.json");
  const auto at = text.find("\"belief_shift\"");
  text.replace(at, text.find(',', at) - at, "\"belief_shift\": 7");
  Write("sparring.json", text);
  const auto r = Simulate();
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.out.find("sparring.json: /moves/0/belief_shift: out of range"), std::string::npos)
      << r.out;
}

TEST_F(BrokenContentTest, AnUnknownInterventionIdIsNamed) {
  std::string text = Read("cases/henrik.json");
  text.replace(text.find("\"company_internship\""), 20, "\"company_intership\"");
  Write("cases/henrik.json", text);
  const auto r = Simulate();
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.out.find("unknown intervention \"company_intership\""), std::string::npos) << r.out;
}

TEST_F(BrokenContentTest, AMissingTranslationIsNamed) {
  std::string text = Read("i18n/da/core.json");
  const auto at = text.find("\"cause.combination\"");
  text.erase(at, text.find('\n', at) - at + 1);
  Write("i18n/da/core.json", text);
  const auto r = Simulate();
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.out.find("i18n/da/core.json: /cause.combination: missing text"), std::string::npos)
      << r.out;
}

TEST_F(BrokenContentTest, ADuplicateIdIsNamed) {
  std::string text = Read("model/interventions.json");
  text.replace(text.find("\"id\": \"job_search_support\""), 26, "\"id\": \"job_market_knowledge\"");
  Write("model/interventions.json", text);
  const auto r = Simulate();
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.out.find("/interventions/1/id: duplicate intervention id \"job_market_knowledge\""),
            std::string::npos)
      << r.out;
}

}  // namespace
}  // namespace bip
