#include "debrief.hpp"

#include <algorithm>
#include <cmath>

namespace bip {
namespace {

// Wilson score interval for k successes out of n, 95 %.
void Wilson(int k, int n, double& low, double& high) {
  if (n <= 0) {
    low = high = 0.0;
    return;
  }
  const double z = 1.96;
  const double nn = static_cast<double>(n);
  const double p = static_cast<double>(k) / nn;
  const double denom = 1.0 + z * z / nn;
  const double centre = (p + z * z / (2.0 * nn)) / denom;
  const double half = z * std::sqrt(p * (1.0 - p) / nn + z * z / (4.0 * nn * nn)) / denom;
  low = 100.0 * std::max(0.0, centre - half);
  high = 100.0 * std::min(1.0, centre + half);
}

}  // namespace

Policy PolicyFromChoices(const std::vector<QuarterChoices>& choices, const std::string& name) {
  Policy p;
  p.name = name;
  for (std::size_t i = 0; i < choices.size(); ++i) {
    const QuarterChoices& ch = choices[i];
    PolicyRule rule;
    rule.from = static_cast<int>(i) + 1;
    rule.to = i + 1 == choices.size() ? 1000 : rule.from;  // the last choices carry on
    rule.interventions = ch.interventions;
    rule.sparring = ch.sparring;
    rule.belief = ch.belief;
    p.rules.push_back(std::move(rule));
    for (const auto& [event, response] : ch.responses) p.responses[event] = response;
    if (ch.caseworker_change) p.caseworker_changes.push_back(rule.from);
  }
  return p;
}

RunTrace TraceOf(const Playthrough& play, const std::string& name) {
  RunTrace t;
  t.policy = name;
  const auto& h = play.history();
  if (h.empty()) {
    t.line.push_back(play.LinePercentile());
    t.year.push_back(play.JobProbabilityNextYear());
    t.end = play.state().x;
    return t;
  }
  t.line.push_back(h.front().line_before);
  t.year.push_back(h.front().year_before);
  double sum = 0.0;
  for (const QuarterRecord& r : h) {
    t.line.push_back(r.line_after);
    t.year.push_back(r.year_after);
    sum += r.score.Total();
    if (r.outcome.job && t.job_quarter == 0) t.job_quarter = r.quarter;
  }
  t.end = h.back().state_after.x;
  t.score = sum / static_cast<double>(h.size());
  return t;
}

RunTrace RunPolicy(const Content& content, const OutcomeModel& model, const LineOf100& line,
                   const CaseDef& c, const Policy& policy, std::uint64_t seed) {
  Playthrough play(content, model, line, c, seed);
  while (!play.finished()) play.Play(PolicyChoices(policy, play));
  return TraceOf(play, policy.name);
}

StrategySpread SpreadOf(const Content& content, const OutcomeModel& model, const LineOf100& line,
                        const CaseDef& c, const Policy& policy, int seeds,
                        std::uint64_t first_seed) {
  StrategySpread s;
  s.policy = policy.name;
  s.seeds = std::max(0, seeds);
  std::vector<int> jobs_in(static_cast<std::size_t>(c.quarters) + 1, 0);
  double quarter_sum = 0.0;
  for (int k = 0; k < s.seeds; ++k) {
    Playthrough play(content, model, line, c, first_seed + static_cast<std::uint64_t>(k));
    while (!play.finished()) play.Play(PolicyChoices(policy, play));
    if (play.employed()) {
      const int q = play.history().back().quarter;
      ++s.jobs;
      quarter_sum += q;
      ++jobs_in[static_cast<std::size_t>(std::clamp(q, 1, c.quarters))];
    }
  }
  int cumulative = 0;
  for (int q = 1; q <= c.quarters; ++q) {
    cumulative += jobs_in[static_cast<std::size_t>(q)];
    s.employed_by_quarter.push_back(s.seeds > 0 ? 100.0 * cumulative / s.seeds : 0.0);
  }
  s.share = s.seeds > 0 ? 100.0 * s.jobs / s.seeds : 0.0;
  Wilson(s.jobs, s.seeds, s.ci_low, s.ci_high);
  s.mean_job_quarter = s.jobs > 0 ? quarter_sum / s.jobs : 0.0;
  return s;
}

std::vector<const Policy*> ComparisonPolicies(const CaseDef& c) {
  std::vector<const Policy*> out;
  auto add = [&](const std::string& name) {
    const Policy* p = c.FindPolicy(name);
    if (p && std::find(out.begin(), out.end(), p) == out.end()) out.push_back(p);
  };
  add(c.reference_policy);
  add("staircase");
  add("none");
  return out;
}

Debrief MakeDebrief(const Content& content, const OutcomeModel& model, const LineOf100& line,
                    const Playthrough& play, int seeds, std::uint64_t first_seed) {
  Debrief d;
  const CaseDef& c = play.case_def();
  d.trainee = TraceOf(play, "trainee");

  std::vector<QuarterChoices> choices;
  for (const QuarterRecord& r : play.history()) choices.push_back(r.choices);
  const Policy own = PolicyFromChoices(choices, "trainee");

  const std::vector<const Policy*> others = ComparisonPolicies(c);
  for (const Policy* p : others)
    d.same_seed.push_back(RunPolicy(content, model, line, c, *p, play.seed()));

  if (seeds > 0) {
    d.spread.push_back(SpreadOf(content, model, line, c, own, seeds, first_seed));
    for (const Policy* p : others)
      d.spread.push_back(SpreadOf(content, model, line, c, *p, seeds, first_seed));
  }

  const auto& h = play.history();
  for (int k = 0; k < kScorePartCount; ++k) {
    ScorePartSummary& s = d.parts[static_cast<std::size_t>(k)];
    s.part = static_cast<ScorePart>(k);
    s.value.assign(h.size(), -1.0);
  }
  double total = 0.0;
  for (std::size_t i = 0; i < h.size(); ++i) {
    total += h[i].score.Total();
    for (const ScoreLine& l : h[i].score.lines) {
      ScorePartSummary& s = d.parts[static_cast<std::size_t>(l.part)];
      s.value[i] = l.value;
      s.mean += l.value;
      ++s.quarters;
    }
  }
  for (ScorePartSummary& s : d.parts)
    if (s.quarters > 0) s.mean /= s.quarters;
  d.total_score = h.empty() ? 0.0 : total / static_cast<double>(h.size());
  return d;
}

}  // namespace bip
