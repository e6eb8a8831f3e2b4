#pragma once
// What every panel gets: the session to read (const), the fonts, its own
// view state, and a list to put intents in. Panels never change the session.
#include <imgui.h>

#include <array>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "focus_ring.hpp"
#include "intent.hpp"
#include "room_view.hpp"
#include "session.hpp"
#include "team_view.hpp"
#include "theme.hpp"
#include "typing_carry.hpp"

namespace bip::ui {

// View state only: what is typed but not yet committed, what is selected
// on screen, animations. Lost when the game closes, and that is fine.
struct ViewState {
  // Start screen.
  std::array<char, 64> alias{};
  int selected_case = 0;
  std::array<char, 24> game_number{};  // empty: a new number (new luck) is drawn
  bool confirm_erase = false;
  // Result screen: when the line-of-100 animation started, per quarter shown.
  int animated_quarter = -1;
  double animation_start = 0.0;
  double animate_until = 0.0;  // the loop keeps drawing until then
  // Debrief: text being edited, synced from the session when it changes.
  std::int64_t text_for_playthrough = -1;
  std::array<char, 4096> note{};
  std::map<std::string, std::array<char, 1024>> reflections;
  int debrief_tab_applied = -1;
  // The team leader's and the facilitator's desks.
  TeamView team;
  RoomView room;
  // Text fields typed in and not yet saved: when the last key came (SaveTyping).
  std::map<ImGuiID, double> typed;
  bool closing = false;  // the window is closing: the last frame saves what was typed
  // The keyboard focus of the screen shown.
  FocusRing focus;
  // What was typed while a text field was opening (typing_carry.hpp).
  TypingCarry typing;
  // Start: the trainee picked a case to start (else Enter continues the saved one).
  bool chose_case = false;
  // Frame bookkeeping.
  Screen last_screen = Screen::kStart;
  int last_tab = -1;  // the debrief's or team desk's tab shown, -1 elsewhere
  int last_lang_serial = 0;
  bool focus_body = true;
  int notice_serial = 0;
  double notice_time = 0.0;
  double redraw_at = 0.0;  // ImGui time when the screen changes by itself (a notice ends), 0: never
};

// The footer: the primary action (Enter) and the way back (Escape).
struct Footer {
  std::string primary_label;
  Intent primary;
  bool has_primary = false;
  bool primary_enabled = true;
  std::string blocked_hint;  // why the primary action is disabled
  std::string back_label;
  Intent back;
  bool has_back = false;
  std::string keys;  // a screen's own keys for the footer's middle ("" = the game's)
};

struct Ui {
  const GameSession& s;
  const Fonts& fonts;
  ViewState& view;
  std::vector<Intent>& out;
  Footer footer;
  bool animate = true;  // false when a script drives the game: charts show their end state
  double time = 0.0;

  const std::string& T(const std::string& key) const { return s.texts().Get(s.lang(), key); }
  std::string F(const std::string& key,
                const std::vector<std::pair<std::string, std::string>>& args) const {
    return s.texts().Format(s.lang(), key, args);
  }
  void Emit(Intent i) { out.push_back(std::move(i)); }
  void Emit(IntentKind k) { out.push_back(Intent{k, {}, {}, 0, 0.0, {}}); }
  float Px(float v) const { return v * fonts.scale; }
};

// The indicators' short names for charts, in kIndicatorIds order.
std::vector<std::string> IndicatorLabels(const Ui& ui);

// One function per screen (panel_*.cpp), and the header.
void DrawHeader(Ui& ui);
void DrawStart(Ui& ui);
void DrawAbout(Ui& ui);
void DrawBriefing(Ui& ui);
void DrawMeeting(Ui& ui);
void DrawSituation(Ui& ui);
void DrawPlan(Ui& ui);
void DrawSparring(Ui& ui);
void DrawResult(Ui& ui);
void DrawEnd(Ui& ui);
void DrawDebrief(Ui& ui);
void DrawTeam(Ui& ui);
// The theme day; when the session is presenting it owns the whole window
// (no header or footer: nothing on the projector is for the facilitator only).
void DrawRoom(Ui& ui);

// Draws one whole frame of the game (header, screen, footer) and handles the
// global keys. Returns the intents of this frame. `animate` false shows
// charts in their end state (scripts, screenshots, tests).
std::vector<Intent> DrawGame(const GameSession& s, const Fonts& fonts, ViewState& view,
                             bool animate);

}  // namespace bip::ui
