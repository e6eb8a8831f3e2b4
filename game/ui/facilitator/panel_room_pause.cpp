// Between the votes: where the citizen stands after the quarter the room
// played, and the reflection pause – a question large, a countdown, and what
// the room says as the facilitator types it.
#include <SDL_scancode.h>
#include <imgui_internal.h>

#include <cmath>
#include <cstring>

#include "charts.hpp"
#include "panel_room.hpp"
#include "widgets.hpp"
#include "wrapped_text_field.hpp"

namespace bip::ui {
namespace {

std::string Clock(int seconds) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%d:%02d", seconds / 60, seconds % 60);
  return buf;
}

}  // namespace

void DrawRoomResult(Ui& ui) {
  const RoomDesk& d = ui.s.room();
  const Playthrough* play = d.play();
  if (!play || play->history().empty()) return;
  const RoomLook look = LookOf(ui);
  const QuarterRecord& r = play->history().back();
  if (!Typing()) {
    if (EnterHit()) ui.Emit(RoomIntent("next"));
    if (KeyHit(SDL_SCANCODE_P)) ui.Emit(RoomIntent("pause"));
    if (KeyHit(SDL_SCANCODE_F)) AskFirst(ui, "room_desk.confirm.finish", RoomIntent("finish"));
    if (KeyHit(SDL_SCANCODE_ESCAPE)) AskLeave(ui);
  }
  RoomTopLine(ui);
  Title(ui, ui.F("room_desk.result.title", {{"n", std::to_string(r.quarter)}}));
  ImGui::Spacing();
  ImFont* tf = ui.fonts.title;
  const int from = PlaceOf(r.line_before), to = PlaceOf(r.line_after);
  BigText(
      tf, tf->FontSize * 1.2f,
      ui.F("room_desk.result.place", {{"from", std::to_string(from)}, {"to", std::to_string(to)}}),
      to > from   ? look.good
      : to < from ? look.played
                  : look.text);
  DrawLineOf100(ui, "room-line", r.line_before, r.line_after, 1.0f, ui.Px(70));
  BigText(ui.fonts.heading, ui.fonts.heading->FontSize,
          ui.F("room_desk.result.chance",
               {{"from", Percent(r.year_before, 1)}, {"to", Percent(r.year_after, 1)}}),
          look.text);
  if (r.outcome.job) {
    ImGui::Spacing();
    BigText(tf, tf->FontSize,
            ui.F("room_desk.result.job", {{"name", ui.T("case." + play->case_def().id + ".name")}}),
            look.good);
  }
  if (!d.controls()) return;
  ImGui::Spacing();
  KeysLine(ui, ui.T(play->finished() ? "room_desk.keys.result_last" : "room_desk.keys.result"));
  if (MouseButton(
          ui.T(play->finished() ? "room_desk.button.to_end" : "room_desk.button.next_quarter")))
    ui.Emit(RoomIntent("next"));
  ImGui::SameLine();
  if (MouseButton(ui.T("room_desk.button.pause"))) ui.Emit(RoomIntent("pause"));
  ImGui::SameLine();
  if (MouseButton(ui.T("room_desk.button.finish"))) ui.Emit(RoomIntent("finish"));
}

void DrawRoomPause(Ui& ui) {
  const RoomDesk& d = ui.s.room();
  const RoomPause* p = d.pause();
  if (!p || !d.play()) return;
  const RoomLook look = LookOf(ui);
  RoomView& v = ui.view.room;
  const int index = static_cast<int>(d.room()->pauses.size()) - 1;
  if (v.pause_index != index) {
    // A new pause: the clock starts. The keys (1–5, N, Q, arrows) work at
    // once; N opens the notes (focusing them here typed "3" into them).
    v.pause_index = index;
    v.pause_start = ui.time;
    FillBuffer(v.notes, p->notes);
    v.question[0] = '\0';
    v.focus_notes = false;
  }
  const CaseDef& c = d.play()->case_def();
  if (!Typing()) {
    if (EnterHit()) ui.Emit(RoomIntent("end_pause"));
    // (Arrows and the keypad: "+" and "-" sit elsewhere on Nordic keyboards.)
    if (KeyHit(SDL_SCANCODE_UP) || KeyHit(SDL_SCANCODE_KP_PLUS))
      ui.Emit(RoomIntent("pause_time", {}, p->seconds + 60));
    if ((KeyHit(SDL_SCANCODE_DOWN) || KeyHit(SDL_SCANCODE_KP_MINUS)) && p->seconds > 60)
      ui.Emit(RoomIntent("pause_time", {}, p->seconds - 60));
    if (KeyHit(SDL_SCANCODE_N)) v.focus_notes = true;
    if (KeyHit(SDL_SCANCODE_Q)) v.focus_question = true;
    const int digit = DigitHit();
    if (digit >= 1 && digit <= static_cast<int>(c.reflection_questions.size()))
      ui.Emit(RoomIntent("pause_question", {}, digit));
    if (KeyHit(SDL_SCANCODE_ESCAPE) && d.presenting()) AskLeave(ui);
  }
  RoomTopLine(ui);
  Small(ui, ui.T("room_desk.pause.title"), look.muted);
  ImFont* tf = ui.fonts.title;
  BigText(tf, tf->FontSize * 1.15f, p->question, look.text);
  ImGui::Spacing();
  // The countdown; the loop redraws each second while it runs.
  const double elapsed = ui.animate ? ui.time - v.pause_start : 0.0;
  const int left = std::max(0, p->seconds - static_cast<int>(std::floor(elapsed)));
  BigText(tf, tf->FontSize * 2.0f, left > 0 ? Clock(left) : ui.T("room_desk.pause.over"),
          left > 0 ? look.played : look.muted);
  if (left > 0 && ui.animate) {
    const double next_tick = v.pause_start + std::floor(elapsed) + 1.0 + 0.01;
    if (d.presenting())
      ui.view.redraw_at =
          ui.view.redraw_at > 0 ? std::min(ui.view.redraw_at, next_tick) : next_tick;
    else
      ui.view.animate_until =
          std::max(ui.view.animate_until, next_tick);  // the footer owns redraw_at in the window
  }
  ImGui::Spacing();
  if (d.controls()) {
    Bold(ui, ui.T("room_desk.pause.notes"));
    if (v.focus_notes) ImGui::SetKeyboardFocusHere();
    v.focus_notes = false;
    const bool changed =
        WrappedTextField("##notes", v.notes.data(), v.notes.size(), ImVec2(-1, ui.Px(130)),
                         ImGuiInputTextFlags_CtrlEnterForNewLine);
    if (SaveTyping(ui, "##notes", changed)) ui.Emit(RoomIntent("notes", v.notes.data()));
    Bold(ui, ui.T("room_desk.pause.own_question"));
    if (v.focus_question) ImGui::SetKeyboardFocusHere();
    v.focus_question = false;
    ImGui::SetNextItemWidth(-1);
    ImGui::InputText("##question", v.question.data(), v.question.size());
    if (ImGui::IsItemDeactivatedAfterEdit() && v.question[0] != '\0')
      ui.Emit(RoomIntent("pause_question", v.question.data()));
    Small(ui, ui.T("room_desk.pause.case_questions"), look.muted);
    for (std::size_t i = 0; i < c.reflection_questions.size(); ++i)
      Small(ui,
            std::to_string(i + 1) + "   " +
                ui.T("case." + c.id + ".reflection." + c.reflection_questions[i]),
            look.muted);
    KeysLine(ui, ui.T("room_desk.keys.pause"));
    if (MouseButton(ui.T("room_desk.button.end_pause"))) ui.Emit(RoomIntent("end_pause"));
    ImGui::SameLine();
    if (MouseButton(ui.T("room_desk.button.more_time")))
      ui.Emit(RoomIntent("pause_time", {}, p->seconds + 60));
    ImGui::SameLine();
    if (MouseButton(ui.T("room_desk.button.less_time")) && p->seconds > 60)
      ui.Emit(RoomIntent("pause_time", {}, p->seconds - 60));
  } else if (!p->notes.empty()) {
    // What the room said, as the facilitator typed it, large enough for the back rows.
    BigText(ui.fonts.heading, ui.fonts.heading->FontSize, p->notes, look.text);
  }
}

}  // namespace bip::ui
