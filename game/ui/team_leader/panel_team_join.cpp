// A participant's side of a team session on another computer: the start
// screen's "Join a team session" (the address and code the team desk shows)
// and, on the end and debrief screens, "Hand in over the network".
#include <algorithm>

#include "panel.hpp"
#include "team_desk.hpp"
#include "team_join.hpp"
#include "widgets.hpp"

namespace bip::ui {

void DrawTeamJoin(Ui& ui) {
  const GameSession& s = ui.s;
  const TeamJoin& join = s.team().joined();
  TeamView& v = ui.view.team;
  BeginCard("teamjoin");
  Heading(ui, ui.T("team_join.title"));
  if (join.link) {
    const std::string case_name = ui.T("case." + join.session.case_id + ".name");
    WrappedColoured(ui.F("team_join.joined", {{"session", join.session.name},
                                              {"url", join.link->Url()},
                                              {"case", case_name},
                                              {"seed", std::to_string(join.session.seed)}}),
                    colour::kGood);
    if (SecondaryButton(ui.T("team_join.play_again")))
      ui.Emit(Intent{IntentKind::kTeam, "join", join.link->Url(), 0, 0.0, {}});
    ImGui::SameLine();
    if (SecondaryButton(ui.T("team_join.leave"))) ui.Emit(TeamIntent("join_leave"));
    EndCard();
    return;
  }
  Small(ui, ui.T("team_join.hint"));
  ImGui::Spacing();
  const float gap = ImGui::GetStyle().ItemSpacing.x;
  const std::string button = ui.T("team_join.button");
  const float button_w = ImGui::CalcTextSize(button.c_str()).x + ui.Px(32);
  const float code_w = ui.Px(150);
  const float address_w =
      std::max(ui.Px(200), ImGui::GetContentRegionAvail().x - code_w - button_w - 2 * gap);
  ImGui::SetNextItemWidth(address_w);
  bool enter = ImGui::InputTextWithHint("##join_address", ui.T("team_join.address_hint").c_str(),
                                        v.join_address.data(), v.join_address.size(),
                                        ImGuiInputTextFlags_EnterReturnsTrue);
  Focusable(true);
  ImGui::SameLine();
  ImGui::SetNextItemWidth(code_w);
  enter |= ImGui::InputTextWithHint(
      "##join_code", ui.T("team_join.code_hint").c_str(), v.join_code.data(), v.join_code.size(),
      ImGuiInputTextFlags_EnterReturnsTrue | ImGuiInputTextFlags_CharsUppercase |
          ImGuiInputTextFlags_CharsNoBlank);
  Focusable(true);
  ImGui::SameLine();
  const bool typed = v.join_address[0] != '\0';
  if ((PrimaryButton(button, ImVec2(button_w, 0), typed && s.profile()) || enter) && typed) {
    Intent in = TeamIntent("join", v.join_address.data());
    if (v.join_code[0] != '\0') in.list.push_back(v.join_code.data());
    ui.Emit(std::move(in));
  }
  if (!s.profile()) Small(ui, ui.T("notice.need_profile"));
  EndCard();
}

void DrawTeamJoinHandIn(Ui& ui) {
  const GameSession& s = ui.s;
  const TeamDesk& desk = s.team();
  const TeamJoin& join = desk.joined();
  if (!desk.CanHandInOverNetwork(s)) return;
  Wrapped(
      ui.F("team_join.hand_in_text", {{"session", join.session.name}, {"url", join.link->Url()}}));
  if (PrimaryButton(ui.T("team_join.hand_in"))) ui.Emit(TeamIntent("join_hand_in"));
  DefaultFocus();  // what a participant who joined came to the end for
  if (join.answer && join.answer->playthrough == s.playthrough_id())
    WrappedColoured(join.answer->message, join.answer->ok ? colour::kGood : colour::kBad);
  ImGui::Spacing();
}

}  // namespace bip::ui
