#include <fmt/format.h>

#include <iostream>
#include <nlohmann/json.hpp>

#include "calibration.hpp"
#include "case_stats.hpp"
#include "cli_commands.hpp"
#include "loaded_content.hpp"

namespace bip {

int RunCompare(const CompareOptions& o) {
  auto content = LoadContentOrReport(o.content_dir);
  if (!content) return 2;
  std::vector<const CaseDef*> cases;
  for (const CaseDef& c : content->cases)
    if (o.case_id.empty() || c.id == o.case_id) cases.push_back(&c);
  if (cases.empty()) {
    std::cerr << "error: --case " << o.case_id << ": no such case\n";
    return 2;
  }
  const OutcomeModel model(content->model);
  const ReferenceMargins& margins = content->calibration.reference_margins;
  // The generated policies of the calibration's version-2 rows (P, S, H5),
  // built from each case's own data, with their mean practice score.
  Content only = *content;
  only.cases.clear();
  for (const CaseDef* c : cases) only.cases.push_back(*c);
  const LineOf100 line = LineOf100::ForGame(model);
  const std::vector<CaseStats> generated =
      RunCaseStats(only, model, line, o.seeds, o.seed, nullptr);
  nlohmann::json out;
  bool all_clear = true;
  for (std::size_t index = 0; index < cases.size(); ++index) {
    const CaseDef* c = cases[index];
    const CaseComparison cmp = CompareCasePolicies(*content, model, *c, o.seeds, o.seed);
    all_clear = all_clear && cmp.reference_clearly_best;
    const CaseStats& g = generated[index];
    if (o.json) {
      nlohmann::json j;
      for (const auto& [name, share] : cmp.shares) j["job_share"][name] = share;
      j["reference"] = c->reference_policy;
      j["reference_clearly_best"] = cmp.reference_clearly_best;
      for (std::size_t k = 0; k < kGeneratedCount; ++k) {
        const std::string name(GeneratedName(static_cast<Generated>(k)));
        j["generated"][name] = {{"job_share", g.policies[k].Share()},
                                {"practice_score", g.policies[k].Score()}};
      }
      out[c->id] = j;
      continue;
    }
    std::cout << fmt::format("{} ({} quarters, {} seeds): job within the case\n", c->id,
                             c->quarters, o.seeds);
    for (const auto& [name, share] : cmp.shares)
      std::cout << fmt::format("  {:<22} {:5.1f} %{}\n", name, share,
                               name == c->reference_policy ? "  (reference)" : "");
    std::cout << fmt::format("  reference beats staircase (≤ {:g} ×) and none (≤ {:g} ×): {}\n",
                             margins.staircase, margins.none,
                             cmp.reference_clearly_best ? "yes" : "NO");
    std::cout << "  generated from the case's data (job share, mean practice score):\n";
    for (std::size_t k = 0; k < kGeneratedCount; ++k)
      std::cout << fmt::format("    {:<20} {:5.1f} %   score {:5.1f}\n",
                               GeneratedName(static_cast<Generated>(k)), g.policies[k].Share(),
                               g.policies[k].Score());
    std::cout << "\n";
  }
  if (o.json) std::cout << out.dump(2) << "\n";
  return all_clear ? 0 : 1;
}

}  // namespace bip
