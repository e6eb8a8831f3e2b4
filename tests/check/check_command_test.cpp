// `bipgame check-content` on the project's content and on the authoring
// guide's example case, and `play` / `compare` on that example.
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>

#include "check_content.hpp"
#include "check_test_support.hpp"

namespace bip {
namespace {

using test::TempDir;

TEST(CheckCommand, ProjectContentIsClean) {
  const test::Run run =
      test::RunBipgame(std::string("check-content '") + BIPGAME_SOURCE_CONTENT_DIR + "'");
  EXPECT_EQ(run.exit_code, 0) << run.out;
  ASSERT_EQ(run.lines.size(), 1u) << run.out;
  EXPECT_EQ(run.lines[0].rfind("content OK: ", 0), 0u) << run.lines[0];
  EXPECT_NE(run.lines[0].find(" cases, "), std::string::npos);
}

TEST(CheckCommand, WithoutADirectoryChecksTheGamesOwnContent) {
  const test::Run run = test::RunBipgame("check-content");
  EXPECT_EQ(run.exit_code, 0) << run.out;
  EXPECT_TRUE(test::HasLineStartingWith(run, "content OK: ")) << run.out;
}

TEST(CheckCommand, LibraryPlaysEveryCaseTwoHundredTimes) {
  CheckOptions o;
  o.dir = BIPGAME_SOURCE_CONTENT_DIR;
  o.schema_dir = std::string(BIPGAME_SOURCE_CONTENT_DIR) + "/schema";
  const CheckReport r = CheckContentDir(o);
  for (const Problem& p : r.problems.list()) ADD_FAILURE() << p.Line();
  EXPECT_TRUE(r.loaded);
  ASSERT_GT(r.cases, 0);
  EXPECT_GE(r.plays, r.cases * 200 + r.policies * o.policy_seeds);
  EXPECT_GT(r.text_keys, 0);
  EXPECT_EQ(SummaryLine(r).rfind("content OK: " + std::to_string(r.cases) + " cases", 0), 0u);
}

TEST(CheckCommand, NotADirectory) {
  const test::Run run = test::RunBipgame("check-content /nonexistent/bipgame-content");
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_TRUE(
      test::HasLineStartingWith(run, "/nonexistent/bipgame-content: not a content directory"))
      << run.out;
  EXPECT_EQ(run.lines.back(),
            "1 problem (the logic checks and test plays run once the loader accepts the content)");
}

TEST(CheckCommand, AJsonFileTheGameDoesNotRead) {
  TempDir tmp;
  const auto content = test::CopyContent(tmp.path());
  std::ofstream(content / "model" / "interventons.json") << "{}";
  const test::Run run = test::RunBipgame("check-content '" + content.string() + "'");
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_TRUE(test::HasLineStartingWith(
      run, "content/model/interventons.json: a JSON file the game does not read"))
      << run.out;
}

// Several problems at one place (gaps in one policy's rules) are all shown.
TEST(CheckCommand, EveryProblemAtOnePlaceIsShown) {
  TempDir tmp;
  const auto content = test::CopyContent(tmp.path());
  const auto file = content / "cases" / "henrik.json";
  nlohmann::json henrik = nlohmann::json::parse(std::ifstream(file));
  henrik["policies"]["none"]["rules"] = nlohmann::json::parse(
      R"([{"quarters": [2, 3], "interventions": [], "belief": 2}, {"quarters": [6, 7], "interventions": [], "belief": 2}])");
  std::ofstream(file) << henrik.dump(2);
  const test::Run run = test::RunBipgame("check-content --plays 10 '" + content.string() + "'");
  EXPECT_EQ(run.exit_code, 1);
  for (const char* gap : {"1", "4-5", "8-12"})
    EXPECT_TRUE(test::HasLineStartingWith(
        run, std::string("content/cases/henrik.json: /policies/none/rules: quarters ") + gap +
                 " are decided by no rule"))
        << gap << "\n"
        << run.out;
  EXPECT_EQ(run.lines.back(), "3 problems");
}

TEST(CheckCommand, SameOutputTwice) {
  TempDir tmp;
  const auto content = test::CopyContent(tmp.path());
  test::ApplyBrokenVariant("two_defaults", content);
  const std::string args = "check-content --plays 30 '" + content.string() + "'";
  EXPECT_EQ(test::RunBipgame(args).out, test::RunBipgame(args).out);
}

// The authoring guide's example: dropped into a copy of content/, it
// passes check-content (with its policy file) and plays.
TEST(ExampleCase, PassesCheckContentAndPlays) {
  TempDir tmp;
  const auto content = test::CopyContent(tmp.path());
  test::AddExampleCase(content);
  const std::string policy_file =
      test::SourcePath("docs/example-case/policies/anna_my_way.json").string();
  const test::Run check =
      test::RunBipgame("check-content '" + content.string() + "' --policy '" + policy_file + "'");
  EXPECT_EQ(check.exit_code, 0) << check.out;
  EXPECT_TRUE(test::HasLineStartingWith(check, "content OK: ")) << check.out;

  const test::Run play =
      test::RunBipgame("play --content '" + content.string() + "' --case anna --policy karen");
  EXPECT_EQ(play.exit_code, 0) << play.out;
  EXPECT_TRUE(test::HasLineStartingWith(play, "Anna")) << play.out;
  EXPECT_TRUE(test::HasLine(play, "Quarter 1")) << play.out;

  const test::Run own = test::RunBipgame("play --content '" + content.string() +
                                         "' --case anna --policy '" + policy_file + "' --lang sv");
  EXPECT_EQ(own.exit_code, 0) << own.out;

  const test::Run cmp =
      test::RunBipgame("compare --content '" + content.string() + "' --case anna --seeds 300");
  EXPECT_EQ(cmp.exit_code, 0) << cmp.out;
  EXPECT_TRUE(test::HasLineStartingWith(cmp, "anna (8 quarters, 300 seeds)")) << cmp.out;
}

TEST(ExampleCase, ABrokenPolicyFileIsNamed) {
  TempDir tmp;
  const auto content = test::CopyContent(tmp.path());
  test::AddExampleCase(content);
  const auto bad = tmp.path() / "bad_policy.json";
  std::ofstream(bad) << R"({"format_version": 1, "case": "anna",
    "rules": [{"quarters": [1, 8], "interventions": ["company_internship"], "belief": 4, "sparing": "none"}],
    "responses": {"old_colleague": "call_tomorrow"}})";
  const test::Run run =
      test::RunBipgame("check-content '" + content.string() + "' --policy '" + bad.string() + "'");
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_TRUE(test::HasLine(
      run, bad.string() + ": /rules/0/sparing: unknown key \"sparing\", did you mean \"sparring\"? "
                          "(expected one of: belief, interventions, quarters, sparring)"))
      << run.out;
  EXPECT_TRUE(test::HasLineStartingWith(
      run, bad.string() + ": /responses/old_colleague: expected a response id of event"))
      << run.out;
}

}  // namespace
}  // namespace bip
