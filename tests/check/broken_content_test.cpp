// Broken content (tests/content_broken/<variant>/ laid over a copy of
// content/): `bipgame check-content` exits non-zero with one precise line
// naming the file and JSON pointer, and the loader reports the right file
// and pointer without crashing.
#include <gtest/gtest.h>

#include "check_content.hpp"
#include "check_test_support.hpp"
#include "load_content.hpp"

namespace bip {
namespace {

using test::TempDir;

struct Variant {
  const char* name;
  // The line check-content prints (whole, or its start when prefix).
  const char* line;
  bool prefix;
  // What the loader reports; an empty file means the loader accepts it
  // (the mistake is one only check-content sees).
  const char* loader_file;
  const char* loader_pointer;
};

const Variant kVariants[] = {
    {"truncated_json", "content/sparring.json: not valid JSON at line 22, column 1:", true,
     "content/sparring.json", ""},
    {"wrong_type",
     "content/cases/henrik.json: /quarters: wrong type: found the string \"12\" (expected a whole "
     "number from 1 to 40: "
     "how many quarters the case lasts)",
     false, "content/cases/henrik.json", "/quarters"},
    {"unknown_id",
     "content/cases/henrik.json: /palette/17: unknown intervention \"job_coaching\" (expected an "
     "id from "
     "model/interventions.json)",
     false, "content/cases/henrik.json", "/palette/17"},
    {"out_of_range",
     "content/cases/henrik.json: /person/age: out of range: found 90 (expected a whole number from "
     "16 to 70: age in years)",
     false, "content/cases/henrik.json", "/person/age"},
    {"duplicate_id",
     "content/model/interventions.json: /interventions/21/id: duplicate intervention id "
     "\"job_market_knowledge\" "
     "(expected each id once)",
     false, "content/model/interventions.json", "/interventions/21/id"},
    {"missing_translation",
     "content/i18n/en/case_henrik.json: /case.henrik.story: missing text (expected it in sv, da "
     "and en; present in "
     "content/i18n/sv/case_henrik.json, content/i18n/da/case_henrik.json)",
     false, "content/i18n/en/case_henrik.json", "/case.henrik.story"},
    {"unknown_key",
     "content/cases/henrik.json: /events/0/trigger/quater: unknown key \"quater\", did you mean "
     "\"quarter\"? "
     "(expected one of: type, from_quarter, quarter, to_quarter)",
     false, "content/cases/henrik.json", "/events/0/trigger/quater"},
    {"unreachable_event",
     "content/cases/henrik.json: /events/4/trigger: unreachable event \"belief_dip\": no indicator "
     "goes below 1, the "
     "bottom of the 1-5 scale (expected a trigger that can fire within the case's 12 quarters)",
     false, "", ""},
    {"two_defaults",
     "content/cases/henrik.json: /events/1/responses: expected exactly one response with "
     "\"default\": true (what "
     "happens when nobody acts), found 2",
     false, "content/cases/henrik.json", "/events/1/responses"},
    {"bad_policy_response",
     "content/cases/henrik.json: /policies/karen/responses/friend_offer: expected a response id of "
     "event "
     "\"friend_offer\", found the string \"call_later\"",
     false, "content/cases/henrik.json", "/policies/karen/responses/friend_offer"},
    {"unused_text_key",
     "content/i18n/sv/case_henrik.json: /case.henrik.nmae: unused text key, did you mean "
     "\"case.henrik.name\"? "
     "(expected only keys the content or the game uses; see content/FORMAT.md, Texts)",
     false, "content/i18n/da/case_henrik.json", "/case.henrik.nmae"},
    {"missing_barrier",
     "content/cases/henrik.json: /barriers: expected \"mental_health\": the person data says "
     "psychiatric",
     false, "content/cases/henrik.json", "/barriers"},
    {"unknown_barrier",
     "content/model/interventions.json: /interventions/20/addresses/0: unknown barrier "
     "\"addicton\" (expected an id "
     "from /barriers)",
     false, "content/model/interventions.json", "/interventions/20/addresses/0"},
};

class BrokenContent : public ::testing::TestWithParam<Variant> {};

TEST_P(BrokenContent, CheckContentNamesFileAndPointer) {
  const Variant& v = GetParam();
  TempDir tmp;
  const auto content = test::CopyContent(tmp.path());
  test::ApplyBrokenVariant(v.name, content);
  const test::Run run = test::RunBipgame("check-content '" + content.string() + "'");
  EXPECT_NE(run.exit_code, 0) << run.out;
  EXPECT_EQ(run.exit_code, 1) << run.out;
  if (v.prefix)
    EXPECT_TRUE(test::HasLineStartingWith(run, v.line)) << "expected a line starting\n"
                                                        << v.line << "\ngot\n"
                                                        << run.out;
  else
    EXPECT_TRUE(test::HasLine(run, v.line)) << "expected the line\n"
                                            << v.line << "\ngot\n"
                                            << run.out;
  ASSERT_FALSE(run.lines.empty());
  EXPECT_NE(run.lines.back().find("problem"), std::string::npos) << run.lines.back();
  // Every problem line starts with the file it is about.
  for (std::size_t i = 0; i + 1 < run.lines.size(); ++i)
    EXPECT_EQ(run.lines[i].rfind("content/", 0), 0u) << run.lines[i];
}

TEST_P(BrokenContent, LoaderReportsFileAndPointer) {
  const Variant& v = GetParam();
  TempDir tmp;
  const auto content = test::CopyContent(tmp.path());
  test::ApplyBrokenVariant(v.name, content);
  const LoadResult r = LoadContent(content.string());
  if (std::string(v.loader_file).empty()) {
    EXPECT_TRUE(r.content != nullptr)
        << "the loader alone accepts this variant; check-content finds it";
    return;
  }
  EXPECT_EQ(r.content, nullptr);
  bool found = false;
  std::string all;
  for (const Problem& p : r.problems.list()) {
    found = found || (p.file == v.loader_file && p.pointer == v.loader_pointer);
    all += p.Line() + "\n";
  }
  EXPECT_TRUE(found) << "expected a problem at " << v.loader_file << " " << v.loader_pointer
                     << ", got\n"
                     << all;
}

TEST_P(BrokenContent, LibraryReportsTheSameAsTheCommand) {
  const Variant& v = GetParam();
  TempDir tmp;
  const auto content = test::CopyContent(tmp.path());
  test::ApplyBrokenVariant(v.name, content);
  CheckOptions o;
  o.dir = content.string();
  o.schema_dir = (test::SourcePath("content") / "schema").string();
  o.plays = 20;
  const CheckReport report = CheckContentDir(o);
  ASSERT_FALSE(report.problems.empty());
  bool found = false;
  for (const Problem& p : report.problems.list())
    found = found || (v.prefix ? p.Line().rfind(v.line, 0) == 0 : p.Line() == v.line);
  EXPECT_TRUE(found) << v.line;
  EXPECT_NE(SummaryLine(report).find("problem"), std::string::npos);
}

INSTANTIATE_TEST_SUITE_P(Variants, BrokenContent, ::testing::ValuesIn(kVariants),
                         [](const ::testing::TestParamInfo<Variant>& p) {
                           return std::string(p.param.name);
                         });

// Missing texts do not hold back the logic checks: they run on a copy with
// placeholder texts, so both mistakes show at once.
TEST(BrokenContentTogether, MissingTextAndUnreachableEventBothShow) {
  TempDir tmp;
  const auto content = test::CopyContent(tmp.path());
  test::ApplyBrokenVariant("missing_translation", content);
  test::ApplyBrokenVariant("unreachable_event", content);
  const test::Run run = test::RunBipgame("check-content '" + content.string() + "'");
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_TRUE(test::HasLineStartingWith(
      run, "content/i18n/en/case_henrik.json: /case.henrik.story: missing text"))
      << run.out;
  EXPECT_TRUE(test::HasLineStartingWith(
      run, "content/cases/henrik.json: /events/4/trigger: unreachable event"))
      << run.out;
  EXPECT_EQ(run.lines.back(), "2 problems");
}

}  // namespace
}  // namespace bip

namespace bip {
namespace {

// A case whose length is wrong is told so once: the quarter numbers in its
// events and policies are not reported again as out of a range of 1 to 1.
TEST(BrokenContentEcho, ABadCaseLengthIsReportedOnce) {
  test::TempDir tmp;
  const auto content = test::CopyContent(tmp.path());
  test::ApplyBrokenVariant("wrong_type", content);
  const LoadResult r = LoadContent(content.string());
  std::string all;
  int about_henrik = 0;
  for (const Problem& p : r.problems.list()) {
    all += p.Line() + "\n";
    if (p.file == "content/cases/henrik.json") ++about_henrik;
  }
  EXPECT_EQ(about_henrik, 1) << all;
}

}  // namespace
}  // namespace bip
