// LoadParametersFile reads model/parameters.json as LoadContent reads it,
// against content loaded before: the same lines for the same defect,
// without reading every other file again (the content_model fuzzing
// harness relies on it).
#include <gtest/gtest.h>

#include <fstream>
#include <iterator>

#include "check_test_support.hpp"
#include "load_content.hpp"
#include "loaded_content_copy.hpp"
#include "parameters.hpp"

namespace bip {
namespace {

namespace fs = std::filesystem;
using test::SortedLines;

class LoadParametersFileTest : public test::LoadedContentCopy {
 protected:
  fs::path File() const { return content_ / "model" / "parameters.json"; }

  // The value of `parameter` set to `value`: LoadParametersFile refuses it
  // with exactly the lines the whole load gives for the edited folder.
  std::vector<std::string> ExpectTheWholeLoadsLines(const std::string& parameter,
                                                    const std::string& value) {
    const std::string from = "\"" + parameter + "\": {\n      \"value\": ";
    std::ifstream in(File());
    const std::string text((std::istreambuf_iterator<char>(in)), {});
    const std::size_t at = text.find(from);
    EXPECT_NE(at, std::string::npos) << parameter;
    const std::size_t end = text.find(',', at + from.size());
    EXPECT_TRUE(test::EditFile(File(), text.substr(at, end - at), from + value));
    Problems one;
    EXPECT_FALSE(LoadParametersFile(File().string(), *loaded_, one).has_value());
    const std::vector<std::string> whole = SortedLines(LoadContent(content_.string()).problems);
    EXPECT_EQ(SortedLines(one), whole);
    return SortedLines(one);
  }
};

TEST_F(LoadParametersFileTest, AnUnchangedFileReadsAsTheWholeLoadReadsIt) {
  Problems problems;
  const std::optional<Parameters> p = LoadParametersFile(File().string(), *loaded_, problems);
  ASSERT_TRUE(p.has_value()) << (problems.empty() ? "" : problems.list().front().Line());
  int compared = 0;
  for (const ParameterSlot& slot : ParameterRegistry()) {
    if (slot.scalar)
      EXPECT_EQ((*p).*slot.scalar, loaded_->model.params.*slot.scalar) << slot.name;
    else
      EXPECT_EQ((*p).*slot.per_indicator, loaded_->model.params.*slot.per_indicator) << slot.name;
    ++compared;
  }
  EXPECT_GT(compared, 20);
}

TEST_F(LoadParametersFileTest, ItsOwnValuesAreRead) {
  ASSERT_TRUE(test::EditFile(File(), "\"value\": 0.7166", "\"value\": 0.7"));
  Problems problems;
  const std::optional<Parameters> p = LoadParametersFile(File().string(), *loaded_, problems);
  ASSERT_TRUE(p.has_value()) << (problems.empty() ? "" : problems.list().front().Line());
  EXPECT_EQ(p->change_hazard_factor, 0.7);
  EXPECT_NE(loaded_->model.params.change_hazard_factor, 0.7);
}

TEST_F(LoadParametersFileTest, NotJsonIsTheSameLine) {
  // The parse error, and what the unread parameters then fail (as the whole load says).
  EXPECT_FALSE(ExpectTheWholeLoadsLines("share_male", "0.5,").empty());
}

TEST_F(LoadParametersFileTest, AValueOutOfItsRangeIsTheSameLine) {
  const std::vector<std::string> lines = ExpectTheWholeLoadsLines("share_male", "7");
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_NE(lines[0].find("content/model/parameters.json: /parameters/share_male/value"),
            std::string::npos)
      << lines[0];
}

TEST_F(LoadParametersFileTest, SharesThatDoNotAddUpAreTheSameLine) {
  const std::vector<std::string> lines = ExpectTheWholeLoadsLines("mix_none", "0.9");
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_NE(lines[0].find("the plan-kind shares"), std::string::npos) << lines[0];
}

TEST_F(LoadParametersFileTest, AValueThatMakesNaNIsNamedAsTheWholeLoadNamesIt) {
  const std::vector<std::string> lines = ExpectTheWholeLoadsLines("change_hazard_factor", "0");
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_NE(lines[0].find("/parameters/change_hazard_factor/value: with 0 the model computes NaN"),
            std::string::npos)
      << lines[0];
}

}  // namespace
}  // namespace bip
