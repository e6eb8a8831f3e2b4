// LoadCaseFile reads one case as LoadContent reads it, against content
// loaded before: the same lines for the same defect, without reading every
// other file again (the content_case fuzzing harness relies on it).
#include <gtest/gtest.h>

#include <algorithm>
#include <iterator>

#include "check_test_support.hpp"
#include "load_content.hpp"
#include "loaded_content_copy.hpp"

namespace bip {
namespace {

namespace fs = std::filesystem;
using test::SortedLines;

class LoadCaseFileTest : public test::LoadedContentCopy {
 protected:
  fs::path Henrik() const { return content_ / "cases" / "henrik.json"; }

  // The case edited: LoadCaseFile finds problems, each a line the whole
  // load gives for the edited folder too; returns the whole load's lines
  // LoadCaseFile does not give (those about other files).
  std::vector<std::string> ExpectLinesOfTheWholeLoad(const std::string& from,
                                                     const std::string& to) {
    EXPECT_TRUE(test::EditFile(Henrik(), from, to)) << from << " not in " << Henrik();
    Problems one;
    EXPECT_FALSE(LoadCaseFile(Henrik().string(), *loaded_, one).has_value());
    EXPECT_FALSE(one.empty());
    const std::vector<std::string> mine = SortedLines(one);
    const std::vector<std::string> whole = SortedLines(LoadContent(content_.string()).problems);
    EXPECT_TRUE(std::includes(whole.begin(), whole.end(), mine.begin(), mine.end()))
        << "LoadCaseFile: " << ::testing::PrintToString(mine)
        << "\nLoadContent: " << ::testing::PrintToString(whole);
    std::vector<std::string> others;
    std::set_difference(whole.begin(), whole.end(), mine.begin(), mine.end(),
                        std::back_inserter(others));
    return others;
  }
};

TEST_F(LoadCaseFileTest, AnUnchangedCaseReadsAsTheWholeLoadReadsIt) {
  Problems problems;
  const std::optional<CaseDef> c = LoadCaseFile(Henrik().string(), *loaded_, problems);
  ASSERT_TRUE(c.has_value()) << (problems.empty() ? "" : problems.list().front().Line());
  const CaseDef* before = loaded_->FindCase("henrik");
  ASSERT_NE(before, nullptr);
  EXPECT_EQ(c->id, "henrik");
  EXPECT_EQ(c->quarters, before->quarters);
  EXPECT_EQ(c->palette, before->palette);
  EXPECT_EQ(c->events.size(), before->events.size());
  EXPECT_EQ(c->policies.size(), before->policies.size());
  EXPECT_EQ(c->reflection_questions, before->reflection_questions);
}

TEST_F(LoadCaseFileTest, NotJsonIsTheSameLine) {
  // Without the case, calibration.json names a case that is not there: a
  // line about that file, which only the whole load gives.
  EXPECT_EQ(
      ExpectLinesOfTheWholeLoad("\"quarters\": 12,", "\"quarters\": 12,,"),
      std::vector<std::string>{"model/calibration.json: /cases/case: unknown case \"henrik\""});
}

TEST_F(LoadCaseFileTest, AnUnknownInterventionIsTheSameLine) {
  EXPECT_EQ(ExpectLinesOfTheWholeLoad("\"palette\": [", "\"palette\": [\"no_such_help\", "),
            std::vector<std::string>{});
}

TEST_F(LoadCaseFileTest, ATextMissingInEveryLanguageIsTheSameLines) {
  EXPECT_EQ(ExpectLinesOfTheWholeLoad("\"reflection_questions\": [",
                                      "\"reflection_questions\": [\"not_written\", "),
            std::vector<std::string>{});
}

TEST_F(LoadCaseFileTest, ItsReferencePlayIsCheckedToStayFinite) {
  Content nan_model = *loaded_;
  nan_model.model.params.change_hazard_factor = 0;  // takes a log of 0
  Problems problems;
  EXPECT_FALSE(LoadCaseFile(Henrik().string(), nan_model, problems).has_value());
  ASSERT_FALSE(problems.empty());
  EXPECT_EQ(problems.list().front().file, "content/model/parameters.json");
  EXPECT_EQ(problems.list().front().pointer, "/parameters/change_hazard_factor/value");
}

}  // namespace
}  // namespace bip
