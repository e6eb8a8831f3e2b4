#include "calibration.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <stdexcept>

#include "case_stats.hpp"
#include "line_of_100.hpp"
#include "logistic.hpp"
#include "playthrough.hpp"
#include "policy_plan.hpp"

namespace bip {
namespace {

struct Runs {
  CohortRun practised, mirrored, forced, top;
};

double Share(const CohortRun& run, auto&& include) {
  double in = 0, jobs = 0;
  for (int i = 0; i < run.citizens; ++i) {
    if (!include(i)) continue;
    in += 1;
    if (run.job_quarter[static_cast<std::size_t>(i)] >= 0) jobs += 1;
  }
  return in > 0 ? 100.0 * jobs / in : 0.0;
}

PlanShape ShapeNamed(const std::string& name) {
  if (name == "none") return PlanShape::kNone;
  if (name == "single_other") return PlanShape::kSingleOther;
  if (name == "single_job") return PlanShape::kSingleJob;
  if (name == "combined_with_job") return PlanShape::kCombinedWithJob;
  if (name == "combined_without_job") return PlanShape::kCombinedWithoutJob;
  throw std::invalid_argument("unknown plan shape '" + name + "'");
}

// Job within the window after each S12 answer, by answer (C2), and the
// answer shares (C9), over person-quarters with a full window after them.
void S12Tables(const CohortRun& run, int window, std::vector<double>& job_by_answer,
               std::vector<double>& answer_shares) {
  std::array<double, 6> n{}, jobs{};
  for (int i = 0; i < run.citizens; ++i) {
    const int jq = run.job_quarter[static_cast<std::size_t>(i)];
    for (int q = 0; q + window <= run.quarters; ++q) {
      const int a = run.s12[static_cast<std::size_t>(i) * static_cast<std::size_t>(run.quarters) +
                            static_cast<std::size_t>(q)];
      if (a == 0) break;
      n[static_cast<std::size_t>(a)] += 1;
      if (jq >= q && jq < q + window) jobs[static_cast<std::size_t>(a)] += 1;
    }
  }
  job_by_answer.clear();
  for (int a = 1; a <= 5; ++a)
    job_by_answer.push_back(n[static_cast<std::size_t>(a)] > 0
                                ? 100.0 * jobs[static_cast<std::size_t>(a)] /
                                      n[static_cast<std::size_t>(a)]
                                : 0.0);
  double total = 0;
  for (int a = 1; a <= 5; ++a) total += n[static_cast<std::size_t>(a)];
  answer_shares = {100.0 * (n[1] + n[2]) / total, 100.0 * n[3] / total, 100.0 * n[4] / total,
                   100.0 * n[5] / total};
}

// For a median citizen: does +1 on every strong indicator beat +1 on every
// weak one for next-year job probability? Returns the number of pairs won.
std::vector<double> StrongBeatsWeak(const OutcomeModel& model, const CohortRun& run) {
  CitizenState median;
  for (std::size_t k = 0; k < kIndicatorCount; ++k) {
    std::vector<double> v = run.start_values[k];
    std::nth_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(v.size() / 2), v.end());
    median.x[k] = v[v.size() / 2];
  }
  const Caseworker average;
  std::array<double, kIndicatorCount> gain{};
  for (std::size_t k = 0; k < kIndicatorCount; ++k) {
    CitizenState up = median;
    up.x[k] += 1.0;
    gain[k] =
        model.JobProbabilityNextYear(up, average) - model.JobProbabilityNextYear(median, average);
  }
  double pairs = 0, won = 0;
  for (std::size_t s = 0; s < kIndicatorCount; ++s) {
    if (!model.content().IsStrong(s)) continue;
    for (std::size_t w = 0; w < kIndicatorCount; ++w) {
      if (model.content().IsStrong(w)) continue;
      pairs += 1;
      if (gain[s] > gain[w]) won += 1;
    }
  }
  return {won, pairs};
}

// C10 (F-POWER): per replicate cohort, McFadden's pseudo-R² of "job within
// the follow-up" on the background alone and on the background plus the 11
// indicators at the first measurement; the ratio of the two, pooled mean.
std::vector<double> BackgroundPower(const CohortRun& run, int replicates) {
  const std::size_t per = static_cast<std::size_t>(run.citizens / std::max(1, replicates));
  double ratio = 0.0, r2_background = 0.0, r2_both = 0.0;
  for (int r = 0; r < replicates; ++r) {
    std::vector<double> a, b;
    std::vector<bool> y;
    for (std::size_t i = static_cast<std::size_t>(r) * per;
         i < static_cast<std::size_t>(r + 1) * per; ++i) {
      for (float v : run.background[i]) {
        a.push_back(v);
        b.push_back(v);
      }
      for (std::size_t k = 0; k < kIndicatorCount; ++k) b.push_back(run.start_values[k][i]);
      y.push_back(run.job_quarter[i] >= 0);
    }
    const double ra = McFaddenR2(a, kBackgroundVariables, y);
    const double rb = McFaddenR2(b, kBackgroundVariables + kIndicatorCount, y);
    r2_background += ra / replicates;
    r2_both += rb / replicates;
    ratio += (ra > 0.0 ? rb / ra : 0.0) / replicates;
  }
  return {ratio, r2_background, r2_both};
}

// L1: share entering a job within the window by the line's decile at the
// window's start, then the overall share (the last value).
std::vector<double> JobsByLineDecile(const CohortRun& run, int window) {
  std::array<double, 10> n{}, jobs{};
  double all = 0.0, all_jobs = 0.0;
  for (int i = 0; i < run.citizens; ++i) {
    const int jq = run.job_quarter[static_cast<std::size_t>(i)];
    for (int q = 0; q + window <= run.quarters; ++q) {
      const int place =
          run.place[static_cast<std::size_t>(i) * static_cast<std::size_t>(run.quarters) +
                    static_cast<std::size_t>(q)];
      if (place == 0) break;
      const auto d = static_cast<std::size_t>((place - 1) / 10);
      const bool job = jq >= q && jq < q + window;
      n[d] += 1;
      jobs[d] += job;
      all += 1;
      all_jobs += job;
    }
  }
  std::vector<double> out;
  for (std::size_t d = 0; d < 10; ++d) out.push_back(n[d] > 0 ? 100.0 * jobs[d] / n[d] : 0.0);
  out.push_back(all > 0 ? 100.0 * all_jobs / all : 0.0);
  return out;
}

double Quantile(std::vector<double> v, double q) {
  if (v.empty()) return 0.0;
  std::sort(v.begin(), v.end());
  return v[std::min(v.size() - 1, static_cast<std::size_t>(q * static_cast<double>(v.size())))];
}

std::string Join(const std::vector<double>& v, int digits) {
  std::string out;
  for (std::size_t i = 0; i < v.size(); ++i) {
    if (i) out += " / ";
    out += fmt::format("{:.{}f}", v[i], digits);
  }
  return out;
}

}  // namespace

double Allowed(const CalibrationTarget& t, std::size_t k) {
  if (k >= t.targets.size()) return 0.0;
  return !t.tolerances.empty()
             ? t.tolerances[std::min(k, t.tolerances.size() - 1)]
             : std::max(t.tolerance_points, t.tolerance_relative * std::abs(t.targets[k]));
}

std::optional<std::string> KeepRows(CalibrationSpec& spec, const std::vector<std::string>& ids) {
  std::vector<std::string> keep;
  for (const std::string& id : ids) {
    const auto it = std::find_if(spec.targets.begin(), spec.targets.end(),
                                 [&](const CalibrationTarget& t) { return t.id == id; });
    if (it == spec.targets.end()) return "no calibration row '" + id + "'";
    keep.push_back(id);
    if (!it->ratio_to.empty()) keep.push_back(it->ratio_to);
  }
  std::erase_if(spec.targets, [&](const CalibrationTarget& t) {
    return std::find(keep.begin(), keep.end(), t.id) == keep.end();
  });
  return std::nullopt;
}

bool CalibrationReport::AllPass() const {
  return std::all_of(rows.begin(), rows.end(), [](const CalibrationRow& r) { return r.pass; });
}

double CasePolicyJobShare(const Content& content, const OutcomeModel& model, const CaseDef& c,
                          const Policy& policy, int seeds, std::uint64_t first_seed) {
  const LineOf100 line(model, 200, 1);  // the line is not read here; keep it small
  int jobs = 0;
  Playthrough play(content, model, line, c, first_seed);
  play.KeepExplanations(false);
  const PolicyPlan plan(policy, content, play);
  ResolvedChoices choices;
  for (int s = 0; s < seeds; ++s) {
    if (s > 0) play.Restart(first_seed + static_cast<std::uint64_t>(s));
    while (!play.finished()) {
      plan.Choose(play, choices);
      play.Play(choices);
    }
    jobs += play.employed() ? 1 : 0;
  }
  return 100.0 * jobs / std::max(1, seeds);
}

CaseComparison CompareCasePolicies(const Content& content, const OutcomeModel& model,
                                   const CaseDef& c, int seeds, std::uint64_t first_seed) {
  CaseComparison out;
  for (const auto& [name, policy] : c.policies)
    out.shares[name] = CasePolicyJobShare(content, model, c, policy, seeds, first_seed);
  const ReferenceMargins& m = content.calibration.reference_margins;
  const double ref = out.shares.count(c.reference_policy) ? out.shares[c.reference_policy] : 0.0;
  out.reference_clearly_best =
      ref > 0.0 && out.shares.count("staircase") && out.shares.count("none") &&
      out.shares["staircase"] <= m.staircase * ref && out.shares["none"] <= m.none * ref;
  return out;
}

CalibrationReport RunCalibration(const Content& content, const OutcomeModel& model,
                                 const CohortProtocol& protocol, std::uint64_t seed, int threads) {
  const CalibrationSpec& spec = content.calibration;
  const LineOf100 line = LineOf100::ForGame(model);
  // A counterfactual cohort runs only when a row reads it (a table cut to
  // a few rows, as a refit uses, runs in a fraction of the time).
  auto read = [&](const char* measure) {
    return std::any_of(spec.targets.begin(), spec.targets.end(),
                       [&](const CalibrationTarget& t) { return t.measure == measure; });
  };
  auto run_if = [&](bool needed, Variant v) {
    return needed ? RunCohort(model, protocol, seed, v) : CohortRun{};
  };
  Runs runs{RunCohort(model, protocol, seed, Variant::kAsPractised, &line),
            run_if(read("belief_mirror_ratio"), Variant::kBeliefMirrored),
            run_if(read("forced_change_ratio"), Variant::kForcedChange),
            run_if(read("top_quartile_share"), Variant::kAllTopQuartile)};
  CalibrationReport report;
  report.person_quarters = runs.practised.person_quarters + runs.mirrored.person_quarters +
                           runs.forced.person_quarters + runs.top.person_quarters;

  std::vector<double> job_by_answer, answer_shares;
  S12Tables(runs.practised, protocol.window, job_by_answer, answer_shares);
  const CaseDef* case_def = content.FindCase(spec.case_id);
  // Every case under the generated policies, played once for all the rows
  // that read it.
  std::vector<CaseStats> cases;
  const bool per_case =
      std::any_of(spec.targets.begin(), spec.targets.end(), [](const CalibrationTarget& t) {
        return t.measure.rfind("case_", 0) == 0 && t.measure != "case_policy";
      });
  if (per_case) {
    const ChanceBand band = ChanceBandOf(runs.practised);
    cases = RunCaseStats(content, model, line, spec.case_seeds, seed * 1000003ULL, &band, threads);
  }
  auto generated = [](const CalibrationTarget& t, const std::string& name) {
    const auto g = GeneratedNamed(name);
    if (!g)
      throw std::invalid_argument("calibration row " + t.id + ": unknown generated policy '" +
                                  name + "'");
    return *g;
  };

  std::map<std::string, double> scalar_by_id;
  for (const CalibrationTarget& t : spec.targets) {
    CalibrationRow row;
    row.id = t.id;
    row.finding = t.finding;
    int digits = 1;
    if (t.measure == "line_move") {
      const auto s = static_cast<std::size_t>(ShapeNamed(t.shape));
      const CohortRun& r = runs.practised;
      row.values = {r.move_count[s] > 0 ? r.move_sum[s] / r.move_count[s] : 0.0};
    } else if (t.measure == "job_by_s12") {
      row.values = job_by_answer;
    } else if (t.measure == "s12_shares") {
      row.values = answer_shares;
    } else if (t.measure == "belief_mirror_ratio") {
      auto above = [&](int i) {
        return runs.practised.first_above_median[static_cast<std::size_t>(i)] != 0;
      };
      const double b = Share(runs.mirrored, above);
      row.values = {b > 0 ? Share(runs.practised, above) / b : 0.0};
      digits = 3;
    } else if (t.measure == "forced_change_ratio") {
      auto all = [](int) { return true; };
      const double a = Share(runs.practised, all);
      row.values = {a > 0 ? Share(runs.forced, all) / a : 0.0};
      digits = 3;
    } else if (t.measure == "job_share") {
      row.values = {Share(runs.practised, [](int) { return true; })};
    } else if (t.measure == "job_by_quartile") {
      auto in_q = [&](int q) {
        return [&, q](int i) {
          return runs.practised.first_quartile[static_cast<std::size_t>(i)] == q;
        };
      };
      row.values = {Share(runs.practised, in_q(3)), Share(runs.practised, in_q(0))};
    } else if (t.measure == "top_quartile_share") {
      row.values = {Share(runs.top, [](int) { return true; })};
    } else if (t.measure == "strong_beats_weak") {
      row.values = StrongBeatsWeak(model, runs.practised);
      digits = 0;
    } else if (t.measure == "case_policy") {
      const Policy* policy = case_def ? case_def->FindPolicy(t.policy) : nullptr;
      if (!policy)
        throw std::invalid_argument("calibration row " + t.id + ": case '" + spec.case_id +
                                    "' has no policy '" + t.policy + "'");
      row.values = {CasePolicyJobShare(content, model, *case_def, *policy, spec.case_seeds,
                                       seed * 1000003ULL)};
    } else if (t.measure == "background_power_ratio") {
      row.values = BackgroundPower(runs.practised, protocol.replicates);
      digits = 2;
    } else if (t.measure == "any_change_share") {
      const auto& changed = runs.practised.any_change;
      row.values = {100.0 * static_cast<double>(std::count(changed.begin(), changed.end(), 1)) /
                    std::max(1, runs.practised.citizens)};
    } else if (t.measure == "own_belief_above_caseworker") {
      const CohortRun& r = runs.practised;
      row.values = {100.0 * r.own_high[0] / std::max(1.0, r.answers[0]),
                    100.0 * r.caseworker_high[0] / std::max(1.0, r.answers[0]),
                    100.0 * r.own_high[1] / std::max(1.0, r.answers[1]),
                    100.0 * r.caseworker_high[1] / std::max(1.0, r.answers[1])};
    } else if (t.measure == "line_decile_jobs") {
      row.values = JobsByLineDecile(runs.practised, protocol.window);
    } else if (t.measure.rfind("case_", 0) == 0) {
      // One value per case; the row is judged on the case that comes
      // closest to failing it.
      for (const CaseStats& cs : cases) {
        double v = 0.0;
        if (t.measure == "case_share")
          v = cs.Of(generated(t, t.policy)).Share();
        else if (t.measure == "case_share_ratio") {
          const double base = cs.Of(generated(t, t.versus)).Share();
          v = base > 0.0 ? cs.Of(generated(t, t.policy)).Share() / base
                         : (cs.Of(generated(t, t.policy)).Share() > 0.0 ? 99.0 : 1.0);
        } else if (t.measure == "case_score")
          v = cs.Of(generated(t, t.policy)).Score();
        else if (t.measure == "case_score_gap")
          v = cs.Of(generated(t, t.policy)).Score() - cs.Of(generated(t, t.versus)).Score();
        else if (t.measure == "case_line_move_p95")
          v = Quantile(cs.moves, 0.95);
        else if (t.measure == "case_chance_in_band")
          v = cs.band_quarters > 0 ? 100.0 * cs.in_band / cs.band_quarters : 0.0;
        else
          throw std::invalid_argument("calibration row " + t.id + ": unknown measure '" +
                                      t.measure + "'");
        row.values.push_back(v);
        row.labels.push_back(cs.case_id);
      }
    } else {
      throw std::invalid_argument("calibration row " + t.id + ": unknown measure '" + t.measure +
                                  "'");
    }
    scalar_by_id[t.id] = row.values.empty() ? 0.0 : row.values[0];

    // Compare with the target.
    bool pass = true;
    std::vector<std::string> tol;
    // A target with only bounds (C10: 4, within 2.5-6) is the band's centre,
    // judged by the bounds.
    const bool banded = t.tolerances.empty() && t.tolerance_points == 0.0 &&
                        t.tolerance_relative == 0.0 && (t.min || t.max);
    for (std::size_t k = 0; k < t.targets.size() && k < row.values.size() && !banded; ++k) {
      const double allowed = Allowed(t, k);
      tol.push_back(fmt::format("±{:g}", std::round(allowed * 100) / 100));
      pass = pass && std::abs(row.values[k] - t.targets[k]) <= allowed + 1e-12;
    }
    if (t.strictly_increasing)
      for (std::size_t k = 1; k < row.values.size(); ++k)
        pass = pass && row.values[k] > row.values[k - 1];
    double bounded = row.values.empty() ? 0.0 : row.values[0];
    std::string bound_prefix;
    if (!t.versus.empty())
      bound_prefix = t.policy + (t.measure == "case_score_gap" ? " − " : " ÷ ") + t.versus + " ";
    else if (t.measure.rfind("case_", 0) == 0 && !t.policy.empty() && t.measure != "case_policy")
      bound_prefix = t.policy + " ";
    if (!t.ratio_to.empty()) {
      const double base = scalar_by_id.count(t.ratio_to) ? scalar_by_id[t.ratio_to] : 0.0;
      bounded = base > 0 ? bounded / base : 0.0;
      bound_prefix = fmt::format("× {} ", t.ratio_to);
    }
    if (!row.labels.empty()) {
      // Per case: every case within the bounds; the one closest to failing shows.
      std::size_t worst = 0;
      double worst_margin = 1e300;
      for (std::size_t k = 0; k < row.values.size(); ++k) {
        const double v = row.values[k];
        const double margin = std::min(t.min ? v - *t.min : 1e300, t.max ? *t.max - v : 1e300);
        if (margin < worst_margin) worst_margin = margin, worst = k;
      }
      bounded = row.values.empty() ? 0.0 : row.values[worst];
      row.worst = row.labels.empty() ? std::string() : row.labels[worst];
      pass = !row.values.empty() && worst_margin >= -1e-12;
    } else {
      if (t.min) pass = pass && bounded >= *t.min;
      if (t.max) pass = pass && bounded <= *t.max;
    }
    if (t.measure == "strong_beats_weak")
      pass = row.values.size() == 2 && row.values[0] == row.values[1];
    if (t.measure == "own_belief_above_caseworker")
      pass =
          row.values.size() == 4 && row.values[0] > row.values[1] && row.values[2] > row.values[3];
    if (t.measure == "line_decile_jobs") {
      // Non-decreasing over the deciles, strictly increasing over the top
      // half, and the top decile at least `min` times the overall share.
      pass = row.values.size() == 11;
      for (std::size_t d = 1; pass && d < 10; ++d)
        pass = d >= 5 ? row.values[d] > row.values[d - 1] : row.values[d] >= row.values[d - 1];
      bounded =
          row.values.size() == 11 && row.values[10] > 0 ? row.values[9] / row.values[10] : 0.0;
      pass = pass && (!t.min || bounded >= *t.min);
    }

    if (!t.targets.empty() && !banded) {
      row.target = Join(t.targets, t.targets[0] == std::round(t.targets[0]) && t.targets.size() > 1
                                       ? 0
                                       : (digits == 3 ? 2 : 1));
      row.tolerance =
          tol.size() > 1 && std::all_of(tol.begin(), tol.end(),
                                        [&](const std::string& s) { return s == tol[0]; })
              ? tol[0]
              : fmt::format("{}", fmt::join(tol, " / "));
      if (t.strictly_increasing) row.tolerance += ", increasing";
    } else if (t.measure == "strong_beats_weak") {
      row.target = "all pairs";
      row.tolerance = "-";
    } else if (t.measure == "own_belief_above_caseworker") {
      row.target = "own > S12, all; first";
      row.tolerance = "-";
    } else if (t.measure == "line_decile_jobs") {
      row.target = fmt::format("rising; top ≥ {:g} × all", t.min.value_or(0));
      row.tolerance = "-";
    } else {
      row.target = bound_prefix + (t.min && t.max ? fmt::format("{:g}–{:g}", *t.min, *t.max)
                                   : t.min        ? fmt::format("≥ {:g}", *t.min)
                                                  : fmt::format("≤ {:g}", t.max.value_or(0)));
      row.tolerance = "-";
    }
    if (t.measure == "strong_beats_weak")
      row.measured = fmt::format("{:.0f} of {:.0f}", row.values[0], row.values[1]);
    else if (!row.labels.empty())
      row.measured = fmt::format("{:.{}f} ({})", bounded,
                                 digits == 1 && std::abs(bounded) < 10 ? 2 : digits, row.worst);
    else if (t.measure == "background_power_ratio")
      row.measured =
          fmt::format("{:.2f} (R² {:.3f} → {:.3f})", row.values[0], row.values[1], row.values[2]);
    else if (t.measure == "own_belief_above_caseworker")
      row.measured = fmt::format("{:.0f} > {:.0f}; {:.0f} > {:.0f}", row.values[0], row.values[1],
                                 row.values[2], row.values[3]);
    else if (t.measure == "line_decile_jobs")
      row.measured = fmt::format(
          "{} (top × {:.1f})",
          Join(std::vector<double>(
                   row.values.begin(),
                   row.values.begin() + std::min<std::ptrdiff_t>(
                                            10, static_cast<std::ptrdiff_t>(row.values.size()))),
               0),
          bounded);
    else if (!t.ratio_to.empty())
      row.measured = fmt::format("{:.1f} (× {:.2f})", row.values[0], bounded);
    else
      row.measured = Join(row.values, digits);
    row.pass = pass;
    report.rows.push_back(std::move(row));
  }
  return report;
}

}  // namespace bip
