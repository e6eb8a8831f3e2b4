// Finding codes leave the sentence and become small references.
#include <gtest/gtest.h>

#include "widgets.hpp"

namespace bip::ui {
namespace {

TEST(FindingRefsTest, TrailingCodesBecomeReferences) {
  std::vector<std::string> codes;
  EXPECT_EQ(WithoutFindings("Parallella insatser fungerar bäst (F-LINE).", codes),
            "Parallella insatser fungerar bäst.");
  EXPECT_EQ(WithoutFindings("kräver båda (F-LINE, F-MORE)", codes), "kräver båda");
  EXPECT_EQ(codes, (std::vector<std::string>{"F-LINE", "F-LINE", "F-MORE"}));
}

TEST(FindingRefsTest, OtherBracketsStay) {
  std::vector<std::string> codes;
  EXPECT_EQ(WithoutFindings("Deltagare (1, 2, …)", codes), "Deltagare (1, 2, …)");
  EXPECT_EQ(WithoutFindings("ett svar (F-LINE eller annat)", codes),
            "ett svar (F-LINE eller annat)");
  EXPECT_EQ(WithoutFindings("utan kod", codes), "utan kod");
  EXPECT_TRUE(codes.empty());
}

}  // namespace
}  // namespace bip::ui
