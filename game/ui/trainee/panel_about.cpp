// About BIP: the study, the findings the game is built on, and their sources.
#include "panel.hpp"
#include "widgets.hpp"

namespace bip::ui {

void DrawAbout(Ui& ui) {
  const GameSession& s = ui.s;
  Title(ui, ui.T("about.title"));
  ImGui::Spacing();
  Wrapped(ui.T("about.intro"));
  ImGui::Spacing();
  Wrapped(ui.T("about.game"));
  ImGui::Spacing();
  BeginCard("model", 0, colour::kAccentSoft, colour::kAccentSoft);
  Bold(ui, ui.T("about.model_title"));
  Wrapped(ui.T("about.model"));
  EndCard();
  ImGui::Spacing();
  Heading(ui, ui.T("about.findings"));
  ImGui::Spacing();
  // Every finding the texts know, in the order of the findings file.
  static const char* kFindings[] = {"F-DATA",   "F-SCALE",  "F-POWER",  "F-POP",   "F-IND",
                                    "F-STRONG", "F-INT",    "F-MIX",    "F-LINE",  "F-S12",
                                    "F-BELIEF", "F-CHANGE", "F-EFFECT", "F-SHAPE", "F-SPAR",
                                    "F-HENRIK", "F-MORE",   "F-EVENT"};
  std::vector<std::string> ids;
  for (const char* f : kFindings)
    if (s.texts().Has(s.lang(), "finding." + std::string(f) + ".title")) ids.emplace_back(f);
  const Columns cols = BeginColumns(ui, 0.5f, 760);
  const std::size_t half = (ids.size() + 1) / 2;
  for (std::size_t i = 0; i < ids.size(); ++i) {
    const std::string& id = ids[i];
    if (i == half) NextColumn(cols);
    BeginCard(id.c_str(), i < half ? cols.left_w : cols.right_w);
    Pill(ui, id, colour::kAccentSoft, colour::kHeader);
    ImGui::SameLine();
    Bold(ui, ui.T("finding." + id + ".title"));
    Wrapped(ui.T("finding." + id + ".summary"));
    Small(ui, ui.F("about.source", {{"source", ui.T("about.source." + id)}}));
    EndCard();
    ImGui::Spacing();
  }
  EndColumns();
  ImGui::Spacing();
  Heading(ui, ui.T("about.sources"));
  for (int i = 1; i <= 7; ++i) {
    ImGui::Bullet();
    ImGui::SameLine();
    Wrapped(ui.T("about.sources." + std::to_string(i)));
  }
  ImGui::Spacing();
  Small(ui, ui.T("about.disclaimer"));

  ui.footer.has_primary = true;
  ui.footer.primary_label = ui.T("about.back");
  ui.footer.primary = Intent{IntentKind::kClose, {}, {}, 0, 0.0, {}};
  ui.footer.has_back = true;
  ui.footer.back_label = ui.T("about.back");
  ui.footer.back = Intent{IntentKind::kClose, {}, {}, 0, 0.0, {}};
}

}  // namespace bip::ui
