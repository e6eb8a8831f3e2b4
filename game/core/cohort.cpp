#include "cohort.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "percentile.hpp"
#include "population.hpp"
#include "select_clamp.hpp"

namespace bip {
namespace {

// Sub-stream numbers derived from the run's one seed.
enum Stream : std::uint64_t { kCitizenStream = 1, kCaseworkerStream, kAssignStream, kRedrawStream };

// Uniforms DrawPlan takes, whatever it draws.
constexpr int kPlanDraws = 7;
// Random numbers OutcomeModel::Step takes: the dropout draw, the ten
// indicators' ups and downs, job entry.
constexpr int kStepDraws = 1 + static_cast<int>(kIndicatorCount - 1) + 1;

InterventionSet Bit(std::size_t k) {
  return InterventionSet{1} << k;
}

std::size_t Pick(const std::vector<std::size_t>& from, double u) {
  return from[std::min(from.size() - 1,
                       static_cast<std::size_t>(u * static_cast<double>(from.size())))];
}

// A non-job intervention as BIP's caseworkers chose it: for one of the
// citizen's barriers with probability fit_practised, otherwise at random.
std::size_t PickOther(const ModelContent& c, const std::vector<std::size_t>& other,
                      BarrierSet barriers, double u_pick, bool fitted) {
  if (fitted) {
    std::size_t n = 0;
    for (std::size_t k : other) n += (c.interventions[k].addresses & barriers) != 0;
    if (n > 0) {
      std::size_t want = std::min(n - 1, static_cast<std::size_t>(u_pick * static_cast<double>(n)));
      for (std::size_t k : other)
        if ((c.interventions[k].addresses & barriers) != 0 && want-- == 0) return k;
    }
  }
  return Pick(other, u_pick);
}

struct Member {
  CitizenState state;
  Rng rng{0};
  int caseworker = 0;
  bool active = true;
  double readiness_before = 0.0;
};

}  // namespace

PlanShape ShapeOf(const OutcomeModel& model, InterventionSet set) {
  const int n = model.Count(set);
  const bool job = model.IsJobFocused(set);
  if (n == 0) return PlanShape::kNone;
  if (n == 1) return job ? PlanShape::kSingleJob : PlanShape::kSingleOther;
  return job ? PlanShape::kCombinedWithJob : PlanShape::kCombinedWithoutJob;
}

InterventionSet DrawPlan(const OutcomeModel& model, Rng& rng, BarrierSet barriers,
                         PlanShape* shape) {
  const ModelContent& c = model.content();
  const Parameters& p = c.params;
  const auto& [job, other, health, social, upskilling] = model.groups();
  double u[kPlanDraws];
  for (double& v : u) v = rng.Uniform();

  const double shares[] = {p.mix_none,
                           p.mix_single_job,
                           p.mix_single_health,
                           p.mix_single_social,
                           p.mix_single_upskilling,
                           p.mix_combined_with_job,
                           p.mix_combined_without_job};
  const double total = std::accumulate(std::begin(shares), std::end(shares), 0.0);
  double pick = u[0] * total;
  int kind = 0;
  for (; kind < 6 && pick >= shares[kind]; ++kind) pick -= shares[kind];

  InterventionSet set = 0;
  switch (kind) {
    case 0:
      break;
    case 1:
      set = Bit(Pick(job, u[1]));
      break;
    case 2:
      set = Bit(Pick(health, u[1]));
      break;
    case 3:
      set = Bit(Pick(social, u[1]));
      break;
    case 4:
      set = Bit(Pick(upskilling, u[1]));
      break;
    case 5: {  // a job-focused one and one to three more in parallel (F-INT: often 2-4)
      set = Bit(Pick(job, u[1])) | Bit(PickOther(c, other, barriers, u[3], u[6] < p.fit_practised));
      const int extra = static_cast<int>(u[2] * 3.0);
      if (extra >= 1) set |= Bit(Pick(other, u[4]));
      if (extra >= 2) set |= Bit(Pick(job, u[5]));
      break;
    }
    default: {  // two or three without a job-focused one
      set = Bit(Pick(other, u[1])) | Bit(Pick(other, u[2]));
      if (u[3] < 0.4 || model.Count(set) < 2) set |= Bit(Pick(other, u[4]));
      break;
    }
  }
  if (shape) *shape = ShapeOf(model, set);
  return set;
}

namespace {

BackgroundRow RowOf(const Background& b) {
  auto f = [](bool v) { return v ? 1.0f : 0.0f; };
  return {f(b.male),
          f(b.unskilled),
          f(b.psychiatric),
          f(b.musculoskeletal),
          f(b.somatic),
          f(b.non_western),
          f(b.conviction),
          f(b.addiction),
          static_cast<float>(b.recent_work),
          static_cast<float>(b.years_on_support),
          static_cast<float>(b.age)};
}

}  // namespace

CohortRun RunCohort(const OutcomeModel& model, const CohortProtocol& protocol, std::uint64_t seed,
                    Variant variant, const LineOf100* line) {
  const Parameters& p = model.params();
  const int n = protocol.cohort;
  const int quarters = protocol.quarters;
  const int centres = protocol.job_centres;
  const int workers = protocol.caseworkers;

  CohortRun run;
  run.citizens = n * protocol.replicates;
  run.quarters = quarters;
  run.job_quarter.assign(static_cast<std::size_t>(run.citizens), -1);
  run.first_quartile.assign(static_cast<std::size_t>(run.citizens), 0);
  run.first_above_median.assign(static_cast<std::size_t>(run.citizens), 0);
  run.s12.assign(static_cast<std::size_t>(run.citizens) * static_cast<std::size_t>(quarters), 0);
  run.background.resize(static_cast<std::size_t>(run.citizens));
  run.any_change.assign(static_cast<std::size_t>(run.citizens), 0);
  run.readiness.reserve(run.s12.size());  // at most one per citizen and quarter
  for (auto& values : run.start_values) values.reserve(static_cast<std::size_t>(run.citizens));
  if (line) {
    run.place.assign(run.s12.size(), 0);
    run.year_chance.assign(run.s12.size(), 0.0f);
  }

  std::vector<Member> members(static_cast<std::size_t>(n));
  std::vector<double> start;
  start.reserve(members.size());
  std::vector<std::uint8_t> changed;  // per citizen, this quarter

  for (int r = 0; r < protocol.replicates; ++r) {
    const std::size_t offset = static_cast<std::size_t>(r) * static_cast<std::size_t>(n);

    // Caseworkers, and the paired variants of their traits.
    Rng cw_rng(seed, kCaseworkerStream, static_cast<std::uint64_t>(r));
    std::vector<Caseworker> drawn(static_cast<std::size_t>(workers));
    for (Caseworker& cw : drawn) cw = DrawCaseworker(p, cw_rng);
    std::vector<double> total(drawn.size());
    for (std::size_t j = 0; j < drawn.size(); ++j) total[j] = TotalEffectiveness(p, drawn[j]);
    std::vector<double> sorted_total = total;
    std::sort(sorted_total.begin(), sorted_total.end());
    auto quartile = [&](double t) {
      const double pct = PercentileIn(sorted_total, t);
      return static_cast<std::uint8_t>(std::min(3, static_cast<int>(pct / 25.0)));
    };
    std::vector<double> beliefs(drawn.size());
    for (std::size_t j = 0; j < drawn.size(); ++j) beliefs[j] = drawn[j].belief_trait;
    std::vector<double> sorted_beliefs = beliefs;
    std::sort(sorted_beliefs.begin(), sorted_beliefs.end());
    const double belief_median =
        0.5 * (sorted_beliefs[drawn.size() / 2 - 1] + sorted_beliefs[drawn.size() / 2]);

    std::vector<Caseworker> traits = drawn;
    if (variant == Variant::kBeliefMirrored) {
      for (std::size_t j = 0; j < drawn.size(); ++j) {
        const auto rank = static_cast<std::size_t>(
            std::lower_bound(sorted_beliefs.begin(), sorted_beliefs.end(), beliefs[j]) -
            sorted_beliefs.begin());
        traits[j].belief_trait = sorted_beliefs[drawn.size() - 1 - rank];
      }
    } else if (variant == Variant::kAllTopQuartile) {
      std::vector<std::size_t> top;
      for (std::size_t j = 0; j < drawn.size(); ++j)
        if (quartile(total[j]) == 3) top.push_back(j);
      Rng redraw(seed, kRedrawStream, static_cast<std::uint64_t>(r));
      for (Caseworker& cw : traits)
        cw = drawn[top[redraw.Below(static_cast<std::uint32_t>(top.size()))]];
    }

    // Citizens, drawn the same in every variant.
    for (int i = 0; i < n; ++i) {
      Member& m = members[static_cast<std::size_t>(i)];
      m = Member{};
      m.rng = Rng(seed, kCitizenStream, offset + static_cast<std::size_t>(i));
      const Background b = DrawBackground(p, m.rng);
      m.state.x = DrawIndicators(p, b, m.rng);
      m.state.baseline = m.state.x;
      m.state.barriers = BarriersOf(model.content(), b, m.state.x);
      m.state.background = BackgroundLogHazard(p, b);
      run.background[offset + static_cast<std::size_t>(i)] = RowOf(b);
      m.state.unmeasured = p.unmeasured_sd * m.rng.Normal();
      m.state.grounding = p.grounding_default;
    }

    // Assignment within each job centre, by the drawn traits: mildly
    // non-random, the most effective get the harder citizens (F-EFFECT).
    Rng assign(seed, kAssignStream, static_cast<std::uint64_t>(r));
    for (int c = 0; c < centres; ++c) {
      std::vector<int> cits, cws;
      for (int i = c; i < n; i += centres) cits.push_back(i);
      for (int j = c; j < workers; j += centres) cws.push_back(j);
      std::vector<double> key(static_cast<std::size_t>(n), 0.0);
      const double rho = p.assignment_sorting;
      for (int i : cits)
        key[static_cast<std::size_t>(i)] =
            rho * model.Readiness(members[static_cast<std::size_t>(i)].state) +
            std::sqrt(1.0 - rho * rho) * assign.Normal();
      std::sort(cits.begin(), cits.end(), [&](int a, int b) {
        return key[static_cast<std::size_t>(a)] < key[static_cast<std::size_t>(b)];
      });
      std::sort(cws.begin(), cws.end(), [&](int a, int b) {
        return total[static_cast<std::size_t>(a)] > total[static_cast<std::size_t>(b)];
      });
      for (std::size_t k = 0; k < cits.size(); ++k)
        members[static_cast<std::size_t>(cits[k])].caseworker = cws[k * cws.size() / cits.size()];
    }

    for (int i = 0; i < n; ++i) {
      Member& m = members[static_cast<std::size_t>(i)];
      const auto idx = offset + static_cast<std::size_t>(i);
      run.first_quartile[idx] = quartile(total[static_cast<std::size_t>(m.caseworker)]);
      run.first_above_median[idx] = beliefs[static_cast<std::size_t>(m.caseworker)] > belief_median;
      const Caseworker& cw = traits[static_cast<std::size_t>(m.caseworker)];
      m.state.x[kCaseworkerBelief] = std::clamp(
          model.BeliefTarget(m.state, cw.belief_trait) + p.belief_noise_sd * m.rng.Normal(),
          kScaleMin, kScaleMax);
      for (std::size_t k = 0; k < kIndicatorCount; ++k) run.start_values[k].push_back(m.state.x[k]);
    }

    for (int q = 0; q < quarters; ++q) {
      // Start of the quarter: caseworker changes, the caseworker's belief, the measurement.
      start.clear();
      changed.assign(static_cast<std::size_t>(n), 0);
      for (int i = 0; i < n; ++i) {
        Member& m = members[static_cast<std::size_t>(i)];
        if (!m.active) {
          m.rng.Discard(3);  // the change draw, the pick and the belief noise below
          continue;
        }
        const double u_change = m.rng.Uniform();
        const std::uint32_t pick = m.rng.Below(static_cast<std::uint32_t>(workers / centres - 1));
        const double belief_noise = m.rng.Normal();
        const bool forced = variant == Variant::kForcedChange && q == 0;
        const bool natural = u_change < p.caseworker_change_rate;
        if (natural) {
          // Another caseworker of the same job centre.
          const int centre = m.caseworker % centres;
          int slot = (m.caseworker - centre) / centres;
          slot =
              static_cast<int>(pick) >= slot ? static_cast<int>(pick) + 1 : static_cast<int>(pick);
          m.caseworker = centre + slot * centres;
        }
        const Caseworker& cw = traits[static_cast<std::size_t>(m.caseworker)];
        // Measured once: the belief does not move the citizen's readiness.
        const double readiness = model.Readiness(m.state);
        double& belief = m.state.x[kCaseworkerBelief];
        const double target = model.BeliefTarget(m.state, cw.belief_trait, readiness);
        if (natural || forced) {
          changed[static_cast<std::size_t>(i)] = 1;
          belief = target + p.belief_noise_sd * belief_noise;
        } else {
          belief += p.belief_adjust_rate * (target - belief) +
                    p.belief_noise_sd * std::sqrt(p.belief_adjust_rate) * belief_noise;
        }
        belief = SelectClamp(belief, kScaleMin, kScaleMax);
        const std::size_t pq =
            (offset + static_cast<std::size_t>(i)) * static_cast<std::size_t>(quarters) +
            static_cast<std::size_t>(q);
        run.s12[pq] = static_cast<std::uint8_t>(AnswerFor(belief));
        if (changed[static_cast<std::size_t>(i)])
          run.any_change[offset + static_cast<std::size_t>(i)] = 1;
        // The citizen's own belief against the caseworker's (C12, F-BELIEF).
        const bool own = AnswerFor(m.state.x[kSelfBelief]) >= 4, theirs = run.s12[pq] >= 4;
        for (std::size_t when = 0; when < (q == 0 ? 2U : 1U); ++when) {
          run.own_high[when] += own;
          run.caseworker_high[when] += theirs;
          run.answers[when] += 1.0;
        }
        if (line) {
          run.place[pq] = static_cast<std::uint8_t>(line->Place(readiness));
          run.year_chance[pq] = static_cast<float>(model.JobProbabilityNextYear(m.state, cw));
        }
        m.readiness_before = readiness;
        start.push_back(m.readiness_before);
        run.readiness.push_back(m.readiness_before);
      }
      if (start.empty()) break;
      std::sort(start.begin(), start.end());
      if (r == 0) run.median_readiness.push_back(start[start.size() / 2]);
      // The line moves are read at percentiles 40-60 only. Citizens whose
      // readiness lies clearly outside that band are known to be outside it
      // without a search; the band's edges are widened by one place either
      // side so ties at an edge still get the exact percentile.
      const std::size_t measured = start.size();
      const double band_low = start[measured * 2 / 5 > 0 ? measured * 2 / 5 - 1 : 0];
      const double band_high = start[std::min(measured - 1, measured * 3 / 5 + 1)];

      // The quarter: a plan as practised, the model's move, job entry, other exits.
      for (int i = 0; i < n; ++i) {
        Member& m = members[static_cast<std::size_t>(i)];
        if (!m.active) {
          // Keep the stream aligned for paired runs: what the plan, the
          // quarter's ups and downs, job entry and the exit would have drawn.
          m.rng.Discard(kPlanDraws + kStepDraws + 1);
          continue;
        }
        PlanShape shape = PlanShape::kNone;
        QuarterInput in;
        in.interventions = DrawPlan(model, m.rng, m.state.barriers, &shape);
        in.caseworker_change = changed[static_cast<std::size_t>(i)] != 0;
        const QuarterOutcome out =
            model.Step(m.state, traits[static_cast<std::size_t>(m.caseworker)], in, m.rng, nullptr);
        const double exit_draw = m.rng.Uniform();
        ++run.person_quarters;
        const bool near_middle = m.readiness_before >= band_low && m.readiness_before <= band_high;
        const double before = near_middle ? PercentileIn(start, m.readiness_before) : -1.0;
        if (before >= 40.0 && before <= 60.0) {
          const auto s = static_cast<std::size_t>(shape);
          run.move_sum[s] += PercentileIn(start, model.Readiness(m.state)) - before;
          run.move_count[s] += 1.0;
        }
        if (out.job) {
          run.job_quarter[offset + static_cast<std::size_t>(i)] = static_cast<std::int8_t>(q);
          m.active = false;
        } else if (exit_draw < p.exit_hazard) {
          m.active = false;  // education, pension, moving: counts as no job
        }
      }
    }
  }
  return run;
}

}  // namespace bip
