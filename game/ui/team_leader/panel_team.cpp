// The team leader's desk: a tab strip over sessions, participants, the
// comparison, sparring rounds and the exports; each tab is its own file.
#include <SDL_scancode.h>

#include "panel.hpp"
#include "team_desk.hpp"
#include "team_view.hpp"
#include "widgets.hpp"

namespace bip::ui {
namespace {

void TeamTabs(Ui& ui, const TeamDesk& desk) {
  std::vector<std::string> labels;
  for (int t = 0; t < kTeamTabCount; ++t)
    labels.push_back(ui.T("team_desk.tab." + std::string(TeamTabName(static_cast<TeamTab>(t)))));
  const int clicked = TabStrip(ui, "##teamtab", labels, static_cast<int>(desk.tab()));
  if (clicked >= 0)
    ui.Emit(TeamIntent("tab", std::string(TeamTabName(static_cast<TeamTab>(clicked)))));
}

// Keys of the desk (not while typing): 1-5 the tabs; on the rounds tab F6
// starts or pauses the timer, F7 resets it, F8 draws a card (F5 belongs to
// the author mode's reload).
void DeskKeys(Ui& ui, const TeamDesk& desk) {
  const ImGuiIO& io = ImGui::GetIO();
  if (io.WantTextInput || io.KeyCtrl) return;
  for (int d = 1; d <= kTeamTabCount; ++d)
    if (ImGui::IsKeyPressed(SDL_SCANCODE_1 + d - 1, false) ||
        ImGui::IsKeyPressed(SDL_SCANCODE_KP_1 + d - 1, false))
      ui.Emit(TeamIntent("tab", std::string(TeamTabName(static_cast<TeamTab>(d - 1)))));
  if (desk.tab() != TeamTab::kRounds || !desk.session()) return;
  if (ImGui::IsKeyPressed(SDL_SCANCODE_F6, false))
    ui.Emit(TeamIntent(desk.timer().running() ? "timer_pause" : "timer_start"));
  if (ImGui::IsKeyPressed(SDL_SCANCODE_F7, false)) ui.Emit(TeamIntent("timer_reset"));
  if (ImGui::IsKeyPressed(SDL_SCANCODE_F8, false)) ui.Emit(TeamIntent("draw"));
}

}  // namespace

void DrawTeam(Ui& ui) {
  const TeamDesk& desk = ui.s.team();
  TeamLanTick(ui);
  Title(ui, ui.T("team_desk.title"));
  if (const TeamSession* t = desk.session()) {
    Muted(ui.F("team_desk.session_line", {{"name", t->name},
                                          {"case", ui.T("case." + t->case_id + ".name")},
                                          {"seed", std::to_string(t->seed)},
                                          {"n", std::to_string(t->participants.size())}}));
  } else {
    Wrapped(ui.T("team_desk.intro"));
  }
  ImGui::Spacing();
  TeamTabs(ui, desk);
  ImGui::Spacing();
  DeskKeys(ui, desk);
  // Every tab but the first works on an open session.
  if (desk.tab() != TeamTab::kSessions && !desk.session()) {
    BeginCard("nosession", 0, colour::kWarnSoft, colour::kWarn);
    Wrapped(ui.T("team_desk.need_session"));
    if (SecondaryButton(ui.T("team_desk.tab.sessions"))) ui.Emit(TeamIntent("tab", "sessions"));
    EndCard();
  } else {
    switch (desk.tab()) {
      case TeamTab::kSessions:
        DrawTeamSessions(ui);
        break;
      case TeamTab::kParticipants:
        DrawTeamParticipants(ui);
        break;
      case TeamTab::kCompare:
        DrawTeamCompare(ui);
        break;
      case TeamTab::kRounds:
        DrawTeamRounds(ui);
        break;
      case TeamTab::kExport:
        DrawTeamExport(ui);
        break;
    }
  }

  // Footer: Enter goes on to the next tab, Escape back to the previous one
  // (from the first, back to the start screen). The sessions tab sets its own.
  const int t = static_cast<int>(desk.tab());
  if (desk.session() && t + 1 < kTeamTabCount && !ui.footer.has_primary) {
    const auto next = static_cast<TeamTab>(t + 1);
    ui.footer.has_primary = true;
    ui.footer.primary_label = ui.T("team_desk.tab." + std::string(TeamTabName(next)));
    ui.footer.primary = TeamIntent("tab", std::string(TeamTabName(next)));
  }
  ui.footer.has_back = true;
  if (t > 0) {
    const auto prev = static_cast<TeamTab>(t - 1);
    ui.footer.back_label = ui.T("team_desk.tab." + std::string(TeamTabName(prev)));
    ui.footer.back = TeamIntent("tab", std::string(TeamTabName(prev)));
  } else {
    ui.footer.back_label = ui.T("team_desk.close");
    ui.footer.back = TeamIntent("close");
  }
}

}  // namespace bip::ui
