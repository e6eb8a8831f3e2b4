// Figures as the trainee reads them: nothing that rounds to zero carries a
// sign, and a change agrees with the two rounded values it sits between.
#include <gtest/gtest.h>

#include "widgets.hpp"

namespace bip::ui {
namespace {

const std::string kMinus = "\xE2\x88\x92";

TEST(NumberFormatTest, ZeroNeverHasASign) {
  SetDecimalComma(true);
  EXPECT_EQ(Signed(-0.04, 1), "0,0");
  EXPECT_EQ(Signed(0.04, 1), "0,0");
  EXPECT_EQ(Number(-0.04, 1), "0,0");
  EXPECT_EQ(Signed(-0.0, 0), "0");
  EXPECT_EQ(Signed(-0.06, 1), kMinus + "0,1");
  EXPECT_EQ(Signed(0.06, 1), "+0,1");
  SetDecimalComma(false);
  EXPECT_EQ(Signed(-1.25, 1), kMinus + "1.3");
}

TEST(NumberFormatTest, AChangeIsTheDifferenceOfTheRoundedValues) {
  SetDecimalComma(true);
  // 4,2 → 4,2 used to show −0,09.
  EXPECT_EQ(ShownChange(4.24, 4.15, 1), "0,0");
  EXPECT_EQ(Number(4.24, 1) + " " + Number(4.15, 1), "4,2 4,2");
  // 4,14 → 4,26 shows 4,1 → 4,3, so +0,2 (not +0,1).
  EXPECT_EQ(ShownChange(4.14, 4.26, 1), "+0,2");
  EXPECT_EQ(ShownChange(12.04, 11.46, 1), kMinus + "0,5");
  SetDecimalComma(false);
}

}  // namespace
}  // namespace bip::ui
