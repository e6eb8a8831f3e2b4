#include "case_stats.hpp"

#include <algorithm>
#include <cmath>

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

std::vector<CaseStats> RunCaseStats(const Content& content, const OutcomeModel& model,
                                    const LineOf100& line, int seeds, std::uint64_t first_seed,
                                    const ChanceBand* band) {
  std::vector<CaseStats> out;
  for (const CaseDef& c : content.cases) {
    CaseStats stats;
    stats.case_id = c.id;
    for (std::size_t g = 0; g < kGeneratedCount; ++g) {
      const auto kind = static_cast<Generated>(g);
      PolicyStats& ps = stats.policies[g];
      for (int s = 0; s < seeds; ++s) {
        Playthrough play(content, model, line, c, first_seed + static_cast<std::uint64_t>(s));
        play.KeepExplanations(false);
        while (!play.finished()) {
          const QuarterRecord& r = play.Play(GeneratedChoices(kind, content, play));
          ps.score_sum += r.score.Total();
          ps.quarters += 1;
          if (kind != Generated::kReference) continue;
          stats.moves.push_back(line.Place(model.Readiness(r.state_after)) -
                                std::clamp(static_cast<int>(std::ceil(r.line_before)), 1, 100));
          if (band && !r.outcome.job) {
            const auto place = static_cast<std::size_t>(line.Place(model.Readiness(r.state_after)));
            if (band->count[place] == 0) continue;
            stats.band_quarters += 1;
            stats.in_band += r.year_after >= band->low[place] && r.year_after <= band->high[place];
          }
        }
        ps.seeds += 1;
        ps.jobs += play.employed() ? 1 : 0;
      }
    }
    out.push_back(std::move(stats));
  }
  return out;
}

}  // namespace bip
