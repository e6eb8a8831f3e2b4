#include <fmt/format.h>

#include <filesystem>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>

#include "cli_commands.hpp"
#include "explain.hpp"
#include "load_content.hpp"
#include "loaded_content.hpp"
#include "playthrough.hpp"

namespace bip {
namespace {

std::string Names(const Content& c, const std::string& lang, const std::vector<std::string>& ids) {
  std::string out;
  for (const std::string& id : ids)
    out += (out.empty() ? "" : ", ") + c.texts.Get(lang, "intervention." + id + ".name");
  return out;
}

void PrintQuarter(const Content& c, const std::string& lang, const CaseDef& cd,
                  const QuarterRecord& r) {
  const Texts& t = c.texts;
  std::cout << "\n" << t.Format(lang, "play.quarter", {{"n", std::to_string(r.quarter)}}) << "\n";
  std::cout << "  " << t.Get(lang, "play.interventions") << ": "
            << (r.choices.interventions.empty() ? t.Get(lang, "play.no_interventions")
                                                : Names(c, lang, r.choices.interventions))
            << "\n";
  std::cout << "  " << t.Get(lang, "play.sparring") << ": "
            << t.Get(lang, "sparring." + r.choices.sparring + ".name") << "\n";
  std::cout << "  " << t.Get(lang, "play.belief") << ": "
            << t.Get(lang, "scale.belief." + std::to_string(r.choices.belief)) << "\n";
  if (r.choices.caseworker_change)
    std::cout << "  " << t.Get(lang, "play.caseworker_change") << "\n";
  for (const std::string& e : r.events) {
    const auto chosen = r.choices.responses.find(e);
    const std::string resp =
        chosen != r.choices.responses.end() ? chosen->second : cd.FindEvent(e)->Default().id;
    std::cout << "  " << t.Get(lang, "play.event") << ": "
              << t.Get(lang, "case." + cd.id + ".event." + e + ".title") << " → "
              << t.Get(lang, "case." + cd.id + ".event." + e + ".response." + resp) << "\n";
  }
  for (const ExplainedChange& ch : ExplainIndicators(c, lang, cd.id, r.outcome, r.effects)) {
    const double d = ch.after - ch.before;
    if (std::abs(d) < 0.005) continue;
    std::cout << fmt::format(
        "  {:<34} {:.2f} → {:.2f} ({:+.2f})\n",
        t.Get(lang, "indicator." + std::string(kIndicatorIds[ch.indicator]) + ".name"), ch.before,
        ch.after, d);
    for (const auto& [text, amount] : ch.reasons)
      if (std::abs(amount) >= 0.005) std::cout << fmt::format("      {:+.2f}  {}\n", amount, text);
  }
  std::cout << "  "
            << t.Format(lang, "play.line",
                        {{"from", fmt::format("{:.0f}", std::max(1.0, r.line_before))},
                         {"to", fmt::format("{:.0f}", std::max(1.0, r.line_after))}})
            << "\n";
  std::cout << "  "
            << t.Format(lang, "play.job_chance",
                        {{"from", fmt::format("{:.1f}", 100 * r.year_before)},
                         {"to", fmt::format("{:.1f}", 100 * r.year_after)},
                         {"quarter", fmt::format("{:.1f}", 100 * r.outcome.job_probability)}})
            << "\n";
  std::cout << "  "
            << t.Format(lang, "play.score", {{"score", fmt::format("{:.0f}", r.score.Total())}})
            << "\n";
  for (const ScoreLine& l : r.score.lines)
    std::cout << "      " << t.Get(lang, ScorePartKey(l.part)) << ": "
              << ScoreFeedback(c, lang, cd.id, l) << " (" << l.finding << ")\n";
  if (r.outcome.job) std::cout << "  *** " << t.Get(lang, "play.job") << " ***\n";
}

nlohmann::json QuarterJson(const QuarterRecord& r) {
  nlohmann::json q;
  q["quarter"] = r.quarter;
  q["interventions"] = r.choices.interventions;
  q["sparring"] = r.choices.sparring;
  q["belief"] = r.choices.belief;
  q["responses"] = r.choices.responses;
  q["caseworker_change"] = r.choices.caseworker_change;
  q["events"] = r.events;
  for (std::size_t i = 0; i < kIndicatorCount; ++i)
    q["indicators"][std::string(kIndicatorIds[i])] = {{"before", r.outcome.before[i]},
                                                      {"after", r.outcome.after[i]}};
  for (const Effect& e : r.effects) {
    q["effects"].push_back(
        {{"target", e.target == kHazardTarget ? "hazard" : std::string(kIndicatorIds[e.target])},
         {"cause", static_cast<int>(e.cause)},
         {"source", std::string(e.source)},
         {"amount", e.amount},
         {"finding", std::string(e.finding)}});
  }
  q["line_before"] = r.line_before;
  q["line_after"] = r.line_after;
  q["job_within_year_before"] = r.year_before;
  q["job_within_year_after"] = r.year_after;
  q["job_this_quarter_probability"] = r.outcome.job_probability;
  q["job"] = r.outcome.job;
  q["score"] = r.score.Total();
  return q;
}

}  // namespace

int RunPlay(const PlayOptions& o) {
  auto content = LoadContentOrReport(o.content_dir);
  if (!content) return 2;
  const CaseDef* cd = content->FindCase(o.case_id);
  if (!cd) {
    std::string known;
    for (const CaseDef& c : content->cases) known += (known.empty() ? "" : ", ") + c.id;
    std::cerr << "error: --case " << o.case_id << ": no such case (expected one of: " << known
              << ")\n";
    return 2;
  }
  Policy policy;
  if (const Policy* named = cd->FindPolicy(o.policy)) {
    policy = *named;
  } else if (std::filesystem::exists(o.policy)) {
    Problems problems;
    auto loaded = LoadPolicyFile(o.policy, *content, *cd, problems);
    for (const std::string& line : problems.Lines()) std::cerr << "error: " << line << "\n";
    if (!loaded) return 2;
    policy = *loaded;
  } else {
    std::string known;
    for (const auto& [name, p] : cd->policies) known += (known.empty() ? "" : ", ") + name;
    std::cerr << "error: --policy " << o.policy << ": neither a policy of case " << cd->id << " ("
              << known << ") nor a policy file\n";
    return 2;
  }

  const OutcomeModel model(content->model);
  const LineOf100 line = LineOf100::ForGame(model);
  Playthrough play(*content, model, line, *cd, o.seed);
  const std::string& lang = o.lang;
  nlohmann::json j;
  if (!o.json)
    std::cout << content->texts.Format(
                     lang, "play.header",
                     {{"case", content->texts.Get(lang, "case." + cd->id + ".name")},
                      {"policy", policy.name},
                      {"seed", std::to_string(o.seed)}})
              << "\n";
  while (!play.finished()) {
    const QuarterChoices choices = PolicyChoices(policy, play);
    if (auto problem = play.Check(choices)) {
      std::cerr << "error: policy " << policy.name << ", quarter " << play.quarter() << ": "
                << *problem << "\n";
      return 2;
    }
    const QuarterRecord& r = play.Play(choices);
    if (o.json)
      j["quarters"].push_back(QuarterJson(r));
    else
      PrintQuarter(*content, lang, *cd, r);
  }
  if (o.json) {
    j["case"] = cd->id;
    j["policy"] = policy.name;
    j["seed"] = o.seed;
    j["job"] = play.employed();
    j["quarters_played"] = play.history().size();
    std::cout << j.dump(2) << "\n";
  } else {
    std::cout << "\n"
              << content->texts.Format(lang, play.employed() ? "play.job" : "play.no_job",
                                       {{"n", std::to_string(play.history().size())}})
              << "\n";
  }
  return 0;
}

}  // namespace bip
