#include <iostream>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "calibration.hpp"
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
  nlohmann::json out;
  bool all_clear = true;
  for (const CaseDef* c : cases) {
    const CaseComparison cmp = CompareCasePolicies(*content, model, *c, o.seeds, o.seed);
    all_clear = all_clear && cmp.reference_clearly_best;
    if (o.json) {
      nlohmann::json j;
      for (const auto& [name, share] : cmp.shares) j["job_share"][name] = share;
      j["reference"] = c->reference_policy;
      j["reference_clearly_best"] = cmp.reference_clearly_best;
      out[c->id] = j;
      continue;
    }
    std::cout << fmt::format("{} ({} quarters, {} seeds): job within the case\n", c->id, c->quarters, o.seeds);
    for (const auto& [name, share] : cmp.shares)
      std::cout << fmt::format("  {:<22} {:5.1f} %{}\n", name, share, name == c->reference_policy ? "  (reference)" : "");
    std::cout << fmt::format("  reference beats staircase (≤ {:g} ×) and none (≤ {:g} ×): {}\n\n", margins.staircase,
                             margins.none, cmp.reference_clearly_best ? "yes" : "NO");
  }
  if (o.json) std::cout << out.dump(2) << "\n";
  return all_clear ? 0 : 1;
}

}  // namespace bip
