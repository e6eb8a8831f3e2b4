#include "logic_check.hpp"

#include <algorithm>
#include <cmath>
#include <map>

#include "json_reader.hpp"
#include "playthrough.hpp"
#include "rng.hpp"

namespace bip {
namespace {

std::string Num(double v) {
  std::string s = std::to_string(v);
  while (!s.empty() && s.back() == '0') s.pop_back();
  if (!s.empty() && s.back() == '.') s.pop_back();
  return s;
}

std::string Range(int a, int b) {
  return a == b ? std::to_string(a) : std::to_string(a) + "-" + std::to_string(b);
}

std::string EventPointer(const CaseDef& c, const Event& e) {
  return PointerJoin("/events", static_cast<std::size_t>(&e - c.events.data()));
}

bool SameEffects(const ResponseEffects& a, const ResponseEffects& b) {
  return a.indicators == b.indicators && a.belief == b.belief && a.grounding == b.grounding &&
         a.opening_log_hazard == b.opening_log_hazard && a.opening_quarters == b.opening_quarters &&
         a.caseworker_change == b.caseworker_change &&
         a.pause_interventions == b.pause_interventions;
}

// What is wrong with the numbers after a quarter, or "".
std::string BadNumbers(const Playthrough& play, const QuarterRecord& r) {
  const CitizenState& s = play.state();
  for (std::size_t i = 0; i < kIndicatorCount; ++i)
    if (!std::isfinite(s.x[i]) || s.x[i] < kScaleMin - 1e-9 || s.x[i] > kScaleMax + 1e-9)
      return "indicator " + std::string(kIndicatorIds[i]) + " is " + Num(s.x[i]) +
             " (expected a number from 1 to 5)";
  if (!std::isfinite(s.grounding) || s.grounding < 0 || s.grounding > 1)
    return "grounding is " + Num(s.grounding) + " (expected a number from 0 to 1)";
  if (!std::isfinite(s.unmeasured))
    return "the unmeasured part is " + Num(s.unmeasured) + " (expected a finite number)";
  const double p = r.outcome.job_probability;
  if (!std::isfinite(p) || p < 0 || p > 1)
    return "the job chance is " + Num(p) + " (expected a probability from 0 to 1)";
  for (double v : {r.line_before, r.line_after})
    if (!std::isfinite(v) || v < 0 || v > 100)
      return "the place on the line is " + Num(v) + " (expected 0 to 100)";
  for (double v : {r.year_before, r.year_after})
    if (!std::isfinite(v) || v < 0 || v > 1)
      return "the chance of a job within a year is " + Num(v) + " (expected 0 to 1)";
  const double score = r.score.Total();
  if (!std::isfinite(score) || score < 0 || score > 100)
    return "the quarter's score is " + Num(score) + " (expected 0 to 100)";
  return "";
}

// What went wrong in a playthrough: the quarter (0: after the last) and what.
struct Failure {
  int quarter = 0;
  std::string what;
  bool empty() const { return what.empty(); }
  std::string Line() const {
    return (quarter > 0 ? "quarter " + std::to_string(quarter) + ": " : std::string()) + what;
  }
};

// Plays one playthrough with a chooser; returns what went wrong, if anything.
template <typename Chooser>
Failure PlayOnce(const Content& content, const OutcomeModel& model, const LineOf100& line,
                 const CaseDef& c, std::uint64_t seed, Chooser choose) {
  int q = 0;
  try {
    Playthrough play(content, model, line, c, seed);
    int played = 0;
    while (!play.finished()) {
      if (played >= c.quarters)
        return {0, "the case did not end after its " + std::to_string(c.quarters) +
                       " quarters (expected it to end)"};
      q = play.quarter();
      for (const Event* e : play.pending_events())
        if (e->responses.empty())
          return {q, "event " + e->id + " has no response to choose (expected 2 to 4)"};
      const QuarterChoices ch = choose(play);
      if (auto why = play.Check(ch))
        return {q, "the game refuses the choices: " + *why +
                       " (expected choices the game offers to be accepted)"};
      const QuarterRecord& r = play.Play(ch);
      ++played;
      const std::string bad = BadNumbers(play, r);
      if (!bad.empty()) return {q, bad};
    }
    if (static_cast<int>(play.history().size()) > c.quarters)
      return {0, "played " + std::to_string(play.history().size()) +
                     " quarters (expected at most " + std::to_string(c.quarters) + ")"};
  } catch (const std::exception& e) {
    return {q, std::string("the game stopped with an error: ") + e.what() +
                   " (expected every quarter to play)"};
  } catch (...) {
    return {q, "the game stopped with an unknown error (expected every quarter to play)"};
  }
  return {};
}

}  // namespace

std::string UnreachableReason(const CaseDef& c, const Event& e, const ModelContent& model) {
  const Trigger& t = e.trigger;
  const int lo = std::max(1, t.from_quarter);
  const int hi = std::min(c.quarters, t.to_quarter > 0 ? t.to_quarter : c.quarters);
  const std::string window = "quarters " + Range(lo, hi);
  if (lo > hi)
    return "its quarters " + Range(t.from_quarter, t.to_quarter) + " lie outside the case's 1-" +
           std::to_string(c.quarters);
  switch (t.type) {
    case TriggerType::kQuarter:
      if (t.quarter < lo || t.quarter > hi)
        return "it fires at quarter " + std::to_string(t.quarter) + ", outside its " + window;
      return "";
    case TriggerType::kAfterGroup: {
      const int g = static_cast<int>(t.group);
      const bool offered =
          std::any_of(c.palette.begin(), c.palette.end(), [&](const std::string& id) {
            const std::size_t k = model.InterventionIndex(id);
            return k < model.interventions.size() &&
                   static_cast<int>(model.interventions[k].group) == g;
          });
      if (!offered)
        return std::string("no intervention of the group ") +
               kGroupIds[static_cast<std::size_t>(g)] + " is in the palette";
      if (std::max(lo, 2) > hi)
        return "it fires the quarter after a first use, at the earliest quarter 2, outside its " +
               window;
      return "";
    }
    case TriggerType::kQuartersWithoutIntervention:
      if (std::max(lo, t.count + 1) > hi)
        return "it needs " + std::to_string(t.count) +
               " quarters without intervention first, so at the earliest quarter " +
               std::to_string(t.count + 1) + ", outside its " + window;
      return "";
    case TriggerType::kIndicatorBelow:
      if (t.value <= kScaleMin)
        return "no indicator goes below " + Num(kScaleMin) + ", the bottom of the 1-5 scale";
      return "";
    case TriggerType::kIndicatorAbove:
      if (t.value >= kScaleMax)
        return "no indicator goes above " + Num(kScaleMax) + ", the top of the 1-5 scale";
      return "";
    case TriggerType::kRandom:
      if (t.chance <= 0.0) return "its chance is 0";
      return "";
  }
  return "";
}

void CheckCaseLogic(const Content& content, const CaseDef& c, Problems& problems) {
  const ModelContent& model = content.model;
  const std::string& file = c.file;

  // Something to choose, and the way BIP recommends must be possible.
  if (c.palette.empty())
    problems.Add(
        file, "/palette",
        "empty palette: the trainee has nothing to choose (expected at least one intervention)");
  else if (std::none_of(c.palette.begin(), c.palette.end(), [&](const std::string& id) {
             const std::size_t k = model.InterventionIndex(id);
             return k < model.interventions.size() &&
                    model.interventions[k].group == Group::kJobFocused;
           }))
    problems.Add(file, "/palette",
                 "no job-focused intervention: the case cannot be played the way BIP recommends "
                 "(expected at least one intervention of the group job_focused)");

  // Every event can come up, and every response makes a difference.
  for (const Event& e : c.events) {
    const std::string at = EventPointer(c, e);
    const std::string why = UnreachableReason(c, e, model);
    if (!why.empty())
      problems.Add(file, at + "/trigger",
                   "unreachable event \"" + e.id + "\": " + why +
                       " (expected a trigger that can fire within the case's " +
                       std::to_string(c.quarters) + " quarters)");
    for (std::size_t i = 0; i < e.responses.size(); ++i) {
      const Response& r = e.responses[i];
      const std::string rat = PointerJoin(at + "/responses", i);
      for (std::size_t j = 0; j < i; ++j) {
        const Response& o = e.responses[j];
        if (o.practice == r.practice && SameEffects(o.effects, r.effects)) {
          problems.Add(file, rat,
                       "response \"" + r.id + "\" leads to the same as \"" + o.id +
                           "\" (same practice and effects; expected each response to lead "
                           "somewhere of its own)");
          break;
        }
      }
      if (r.effects.opening_quarters > 0 && r.effects.opening_log_hazard <= 0.0)
        problems.Add(file, rat + "/effects/opening/log_hazard",
                     "an opening with log_hazard 0 raises nothing (expected a log_hazard above 0)");
    }
  }

  // Policies: rules that decide every quarter, none in vain, each change once.
  for (const auto& [name, p] : c.policies) {
    const std::string at = PointerJoin("/policies", name);
    std::vector<int> decided_by(static_cast<std::size_t>(c.quarters) + 1, -1);
    for (std::size_t i = 0; i < p.rules.size(); ++i) {
      const PolicyRule& rule = p.rules[i];
      bool used = false;
      for (int q = std::max(1, rule.from); q <= std::min(c.quarters, rule.to); ++q)
        if (decided_by[static_cast<std::size_t>(q)] < 0) {
          decided_by[static_cast<std::size_t>(q)] = static_cast<int>(i);
          used = true;
        }
      if (!used)
        problems.Add(file, PointerJoin(at + "/rules", i),
                     "rule never used: quarters " + Range(rule.from, rule.to) +
                         " are all decided by earlier rules (expected each rule to decide at least "
                         "one quarter)");
    }
    for (int q = 1; q <= c.quarters;) {
      if (decided_by[static_cast<std::size_t>(q)] >= 0) {
        ++q;
        continue;
      }
      int end = q;
      while (end + 1 <= c.quarters && decided_by[static_cast<std::size_t>(end + 1)] < 0) ++end;
      problems.Add(file, at + "/rules",
                   "quarters " + Range(q, end) +
                       " are decided by no rule (expected rules covering quarters 1-" +
                       std::to_string(c.quarters) +
                       "; a quarter without a rule has no interventions)");
      q = end + 1;
    }
    for (std::size_t i = 0; i < p.caseworker_changes.size(); ++i)
      if (std::find(p.caseworker_changes.begin(),
                    p.caseworker_changes.begin() + static_cast<long>(i),
                    p.caseworker_changes[i]) != p.caseworker_changes.begin() + static_cast<long>(i))
        problems.Add(file, PointerJoin(at + "/caseworker_changes", i),
                     "duplicate quarter " + std::to_string(p.caseworker_changes[i]) +
                         " (expected each quarter once)");
  }
}

void PlayPolicy(const Content& content, const OutcomeModel& model, const LineOf100& line,
                const CaseDef& c, const Policy& policy, int seeds, const std::string& file,
                const std::string& pointer, Problems& problems, PlayStats& stats) {
  for (int s = 1; s <= seeds; ++s) {
    ++stats.plays;
    const Failure why =
        PlayOnce(content, model, line, c, static_cast<std::uint64_t>(s),
                 [&](const Playthrough& play) { return PolicyChoices(policy, play); });
    if (!why.empty()) {
      problems.Add(file, pointer,
                   "policy \"" + policy.name + "\" does not play to the end (seed " +
                       std::to_string(s) + "): " + why.Line());
      return;  // one line per policy
    }
  }
}

void PlayRandom(const Content& content, const OutcomeModel& model, const LineOf100& line,
                const CaseDef& c, int plays, std::uint64_t seed, Problems& problems,
                PlayStats& stats) {
  const ModelContent& mc = content.model;
  struct Seen {
    std::uint64_t first_seed = 0;
    int first_quarter = 0;
    int count = 0;
  };
  std::map<std::string, Seen> found;
  std::vector<std::string> order;
  for (int k = 0; k < plays; ++k) {
    const std::uint64_t play_seed = seed + static_cast<std::uint64_t>(k);
    Rng rng(play_seed, 0xC4EC, 0);
    auto below = [&](std::size_t n) {
      return n == 0 ? std::size_t{0}
                    : static_cast<std::size_t>(rng.Below(static_cast<std::uint32_t>(n)));
    };
    ++stats.plays;
    const Failure why = PlayOnce(content, model, line, c, play_seed, [&](const Playthrough& play) {
      QuarterChoices ch;
      std::vector<std::string> pool = c.palette;
      const std::size_t n = below(std::min<std::size_t>(pool.size(), 4) + 1);
      for (std::size_t i = 0; i < n; ++i) {
        const std::size_t pick = below(pool.size());
        ch.interventions.push_back(pool[pick]);
        pool.erase(pool.begin() + static_cast<long>(pick));
      }
      ch.sparring = mc.sparring.empty() ? "none" : mc.sparring[below(mc.sparring.size())].id;
      ch.belief = 1 + static_cast<int>(below(5));
      for (const Event* e : play.pending_events()) {
        const std::size_t r = below(e->responses.size() + 1);  // the last: leave it to the default
        if (r < e->responses.size()) ch.responses[e->id] = e->responses[r].id;
      }
      ch.caseworker_change = below(10) == 0;
      return ch;
    });
    if (why.empty()) continue;
    // The same failure in other quarters or plays is one line.
    auto [it, inserted] = found.try_emplace(why.what, Seen{play_seed, why.quarter, 0});
    it->second.count += 1;
    if (inserted) order.push_back(why.what);
  }
  for (const std::string& what : order) {
    const Seen& s = found[what];
    problems.Add(
        c.file, "",
        "random play failed in " + std::to_string(s.count) + " of " + std::to_string(plays) +
            " plays (first with seed " + std::to_string(s.first_seed) +
            (s.first_quarter > 0 ? ", quarter " + std::to_string(s.first_quarter) : std::string()) +
            "): " + what);
  }
}

}  // namespace bip
