#include "generated_policy.hpp"

#include <algorithm>
#include <array>
#include <vector>

namespace bip {
namespace {

constexpr std::array<std::string_view, kGeneratedCount> kNames = {
    "reference", "everything", "misfit",   "random",    "blind_yes",
    "belief_1",  "belief_4",   "belief_5", "staircase", "none"};
constexpr std::uint64_t kRandomPlanStream = 19;

// How plainly an intervention misses this citizen: it addresses none of
// their barriers (first) and works on few indicators below the middle.
double Plainness(const InterventionDef& d, const CitizenState& s) {
  double low = 0.0;
  for (std::size_t i = 0; i < kIndicatorCount; ++i)
    if (s.x[i] < kScaleMid) low += d.profile[i];
  return ((d.addresses & s.barriers) != 0 ? 10.0 : 0.0) + low;
}

std::vector<std::string> Misfits(const Content& content, const CaseDef& c, const CitizenState& s,
                                 std::size_t count) {
  const ModelContent& mc = content.model;
  std::vector<std::pair<double, const std::string*>> job, other;
  job.reserve(c.palette.size());
  other.reserve(c.palette.size());
  for (const std::string& id : c.palette) {
    const InterventionDef& d = mc.interventions[mc.InterventionIndex(id)];
    (d.group == Group::kJobFocused ? job : other).emplace_back(Plainness(d, s), &id);
  }
  // Stable: ties keep the palette's order.
  auto by_plainness = [](const auto& a, const auto& b) { return a.first < b.first; };
  std::stable_sort(job.begin(), job.end(), by_plainness);
  std::stable_sort(other.begin(), other.end(), by_plainness);
  std::vector<std::string> out;
  if (!job.empty()) out.push_back(*job.front().second);
  for (std::size_t k = 0; k < other.size() && out.size() < std::max<std::size_t>(count, 1); ++k)
    out.push_back(*other[k].second);
  return out;
}

std::vector<std::string> RandomPair(const Content& content, const CaseDef& c,
                                    const Playthrough& play) {
  const ModelContent& mc = content.model;
  std::vector<const std::string*> job, other;
  for (const std::string& id : c.palette)
    (mc.interventions[mc.InterventionIndex(id)].group == Group::kJobFocused ? job : other)
        .push_back(&id);
  Rng rng(play.seed(), kRandomPlanStream, static_cast<std::uint64_t>(play.quarter()));
  std::vector<std::string> out;
  if (!job.empty()) out.push_back(*job[rng.Below(static_cast<std::uint32_t>(job.size()))]);
  if (!other.empty()) out.push_back(*other[rng.Below(static_cast<std::uint32_t>(other.size()))]);
  return out;
}

QuarterChoices CasePolicy(const CaseDef& c, const std::string& name, const Playthrough& play) {
  if (const Policy* p = c.FindPolicy(name)) return PolicyChoices(*p, play);
  Policy none;
  return PolicyChoices(none, play);
}

}  // namespace

std::string_view GeneratedName(Generated g) {
  return kNames[static_cast<std::size_t>(g)];
}

std::optional<Generated> GeneratedNamed(std::string_view name) {
  for (std::size_t i = 0; i < kNames.size(); ++i)
    if (kNames[i] == name) return static_cast<Generated>(i);
  return std::nullopt;
}

QuarterChoices GeneratedChoices(Generated g, const Content& content, const Playthrough& play) {
  const CaseDef& c = play.case_def();
  if (g == Generated::kStaircase) return CasePolicy(c, "staircase", play);
  if (g == Generated::kNone) return CasePolicy(c, "none", play);
  QuarterChoices ch = CasePolicy(c, c.reference_policy, play);
  switch (g) {
    case Generated::kEverything:
      ch.interventions = c.palette;
      break;
    case Generated::kMisfit:
      ch.interventions = Misfits(content, c, play.state(), ch.interventions.size());
      break;
    case Generated::kRandom:
      ch.interventions = RandomPair(content, c, play);
      break;
    case Generated::kBlindYes:
      ch.belief = 5;
      ch.sparring = "none";
      break;
    case Generated::kBelief1:
      ch.belief = 1;
      break;
    case Generated::kBelief4:
      ch.belief = 4;
      break;
    case Generated::kBelief5:
      ch.belief = 5;
      break;
    default:
      break;
  }
  return ch;
}

}  // namespace bip
