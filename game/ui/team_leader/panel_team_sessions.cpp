// The desk's first tab: the sessions in the folder, and a new session
// (name, case, seed, the participants' aliases).
#include <algorithm>
#include <cstring>

#include "panel.hpp"
#include "team_desk.hpp"
#include "widgets.hpp"

namespace bip::ui {
namespace {

// The create intent from the form: list = [case, aliases...].
Intent CreateIntent(const Ui& ui) {
  const TeamView& v = ui.view.team;
  const auto& cases = ui.s.content().cases;
  Intent in = TeamIntent("create", v.name.data(), v.seed);
  in.list.push_back(cases[static_cast<std::size_t>(
                              std::clamp(v.selected_case, 0, static_cast<int>(cases.size()) - 1))]
                        .id);
  std::string alias;
  for (const char* p = v.aliases.data();; ++p) {
    if (*p == ',' || *p == ';' || *p == '\0') {
      if (!alias.empty()) in.list.push_back(alias);
      alias.clear();
      if (*p == '\0') break;
    } else {
      alias += *p;
    }
  }
  return in;
}

void SessionList(Ui& ui, const TeamDesk& desk, float width) {
  BeginCard("sessionlist", width);
  Heading(ui, ui.T("team_desk.sessions.title"));
  Small(ui, ui.F("team_desk.sessions.folder", {{"path", desk.folder()}}));
  ImGui::Spacing();
  int shown = 0;
  for (const TeamFolderEntry& e : desk.files()) {
    if (!e.session) continue;
    ++shown;
    const bool open = e.path == desk.session_path();
    const std::string title = e.name.empty() ? e.file : e.name;
    const std::string detail =
        ui.F("team_desk.sessions.detail",
             {{"file", e.file},
              {"case", ui.s.texts().Has(ui.s.lang(), "case." + e.case_id + ".name")
                           ? ui.T("case." + e.case_id + ".name")
                           : e.case_id},
              {"n", std::to_string(e.participants)}});
    if (ChoiceRow(ui, ("sess" + e.file).c_str(), title, detail, open, Mark::kRadio, colour::kAccent,
                  open ? ui.T("team_desk.sessions.open_badge") : ""))
      ui.Emit(TeamIntent("open_session", e.path));
  }
  if (shown == 0) Muted(ui.T("team_desk.sessions.none"));
  ImGui::Spacing();
  CardSeparator();
  ImGui::Spacing();
  // Another folder (a USB stick, a shared drive).
  TeamView& v = ui.view.team;
  if (v.folder_shown != desk.folder()) {
    FillBuffer(v.folder, desk.folder());
    v.folder_shown = desk.folder();
  }
  Bold(ui, ui.T("team_desk.sessions.other_folder"));
  const float bw = ImGui::CalcTextSize(ui.T("team_desk.sessions.use_folder").c_str()).x + ui.Px(32);
  ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x - bw - ImGui::GetStyle().ItemSpacing.x);
  const bool enter = ImGui::InputText("##folder", v.folder.data(), v.folder.size(),
                                      ImGuiInputTextFlags_EnterReturnsTrue);
  Focusable(true);
  ImGui::SameLine();
  if (SecondaryButton(ui.T("team_desk.sessions.use_folder"), ImVec2(bw, 0)) || enter)
    ui.Emit(TeamIntent("folder", v.folder.data()));
  if (SecondaryButton(ui.T("team_desk.refresh"))) ui.Emit(TeamIntent("refresh"));
  EndCard();
}

void NewSessionForm(Ui& ui, float width) {
  TeamView& v = ui.view.team;
  const auto& cases = ui.s.content().cases;
  BeginCard("newsession", width);
  Heading(ui, ui.T("team_desk.new.title"));
  Small(ui, ui.T("team_desk.new.hint"));
  ImGui::Spacing();
  Bold(ui, ui.T("team_desk.new.name"));
  ImGui::SetNextItemWidth(-1);
  ImGui::InputTextWithHint("##name", ui.T("team_desk.new.name_hint").c_str(), v.name.data(),
                           v.name.size());
  Focusable(true);
  ImGui::Spacing();
  Bold(ui, ui.T("team_desk.new.case"));
  for (std::size_t i = 0; i < cases.size(); ++i) {
    if (i % 4 != 0) ImGui::SameLine(0, ui.Px(14));
    if (FocusRadio(ui.T("case." + cases[i].id + ".name").c_str(),
                   v.selected_case == static_cast<int>(i)))
      v.selected_case = static_cast<int>(i);
  }
  ImGui::Spacing();
  Bold(ui, ui.T("team_desk.new.seed"));
  ImGui::SetNextItemWidth(ui.Px(160));
  ImGui::InputInt("##seed", &v.seed, 0, 0);  // no -/+ buttons: one stop for the keys
  Focusable(true);
  v.seed = std::max(1, v.seed);
  Small(ui, ui.T("team_desk.new.seed_hint"));
  ImGui::Spacing();
  Bold(ui, ui.T("team_desk.new.aliases"));
  ImGui::SetNextItemWidth(-1);
  ImGui::InputTextWithHint("##aliases", ui.T("team_desk.new.aliases_hint").c_str(),
                           v.aliases.data(), v.aliases.size());
  Focusable(true);
  ImGui::Spacing();
  const bool ready = v.name[0] != '\0' && !cases.empty();
  if (PrimaryButton(ui.T("team_desk.new.create"), ImVec2(0, 0), ready)) {
    ui.Emit(CreateIntent(ui));
  }
  EndCard();
}

}  // namespace

void DrawTeamSessions(Ui& ui) {
  const TeamDesk& desk = ui.s.team();
  // A session was created (by the button, Enter or a script) or opened:
  // the form starts empty for the next one.
  if (ui.view.team.form_for != desk.session_path()) {
    ui.view.team.form_for = desk.session_path();
    ui.view.team.name.fill('\0');
    ui.view.team.aliases.fill('\0');
  }
  const Columns cols = BeginColumns(ui, 0.5f, 900);
  SessionList(ui, desk, cols.left_w);
  NextColumn(cols);
  NewSessionForm(ui, cols.right_w);
  EndColumns();
  // Enter creates the session from the form when no session is open yet.
  if (!desk.session() && !ui.s.content().cases.empty()) {
    ui.footer.has_primary = true;
    ui.footer.primary_label = ui.T("team_desk.new.create");
    ui.footer.primary = CreateIntent(ui);
    ui.footer.primary_enabled = ui.view.team.name[0] != '\0';
    ui.footer.blocked_hint = ui.T("team_desk.new.need_name");
  }
}

}  // namespace bip::ui
