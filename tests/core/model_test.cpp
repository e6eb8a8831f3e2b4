// Properties the outcome model must have whatever its parameters.
#include <gtest/gtest.h>

#include <cmath>

#include "population.hpp"
#include "test_content.hpp"

namespace bip {
namespace {

const OutcomeModel& Model() {
  return test::ProjectModel();
}

InterventionSet Set(std::initializer_list<const char*> ids) {
  InterventionSet s = 0;
  for (const char* id : ids) s |= InterventionSet{1} << Model().content().InterventionIndex(id);
  return s;
}

// A citizen in the middle of the line, drawn from the population.
std::vector<CitizenState> SomeCitizens(int n) {
  const Parameters& p = Model().params();
  Rng rng(2024);
  std::vector<CitizenState> out;
  for (int i = 0; i < n; ++i) {
    CitizenState s;
    const Background b = DrawBackground(p, rng);
    s.x = DrawIndicators(p, b, rng);
    s.barriers = BarriersOf(Model().content(), b, s.x);
    s.background = BackgroundLogHazard(p, b);
    s.x[kCaseworkerBelief] = 3.0;
    s.baseline = s.x;
    s.grounding = p.grounding_default;
    out.push_back(s);
  }
  return out;
}

// Mean readiness change of a plan over many citizens, same random numbers for
// each plan, in indicator points: readiness divided by the sum of its weights,
// so the thresholds below do not depend on how much the indicators weigh.
double MeanMove(InterventionSet plan) {
  double weights = 0.0;
  for (std::size_t i = 0; i < kIndicatorCount; ++i)
    if (i != kCaseworkerBelief) weights += Model().params().hazard_weights[i];
  double sum = 0.0;
  const auto citizens = SomeCitizens(400);
  for (std::size_t i = 0; i < citizens.size(); ++i) {
    CitizenState s = citizens[i];
    Rng rng(7, 1, i);
    QuarterInput in;
    in.interventions = plan;
    const double before = Model().Readiness(s);
    Model().Step(s, Caseworker{}, in, rng, nullptr);
    sum += Model().Readiness(s) - before;
  }
  return sum / static_cast<double>(citizens.size()) / weights;
}

TEST(ModelTest, MoreOfAnyIndicatorNeverLowersTheJobChance) {
  for (const CitizenState& s : SomeCitizens(200)) {
    const double base = Model().JobProbabilityNextYear(s, Caseworker{});
    for (std::size_t i = 0; i < kIndicatorCount; ++i) {
      for (double step : {0.1, 0.5, 1.0}) {
        CitizenState up = s;
        up.x[i] = std::min(kScaleMax, up.x[i] + step);
        EXPECT_GE(Model().JobProbabilityNextYear(up, Caseworker{}), base) << kIndicatorIds[i];
      }
    }
  }
}

TEST(ModelTest, StrongIndicatorsWeighMoreThanWeakOnes) {
  const Parameters& p = Model().params();
  for (std::size_t s = 0; s < kIndicatorCount; ++s) {
    for (std::size_t w = 0; w < kIndicatorCount; ++w) {
      if (Model().content().IsStrong(s) && !Model().content().IsStrong(w)) {
        EXPECT_GT(p.hazard_weights[s], p.hazard_weights[w])
            << kIndicatorIds[s] << " vs " << kIndicatorIds[w];
      }
    }
  }
}

TEST(ModelTest, ParallelWithAJobFocusedOneIsTheStrongestLever) {
  const double none = MeanMove(0);
  const double health = MeanMove(Set({"health_coping_course"}));
  const double job = MeanMove(Set({"company_internship"}));
  const double two_other = MeanMove(Set({"health_coping_course", "social_mentor"}));
  const double combined = MeanMove(Set({"health_coping_course", "company_internship"}));
  EXPECT_LT(none, 0.0) << "no intervention must regress";
  EXPECT_LT(none, health);
  EXPECT_LE(health, 0.05) << "a health intervention alone must not create progression";
  EXPECT_LE(two_other, 0.1)
      << "non-job interventions without a job-focused one must not create progression";
  EXPECT_GT(job, health);
  EXPECT_GT(combined, 2.0 * job);
  EXPECT_GT(combined, two_other);
}

TEST(ModelTest, TheCaseworkersBeliefIsCausal) {
  for (const CitizenState& start : SomeCitizens(50)) {
    CitizenState low = start, high = start;
    low.x[kCaseworkerBelief] = 1.0;
    high.x[kCaseworkerBelief] = 5.0;
    Rng a(1), b(1);
    const QuarterOutcome lo = Model().Step(low, Caseworker{}, QuarterInput{}, a, nullptr);
    const QuarterOutcome hi = Model().Step(high, Caseworker{}, QuarterInput{}, b, nullptr);
    EXPECT_GT(high.x[kSelfBelief], low.x[kSelfBelief]);
    EXPECT_GT(high.x[kJobSearch], low.x[kJobSearch]);
    EXPECT_GT(hi.job_probability, lo.job_probability);
  }
}

TEST(ModelTest, HighBeliefCarriesFullyOnlyWhenGrounded) {
  for (CitizenState s : SomeCitizens(20)) {
    s.x[kCaseworkerBelief] = 5.0;
    s.grounding = Model().params().grounding_default;
    const double grounded = Model().JobProbabilityNextYear(s, Caseworker{});
    s.grounding = 0.1;
    EXPECT_LT(Model().JobProbabilityNextYear(s, Caseworker{}), grounded);
  }
}

TEST(ModelTest, EachCaseworkerChangeCosts) {
  for (const CitizenState& start : SomeCitizens(50)) {
    CitizenState kept = start, changed = start;
    QuarterInput in;
    in.interventions = Set({"health_coping_course", "company_internship"});
    Rng a(3), b(3);
    const QuarterOutcome k = Model().Step(kept, Caseworker{}, in, a, nullptr);
    in.caseworker_change = true;
    const QuarterOutcome c = Model().Step(changed, Caseworker{}, in, b, nullptr);
    EXPECT_LT(c.job_probability, k.job_probability);
    EXPECT_LT(Model().Readiness(changed), Model().Readiness(kept));
    in.caseworker_change = true;
    CitizenState twice = changed;
    Rng d(4), e(4);
    CitizenState once = changed;
    in.caseworker_change = false;
    const QuarterOutcome o = Model().Step(once, Caseworker{}, in, d, nullptr);
    in.caseworker_change = true;
    const QuarterOutcome t = Model().Step(twice, Caseworker{}, in, e, nullptr);
    EXPECT_LT(t.job_probability, o.job_probability) << "a second change must cost again";
  }
}

TEST(ModelTest, StepUsesTheSameRandomNumbersWhateverThePlan) {
  const CitizenState start = SomeCitizens(1).front();
  CitizenState a = start, b = start;
  Rng ra(5), rb(5);
  QuarterInput in;
  Model().Step(a, Caseworker{}, in, ra, nullptr);
  in.interventions = Set({"company_internship", "health_coping_course", "social_mentor"});
  in.caseworker_change = true;
  Model().Step(b, Caseworker{}, in, rb, nullptr);
  EXPECT_EQ(ra.Next(), rb.Next());
}

TEST(ModelTest, AnswersStayOnTheScale) {
  for (double v : {-3.0, 0.4, 1.0, 2.49, 2.5, 4.51, 5.0, 9.0}) {
    EXPECT_GE(AnswerFor(v), 1);
    EXPECT_LE(AnswerFor(v), 5);
  }
  EXPECT_EQ(AnswerFor(std::nan("")), 1);
}

TEST(ModelTest, AnswersRoundHalfUpAsLroundDoes) {
  Rng rng(3);
  std::vector<double> values = {1.0, 1.5, 2.5, 3.5, 4.5, 4.999999999999999, 2.4999999999999996};
  for (int i = 0; i < 100000; ++i) values.push_back(1.0 + 4.0 * rng.Uniform());
  for (double v : values)
    EXPECT_EQ(AnswerFor(v), static_cast<int>(std::clamp(std::lround(v), 1L, 5L))) << v;
}

}  // namespace
}  // namespace bip
