#pragma once
// View state of the facilitator's desk: what is typed but not yet
// committed (vote counts, the day's form, notes, a survey answer), cursors,
// and when the running pause was first shown. Lost when the game closes; the
// day itself is saved after every step.
#include <array>
#include <cstddef>
#include <string>
#include <vector>

#include "intent.hpp"
#include "room_phones_view.hpp"

namespace bip::ui {

struct RoomView {
  // Setting up a day.
  std::array<char, 81> name{};
  std::array<char, 21> seed{};
  std::array<char, 8> tables{};
  int case_index = -1;  // -1: Henrik when the content has him, else the first case
  // The part of the setup screen the keys act on: 0 name, 1 case, 2 seed,
  // 3 tables, 4 the saved days; `focus_field` moves the keyboard there.
  int field = 0;
  bool focus_field = true;
  std::size_t day_cursor = 0;
  // The open vote: typed counts per table and option (row-major), the cell
  // being typed into, and which vote they belong to.
  std::string vote_key;
  std::vector<std::string> cells;
  std::size_t cursor = 0;
  // Composing the room's own plan for the plan vote.
  bool composing = false;
  std::size_t compose_cursor = 0;
  bool compose_follow = false;  // the cursor moved: scroll it into view
  std::vector<std::string> compose;
  // The running pause: which one, since when (ImGui time), typed text.
  int pause_index = -1;
  double pause_start = 0.0;
  std::array<char, 8192> notes{};
  std::array<char, 512> question{};
  bool focus_notes = false;
  bool focus_question = false;
  // One participant's survey answer being entered.
  std::array<int, 4> ratings{};
  std::size_t survey_cursor = 0;  // 0-3 the ratings, 4 the open answer
  std::array<char, 2048> open{};
  bool focus_open = false;
  // A step that leaves the day or the projector waits for Enter (AskFirst):
  // the question's text key and what Enter then does.
  std::string confirm_key;
  Intent confirm_intent;
  // Day files marked for the comparison.
  std::vector<std::string> selected;
  // The room's phones: where the server listens.
  RoomPhonesView phones;
};

}  // namespace bip::ui
