// LoadTextFile reads one text file as LoadContent reads each text file and
// checks the texts as LoadContent checks them, against content loaded
// before: the same lines for the same defect, without reading every other
// file again (the content_i18n fuzzing harness relies on it).
#include <gtest/gtest.h>

#include <algorithm>

#include "check_test_support.hpp"
#include "load_content.hpp"
#include "loaded_content_copy.hpp"

namespace bip {
namespace {

namespace fs = std::filesystem;
using test::SortedLines;

class LoadTextFileTest : public test::LoadedContentCopy {
 protected:
  fs::path Text(const std::string& lang, const std::string& name) const {
    return content_ / "i18n" / lang / name;
  }

  // `file` edited: LoadTextFile refuses it with exactly the lines the whole
  // load gives for the edited folder; returns them.
  std::vector<std::string> ExpectTheWholeLoadsLines(const fs::path& file, const std::string& from,
                                                    const std::string& to) {
    EXPECT_TRUE(test::EditFile(file, from, to)) << from << " not in " << file;
    Problems one;
    EXPECT_FALSE(LoadTextFile(file.string(), *loaded_, homes_, one));
    const std::vector<std::string> whole = SortedLines(LoadContent(content_.string()).problems);
    EXPECT_FALSE(whole.empty());
    EXPECT_EQ(SortedLines(one), whole);
    return SortedLines(one);
  }
};

TEST_F(LoadTextFileTest, TheLoadSaysWhereEachTextWasRead) {
  EXPECT_EQ(homes_.at("en").at("app.title"), "ui.json");
  EXPECT_EQ(homes_.at("sv").at("cause.intervention"), "core.json");
}

TEST_F(LoadTextFileTest, EveryUnchangedFileReadsAsTheWholeLoadReadsIt) {
  int files = 0;
  for (const char* lang : {"sv", "da", "en"})
    for (const auto& entry : fs::directory_iterator(content_ / "i18n" / lang)) {
      Problems problems;
      EXPECT_TRUE(LoadTextFile(entry.path().string(), *loaded_, homes_, problems))
          << (problems.empty() ? "" : problems.list().front().Line());
      ++files;
    }
  EXPECT_GT(files, 30);
}

TEST_F(LoadTextFileTest, ARemovedTextIsTheSameLine) {
  const std::vector<std::string> lines =
      ExpectTheWholeLoadsLines(Text("en", "ui.json"), "\"app.title\":", "\"app.title.gone\":");
  EXPECT_EQ(lines.size(), 3u);  // missing in en; the new key missing in sv and da
}

TEST_F(LoadTextFileTest, NotJsonIsTheSameLines) {
  const std::vector<std::string> lines =
      ExpectTheWholeLoadsLines(Text("en", "ui.json"), "\"app.title\":", "\"app.title\"::");
  ASSERT_EQ(lines.size(), 2u);  // the parse error, and its texts summed up in one line
  EXPECT_EQ(std::count_if(lines.begin(), lines.end(),
                          [](const std::string& l) {
                            return l.find("texts missing because this file could not be read") !=
                                   std::string::npos;
                          }),
            1);
}

TEST_F(LoadTextFileTest, AKeyAnEarlierFileHasIsReportedInThisFile) {
  const std::vector<std::string> lines = ExpectTheWholeLoadsLines(
      Text("en", "ui.json"), "{", "{\n  \"cause.intervention\": \"Twice\",");
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(lines[0].rfind("content/i18n/en/ui.json: /cause.intervention: duplicate key", 0), 0u)
      << lines[0];
}

TEST_F(LoadTextFileTest, AKeyALaterFileHasIsReportedInTheLaterFile) {
  const std::vector<std::string> lines =
      ExpectTheWholeLoadsLines(Text("en", "core.json"), "{", "{\n  \"app.title\": \"Twice\",");
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(lines[0],
            "content/i18n/en/ui.json: /app.title: duplicate key, already in "
            "content/i18n/en/core.json");
}

TEST_F(LoadTextFileTest, AFileOutsideTheLanguageFoldersIsRefused) {
  Problems problems;
  EXPECT_FALSE(LoadTextFile((content_ / "sparring.json").string(), *loaded_, homes_, problems));
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_NE(problems.list()[0].Line().find("expected a text file in i18n/sv, i18n/da or i18n/en"),
            std::string::npos);
}

}  // namespace
}  // namespace bip
