// The phones on the facilitator's desk (issue 12): starting the server on a
// chosen network, the join box the room scans from the projector, how many
// phones are here and have answered, and the written answers of a pause,
// which reach the projector only when the facilitator picks them. Phone
// texts are drawn with TextUnformatted (never as a format string).
#include <SDL_scancode.h>
#include <imgui.h>

#include <algorithm>
#include <cfloat>
#include <cstdlib>

#include "panel_room.hpp"
#include "qr_widget.hpp"
#include "room_phone_link.hpp"
#include "widgets.hpp"

namespace bip::ui {
namespace {

void DrawStartControls(Ui& ui, const RoomPhoneLink& p, const RoomLook& look) {
  RoomPhonesView& v = ui.view.room.phones;
  if (!v.listed) {
    ui.Emit(RoomIntent("phones_interfaces"));
    v.listed = true;
  }
  Small(ui, ui.T("room_phones.off"), look.muted);
  const auto& list = p.interfaces();
  if (list.empty()) {
    Small(ui, ui.T("room_phones.no_interfaces"), look.muted);
    return;
  }
  v.interface_index = std::min(v.interface_index, list.size() - 1);
  const auto name = [&](std::size_t i) { return list[i].name + "  " + list[i].address; };
  ImGui::SetNextItemWidth(ui.Px(260));
  if (ImGui::BeginCombo(ui.T("room_phones.interface").c_str(), name(v.interface_index).c_str())) {
    for (std::size_t i = 0; i < list.size(); ++i)
      if (ImGui::Selectable(name(i).c_str(), i == v.interface_index)) v.interface_index = i;
    ImGui::EndCombo();
  }
  ImGui::SameLine();
  ImGui::SetNextItemWidth(ui.Px(80));
  ImGui::InputText(ui.T("room_phones.port").c_str(), v.port.data(), v.port.size(),
                   ImGuiInputTextFlags_CharsDecimal);
  ImGui::SameLine();
  if (MouseButton(ui.T("room_phones.start")))
    ui.Emit(RoomIntent("phones_start", list[v.interface_index].address, std::atoi(v.port.data())));
  KeysLine(ui, ui.T("room_phones.keys_start"));
}

// The written answers of the running pause: all of them with the controls
// (to pick), only the picked ones on the projector.
void DrawWritten(Ui& ui, const RoomDesk& d, const RoomLook& look) {
  const RoomPhones phones = d.phones().Phones();
  const int pause = static_cast<int>(d.room()->pauses.size()) - 1;
  std::size_t n = 0;
  for (const PhoneText& w : phones.written) n += w.pause == pause;
  if (n == 0) return;
  ImGui::Spacing();
  if (d.controls()) {
    Bold(ui, ui.F("room_phones.written_title", {{"n", std::to_string(n)}}));
    for (std::size_t i = 0; i < phones.written.size(); ++i) {
      const PhoneText& w = phones.written[i];
      if (w.pause != pause) continue;
      ImGui::PushID(static_cast<int>(i));
      if (MouseButton(ui.T(w.picked ? "room_phones.hide" : "room_phones.show")))
        ui.Emit(RoomIntent("phones_pick", w.picked ? "off" : "", static_cast<std::int64_t>(i)));
      ImGui::SameLine();
      WrappedColoured(w.text, w.picked ? look.text : look.muted);
      ImGui::PopID();
    }
    return;
  }
  bool any = false;
  for (const PhoneText& w : phones.written)
    if (w.pause == pause && w.picked) {
      if (!any) Bold(ui, ui.T("room_phones.picked_title"));
      any = true;
      WrappedColoured("–  " + w.text, look.text);
    }
}

}  // namespace

namespace {

// The join box: the QR code, the address, the code, who is here and has
// answered, the warning when nobody arrives; in the window its buttons.
// `beside`: the text to the right of the code (the window), else below it
// (the projector's corner).
void DrawJoinBox(Ui& ui, const RoomDesk& d, const RoomLook& look, float side, bool beside) {
  const Room* r = d.room();
  const RoomPhoneLink& p = d.phones();
  DrawQr(p.qr(), side);
  if (beside) ImGui::SameLine();
  ImGui::BeginGroup();
  const float wrap = beside ? 0.0f : side;
  if (wrap > 0.0f) ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + wrap);
  Small(ui, ui.F("room_phones.join", {{"url", p.Url()}}), look.text);
  // The code on one line: smaller when the corner is narrow (1280 wide).
  ImFont* font = ui.fonts.title ? ui.fonts.title : ImGui::GetFont();
  float size = ui.Px(d.presenting() ? 54.0f : 34.0f);
  const float code_w = font->CalcTextSizeA(size, FLT_MAX, 0.0f, p.code().c_str()).x;
  if (!beside && code_w > side) size *= side / code_w;
  BigText(font, size, p.code(), look.text);
  const std::size_t present = p.Present();
  const std::string key = RoomPhoneLink::VoteKey(d);
  if (!key.empty() && !d.vote_closed()) {
    Bold(ui, ui.F("room_phones.answered",
                  {{"answered", std::to_string(p.Composing(d) ? p.Composed(key) : p.Answered(key))},
                   {"present", std::to_string(present)}}));
    if (p.live) {
      const auto counts = p.Counts(key, d.vote()->options.size(), r->tables);
      std::string line;
      for (std::size_t k = 0; k < d.vote()->options.size(); ++k) {
        int sum = 0;
        for (const auto& row : counts) sum += row[k];
        line += (line.empty() ? "" : "   ") + std::to_string(k + 1) + ": " + std::to_string(sum);
      }
      Small(ui, line, look.text);
    }
  } else {
    Small(ui, ui.F("room_phones.present", {{"n", std::to_string(present)}}), look.text);
  }
  // Nobody reached the server after a minute: most often a guest network
  // that keeps devices apart. Said plainly, with what to do.
  if (p.Seen() == 0 && p.RunningSeconds() > 60.0)
    Small(ui, ui.T("room_phones.nobody"), look.dark ? colour::kProjectorPlayed : colour::kBad);
  if (d.controls() && !d.presenting()) {
    if (MouseButton(ui.T(p.live ? "room_phones.live_off" : "room_phones.live_on")))
      ui.Emit(RoomIntent("phones_live", {}, p.live ? 0 : 1));
    ImGui::SameLine();
    DrawRoomComposeSetting(ui);
    ImGui::SameLine();
    if (MouseButton(ui.T("room_phones.stop"))) ui.Emit(RoomIntent("phones_stop"));
    KeysLine(ui, ui.T("room_phones.keys_stop"));
  }
  if (wrap > 0.0f) ImGui::PopTextWrapPos();
  ImGui::EndGroup();
}

bool PhonesShown(const RoomDesk& d) {
  return d.room() && d.phase() != RoomPhase::kSetup && d.phase() != RoomPhase::kCompare;
}

// The corner's width on the projector: the QR code and the code, large
// enough to scan from the back of a room, never more than a quarter of the screen.
float CornerWidth(const Ui& ui) {
  return std::min(ui.Px(260.0f), ImGui::GetContentRegionAvail().x * 0.25f);
}

}  // namespace

void RoomPhonesKeys(Ui& ui) {
  const RoomDesk& d = ui.s.room();
  if (!PhonesShown(d) || Typing() || !KeyHit(SDL_SCANCODE_F9)) return;
  // F9: the phones on or off, on the network and port chosen below (the
  // first network that is not the loopback until one is chosen).
  const RoomPhoneLink& p = d.phones();
  if (p.running()) {
    ui.Emit(RoomIntent("phones_stop"));
    return;
  }
  const RoomPhonesView& v = ui.view.room.phones;
  const auto& list = p.interfaces();
  const std::string address =
      v.listed && v.interface_index < list.size() ? list[v.interface_index].address : "";
  ui.Emit(RoomIntent("phones_start", address, std::atoi(v.port.data())));
}

bool BeginRoomJoinCorner(Ui& ui) {
  const RoomDesk& d = ui.s.room();
  if (!d.presenting() || !PhonesShown(d) || !d.phones().running()) return false;
  const float w = CornerWidth(ui);
  if (!ImGui::BeginTable("##joincorner", 2, ImGuiTableFlags_None)) return false;
  ImGui::TableSetupColumn("view", ImGuiTableColumnFlags_WidthStretch);
  ImGui::TableSetupColumn("join", ImGuiTableColumnFlags_WidthFixed, w);
  ImGui::TableNextRow();
  ImGui::TableSetColumnIndex(0);
  return true;
}

void EndRoomJoinCorner(Ui& ui) {
  const RoomDesk& d = ui.s.room();
  ImGui::TableSetColumnIndex(1);
  ImGui::Spacing();
  DrawJoinBox(ui, d, LookOf(ui), ImGui::GetContentRegionAvail().x, false);
  ImGui::EndTable();
}

void DrawRoomPhones(Ui& ui) {
  const RoomDesk& d = ui.s.room();
  if (!PhonesShown(d)) return;
  const RoomPhoneLink& p = d.phones();
  const RoomLook look = LookOf(ui);
  if (!p.running()) {
    if (d.controls()) {
      ImGui::Spacing();
      DrawStartControls(ui, p, look);
    }
    return;
  }
  // Phones answer between frames: look again four times a second (what
  // bench_phones measures as vote-to-count latency).
  const double again = ui.time + 0.25;
  ui.view.redraw_at = ui.view.redraw_at > 0.0 ? std::min(ui.view.redraw_at, again) : again;
  if (d.phase() == RoomPhase::kPause) DrawWritten(ui, d, look);
  // On the projector the join box has its corner (BeginRoomJoinCorner).
  if (d.presenting()) return;
  ImGui::Spacing();
  DrawJoinBox(ui, d, look, ui.Px(150.0f), true);
}

}  // namespace bip::ui
