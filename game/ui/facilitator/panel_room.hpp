#pragma once
// Shared by the facilitator's views (panel_room*.cpp): the look (dark and
// large on the projector, the game's light theme in the window), keys, and
// one function per phase of the day.
#include <cstdint>
#include <string>
#include <vector>

#include "panel.hpp"
#include "room_desk.hpp"

namespace bip::ui {

struct RoomLook {
  ImU32 text, muted, card, border, bar, played, good;
  bool dark;
};
RoomLook LookOf(const Ui& ui);

// Keys: the views read them themselves (the projector has no footer).
bool KeyHit(int scancode, bool repeat = false);
int DigitHit();  // the digit 0-9 pressed this frame, else -1
bool EnterHit();
bool Typing();  // a text field has the keyboard

// Ends the day, leaves the projector or the running day only after a second
// key: shows `question_key` (which names the keys) until Enter does `then`
// or Esc cancels; meanwhile the view's own keys rest.
void AskFirst(Ui& ui, const std::string& question_key, Intent then);

// Esc during the day: leave the projector, or (in the window) go back to
// the start, each after Enter confirms.
void AskLeave(Ui& ui);

Intent RoomIntent(std::string action, std::string arg = {}, std::int64_t n = 0,
                  std::vector<std::string> list = {});
// Text at any size (the projector's numbers are larger than any font).
void BigText(ImFont* font, float size, const std::string& text, ImU32 colour, float wrap = 0.0f);
// A button for the mouse; the keyboard goes through each view's keys, so
// ImGui's own navigation never competes with typing counts.
bool MouseButton(const std::string& label);
// The facilitator's keys for this view, on one wrapped line.
void KeysLine(const Ui& ui, const std::string& text);
// Day · case · quarter, small, at the top.
void RoomTopLine(const Ui& ui);
// Intervention names, comma-separated ("No intervention" when empty).
std::string PlanNames(const Ui& ui, const std::vector<std::string>& ids);

void DrawRoomSetup(Ui& ui);
void DrawRoomVote(Ui& ui);
void DrawRoomResult(Ui& ui);
void DrawRoomPause(Ui& ui);
void DrawRoomEnd(Ui& ui);
void DrawRoomSurvey(Ui& ui);
void DrawRoomCompare(Ui& ui);
// The phones: join box (QR code, address, code), answered / present, the
// written answers to moderate; and the controls to start or stop the server.
void DrawRoomPhones(Ui& ui);
// The plan vote while the phones compose the room's plan: their picks and
// A to use them (panel_room_phone_plan.cpp); the setting's button.
void DrawRoomPhonePlan(Ui& ui);
void DrawRoomComposeSetting(Ui& ui);
// F9 starts or stops the phones (every view of an open day).
void RoomPhonesKeys(Ui& ui);
// On the projector the join box has a column of its own at the right, so it
// is never below a vote's options: the view is drawn between Begin (true
// when the corner is shown) and End.
bool BeginRoomJoinCorner(Ui& ui);
void EndRoomJoinCorner(Ui& ui);

}  // namespace bip::ui
