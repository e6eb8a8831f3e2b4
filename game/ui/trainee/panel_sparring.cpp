// Sparring: one move before the quarter runs, and a summary of the quarter.
#include "panel.hpp"
#include "widgets.hpp"

namespace bip::ui {
namespace {

const char* KindId(SparringKind k) {
  switch (k) {
    case SparringKind::kNone:
      return "none";
    case SparringKind::kGood:
      return "good";
    case SparringKind::kNarrative:
      return "narrative";
    case SparringKind::kBad:
      return "bad";
  }
  return "none";
}

void KindCard(Ui& ui, SparringKind kind, float width) {
  const GameSession& s = ui.s;
  const std::string kid = KindId(kind);
  BeginCard(kid.c_str(), width);
  Heading(ui, ui.T("sparring.kind." + kid));
  Small(ui, ui.T("sparring_screen.kind_hint." + kid));
  ImGui::Spacing();
  const ImU32 accent = kind == SparringKind::kBad ? colour::kBad : colour::kAccent;
  for (const SparringMove& m : s.content().model.sparring) {
    if (m.kind != kind) continue;
    const bool sel = s.draft().choices.sparring == m.id;
    if (ChoiceRow(ui, m.id.c_str(), ui.T("sparring." + m.id + ".name"),
                  ui.T("sparring." + m.id + ".description"), sel, Mark::kRadio, accent))
      ui.Emit(Intent{IntentKind::kSparring, m.id, {}, 0, 0.0, {}});
  }
  EndCard();
}

}  // namespace

void DrawSparring(Ui& ui) {
  const GameSession& s = ui.s;
  const Playthrough& play = *s.play();
  const CaseDef& c = play.case_def();
  const Draft& d = s.draft();
  Title(ui, ui.F("sparring_screen.title", {{"n", std::to_string(play.quarter())}}));
  Muted(ui.F("sparring_screen.intro", {{"case", ui.T("case." + c.id + ".name")}}));
  ImGui::Spacing();

  // The quarter so far, so the trainee sees what is about to run.
  BeginCard("summary", 0, colour::kAccentSoft, colour::kAccentSoft);
  Bold(ui, ui.T("sparring_screen.summary"));
  if (ImGui::BeginTable("sum", 2, ImGuiTableFlags_SizingStretchProp)) {
    ImGui::TableSetupColumn("k", ImGuiTableColumnFlags_WidthStretch, 0.25f);
    ImGui::TableSetupColumn("v", ImGuiTableColumnFlags_WidthStretch, 0.75f);
    auto row = [&](const std::string& k, const std::string& v) {
      ImGui::TableNextRow();
      ImGui::TableSetColumnIndex(0);
      ImGui::PushStyleColor(ImGuiCol_Text, colour::Vec(colour::kMuted));
      ImGui::TextUnformatted(k.c_str());
      ImGui::PopStyleColor();
      ImGui::TableSetColumnIndex(1);
      ImGui::PushTextWrapPos(0.0f);
      ImGui::TextUnformatted(v.c_str());
      ImGui::PopTextWrapPos();
    };
    row(ui.T("sparring_screen.belief"),
        "S12: " + ui.T("scale.belief." + std::to_string(d.choices.belief)));
    for (const Event* e : play.pending_events()) {
      const auto it = d.choices.responses.find(e->id);
      const std::string r = it != d.choices.responses.end() ? it->second : e->Default().id;
      const std::string base = "case." + c.id + ".event." + e->id;
      row(ui.T(base + ".title"),
          ui.T(base + ".response." + r) + (it == d.choices.responses.end()
                                               ? "  (" + ui.T("sparring_screen.by_default") + ")"
                                               : ""));
    }
    std::string names;
    for (const std::string& id : d.choices.interventions)
      names += (names.empty() ? "" : ", ") + ui.T("intervention." + id + ".name");
    row(ui.T("sparring_screen.plan"), names.empty() ? ui.T("plan.chosen_none") : names);
    ImGui::EndTable();
  }
  EndCard();
  ImGui::Spacing();

  const Columns cols = BeginColumns(ui, 0.5f, 820);
  KindCard(ui, SparringKind::kGood, cols.left_w);
  ImGui::Spacing();
  KindCard(ui, SparringKind::kNone, cols.left_w);
  ImGui::Spacing();
  KindCard(ui, SparringKind::kBad, cols.left_w);
  NextColumn(cols);
  KindCard(ui, SparringKind::kNarrative, cols.right_w);
  EndColumns();

  ui.footer.has_primary = true;
  ui.footer.primary = Intent{IntentKind::kPlayQuarter, {}, {}, 0, 0.0, {}};
  ui.footer.primary_label = ui.F("sparring_screen.run", {{"n", std::to_string(play.quarter())}});
  ui.footer.has_back = true;
  ui.footer.back_label = ui.T("step.plan");
  ui.footer.back = Intent{IntentKind::kBack, {}, {}, 0, 0.0, {}};
}

}  // namespace bip::ui
