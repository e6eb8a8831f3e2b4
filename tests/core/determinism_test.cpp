// Same seed, same choices: the same result, byte for byte.
#include <gtest/gtest.h>

#include "run_command.hpp"

namespace bip {
namespace {

const std::string kBinary = BIPGAME_BINARY;

TEST(DeterminismTest, SimulatePrintsTheSameTableTwice) {
  const auto a = test::RunCommand(kBinary + " simulate --seed 3 --cohort 800", "2>/dev/null");
  const auto b = test::RunCommand(kBinary + " simulate --seed 3 --cohort 800", "2>/dev/null");
  ASSERT_FALSE(a.out.empty());
  EXPECT_EQ(a.out, b.out);
}

TEST(DeterminismTest, SimulateJsonIsTheSameTwice) {
  const auto a =
      test::RunCommand(kBinary + " simulate --json --seed 4 --cohort 800", "2>/dev/null");
  const auto b =
      test::RunCommand(kBinary + " simulate --json --seed 4 --cohort 800", "2>/dev/null");
  ASSERT_FALSE(a.out.empty());
  EXPECT_EQ(a.out, b.out);
}

// The per-case rows may run on several threads; the table must not depend on how many.
TEST(DeterminismTest, SimulateIsTheSameOnOneThreadAndOnThree) {
  const auto a = test::RunCommand(
      kBinary + " simulate --json --seed 6 --cohort 800 --case-seeds 50 --threads 1",
      "2>/dev/null");
  const auto b = test::RunCommand(
      kBinary + " simulate --json --seed 6 --cohort 800 --case-seeds 50 --threads 3",
      "2>/dev/null");
  ASSERT_FALSE(a.out.empty());
  EXPECT_EQ(a.out, b.out);
}

TEST(DeterminismTest, AnotherSeedGivesAnotherTable) {
  const auto a =
      test::RunCommand(kBinary + " simulate --json --seed 4 --cohort 800", "2>/dev/null");
  const auto b =
      test::RunCommand(kBinary + " simulate --json --seed 5 --cohort 800", "2>/dev/null");
  EXPECT_NE(a.out, b.out);
}

TEST(DeterminismTest, PlayIsTheSameTwiceForEveryPolicy) {
  for (const char* policy : {"karen", "staircase", "none", "karen_with_changes"}) {
    const std::string cmd = kBinary + " play --case henrik --json --seed 7 --policy " + policy;
    const auto a = test::RunCommand(cmd, "2>/dev/null");
    const auto b = test::RunCommand(cmd, "2>/dev/null");
    ASSERT_EQ(a.exit_code, 0) << policy;
    ASSERT_FALSE(a.out.empty()) << policy;
    EXPECT_EQ(a.out, b.out) << policy;
  }
}

}  // namespace
}  // namespace bip
