// The room's own plan composed on the phones (issue 12, point 3), on the
// facilitator's desk: how many phones sent a plan, how often each
// intervention was picked (per table when the day has tables), the plan the
// picks add up to, and A to use it as the room's plan. The picks are shown
// with the controls (or when the votes are shown live); the projector
// otherwise only says how many phones have sent one.
#include <SDL_scancode.h>
#include <imgui.h>

#include <algorithm>
#include <numeric>

#include "panel_room.hpp"
#include "room_phone_link.hpp"
#include "room_phone_plans.hpp"
#include "widgets.hpp"

namespace bip::ui {

void DrawRoomComposeSetting(Ui& ui) {
  const RoomPhoneLink& p = ui.s.room().phones();
  if (MouseButton(ui.T(p.compose ? "room_phones.compose_off" : "room_phones.compose_on")))
    ui.Emit(RoomIntent("phones_compose", {}, p.compose ? 0 : 1));
}

void DrawRoomPhonePlan(Ui& ui) {
  const RoomDesk& d = ui.s.room();
  const RoomPhoneLink& p = d.phones();
  if (!d.room() || !p.Composing(d)) return;
  if (!Typing() && !ui.view.room.composing && ui.view.room.confirm_key.empty() &&
      KeyHit(SDL_SCANCODE_A))
    ui.Emit(RoomIntent("phones_adopt"));
  const RoomLook look = LookOf(ui);
  const std::string key = RoomPhoneLink::VoteKey(d);
  const std::vector<std::string>& palette = d.play()->case_def().palette;
  const RoomPhones phones = p.Phones();
  const auto it = phones.plans.find(key);
  const std::map<std::string, PhonePlan> plans =
      it == phones.plans.end() ? std::map<std::string, PhonePlan>{} : it->second;
  ImGui::Spacing();
  Bold(ui, ui.F("room_phones.compose.title",
                {{"n", std::to_string(plans.size())}, {"present", std::to_string(p.Present())}}));
  if (plans.empty()) {
    Small(ui, ui.T("room_phones.compose.none_yet"), look.muted);
  } else if (d.controls() || p.live) {
    const int tables = d.room()->tables;
    const auto counts = PhonePlanCounts(plans, palette, tables);
    std::vector<int> total(palette.size(), 0);
    for (const auto& row : counts)
      for (std::size_t k = 0; k < row.size(); ++k) total[k] += row[k];
    std::vector<std::size_t> order(palette.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return total[a] > total[b]; });
    const int columns = 2 + (tables > 0 ? tables : 0);
    if (ImGui::BeginTable("##phoneplans", columns,
                          ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_RowBg)) {
      ImGui::TableSetupColumn("##name", ImGuiTableColumnFlags_WidthStretch);
      ImGui::TableSetupColumn(ui.T("room_phones.compose.all").c_str());
      for (int t = 1; t <= tables; ++t)
        ImGui::TableSetupColumn(
            ui.F("room_phones.compose.table", {{"n", std::to_string(t)}}).c_str());
      ImGui::TableHeadersRow();
      for (std::size_t k : order) {
        if (total[k] == 0) break;
        ImGui::TableNextRow();
        ImGui::TableSetColumnIndex(0);
        ImGui::TextUnformatted(ui.T("intervention." + palette[k] + ".name").c_str());
        ImGui::TableSetColumnIndex(1);
        ImGui::Text("%d", total[k]);
        for (int t = 0; t < tables; ++t) {
          ImGui::TableSetColumnIndex(2 + t);
          ImGui::Text("%d", counts[static_cast<std::size_t>(t)][k]);
        }
      }
      ImGui::EndTable();
    }
    Small(ui,
          ui.F("room_phones.compose.preview",
               {{"names", PlanNames(ui, MostPickedPlan(plans, palette))}}),
          look.text);
  }
  if (!d.controls()) return;
  KeysLine(ui, ui.T("room_phones.keys_adopt"));
  if (MouseButton(ui.T("room_phones.compose.adopt"))) ui.Emit(RoomIntent("phones_adopt"));
}

}  // namespace bip::ui
