// What a quarter's result calls "before" is what the trainee last saw: the
// previous quarter's result (and the meeting screen), even when the meeting's
// belief answer differs from the last one.
#include <gtest/gtest.h>

#include "playthrough.hpp"
#include "test_content.hpp"

namespace bip {
namespace {

TEST(QuarterChainTest, JobChanceAndPlaceBeforeAQuarterAreThePreviousQuarterAfter) {
  const Content& c = test::ProjectContent();
  const LineOf100 line(test::ProjectModel(), 500, 1);
  for (const CaseDef& cd : c.cases) {
    for (std::uint64_t seed = 1; seed <= 5; ++seed) {
      Playthrough play(c, test::ProjectModel(), line, cd, seed);
      const double start = play.JobProbabilityNextYear();
      int answer = 1;
      while (!play.finished()) {
        const double shown_at_meeting = play.JobProbabilityNextYear();
        QuarterChoices ch;
        ch.sparring = c.model.sparring.front().id;
        ch.belief = answer;  // a different answer every quarter moves the caseworker's belief
        answer = answer % 5 + 1;
        const QuarterRecord& r = play.Play(ch);
        EXPECT_DOUBLE_EQ(r.year_before, shown_at_meeting)
            << cd.id << " seed " << seed << " quarter " << r.quarter;
      }
      const auto& h = play.history();
      ASSERT_FALSE(h.empty());
      EXPECT_DOUBLE_EQ(h.front().year_before, start) << cd.id;
      for (std::size_t q = 1; q < h.size(); ++q) {
        EXPECT_DOUBLE_EQ(h[q].year_before, h[q - 1].year_after)
            << cd.id << " seed " << seed << " quarter " << h[q].quarter;
        EXPECT_DOUBLE_EQ(h[q].line_before, h[q - 1].line_after)
            << cd.id << " seed " << seed << " quarter " << h[q].quarter;
      }
    }
  }
}

}  // namespace
}  // namespace bip
