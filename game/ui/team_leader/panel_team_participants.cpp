// The desk's participants: who plays here in turn (hot seat), and result
// files from other machines, with what was refused and why.
#include "panel.hpp"
#include "team_desk.hpp"
#include "team_view.hpp"
#include "widgets.hpp"

namespace bip::ui {
namespace {

std::string Status(const Ui& ui, const ParticipantResult* p) {
  if (!p) return ui.T("team_desk.players.not_yet");
  int job = 0;
  for (std::size_t q = 0; q < p->quarters.size(); ++q)
    if (p->quarters[q].job && job == 0) job = static_cast<int>(q) + 1;
  return job ? ui.F("team_desk.players.done_job",
                    {{"n", std::to_string(p->quarters.size())}, {"job", std::to_string(job)}})
             : ui.F("team_desk.players.done", {{"n", std::to_string(p->quarters.size())}});
}

void Players(Ui& ui, const TeamDesk& desk, float width) {
  const TeamSession& t = *desk.session();
  BeginCard("players", width);
  Heading(ui, ui.T("team_desk.players.title"));
  Small(ui, ui.T("team_desk.players.hint"));
  ImGui::Spacing();
  for (const std::string& alias : t.roster) {
    const ParticipantResult* p = desk.Participant(alias);
    ImGui::PushID(alias.c_str());
    Bold(ui, alias);
    ImGui::SameLine(0, ui.Px(12));
    ImGui::PushStyleColor(ImGuiCol_Text, colour::Vec(p ? colour::kGood : colour::kMuted));
    ImGui::TextUnformatted(Status(ui, p).c_str());
    ImGui::PopStyleColor();
    if (SecondaryButton(ui.F(p ? "team_desk.players.play_again" : "team_desk.players.play",
                             {{"alias", alias}})))
      ui.Emit(TeamIntent("play", alias));
    if (!p) {
      ImGui::SameLine();
      if (SecondaryButton(ui.T("team_desk.players.remove")))
        ui.Emit(TeamIntent("remove_alias", alias));
    }
    ImGui::PopID();
    ImGui::Spacing();
  }
  if (t.roster.empty()) Muted(ui.T("team_desk.players.none"));
  CardSeparator();
  ImGui::Spacing();
  Bold(ui, ui.T("team_desk.players.add"));
  TeamView& v = ui.view.team;
  const std::string add = ui.T("team_desk.players.add_button");
  const float bw = ImGui::CalcTextSize(add.c_str()).x + ui.Px(32);
  ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x - bw - ImGui::GetStyle().ItemSpacing.x);
  const bool enter = ImGui::InputTextWithHint(
      "##alias", ui.T("team_desk.players.alias_hint").c_str(), v.alias.data(), v.alias.size(),
      ImGuiInputTextFlags_EnterReturnsTrue);
  Focusable(true);
  ImGui::SameLine();
  if ((SecondaryButton(add, ImVec2(bw, 0)) || enter) && v.alias[0] != '\0') {
    ui.Emit(TeamIntent("add_alias", v.alias.data()));
    v.alias.fill('\0');
  }
  EndCard();
}

void Import(Ui& ui, const TeamDesk& desk, float width) {
  BeginCard("import", width);
  Heading(ui, ui.T("team_desk.import.title"));
  Small(ui, ui.T("team_desk.import.hint"));
  ImGui::Spacing();
  TeamView& v = ui.view.team;
  const std::string label = ui.T("team_desk.import.button");
  const float bw = ImGui::CalcTextSize(label.c_str()).x + ui.Px(32);
  ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x - bw - ImGui::GetStyle().ItemSpacing.x);
  const bool enter = ImGui::InputTextWithHint("##path", ui.T("team_desk.import.path_hint").c_str(),
                                              v.import_path.data(), v.import_path.size(),
                                              ImGuiInputTextFlags_EnterReturnsTrue);
  Focusable(true);
  ImGui::SameLine();
  if ((SecondaryButton(label, ImVec2(bw, 0)) || enter) && v.import_path[0] != '\0')
    ui.Emit(TeamIntent("import", v.import_path.data()));
  ImGui::Spacing();
  // What the last import came to: refused files say why, in one line.
  if (!desk.import_error().empty()) {
    BeginCard("refused", 0, colour::kBadSoft, colour::kBad);
    ImGui::PushStyleColor(ImGuiCol_Text, colour::Vec(colour::kBad));
    Bold(ui, ui.T("team_desk.import.refused"));
    ImGui::PopStyleColor();
    // In the person's words; the technical line is in the log and on hover.
    Wrapped(ui.F(desk.import_refusal().key, desk.import_refusal().args));
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", desk.import_error().c_str());
    EndCard();
    ImGui::Spacing();
  } else if (!desk.last_import().empty()) {
    WrappedColoured(ui.F("team_desk.import.done", {{"alias", desk.last_import()}}), colour::kGood);
    ImGui::Spacing();
  }
  Bold(ui, ui.T("team_desk.import.in_folder"));
  int shown = 0;
  for (const TeamFolderEntry& e : desk.files()) {
    if (e.session) continue;
    ++shown;
    std::string text = e.file;
    if (!e.name.empty()) text += "  ·  " + e.name;
    if (FocusSelectable((text + "##imp" + e.file).c_str())) ui.Emit(TeamIntent("import", e.path));
  }
  if (shown == 0) Muted(ui.F("team_desk.import.none", {{"path", desk.folder()}}));
  EndCard();
}

}  // namespace

void DrawTeamParticipants(Ui& ui) {
  const TeamDesk& desk = ui.s.team();
  const Columns cols = BeginColumns(ui, 0.5f, 900);
  Players(ui, desk, cols.left_w);
  NextColumn(cols);
  Import(ui, desk, cols.right_w);
  ImGui::Spacing();
  DrawTeamLan(ui, cols.right_w);
  EndColumns();
}

}  // namespace bip::ui
