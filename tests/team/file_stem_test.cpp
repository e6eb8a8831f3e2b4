// File names from typed names keep their letters: "Åsa" is "asa", not "sa".
#include "file_stem.hpp"

#include <gtest/gtest.h>

namespace bip {
namespace {

TEST(FileStemTest, NordicLettersAreSpelledInAscii) {
  EXPECT_EQ(FileStem("Åsa", "x", 60), "asa");
  EXPECT_EQ(FileStem("Malmö", "x", 60), "malmo");
  EXPECT_EQ(FileStem("Ärlig Öberg", "x", 60), "arlig-oberg");
  EXPECT_EQ(FileStem("Søren Æbelø", "x", 60), "soren-aebelo");
  EXPECT_EQ(FileStem("Ærø", "x", 60), "aero");
}

TEST(FileStemTest, OtherLettersSensiblyAndTheRestOneDash) {
  EXPECT_EQ(FileStem("José Müller-Straße", "x", 60), "jose-muller-strasse");
  EXPECT_EQ(FileStem("Łódź Şahin Žižek", "x", 60), "lodz-sahin-zizek");
  EXPECT_EQ(FileStem("Temadag 7/12 – Malmö!", "x", 60), "temadag-7-12-malmo");
  EXPECT_EQ(FileStem("  Anna  ", "x", 60), "anna");
}

TEST(FileStemTest, NeverEmptyNeverLongNeverBroken) {
  EXPECT_EQ(FileStem("", "participant", 60), "participant");
  EXPECT_EQ(FileStem("☺☺", "participant", 60), "participant");
  EXPECT_EQ(FileStem("\xC3", "day", 40), "day");  // a cut UTF-8 sequence
  EXPECT_EQ(FileStem("\xFF\xFE"
                     "ab",
                     "day", 40),
            "ab");
  EXPECT_EQ(FileStem(std::string(100, 'a'), "x", 40), std::string(40, 'a'));
  EXPECT_EQ(FileStem("abc def", "x", 4), "abc");  // no dash left at the end
}

}  // namespace
}  // namespace bip
