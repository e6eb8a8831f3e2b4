// The hand-in over the network on the team desk (issue 12, point 7): off
// until the team leader opens it on a chosen network and port; then the
// address and join code colleagues type, and what arrived – hand-ins and
// refusals with their reason – as it arrives. Texts from the network are
// drawn as text (TextUnformatted through the widgets), never as a format.
#include <SDL_scancode.h>
#include <imgui.h>

#include <algorithm>
#include <cstdlib>

#include "panel.hpp"
#include "qr_widget.hpp"
#include "team_desk.hpp"
#include "team_lan_link.hpp"
#include "team_view.hpp"
#include "widgets.hpp"

namespace bip::ui {
namespace {

void StartControls(Ui& ui, const TeamLanLink& lan) {
  TeamView& v = ui.view.team;
  if (!v.lan_listed) {
    ui.Emit(TeamIntent("lan_interfaces"));
    v.lan_listed = true;
  }
  Small(ui, ui.T("team_lan.off"));
  const auto& list = lan.interfaces();
  if (list.empty()) {
    Small(ui, ui.T("team_lan.no_interfaces"));
    return;
  }
  v.lan_interface = std::min(v.lan_interface, list.size() - 1);
  const auto name = [&](std::size_t i) { return list[i].name + "  " + list[i].address; };
  ImGui::SetNextItemWidth(ui.Px(240));
  if (ImGui::BeginCombo(ui.T("team_lan.interface").c_str(), name(v.lan_interface).c_str())) {
    for (std::size_t i = 0; i < list.size(); ++i)
      if (ImGui::Selectable(name(i).c_str(), i == v.lan_interface)) v.lan_interface = i;
    ImGui::EndCombo();
  }
  ImGui::SameLine();
  ImGui::SetNextItemWidth(ui.Px(70));
  ImGui::InputText(ui.T("team_lan.port").c_str(), v.lan_port.data(), v.lan_port.size(),
                   ImGuiInputTextFlags_CharsDecimal);
  if (SecondaryButton(ui.T("team_lan.start")))
    ui.Emit(TeamIntent("lan_start", list[v.lan_interface].address, std::atoi(v.lan_port.data())));
}

void Arrivals(Ui& ui, const TeamLanLink& lan) {
  Bold(ui, ui.T("team_lan.arrivals"));
  const std::vector<net::HandInEvent> events = lan.Events();
  if (events.empty()) Muted(ui.T("team_lan.none_yet"));
  // Newest first.
  for (auto it = events.rbegin(); it != events.rend(); ++it) {
    const net::HandInEvent& e = *it;
    if (e.accepted) {
      WrappedColoured(ui.F(e.replaced ? "team_lan.arrived_again" : "team_lan.arrived",
                           {{"time", e.at}, {"alias", e.alias}, {"n", std::to_string(e.quarters)}}),
                      colour::kGood);
    } else {
      // In the team leader's words (cases by their names); the technical line on hover.
      auto args = e.refusal.args;
      for (auto& [name, value] : args)
        if ((name == "case" || name == "value") &&
            ui.s.texts().Has(ui.s.lang(), "case." + value + ".name"))
          value = ui.T("case." + value + ".name");
      WrappedColoured(
          ui.F("team_lan.refused", {{"time", e.at}, {"why", ui.F(e.refusal.key, args)}}),
          colour::kBad);
      if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", e.error.c_str());
    }
  }
}

}  // namespace

void TeamLanTick(Ui& ui) {
  const TeamDesk& desk = ui.s.team();
  const TeamLanLink& lan = desk.lan();
  if (desk.session()) {
    ui.footer.keys = ui.T("team_lan.footer_keys");
    // F9: the hand-in on or off, on the network and port chosen on the
    // participants tab (the first that is not the loopback until one is).
    const ImGuiIO& io = ImGui::GetIO();
    if (!io.WantTextInput && !io.KeyCtrl && ImGui::IsKeyPressed(SDL_SCANCODE_F9, false)) {
      const TeamView& v = ui.view.team;
      const auto& list = lan.interfaces();
      if (lan.running())
        ui.Emit(TeamIntent("lan_stop"));
      else
        ui.Emit(TeamIntent(
            "lan_start",
            v.lan_listed && v.lan_interface < list.size() ? list[v.lan_interface].address : "",
            std::atoi(v.lan_port.data())));
    }
  }
  if (!lan.running()) return;
  // Hand-ins arrive between frames: look again every second, and let the
  // desk take over what arrived.
  const double again = ui.time + 1.0;
  ui.view.redraw_at = ui.view.redraw_at > 0.0 ? std::min(ui.view.redraw_at, again) : again;
  if (lan.Changed()) ui.Emit(TeamIntent("lan_sync"));
}

void DrawTeamLan(Ui& ui, float width) {
  const TeamDesk& desk = ui.s.team();
  const TeamLanLink& lan = desk.lan();
  const TeamSession* t = desk.session();
  if (!t) return;
  BeginCard("teamlan", width);
  Heading(ui, ui.T("team_lan.title"));
  if (!lan.running()) {
    StartControls(ui, lan);
    EndCard();
    return;
  }
  // The address as a QR code beside it, for a colleague's phone or tablet.
  DrawQr(lan.qr(), ui.Px(132));
  ImGui::SameLine();
  ImGui::BeginGroup();
  Bold(ui, ui.F("team_lan.open", {{"url", lan.Url()}, {"code", lan.code()}}));
  Small(ui, ui.F("team_lan.how", {{"case", ui.T("case." + t->case_id + ".name")},
                                  {"seed", std::to_string(t->seed)}}));
  ImGui::EndGroup();
  ImGui::Spacing();
  Arrivals(ui, lan);
  ImGui::Spacing();
  if (SecondaryButton(ui.T("team_lan.stop"))) ui.Emit(TeamIntent("lan_stop"));
  EndCard();
}

}  // namespace bip::ui
