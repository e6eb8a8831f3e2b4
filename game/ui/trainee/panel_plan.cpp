// Plan: the interventions for the quarter, from the 21 in their 4 groups.
#include <fmt/format.h>

#include <algorithm>

#include "panel.hpp"
#include "widgets.hpp"

namespace bip::ui {
namespace {

bool Chosen(const Draft& d, const std::string& id) {
  const auto& v = d.choices.interventions;
  return std::find(v.begin(), v.end(), id) != v.end();
}

void GroupCard(Ui& ui, Group g, float width) {
  const GameSession& s = ui.s;
  const CaseDef& c = s.play()->case_def();
  const std::string gid = kGroupIds[static_cast<std::size_t>(g)];
  const ImU32 col = colour::kGroup[static_cast<std::size_t>(g)];
  BeginCard(gid.c_str(), width);
  const ImVec2 p = ImGui::GetCursorScreenPos();
  ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(p.x, p.y + ui.Px(4)),
                                            ImVec2(p.x + ui.Px(6), p.y + ui.Px(24)), col, ui.Px(2));
  ImGui::Indent(ui.Px(14));
  ImGui::PushStyleColor(ImGuiCol_Text, colour::Vec(col));
  Heading(ui, ui.T("group." + gid + ".name"));
  ImGui::PopStyleColor();
  ImGui::Unindent(ui.Px(14));
  Small(ui, ui.T("group." + gid + ".description"));
  ImGui::Spacing();
  for (const InterventionDef& iv : s.content().model.interventions) {
    if (iv.group != g) continue;
    const bool offered = std::find(c.palette.begin(), c.palette.end(), iv.id) != c.palette.end();
    const bool sel = Chosen(s.draft(), iv.id);
    if (ChoiceRow(ui, iv.id.c_str(), ui.T("intervention." + iv.id + ".name"),
                  ui.T("intervention." + iv.id + ".description"), sel, Mark::kCheck, col,
                  offered ? "" : ui.T("plan.not_offered"), offered))
      ui.Emit(Intent{IntentKind::kToggleIntervention, iv.id, {}, 0, 0.0, {}});
  }
  EndCard();
}

}  // namespace

void DrawPlan(Ui& ui) {
  const GameSession& s = ui.s;
  const Playthrough& play = *s.play();
  const CaseDef& c = play.case_def();
  const Draft& d = s.draft();
  Title(ui, ui.F("plan.title", {{"n", std::to_string(play.quarter())}}));
  Muted(ui.T("plan.intro"));
  ImGui::Spacing();

  // What the plan adds up to, before it runs (F-LINE).
  const ModelContent& mc = s.content().model;
  int count = 0;
  bool job = false;
  std::string names;
  for (const std::string& id : d.choices.interventions) {
    const std::size_t k = mc.InterventionIndex(id);
    if (k >= mc.interventions.size()) continue;
    ++count;
    job = job || mc.interventions[k].group == Group::kJobFocused;
    names += (names.empty() ? "" : ", ") + ui.T("intervention." + id + ".name");
  }
  bool paused = false;
  for (const Event* e : play.pending_events()) {
    const auto it = d.choices.responses.find(e->id);
    const Response* r = it != d.choices.responses.end() ? e->Find(it->second) : &e->Default();
    paused = paused || (r && r->effects.pause_interventions);
  }
  // Fit and load as the model will see them (F-INT, F-MORE).
  const PlanAssessment a = play.Assess(d.choices.interventions);
  const std::string name = ui.T("case." + c.id + ".name");
  std::string key;
  ImU32 fill = colour::kGoodSoft, text = colour::kGood;
  if (paused)
    key = "plan.status.paused", fill = colour::kBadSoft, text = colour::kBad;
  else if (count == 0)
    key = "plan.status.none", fill = colour::kBadSoft, text = colour::kBad;
  else if (a.coordinated && a.Overload() > 0.0)
    key = "plan.status.overloaded", fill = colour::kWarnSoft, text = colour::kWarn;
  else if (a.coordinated)
    key = "plan.status.combined";
  else if (job && count >= 2)
    key = "plan.status.no_barrier", fill = colour::kWarnSoft, text = colour::kWarn;
  else if (job)
    key = "plan.status.job_alone", fill = colour::kWarnSoft, text = colour::kWarn;
  else
    key = "plan.status.no_job", fill = colour::kWarnSoft, text = colour::kWarn;
  BeginCard("status", 0, fill, fill);
  ImGui::PushStyleColor(ImGuiCol_Text, colour::Vec(text));
  std::vector<std::string> refs;  // the finding behind the verdict, as a small reference
  Bold(ui, WithoutFindings(ui.F(key, {{"name", name}}), refs));
  ImGui::PopStyleColor();
  FindingRefs(ui, refs);
  Wrapped(count == 0 ? ui.T("plan.chosen_none")
                     : ui.F("plan.chosen", {{"n", std::to_string(count)}, {"names", names}}));
  std::string barriers;
  for (std::size_t b = 0; b < mc.barriers.size(); ++b)
    if ((c.barriers >> b) & 1U)
      barriers += (barriers.empty() ? "" : ", ") + ui.T("barrier." + mc.barriers[b].id + ".name");
  if (!barriers.empty()) Wrapped(ui.F("plan.barriers", {{"name", name}, {"names", barriers}}));
  if (count > 0) {
    Wrapped(ui.F("plan.load", {{"name", name},
                               {"load", fmt::format("{:.1f}", a.load)},
                               {"capacity", fmt::format("{:.1f}", a.capacity)}}));
    if (a.Overload() > 0.0) Wrapped(ui.F("plan.load.over", {{"name", name}}));
    // Chosen interventions that address none of the citizen's barriers:
    // they work at a fraction, and coordinate nothing (F-MORE).
    std::string unaddressed;
    for (const std::string& id : d.choices.interventions) {
      const std::size_t k = mc.InterventionIndex(id);
      if (k < mc.interventions.size() && !((a.addresses_barrier >> k) & 1U))
        unaddressed += (unaddressed.empty() ? "" : ", ") + ui.T("intervention." + id + ".name");
    }
    if (!unaddressed.empty())
      Wrapped(ui.F("plan.misfits", {{"name", name}, {"names", unaddressed}}));
  }
  if (d.carried_over) Small(ui, ui.T("plan.carried_over"));
  if (d.from_branch) Small(ui, ui.T("plan.from_branch"));
  EndCard();
  ImGui::Spacing();

  const Columns cols = BeginColumns(ui, 0.5f, 820);
  GroupCard(ui, Group::kJobFocused, cols.left_w);
  NextColumn(cols);
  GroupCard(ui, Group::kHealth, cols.right_w);
  ImGui::Spacing();
  GroupCard(ui, Group::kSocial, cols.right_w);
  ImGui::Spacing();
  GroupCard(ui, Group::kUpskilling, cols.right_w);
  EndColumns();
  (void)c;

  ui.footer.has_primary = true;
  ui.footer.primary = Intent{IntentKind::kNext, {}, {}, 0, 0.0, {}};
  ui.footer.primary_label = ui.T("plan.to_sparring");
  ui.footer.has_back = true;
  ui.footer.back_label =
      play.pending_events().empty() ? ui.T("step.meeting") : ui.T("step.situation");
  ui.footer.back = Intent{IntentKind::kBack, {}, {}, 0, 0.0, {}};
}

}  // namespace bip::ui
