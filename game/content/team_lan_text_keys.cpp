// Text keys of the team session's hand-in over the network
// (ui/team_leader/*lan*.cpp; net/team_hand_in.cpp answers with them).
#include "ui_text_keys.hpp"

namespace bip {
namespace {

constexpr std::string_view kKeys[] = {"team_lan.title",
                                      "team_lan.footer_keys",
                                      "team_lan.off",
                                      "team_lan.interface",
                                      "team_lan.port",
                                      "team_lan.start",
                                      "team_lan.stop",
                                      "team_lan.no_interfaces",
                                      "team_lan.open",
                                      "team_lan.how",
                                      "team_lan.arrivals",
                                      "team_lan.none_yet",
                                      "team_lan.arrived",
                                      "team_lan.arrived_again",
                                      "team_lan.refused",
                                      "team_lan.received",
                                      "team_lan.received_again",
                                      "team_lan.notice.arrived",
                                      "team_lan.notice.started",
                                      "team_lan.notice.stopped",
                                      "team_lan.notice.bad_port",
                                      "team_lan.notice.start_failed",
                                      "team.refusal.too_big",
                                      "team.refusal.taken",
                                      "team.refusal.full",
                                      "team.refusal.not_saved"};

}  // namespace

std::span<const std::string_view> TeamLanTextKeys() {
  return kKeys;
}

}  // namespace bip
