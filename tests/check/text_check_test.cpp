// The text check on hand-made text sets: a missing key is reported in the
// file where the other languages keep it, unused keys with a likely
// meaning, placeholders that differ, and keys whose ids cannot be read.
#include "text_check.hpp"

#include <gtest/gtest.h>

namespace bip {
namespace {

TextFiles Texts(
    std::initializer_list<std::tuple<const char*, const char*, const char*, const char*>> rows) {
  TextFiles t;
  for (const auto& [lang, file, key, text] : rows) {
    t.file[lang][key] = file;
    t.text[lang][key] = text;
  }
  return t;
}

std::string Lines(const Problems& problems) {
  std::string out;
  for (const Problem& p : problems.list()) out += p.Line() + "\n";
  return out;
}

TEST(TextCheck, CleanWhenEveryKeyIsEverywhere) {
  const TextFiles t = Texts({{"sv", "c/i18n/sv/a.json", "k", "hej {n}"},
                             {"da", "c/i18n/da/a.json", "k", "hej {n}"},
                             {"en", "c/i18n/en/a.json", "k", "hi {n}"}});
  Problems problems;
  EXPECT_EQ(CheckTexts(t, RequiredKeys{{"k"}, {}}, "c", problems), 1);
  EXPECT_EQ(Lines(problems), "");
}

TEST(TextCheck, MissingKeyGoesWhereTheOthersHaveIt) {
  const TextFiles t = Texts({{"sv", "c/i18n/sv/case_x.json", "case.x.name", "X"},
                             {"da", "c/i18n/da/case_x.json", "case.x.name", "X"},
                             {"en", "c/i18n/en/other.json", "case.x.story", "..."}});
  Problems problems;
  CheckTexts(t, RequiredKeys{{"case.x.name"}, {}}, "c", problems);
  EXPECT_NE(Lines(problems).find("c/i18n/en/case_x.json: /case.x.name: missing text (expected it "
                                 "in sv, da and en; present in "
                                 "c/i18n/sv/case_x.json, c/i18n/da/case_x.json)\n"),
            std::string::npos)
      << Lines(problems);
}

TEST(TextCheck, MissingEverywhereGoesNextToItsNeighbours) {
  const TextFiles t = Texts({{"sv", "c/i18n/sv/case_x.json", "case.x.name", "X"},
                             {"sv", "c/i18n/sv/ui.json", "play.header", "P"}});
  Problems problems;
  CheckTexts(t, RequiredKeys{{"case.x.name", "case.x.story", "play.header"}, {}}, "c", problems);
  EXPECT_NE(
      Lines(problems).find(
          "c/i18n/sv/case_x.json: /case.x.story: missing text (expected it in sv, da and en)\n"),
      std::string::npos)
      << Lines(problems);
}

TEST(TextCheck, UnusedKeyInEachFileThatHasIt) {
  const TextFiles t = Texts({{"sv", "c/i18n/sv/a.json", "case.x.nmae", "X"},
                             {"en", "c/i18n/en/a.json", "case.x.nmae", "X"}});
  Problems problems;
  CheckTexts(t, RequiredKeys{{}, {}}, "c", problems);
  EXPECT_EQ(Lines(problems),
            "c/i18n/sv/a.json: /case.x.nmae: unused text key (expected only keys the content or "
            "the game uses; see content/FORMAT.md, Texts)\n"
            "c/i18n/en/a.json: /case.x.nmae: unused text key (expected only keys the content or "
            "the game uses; see content/FORMAT.md, Texts)\n");
}

TEST(TextCheck, PlaceholdersMustAgree) {
  const TextFiles t = Texts({{"sv", "c/i18n/sv/a.json", "k", "Kvartal {n}"},
                             {"da", "c/i18n/da/a.json", "k", "Kvartal {n}"},
                             {"en", "c/i18n/en/a.json", "k", "Quarter {number}"}});
  Problems problems;
  CheckTexts(t, RequiredKeys{{"k"}, {}}, "c", problems);
  EXPECT_EQ(Lines(problems),
            "c/i18n/en/a.json: /k: placeholders {number} differ from sv (expected {n}, as in "
            "c/i18n/sv/a.json)\n");
}

TEST(TextCheck, APluralChoiceCountsAsItsPlaceholderAndNeedsTwoForms) {
  const TextFiles good = Texts({{"sv", "c/i18n/sv/a.json", "k", "{n} kvartal"},
                                {"da", "c/i18n/da/a.json", "k", "{n} {n|kvartal|kvartaler}"},
                                {"en", "c/i18n/en/a.json", "k", "{n} {n|quarter|quarters}"}});
  Problems clean;
  CheckTexts(good, RequiredKeys{{"k"}, {}}, "c", clean);
  EXPECT_EQ(Lines(clean), "");
  const TextFiles one_form = Texts({{"sv", "c/i18n/sv/a.json", "k", "{n} {n|kvartal}"},
                                    {"da", "c/i18n/da/a.json", "k", "{n} {n|kvartal}"},
                                    {"en", "c/i18n/en/a.json", "k", "{n} {n|quarter}"}});
  Problems problems;
  CheckTexts(one_form, RequiredKeys{{"k"}, {}}, "c", problems);
  EXPECT_NE(Lines(problems).find(
                "c/i18n/sv/a.json: /k: unknown placeholder {n|kvartal} is shown as it is"),
            std::string::npos)
      << Lines(problems);
}

TEST(TextCheck, KeysOfUnreadableIdsAreLeftAlone) {
  const TextFiles t = Texts({{"sv", "c/i18n/sv/model.json", "sparring.none.name", "Ingen"}});
  Problems problems;
  CheckTexts(t, RequiredKeys{{}, {"sparring."}}, "c", problems);
  EXPECT_EQ(Lines(problems), "");
}

TEST(TextCheck, RequiredKeysComeFromTheRawFiles) {
  const RequiredKeys keys = RequiredKeysFromFiles(BIPGAME_SOURCE_CONTENT_DIR);
  EXPECT_TRUE(keys.unknown_prefixes.empty());
  auto has = [&](const std::string& k) {
    return std::find(keys.keys.begin(), keys.keys.end(), k) != keys.keys.end();
  };
  EXPECT_TRUE(has("case.henrik.event.friend_offer.response.call_now.feedback"));
  EXPECT_TRUE(has("sparring.none.name"));
  EXPECT_TRUE(has("question.S12.text"));
  EXPECT_TRUE(has("play.header"));
}

}  // namespace
}  // namespace bip
