// Text keys of the facilitator's theme-day desk (ui/room_desk.cpp, ui/panel_room*.cpp).
#include "ui_text_keys.hpp"

namespace bip {
namespace {

constexpr std::string_view kKeys[] = {"room_desk.open", "room_desk.title", "room_desk.intro", "room_desk.close"};

}  // namespace

std::span<const std::string_view> RoomDeskTextKeys() { return kKeys; }

}  // namespace bip
