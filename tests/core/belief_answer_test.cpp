// The trainee's S12 answer is causal, but only as much as BIP's causal
// finding allows: answering "yes" instead of "good chances" for the same plan
// must not be worth more than F-BELIEF says a caseworker's belief is worth.
#include <gtest/gtest.h>

#include <cmath>
#include <iostream>

#include "calibration.hpp"
#include "test_content.hpp"

namespace bip {
namespace {

constexpr int kSeeds = 1000;

// The case's reference policy with every belief answer replaced.
Policy WithBelief(const Policy& reference, int belief) {
  Policy p = reference;
  for (PolicyRule& rule : p.rules) rule.belief = belief;
  return p;
}

// Cumulative hazard of a job over the case, from the share of seeds with one:
// a ratio of these is a hazard ratio, which does not shrink as shares near
// 100 % (a ratio of shares would).
double CumulativeHazard(double share_percent) {
  return -std::log(1.0 - share_percent / 100.0);
}

// The largest hazard ratio the calibration allows for one answer step.
//
// C3 (F-BELIEF) pairs the same citizens with their caseworkers' general
// belief mirrored from above the median to below it. That moves a
// caseworker's answer by about one step (2 × belief_trait_weight × the mean
// trait above the median, less above the middle, where an answer step takes more lean) and moves
// the job-entry share by at most C3's upper bound (target + tolerance). So
// one causal answer step may be worth at most that bound per step; squaring
// it leaves room for the mirror moving answers by only half a step, and for
// a share ratio in a mixed cohort running below the hazard ratio behind it.
// The old convex "yes" term made 5 vs 4 worth about 10× on this measure.
double AllowedStepRatio(const Content& c) {
  for (const CalibrationTarget& t : c.calibration.targets) {
    if (t.measure != "belief_mirror_ratio") continue;
    const double tolerance =
        !t.tolerances.empty()
            ? t.tolerances.front()
            : std::max(t.tolerance_points, t.tolerance_relative * t.targets.front());
    const double upper = t.targets.front() + tolerance;
    return upper * upper;
  }
  ADD_FAILURE() << "calibration.json has no belief_mirror_ratio row (C3)";
  return 0.0;
}

TEST(BeliefAnswerTest, YesInsteadOfGoodChancesIsWorthNoMoreThanF_BELIEFAllows) {
  const Content& c = test::ProjectContent();
  const double allowed = AllowedStepRatio(c);
  ASSERT_GT(allowed, 1.0);
  for (const CaseDef& cd : c.cases) {
    const Policy* reference = cd.FindPolicy(cd.reference_policy);
    ASSERT_NE(reference, nullptr) << cd.id;
    // Same plan, same seeds; only the answer differs.
    const double four =
        CasePolicyJobShare(c, test::ProjectModel(), cd, WithBelief(*reference, 4), kSeeds, 1);
    const double five =
        CasePolicyJobShare(c, test::ProjectModel(), cd, WithBelief(*reference, 5), kSeeds, 1);
    ASSERT_GT(four, 0.0) << cd.id;
    // A case a plan all but wins whatever the answer has no hazard left to
    // compare (every seed ends in a job); the calibration case never is one.
    if (five >= 100.0 && cd.id != c.calibration.case_id) continue;
    ASSERT_LT(five, 100.0) << cd.id;
    const double ratio = CumulativeHazard(five) / CumulativeHazard(four);
    std::cout << cd.id << ": answer 4 " << four << " %, answer 5 " << five << " %, hazard ratio "
              << ratio << " (allowed < " << allowed << ")\n";
    EXPECT_GE(ratio, 1.0) << cd.id << ": belief must still help (F-BELIEF)";
    EXPECT_LT(ratio, allowed) << cd.id << ": answering 5 instead of 4 gives " << five << " % vs "
                              << four << " % jobs, a hazard ratio of " << ratio
                              << "; C3 allows at most " << allowed;
  }
}

}  // namespace
}  // namespace bip
