// The shortcuts the many-seed runs take give what the plain way gives: a
// line searched by buckets, a playthrough restarted with another seed, the
// effects an explained quarter lists.
#include <gtest/gtest.h>

#include <limits>

#include "percentile.hpp"
#include "playthrough.hpp"
#include "test_content.hpp"

namespace bip {
namespace {

TEST(FastPathsTest, TheLinesBucketsGiveTheSamePercentileAsAFullSearch) {
  Rng rng(5);
  std::vector<double> values;
  for (int i = 0; i < 20000; ++i) values.push_back(rng.Normal());
  for (int i = 0; i < 300; ++i) values.push_back(0.25);  // a run of ties
  const LineOf100 line(values);
  std::sort(values.begin(), values.end());
  std::vector<double> probes = {values.front(),
                                values.back(),
                                -10.0,
                                10.0,
                                0.25,
                                std::nextafter(0.25, 1.0),
                                std::nextafter(0.25, -1.0)};
  for (int i = 0; i < 20000; ++i) probes.push_back(4.0 * rng.Normal());
  for (int i = 0; i < 2000; ++i) probes.push_back(values[rng.Below(20300)]);
  for (double v : probes) EXPECT_EQ(line.Percentile(v), PercentileIn(values, v)) << v;
  EXPECT_EQ(line.Place(std::numeric_limits<double>::quiet_NaN()),
            std::clamp(static_cast<int>(std::ceil(
                           PercentileIn(values, std::numeric_limits<double>::quiet_NaN()))),
                       1, 100));
}

TEST(FastPathsTest, ARestartedPlaythroughPlaysAsANewOne) {
  const Content& c = test::ProjectContent();
  const LineOf100 line(test::ProjectModel(), 500, 1);
  for (const CaseDef& cd : c.cases) {
    const Policy& policy = *cd.FindPolicy(cd.reference_policy);
    Playthrough reused(c, test::ProjectModel(), line, cd, 11);
    while (!reused.finished()) reused.Play(PolicyChoices(policy, reused));
    for (std::uint64_t seed : {12ULL, 13ULL}) {
      reused.Restart(seed);
      Playthrough fresh(c, test::ProjectModel(), line, cd, seed);
      ASSERT_EQ(reused.pending_events(), fresh.pending_events()) << cd.id;
      while (!fresh.finished()) {
        ASSERT_FALSE(reused.finished()) << cd.id;
        const QuarterRecord& a = fresh.Play(PolicyChoices(policy, fresh));
        const QuarterRecord& b = reused.Play(PolicyChoices(policy, reused));
        EXPECT_EQ(a.outcome.after, b.outcome.after) << cd.id << " seed " << seed;
        EXPECT_EQ(a.events, b.events) << cd.id;
        EXPECT_EQ(a.score.Total(), b.score.Total()) << cd.id;
        EXPECT_EQ(a.effects.size(), b.effects.size()) << cd.id;
      }
      EXPECT_TRUE(reused.finished()) << cd.id;
      EXPECT_EQ(fresh.employed(), reused.employed()) << cd.id;
    }
  }
}

TEST(FastPathsTest, AnExplainedQuarterMovesTheCitizenAsAnUnexplainedOne) {
  const Content& c = test::ProjectContent();
  const LineOf100 line(test::ProjectModel(), 500, 1);
  for (const CaseDef& cd : c.cases) {
    const Policy& policy = *cd.FindPolicy(cd.reference_policy);
    for (std::uint64_t seed = 1; seed <= 10; ++seed) {
      Playthrough told(c, test::ProjectModel(), line, cd, seed);
      Playthrough silent(c, test::ProjectModel(), line, cd, seed);
      silent.KeepExplanations(false);
      while (!told.finished()) {
        const QuarterRecord& a = told.Play(PolicyChoices(policy, told));
        const QuarterRecord& b = silent.Play(PolicyChoices(policy, silent));
        EXPECT_EQ(a.outcome.after, b.outcome.after) << cd.id;
        EXPECT_EQ(a.outcome.job, b.outcome.job) << cd.id;
        EXPECT_FALSE(a.effects.empty());
        EXPECT_TRUE(b.effects.empty());
      }
    }
  }
}

}  // namespace
}  // namespace bip
