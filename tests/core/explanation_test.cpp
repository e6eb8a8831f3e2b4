// Each quarter's explanation adds up to the change it explains.
#include <gtest/gtest.h>

#include <cmath>

#include "playthrough.hpp"
#include "test_content.hpp"

namespace bip {
namespace {

void ExpectEffectsAddUp(const QuarterRecord& r, const std::string& where) {
  IndicatorValues sum{};
  for (const Effect& e : r.effects)
    if (e.target < kIndicatorCount) sum[e.target] += e.amount;
  for (std::size_t i = 0; i < kIndicatorCount; ++i)
    EXPECT_NEAR(sum[i], r.outcome.after[i] - r.outcome.before[i], 1e-9)
        << where << ", quarter " << r.quarter << ", " << kIndicatorIds[i];
}

TEST(ExplanationTest, AddsUpUnderEveryPolicyOfEveryCase) {
  const Content& c = test::ProjectContent();
  const LineOf100 line(test::ProjectModel(), 500, 1);
  for (const CaseDef& cd : c.cases) {
    for (const auto& [name, policy] : cd.policies) {
      for (std::uint64_t seed = 1; seed <= 20; ++seed) {
        Playthrough play(c, test::ProjectModel(), line, cd, seed);
        while (!play.finished())
          ExpectEffectsAddUp(play.Play(PolicyChoices(policy, play)), cd.id + "/" + name);
      }
    }
  }
}

TEST(ExplanationTest, AddsUpForRandomChoices) {
  const Content& c = test::ProjectContent();
  const LineOf100 line(test::ProjectModel(), 500, 1);
  const CaseDef& cd = *c.FindCase("henrik");
  Rng pick(99);
  for (std::uint64_t seed = 1; seed <= 50; ++seed) {
    Playthrough play(c, test::ProjectModel(), line, cd, seed);
    while (!play.finished()) {
      QuarterChoices ch;
      for (const std::string& id : cd.palette)
        if (pick.Chance(0.2)) ch.interventions.push_back(id);
      ch.sparring =
          c.model.sparring[pick.Below(static_cast<std::uint32_t>(c.model.sparring.size()))].id;
      ch.belief = 1 + static_cast<int>(pick.Below(5));
      ch.caseworker_change = pick.Chance(0.1);
      for (const Event* e : play.pending_events())
        ch.responses[e->id] =
            e->responses[pick.Below(static_cast<std::uint32_t>(e->responses.size()))].id;
      ExpectEffectsAddUp(play.Play(ch), "random");
    }
  }
}

TEST(ExplanationTest, NamesTheFindingBehindEveryModelEffect) {
  const Content& c = test::ProjectContent();
  const LineOf100 line(test::ProjectModel(), 500, 1);
  const CaseDef& cd = *c.FindCase("henrik");
  Playthrough play(c, test::ProjectModel(), line, cd, 7);
  const QuarterRecord& r = play.Play(PolicyChoices(*cd.FindPolicy("karen"), play));
  for (const Effect& e : r.effects) {
    if (e.cause == Cause::kChance || e.cause == Cause::kScaleLimit) continue;
    EXPECT_FALSE(e.finding.empty()) << static_cast<int>(e.cause);
  }
}

}  // namespace
}  // namespace bip
