#pragma once
// Every text key the program itself uses (CLI, explanations, scores, screens).
// The loader requires each in sv, da and en, and a test checks that every
// key in content/i18n is either here or derived from content ids.
#include <span>
#include <string_view>
#include <vector>

namespace bip {

// Keys of the headless commands, explanations and scores (ui_text_keys.cpp).
std::span<const std::string_view> CoreTextKeys();
// Keys of the game's screens (screen_text_keys.cpp).
std::span<const std::string_view> ScreenTextKeys();
// Keys of the team sparring and theme-day reports (team_text_keys.cpp).
std::span<const std::string_view> TeamTextKeys();
// Keys of the team leader's desk in the game (team_desk_text_keys.cpp).
std::span<const std::string_view> TeamDeskTextKeys();
// Keys of the facilitator's theme-day desk in the game (room_desk_text_keys.cpp).
std::span<const std::string_view> RoomDeskTextKeys();
// Keys of the room's phones on the desk and in the report (room_phones_text_keys.cpp).
std::span<const std::string_view> RoomPhonesTextKeys();
std::span<const std::string_view> TeamLanTextKeys();
// Keys of a participant's game joining a team session (team_join_text_keys.cpp).
std::span<const std::string_view> TeamJoinTextKeys();
// All of them.
std::vector<std::string_view> UiTextKeys();

}  // namespace bip
