// Counts take the right form in every language: "1 plats", "3 platser".
#include <gtest/gtest.h>

#include "test_content.hpp"
#include "texts.hpp"

namespace bip {
namespace {

TEST(PluralTest, OneTakesTheSingularEverythingElseThePlural) {
  Texts t;
  t.Set("sv", "moved", "{case} flyttade {n} {n|plats|platser} närmare.");
  EXPECT_EQ(t.Format("sv", "moved", {{"case", "Henrik"}, {"n", "1"}}),
            "Henrik flyttade 1 plats närmare.");
  EXPECT_EQ(t.Format("sv", "moved", {{"case", "Henrik"}, {"n", "3"}}),
            "Henrik flyttade 3 platser närmare.");
  EXPECT_EQ(t.Format("sv", "moved", {{"case", "Henrik"}, {"n", "0"}}),
            "Henrik flyttade 0 platser närmare.");
  EXPECT_EQ(t.Format("sv", "moved", {{"case", "Henrik"}, {"n", "11"}}),
            "Henrik flyttade 11 platser närmare.");
  EXPECT_EQ(t.Format("sv", "moved",
                     {{"case", "Henrik"},
                      {"n",
                       "\xE2\x88\x92"
                       "1"}}),
            "Henrik flyttade \xE2\x88\x92"
            "1 plats närmare.");
}

TEST(PluralTest, EveryChoiceInAText) {
  Texts t;
  t.Set("en", "k", "{n} {n|quarter|quarters}, {m} {m|vote|votes}; {n|it|they}");
  EXPECT_EQ(t.Format("en", "k", {{"n", "1"}, {"m", "2"}}), "1 quarter, 2 votes; it");
  // Not two forms, or a name not given: left as written.
  t.Set("en", "bad", "{n|quarter} {k|a|b}");
  EXPECT_EQ(t.Format("en", "bad", {{"n", "1"}}), "{n|quarter} {k|a|b}");
}

// The project's own texts: no count shows a plural noun after "1".
TEST(PluralTest, ProjectTextsSayOnePlaceOneQuarterOneVote) {
  const Texts& t = test::ProjectContent().texts;
  EXPECT_EQ(t.Format("sv", "result.line_up", {{"case", "Henrik"}, {"n", "1"}})
                .rfind("Henrik flyttade 1 plats ", 0),
            0u);
  EXPECT_EQ(t.Format("da", "result.line_down", {{"case", "Mette"}, {"n", "1"}})
                .rfind("Mette gled 1 plads ", 0),
            0u);
  EXPECT_EQ(t.Format("en", "room_desk.setup.finished", {{"n", "1"}}), "finished after 1 quarter");
  EXPECT_EQ(t.Format("da", "room_desk.setup.finished", {{"n", "1"}}), "afsluttet efter 1 kvartal");
  EXPECT_EQ(t.Format("sv", "room_desk.vote.total", {{"n", "1"}}), "1 röst");
  EXPECT_EQ(t.Format("sv", "room_desk.vote.total", {{"n", "2"}}), "2 röster");
}

}  // namespace
}  // namespace bip
