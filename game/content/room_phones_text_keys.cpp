// Text keys of the room's phones on the facilitator's desk
// (ui/facilitator/*phone*.cpp) and in the theme-day report (team/room*.cpp).
#include "ui_text_keys.hpp"

namespace bip {
namespace {

constexpr std::string_view kKeys[] = {"room_phones.off",
                                      "room_phones.compose.question",
                                      "room_phones.compose_on",
                                      "room_phones.compose_off",
                                      "room_phones.compose.title",
                                      "room_phones.compose.all",
                                      "room_phones.compose.table",
                                      "room_phones.compose.preview",
                                      "room_phones.compose.none_yet",
                                      "room_phones.compose.adopt",
                                      "room_phones.keys_adopt",
                                      "room_phones.notice.no_plans",
                                      "room_phones.notice.adopted",

                                      "room_phones.interface",
                                      "room_phones.port",
                                      "room_phones.start",
                                      "room_phones.stop",
                                      "room_phones.keys_start",
                                      "room_phones.keys_stop",
                                      "room_phones.no_interfaces",
                                      "room_phones.join",
                                      "room_phones.present",
                                      "room_phones.answered",
                                      "room_phones.nobody",
                                      "room_phones.live_on",
                                      "room_phones.live_off",
                                      "room_phones.written_title",
                                      "room_phones.show",
                                      "room_phones.hide",
                                      "room_phones.picked_title",
                                      "room_phones.notice.bad_port",
                                      "room_phones.notice.start_failed",
                                      "room_phones.notice.started",
                                      "room_phones.notice.stopped",
                                      "room_phones.report.written",
                                      "room_phones.report.picked"};

}  // namespace

std::span<const std::string_view> RoomPhonesTextKeys() {
  return kKeys;
}

}  // namespace bip
