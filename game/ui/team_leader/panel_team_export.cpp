// The desk's exports (team_report: HTML for reading and printing, CSV for a
// spreadsheet), and the card the end and debrief screens show a participant.
#include "panel.hpp"
#include "team_desk.hpp"
#include "widgets.hpp"

namespace bip::ui {

void DrawTeamExport(Ui& ui) {
  const TeamDesk& desk = ui.s.team();
  BeginCard("export");
  Heading(ui, ui.T("team_desk.export.title"));
  Wrapped(ui.F("team_desk.export.hint", {{"path", desk.session_path()}}));
  ImGui::Spacing();
  bool hide = desk.anonymous();
  if (FocusCheckbox(ui.T("team_desk.compare.hide_names").c_str(), &hide))
    ui.Emit(TeamIntent("anonymous", {}, hide ? 1 : 0));
  DrawHideNamesNote(ui);
  ImGui::Spacing();
  if (PrimaryButton(ui.T("team_desk.export.html"))) ui.Emit(TeamIntent("export_html"));
  ImGui::SameLine();
  if (SecondaryButton(ui.T("team_desk.export.csv"))) ui.Emit(TeamIntent("export_csv"));
  ImGui::Spacing();
  if (!desk.last_html().empty())
    WrappedColoured(ui.F("team_desk.export.written", {{"path", desk.last_html()}}), colour::kGood);
  if (!desk.last_csv().empty())
    WrappedColoured(ui.F("team_desk.export.written", {{"path", desk.last_csv()}}), colour::kGood);
  ImGui::Spacing();
  Small(ui, ui.T("team_desk.export.local"));
  EndCard();
  // The last tab: Enter writes the report.
  ui.footer.has_primary = true;
  ui.footer.primary_label = ui.T("team_desk.export.html");
  ui.footer.primary = TeamIntent("export_html");
}

void DrawHideNamesNote(Ui& ui) {
  // Hiding replaces the aliases only; a name typed into a note stays in it.
  if (ui.s.team().anonymous()) WrappedColoured(ui.T("team_desk.hide_names_note"), colour::kWarn);
}

void DrawTeamHandIn(Ui& ui) {
  const GameSession& s = ui.s;
  const TeamDesk& desk = s.team();
  const Playthrough* play = s.play();
  if (!play || !play->finished() || play->history().empty()) return;
  BeginCard("teamhandin", 0, colour::kAccentSoft, colour::kAccent);
  Bold(ui, ui.T("team_desk.hand_in.title"));
  DrawTeamJoinHandIn(ui);  // joined a desk on another computer: hand in over the network
  if (desk.CanHandIn(s)) {
    Wrapped(ui.F("team_desk.hand_in.text", {{"name", desk.session()->name}}));
    if (PrimaryButton(ui.T("team_desk.hand_in.button"))) ui.Emit(TeamIntent("hand_in"));
    ImGui::SameLine();
  } else if (!desk.CanHandInOverNetwork(s)) {
    Wrapped(ui.T("team_desk.hand_in.export_text"));
  }
  if (SecondaryButton(ui.T("team_desk.hand_in.export"))) ui.Emit(TeamIntent("export_result"));
  if (desk.session()) {
    ImGui::SameLine();
    if (SecondaryButton(ui.T("team_desk.hand_in.back"))) ui.Emit(TeamIntent("open"));
  }
  if (!desk.last_result().empty() && desk.last_result_playthrough() == s.playthrough_id())
    WrappedColoured(ui.F("team_desk.hand_in.exported", {{"path", desk.last_result()}}),
                    colour::kGood);
  EndCard();
  ImGui::Spacing();
}

}  // namespace bip::ui
