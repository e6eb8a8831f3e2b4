#pragma once
// View state of the team leader's desk (typed, not yet committed text,
// selections), and the desk's views: one function per tab
// (panel_team_*.cpp) and the card the end and debrief screens show.
#include <array>
#include <cstddef>
#include <string>

namespace bip::ui {

struct TeamView {
  // Sessions tab: the form of a new session.
  std::array<char, 81> name{};
  int seed = 7;
  int selected_case = 0;
  std::array<char, 400> aliases{};  // separated by commas
  std::string form_for;             // the session open when the form was last cleared
  std::array<char, 1024> folder{};
  std::string folder_shown;  // the desk's folder the field was filled from
  // Participants tab.
  std::array<char, 81> alias{};
  std::array<char, 1024> import_path{};
  // Participants tab: the hand-in over the network.
  bool lan_listed = false;  // the interfaces were listed once
  std::size_t lan_interface = 0;
  std::array<char, 8> lan_port{'8', '0', '9', '0'};
  // Start screen: joining a team session on another computer.
  std::array<char, 256> join_address{};
  std::array<char, 16> join_code{};
  // Compare tab.
  bool only_diverged = false;
  // Rounds tab: the selected round's texts, filled when another round (or
  // session) is selected.
  std::string text_for;  // session path + round index
  std::array<char, 2001> situation{};
  std::array<char, 20001> notes{};
};

struct Ui;
void DrawTeamSessions(Ui& ui);
void DrawTeamParticipants(Ui& ui);
void DrawTeamCompare(Ui& ui);
void DrawTeamRounds(Ui& ui);
void DrawTeamExport(Ui& ui);
// On the participants tab: the hand-in over the network (panel_team_lan.cpp).
void DrawTeamLan(Ui& ui, float width);
// Every frame of the desk: takes over hand-ins as they arrive.
void TeamLanTick(Ui& ui);
// Under "hide the names": notes are exported as they were written.
void DrawHideNamesNote(Ui& ui);
// On the end and debrief screens: hand the finished playthrough in to the
// open team session, or export it as a result file for the team leader.
void DrawTeamHandIn(Ui& ui);
// A participant's game and a team desk on another computer
// (panel_team_join.cpp): the start screen's card, and the end card's part.
void DrawTeamJoin(Ui& ui);
void DrawTeamJoinHandIn(Ui& ui);

}  // namespace bip::ui
