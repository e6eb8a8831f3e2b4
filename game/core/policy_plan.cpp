#include "policy_plan.hpp"

#include <algorithm>
#include <stdexcept>
#include <utility>

namespace bip {
namespace {

constexpr std::uint64_t kRandomPlanStream = 19;

// How plainly an intervention misses this citizen: it addresses none of
// their barriers (first) and works on few indicators below the middle.
double Plainness(const InterventionDef& d, const CitizenState& s) {
  double low = 0.0;
  for (std::size_t i = 0; i < kIndicatorCount; ++i)
    if (s.x[i] < kScaleMid) low += d.profile[i];
  return ((d.addresses & s.barriers) != 0 ? 10.0 : 0.0) + low;
}

std::size_t SparringOrThrow(const ModelContent& mc, const std::string& id,
                            const std::string& where) {
  const std::size_t k = mc.SparringIndex(id);
  if (k >= mc.sparring.size())
    throw std::invalid_argument(where + ": unknown sparring move '" + id + "'");
  return k;
}

}  // namespace

PolicyPlan::PolicyPlan(const Policy& policy, const Content& content, const Playthrough& play)
    : content_(content), case_(play.case_def()) {
  Compile(policy, play);
}

PolicyPlan::PolicyPlan(Generated g, const Content& content, const Playthrough& play)
    : content_(content), case_(play.case_def()), kind_(g) {
  const CaseDef& c = case_;
  const std::string* name = g == Generated::kStaircase ? nullptr : &c.reference_policy;
  if (g == Generated::kStaircase || g == Generated::kNone) {
    static const std::string kStaircase = "staircase", kNone = "none";
    name = g == Generated::kStaircase ? &kStaircase : &kNone;
  }
  // A case without a staircase or none policy plays none for it.
  const Policy* p = c.FindPolicy(*name);
  Compile(p ? *p : Policy{}, play);
  const ModelContent& mc = content.model;
  for (const std::string& id : c.palette) {
    const std::size_t k = mc.InterventionIndex(id);
    if (k >= mc.interventions.size())
      throw std::invalid_argument("case '" + c.id + "': unknown intervention '" + id + "'");
    palette_ |= InterventionSet{1} << k;
    (mc.interventions[k].group == Group::kJobFocused ? job_ : other_).push_back(k);
  }
}

void PolicyPlan::Compile(const Policy& policy, const Playthrough& play) {
  const ModelContent& mc = content_.model;
  const std::string where = "case '" + case_.id + "', policy '" + policy.name + "'";
  no_sparring_ = SparringOrThrow(mc, "none", where);
  for (const PolicyRule& r : policy.rules) {
    Rule rule{r.from,  r.to, 0, r.interventions.size(), SparringOrThrow(mc, r.sparring, where),
              r.belief};
    if (auto problem = play.ResolvePlan(r.interventions, rule.plan))
      throw std::invalid_argument(where + ": " + *problem);
    rules_.push_back(rule);
  }
  responses_.reserve(case_.events.size());
  for (const Event& e : case_.events) {
    const auto it = policy.responses.find(e.id);
    const Response* r = it != policy.responses.end() ? e.Find(it->second) : &e.Default();
    if (!r)
      throw std::invalid_argument(where + ": event '" + e.id + "' has no response '" + it->second +
                                  "'");
    responses_.push_back(r);
  }
  changes_ = policy.caseworker_changes;
}

void PolicyPlan::Choose(const Playthrough& play, ResolvedChoices& out) const {
  const int q = play.quarter();
  out.interventions = 0;
  out.sparring = no_sparring_;
  out.belief = 3;
  std::size_t size = 0;
  for (const Rule& rule : rules_) {
    if (q < rule.from || q > rule.to) continue;
    out.interventions = rule.plan;
    out.sparring = rule.sparring;
    out.belief = rule.belief;
    size = rule.size;
    break;
  }
  out.responses.clear();
  for (const Event* e : play.pending_events())
    out.responses.push_back(responses_[static_cast<std::size_t>(e - case_.events.data())]);
  out.caseworker_change = std::find(changes_.begin(), changes_.end(), q) != changes_.end();

  switch (kind_) {
    case Generated::kEverything:
      out.interventions = palette_;
      break;
    case Generated::kMisfit:
      out.interventions = Misfits(play.state(), size);
      break;
    case Generated::kRandom:
      out.interventions = RandomPair(play);
      break;
    case Generated::kBlindYes:
      out.belief = 5;
      out.sparring = no_sparring_;
      break;
    case Generated::kBelief1:
      out.belief = 1;
      break;
    case Generated::kBelief4:
      out.belief = 4;
      break;
    case Generated::kBelief5:
      out.belief = 5;
      break;
    default:
      break;
  }
}

// As many as the reference names (at least one): the plainest job-focused
// intervention, then the plainest others.
InterventionSet PolicyPlan::Misfits(const CitizenState& s, std::size_t count) const {
  const auto& defs = content_.model.interventions;
  auto plainest = [&](const std::vector<std::size_t>& from, std::size_t n) {
    std::vector<std::pair<double, std::size_t>> ranked;
    ranked.reserve(from.size());
    for (std::size_t k : from) ranked.emplace_back(Plainness(defs[k], s), k);
    // Stable: ties keep the palette's order.
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    InterventionSet set = 0;
    for (std::size_t i = 0; i < n && i < ranked.size(); ++i)
      set |= InterventionSet{1} << ranked[i].second;
    return set;
  };
  const std::size_t want = std::max<std::size_t>(count, 1);
  const InterventionSet job = plainest(job_, 1);
  return job | plainest(other_, want - (job != 0 ? 1 : 0));
}

// One random job-focused and one random other intervention, drawn from the
// playthrough's seed and quarter.
InterventionSet PolicyPlan::RandomPair(const Playthrough& play) const {
  Rng rng(play.seed(), kRandomPlanStream, static_cast<std::uint64_t>(play.quarter()));
  InterventionSet set = 0;
  if (!job_.empty())
    set |= InterventionSet{1} << job_[rng.Below(static_cast<std::uint32_t>(job_.size()))];
  if (!other_.empty())
    set |= InterventionSet{1} << other_[rng.Below(static_cast<std::uint32_t>(other_.size()))];
  return set;
}

}  // namespace bip
