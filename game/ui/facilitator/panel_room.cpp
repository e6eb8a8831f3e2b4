// The facilitator's desk: the theme day on a projector. This file holds
// what every view of the day shares; each phase has its own file.
#include "panel_room.hpp"

#include <SDL_scancode.h>
#include <imgui_internal.h>

#include <algorithm>

#include "widgets.hpp"

namespace bip::ui {
namespace {

// Errors always show (the room should know why nothing happened); other
// notices only with the facilitator's controls.
void DrawNotice(Ui& ui, const RoomLook& look) {
  const Notice& n = ui.s.notice();
  if (n.serial != ui.view.notice_serial) {
    ui.view.notice_serial = n.serial;
    ui.view.notice_time = ui.time;
  }
  const double lasts = n.error ? 12.0 : 8.0;
  if (n.serial == 0 || n.key.empty() || ui.time - ui.view.notice_time >= lasts) return;
  const double expires = ui.view.notice_time + lasts + 0.05;
  ui.view.redraw_at = ui.view.redraw_at > 0 ? std::min(ui.view.redraw_at, expires) : expires;
  if (!n.error && !ui.s.room().controls()) return;
  ImGui::Spacing();
  Small(ui, ui.F(n.key, n.args),
        n.error ? (look.dark ? colour::kProjectorPlayed : colour::kBad) : look.good);
}

// While a question waits (AskFirst) the views' keys rest.
bool g_keys_rest = false;

// The waiting question, at the top of every view, and its two keys.
void Confirmation(Ui& ui, const RoomLook& look) {
  RoomView& v = ui.view.room;
  if (v.confirm_key.empty()) return;
  if (EnterHit()) {
    ui.Emit(v.confirm_intent);
    v.confirm_key.clear();
  } else if (KeyHit(SDL_SCANCODE_ESCAPE)) {
    v.confirm_key.clear();
  } else {
    BeginCard("confirm", 0, look.card, look.dark ? look.played : colour::kWarn);
    Bold(ui, ui.T(v.confirm_key));
    EndCard();
    ImGui::Spacing();
  }
  g_keys_rest = true;  // the Enter or Esc just read is not the view's
}

}  // namespace

void AskFirst(Ui& ui, const std::string& question_key, Intent then) {
  ui.view.room.confirm_key = question_key;
  ui.view.room.confirm_intent = std::move(then);
}

void AskLeave(Ui& ui) {
  if (ui.s.room().presenting())
    AskFirst(ui, "room_desk.confirm.leave_projector", RoomIntent("present", {}, 0));
  else
    AskFirst(ui, "room_desk.confirm.to_setup", RoomIntent("setup"));
}

RoomLook LookOf(const Ui& ui) {
  if (ui.s.presenting())
    return {colour::kProjectorText, colour::kProjectorMuted,
            colour::kProjectorCard, colour::kProjectorBorder,
            colour::kProjectorBar,  colour::kProjectorPlayed,
            colour::kProjectorGood, true};
  return {colour::kText,   colour::kMuted, colour::kCard, colour::kBorder,
          colour::kAccent, colour::kFocus, colour::kGood, false};
}

bool KeyHit(int scancode, bool repeat) {
  return !g_keys_rest && ImGui::IsKeyPressed(scancode, repeat);
}

int DigitHit() {
  for (int d = 1; d <= 9; ++d)
    if (KeyHit(SDL_SCANCODE_1 + d - 1) || KeyHit(SDL_SCANCODE_KP_1 + d - 1)) return d;
  if (KeyHit(SDL_SCANCODE_0) || KeyHit(SDL_SCANCODE_KP_0)) return 0;
  return -1;
}

bool EnterHit() {
  return KeyHit(SDL_SCANCODE_RETURN) || KeyHit(SDL_SCANCODE_KP_ENTER);
}

bool Typing() {
  return ImGui::GetIO().WantTextInput;
}

Intent RoomIntent(std::string action, std::string arg, std::int64_t n,
                  std::vector<std::string> list) {
  return Intent{IntentKind::kRoom, std::move(action), std::move(arg), n, 0.0, std::move(list)};
}

void BigText(ImFont* font, float size, const std::string& text, ImU32 col, float wrap) {
  const ImVec2 p = ImGui::GetCursorScreenPos();
  const float w = wrap > 0 ? wrap : ImGui::GetContentRegionAvail().x;
  const ImVec2 ts = font->CalcTextSizeA(size, FLT_MAX, w, text.c_str());
  ImGui::GetWindowDrawList()->AddText(font, size, p, col, text.c_str(), nullptr, w);
  ImGui::Dummy(ts);
}

bool MouseButton(const std::string& label) {
  ImGui::PushItemFlag(ImGuiItemFlags_NoNav, true);
  const bool clicked = ImGui::Button(label.c_str());
  ImGui::PopItemFlag();
  return clicked;
}

void KeysLine(const Ui& ui, const std::string& text) {
  const RoomLook look = LookOf(ui);
  Small(ui, text, look.muted);
}

void RoomTopLine(const Ui& ui) {
  const RoomDesk& d = ui.s.room();
  const Room* r = d.room();
  if (!r || !d.play()) return;
  const CaseDef& c = d.play()->case_def();
  std::string line = r->name + "   ·   " + ui.T("case." + c.id + ".name");
  const int q = d.phase() == RoomPhase::kVote ? d.play()->quarter()
                                              : static_cast<int>(d.play()->history().size());
  if (q > 0)
    line += "   ·   " + ui.F("header.quarter_of",
                             {{"n", std::to_string(q)}, {"total", std::to_string(c.quarters)}});
  Small(ui, line, LookOf(ui).muted);
}

std::string PlanNames(const Ui& ui, const std::vector<std::string>& ids) {
  std::string out;
  for (const std::string& id : ids)
    out += (out.empty() ? "" : ", ") + ui.T("intervention." + id + ".name");
  return out.empty() ? ui.T("play.no_interventions") : out;
}

void DrawRoom(Ui& ui) {
  const RoomDesk& d = ui.s.room();
  const RoomLook look = LookOf(ui);
  // Keys every view shares: F2 the controls, F11 the projector (F5 is
  // the author mode's content reload).
  if (KeyHit(SDL_SCANCODE_F2)) ui.Emit(RoomIntent("controls", {}, d.controls() ? 0 : 1));
  if (KeyHit(SDL_SCANCODE_F11)) ui.Emit(RoomIntent("present", {}, d.presenting() ? 0 : 1));
  RoomPhonesKeys(ui);
  // On the projector no footer keeps the loop's timer: the views set it
  // afresh each frame (a countdown's next second, a notice's end).
  if (d.presenting()) ui.view.redraw_at = 0.0;
  if (d.presenting()) {
    // The projector window is drawn with the light theme's background;
    // cover it (game_frame could push a transparent WindowBg instead).
    const ImVec2 wp = ImGui::GetWindowPos(), ws = ImGui::GetWindowSize();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->PushClipRect(wp, ImVec2(wp.x + ws.x, wp.y + ws.y), false);
    dl->AddRectFilled(wp, ImVec2(wp.x + ws.x, wp.y + ws.y), colour::kProjectorBackground);
    dl->PopClipRect();
  }
  const float pad_x = d.presenting() ? ui.Px(48) : 0.0f, pad_y = d.presenting() ? ui.Px(28) : 0.0f;
  ImGui::PushStyleColor(ImGuiCol_Text, colour::Vec(look.text));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(pad_x, pad_y));
  ImGui::PushStyleColor(ImGuiCol_ChildBg, IM_COL32(0, 0, 0, 0));
  // Fields, buttons and scroll bars in the projector's dark colours.
  int pushed = 0;
  if (look.dark) {
    const std::pair<ImGuiCol, ImU32> dark[] = {
        {ImGuiCol_FrameBg, colour::kProjectorCard},
        {ImGuiCol_FrameBgHovered, colour::kProjectorCard},
        {ImGuiCol_FrameBgActive, colour::kProjectorCard},
        {ImGuiCol_Button, colour::kProjectorCard},
        {ImGuiCol_ButtonHovered, colour::kProjectorBorder},
        {ImGuiCol_ButtonActive, colour::kProjectorBorder},
        {ImGuiCol_Border, colour::kProjectorBorder},
        {ImGuiCol_Header, colour::kProjectorCard},
        {ImGuiCol_HeaderHovered, colour::kProjectorCard},
        {ImGuiCol_HeaderActive, colour::kProjectorBorder},
        {ImGuiCol_ScrollbarBg, colour::kProjectorBackground},
        {ImGuiCol_ScrollbarGrab, colour::kProjectorBorder},
        {ImGuiCol_ScrollbarGrabHovered, colour::kProjectorBorder},
        {ImGuiCol_ScrollbarGrabActive, colour::kProjectorMuted},
        {ImGuiCol_TextSelectedBg, colour::kProjectorBorder}};
    for (const auto& [col, value] : dark) ImGui::PushStyleColor(col, colour::Vec(value));
    pushed = static_cast<int>(std::size(dark));
  }
  // No ImGui navigation inside: the views read Tab, the arrows and the
  // digits themselves (typing counts must never move a focus elsewhere).
  // (In the window the body adds a little space below: leave it room.)
  ImGui::BeginChild("##room", ImVec2(0, d.presenting() ? 0.0f : -ui.Px(14)), false,
                    ImGuiWindowFlags_NoNavInputs | ImGuiWindowFlags_AlwaysUseWindowPadding);
  ImGui::PopStyleVar();
  Confirmation(ui, look);
  // Long views (the end at 1080p, the room's plan) scroll with the page keys.
  if (!Typing()) {
    const float page = ImGui::GetWindowHeight() * 0.85f;
    float y = ImGui::GetScrollY();
    if (KeyHit(SDL_SCANCODE_PAGEDOWN, true)) y += page;
    if (KeyHit(SDL_SCANCODE_PAGEUP, true)) y -= page;
    if (KeyHit(SDL_SCANCODE_HOME) && !ui.view.room.composing) y = 0.0f;
    if (KeyHit(SDL_SCANCODE_END) && !ui.view.room.composing) y = ImGui::GetScrollMaxY();
    if (y != ImGui::GetScrollY()) ImGui::SetScrollY(std::clamp(y, 0.0f, ImGui::GetScrollMaxY()));
  }
  const bool corner = BeginRoomJoinCorner(ui);
  switch (d.phase()) {
    case RoomPhase::kSetup:
      DrawRoomSetup(ui);
      break;
    case RoomPhase::kVote:
      DrawRoomVote(ui);
      break;
    case RoomPhase::kResult:
      DrawRoomResult(ui);
      break;
    case RoomPhase::kPause:
      DrawRoomPause(ui);
      break;
    case RoomPhase::kEnd:
      DrawRoomEnd(ui);
      break;
    case RoomPhase::kSurvey:
      DrawRoomSurvey(ui);
      break;
    case RoomPhase::kCompare:
      DrawRoomCompare(ui);
      break;
  }
  DrawRoomPhones(ui);
  if (corner) EndRoomJoinCorner(ui);
  if (d.presenting()) DrawNotice(ui, look);  // in the window the footer shows it
  if (!d.presenting() && d.controls()) {
    ImGui::Spacing();
    if (MouseButton(ui.T("room_desk.button.present"))) ui.Emit(RoomIntent("present", {}, 1));
    ImGui::SameLine();
    if (MouseButton(ui.T("room_desk.close"))) ui.Emit(RoomIntent("close"));
  }
  g_keys_rest = false;
  ImGui::EndChild();
  ImGui::PopStyleColor(2 + pushed);
}

}  // namespace bip::ui
