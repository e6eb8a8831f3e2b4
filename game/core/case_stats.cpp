#include "case_stats.hpp"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <thread>

#include "policy_plan.hpp"

namespace bip {
namespace {

constexpr int kBandReach = 2;  // places either side pooled for the band (L3)

}  // namespace

ChanceBand ChanceBandOf(const CohortRun& run) {
  std::array<std::vector<float>, 101> at;
  for (std::size_t i = 0; i < run.place.size(); ++i)
    if (run.place[i] > 0) at[run.place[i]].push_back(run.year_chance[i]);
  ChanceBand band;
  std::vector<float> pooled;
  for (int place = 1; place <= 100; ++place) {
    pooled.clear();
    for (int q = std::max(1, place - kBandReach); q <= std::min(100, place + kBandReach); ++q)
      pooled.insert(pooled.end(), at[static_cast<std::size_t>(q)].begin(),
                    at[static_cast<std::size_t>(q)].end());
    const auto p = static_cast<std::size_t>(place);
    band.count[p] = static_cast<int>(pooled.size());
    if (pooled.empty()) continue;
    std::sort(pooled.begin(), pooled.end());
    auto quantile = [&](double q) {
      return static_cast<double>(pooled[std::min(
          pooled.size() - 1, static_cast<std::size_t>(q * static_cast<double>(pooled.size())))]);
    };
    band.low[p] = quantile(0.05);
    band.high[p] = quantile(0.95);
  }
  return band;
}

namespace {

CaseStats PlayCase(const Content& content, const OutcomeModel& model, const LineOf100& line,
                   const CaseDef& c, int seeds, std::uint64_t first_seed, const ChanceBand* band) {
  CaseStats stats;
  stats.case_id = c.id;
  for (std::size_t g = 0; g < kGeneratedCount; ++g) {
    const auto kind = static_cast<Generated>(g);
    PolicyStats& ps = stats.policies[g];
    Playthrough play(content, model, line, c, first_seed);
    play.KeepExplanations(false);
    const PolicyPlan plan(kind, content, play);
    ResolvedChoices choices;
    for (int s = 0; s < seeds; ++s) {
      if (s > 0) play.Restart(first_seed + static_cast<std::uint64_t>(s));
      while (!play.finished()) {
        plan.Choose(play, choices);
        const QuarterRecord& r = play.Play(choices);
        ps.score_sum += r.score.Total();
        ps.quarters += 1;
        if (kind != Generated::kReference) continue;
        const int place = line.Place(model.Readiness(r.state_after));
        stats.moves.push_back(place -
                              std::clamp(static_cast<int>(std::ceil(r.line_before)), 1, 100));
        if (band && !r.outcome.job && band->count[static_cast<std::size_t>(place)] > 0) {
          stats.band_quarters += 1;
          stats.in_band += r.year_after >= band->low[static_cast<std::size_t>(place)] &&
                           r.year_after <= band->high[static_cast<std::size_t>(place)];
        }
      }
      ps.seeds += 1;
      ps.jobs += play.employed() ? 1 : 0;
    }
  }
  return stats;
}

}  // namespace

std::vector<CaseStats> RunCaseStats(const Content& content, const OutcomeModel& model,
                                    const LineOf100& line, int seeds, std::uint64_t first_seed,
                                    const ChanceBand* band, int threads) {
  // Cases are independent and each has its own seeds, so playing them on
  // several threads gives the same numbers, byte for byte, as one thread.
  std::vector<CaseStats> out(content.cases.size());
  const std::size_t workers = std::clamp<std::size_t>(
      static_cast<std::size_t>(std::max(1, threads)), 1, std::max<std::size_t>(1, out.size()));
  std::atomic<std::size_t> next{0};
  auto work = [&] {
    for (std::size_t i = next++; i < out.size(); i = next++)
      out[i] = PlayCase(content, model, line, content.cases[i], seeds, first_seed, band);
  };
  std::vector<std::thread> pool;
  for (std::size_t w = 1; w < workers; ++w) pool.emplace_back(work);
  work();
  for (std::thread& t : pool) t.join();
  return out;
}

}  // namespace bip
