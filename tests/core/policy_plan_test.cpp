// A policy played through its resolved plan (what runs over many seeds do)
// plays exactly as the same policy's text choices played by the game.
#include "policy_plan.hpp"

#include <gtest/gtest.h>

#include "test_content.hpp"

namespace bip {
namespace {

void ExpectSameQuarter(const QuarterRecord& a, const QuarterRecord& b, const std::string& where) {
  EXPECT_EQ(a.state_after.x, b.state_after.x) << where;
  EXPECT_EQ(a.outcome.job, b.outcome.job) << where;
  EXPECT_EQ(a.events, b.events) << where;
  EXPECT_EQ(a.line_before, b.line_before) << where;
  EXPECT_EQ(a.line_after, b.line_after) << where;
  EXPECT_EQ(a.year_before, b.year_before) << where;
  EXPECT_EQ(a.year_after, b.year_after) << where;
  EXPECT_EQ(a.score.Total(), b.score.Total()) << where;
  EXPECT_EQ(a.score.lines.size(), b.score.lines.size()) << where;
}

TEST(PolicyPlanTest, EveryCasePolicyPlaysAsItsTextChoices) {
  const Content& c = test::ProjectContent();
  const LineOf100 line(test::ProjectModel(), 500, 1);
  int quarters = 0;
  for (const CaseDef& cd : c.cases)
    for (const auto& [name, policy] : cd.policies)
      for (std::uint64_t seed = 1; seed <= 12; ++seed) {
        Playthrough by_text(c, test::ProjectModel(), line, cd, seed);
        Playthrough by_plan(c, test::ProjectModel(), line, cd, seed);
        by_plan.KeepExplanations(false);
        const PolicyPlan plan(policy, c, by_plan);
        ResolvedChoices choices;
        while (!by_text.finished()) {
          ASSERT_FALSE(by_plan.finished());
          plan.Choose(by_plan, choices);
          const std::string where = cd.id + "/" + name + " seed " + std::to_string(seed) +
                                    " quarter " + std::to_string(by_text.quarter());
          const QuarterRecord& a = by_text.Play(PolicyChoices(policy, by_text));
          ExpectSameQuarter(a, by_plan.Play(choices), where);
          ++quarters;
        }
        EXPECT_TRUE(by_plan.finished());
      }
  EXPECT_GT(quarters, 1000);
}

// The line and the chance a quarter starts from are the ones the last
// quarter ended on; the playthrough keeps them instead of measuring again.
TEST(PolicyPlanTest, AQuarterStartsWhereTheLastEnded) {
  const Content& c = test::ProjectContent();
  const LineOf100 line(test::ProjectModel(), 500, 1);
  const CaseDef& cd = c.cases.front();
  Playthrough play(c, test::ProjectModel(), line, cd, 3);
  const Policy& policy = *cd.FindPolicy(cd.reference_policy);
  double line_end = line.Percentile(test::ProjectModel().Readiness(play.state()));
  double year_end = test::ProjectModel().JobProbabilityNextYear(play.state(), play.caseworker());
  while (!play.finished()) {
    const QuarterRecord& r = play.Play(PolicyChoices(policy, play));
    EXPECT_EQ(r.line_before, line_end);
    EXPECT_EQ(r.year_before, year_end);
    line_end = line.Percentile(test::ProjectModel().Readiness(play.state()));
    year_end = test::ProjectModel().JobProbabilityNextYear(play.state(), play.caseworker());
    EXPECT_EQ(r.line_after, line_end);
    EXPECT_EQ(r.year_after, year_end);
    EXPECT_EQ(play.LinePercentile(), line_end);
    EXPECT_EQ(play.JobProbabilityNextYear(), year_end);
  }
}

TEST(PolicyPlanTest, ResolvedChoicesMustAnswerTheEventsThatAreUp) {
  const Content& c = test::ProjectContent();
  const LineOf100 line(test::ProjectModel(), 500, 1);
  for (const CaseDef& cd : c.cases) {
    Playthrough play(c, test::ProjectModel(), line, cd, 1);
    const Policy& policy = *cd.FindPolicy(cd.reference_policy);
    // Play until an event is up, then answer none of it.
    while (!play.finished() && play.pending_events().empty())
      play.Play(PolicyChoices(policy, play));
    if (play.finished()) continue;
    ResolvedChoices none;
    EXPECT_THROW(play.Play(none), std::invalid_argument) << cd.id;
    return;
  }
  ADD_FAILURE() << "no case had an event up";
}

TEST(PolicyPlanTest, APolicyNamingAnInterventionTheCaseLacksIsRefused) {
  const Content& c = test::ProjectContent();
  const LineOf100 line(test::ProjectModel(), 500, 1);
  const CaseDef& cd = c.cases.front();
  Playthrough play(c, test::ProjectModel(), line, cd, 1);
  Policy odd;
  odd.name = "odd";
  odd.rules.push_back(PolicyRule{1, 12, {"no_such_intervention"}, "none", 3});
  EXPECT_THROW(PolicyPlan(odd, c, play), std::invalid_argument);
}

}  // namespace
}  // namespace bip
