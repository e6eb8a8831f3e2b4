// The debrief's numbers: the trainee's strategy replays their own game
// exactly, the comparisons are the case's policies with the same seed, and
// the spread over many seeds is consistent.
#include "debrief.hpp"

#include <gtest/gtest.h>

#include "ui_test_support.hpp"

namespace bip {
namespace {

struct Fixture {
  const Content& content = test::TestContent();
  OutcomeModel model{content.model};
  LineOf100 line{model, 4000, 1};
  const CaseDef& c = *content.FindCase("henrik");
};

TEST(Debrief, OwnStrategyReplaysTheOwnGame) {
  Fixture f;
  for (const char* policy : {"karen", "staircase", "none"})
    for (std::uint64_t seed : {3u, 7u, 19u}) {
      Playthrough play(f.content, f.model, f.line, f.c, seed);
      while (!play.finished()) play.Play(PolicyChoices(*f.c.FindPolicy(policy), play));
      std::vector<QuarterChoices> choices;
      for (const QuarterRecord& r : play.history()) choices.push_back(r.choices);
      const RunTrace replay =
          RunPolicy(f.content, f.model, f.line, f.c, PolicyFromChoices(choices, "trainee"), seed);
      const RunTrace own = TraceOf(play, "trainee");
      EXPECT_EQ(replay.job_quarter, own.job_quarter) << policy << " seed " << seed;
      EXPECT_EQ(replay.line, own.line) << policy << " seed " << seed;
      EXPECT_EQ(replay.end, own.end) << policy << " seed " << seed;
    }
}

TEST(Debrief, ComparesWithTheCasePoliciesOnTheSameSeed) {
  Fixture f;
  Playthrough play(f.content, f.model, f.line, f.c, 11);
  for (int q = 0; q < 4 && !play.finished(); ++q)
    play.Play(PolicyChoices(*f.c.FindPolicy("staircase"), play));
  // Its time is measured by bench_gui, not here: a timed test fails on a busy machine.
  const Debrief d = MakeDebrief(f.content, f.model, f.line, play, 1000, 1);

  const std::vector<const Policy*> policies = ComparisonPolicies(f.c);
  ASSERT_EQ(policies.size(), 3u);
  EXPECT_EQ(policies[0]->name, f.c.reference_policy);
  EXPECT_EQ(policies[1]->name, "staircase");
  EXPECT_EQ(policies[2]->name, "none");
  ASSERT_EQ(d.same_seed.size(), 3u);
  for (std::size_t i = 0; i < 3; ++i) {
    const RunTrace again = RunPolicy(f.content, f.model, f.line, f.c, *policies[i], 11);
    EXPECT_EQ(d.same_seed[i].line, again.line);
    EXPECT_EQ(d.same_seed[i].job_quarter, again.job_quarter);
  }
  // The trainee's trace is the game so far: start plus four quarters.
  EXPECT_EQ(d.trainee.line.size(), 5u);
  EXPECT_EQ(d.trainee.year.size(), 5u);

  ASSERT_EQ(d.spread.size(), 4u);
  EXPECT_EQ(d.spread[0].policy, "trainee");
  for (const StrategySpread& s : d.spread) {
    EXPECT_EQ(s.seeds, 1000);
    EXPECT_NEAR(s.share, 100.0 * s.jobs / 1000.0, 1e-9);
    EXPECT_LE(s.ci_low, s.share);
    EXPECT_GE(s.ci_high, s.share);
    ASSERT_EQ(static_cast<int>(s.employed_by_quarter.size()), f.c.quarters);
    for (std::size_t q = 1; q < s.employed_by_quarter.size(); ++q)
      EXPECT_GE(s.employed_by_quarter[q], s.employed_by_quarter[q - 1]);
    EXPECT_NEAR(s.employed_by_quarter.back(), s.share, 1e-9);
  }
  // No intervention never does better than the skilled caseworker.
  EXPECT_GE(d.spread[1].share, d.spread[3].share);
}

TEST(Debrief, ScoreBrokenDownByWhatBipValues) {
  Fixture f;
  Playthrough play(f.content, f.model, f.line, f.c, 5);
  while (!play.finished()) play.Play(PolicyChoices(*f.c.FindPolicy("none"), play));
  const Debrief d = MakeDebrief(f.content, f.model, f.line, play, 0, 1);
  EXPECT_TRUE(d.spread.empty());
  double total = 0;
  for (const QuarterRecord& r : play.history()) total += r.score.Total();
  EXPECT_NEAR(d.total_score, total / static_cast<double>(play.history().size()), 1e-9);
  const ScorePartSummary& empty = d.parts[static_cast<std::size_t>(ScorePart::kNoEmptyQuarter)];
  EXPECT_EQ(empty.quarters, static_cast<int>(play.history().size()));
  EXPECT_DOUBLE_EQ(empty.mean, 0.0);  // never an intervention
  for (const ScorePartSummary& p : d.parts) {
    EXPECT_GE(p.mean, 0.0);
    EXPECT_LE(p.mean, 1.0);
    EXPECT_EQ(p.value.size(), play.history().size());
  }
}

}  // namespace
}  // namespace bip
