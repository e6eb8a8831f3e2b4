// Text keys of the team leader's desk (ui/team_desk.cpp, ui/panel_team*.cpp).
#include "ui_text_keys.hpp"

namespace bip {
namespace {

constexpr std::string_view kKeys[] = {"team_desk.open", "team_desk.title", "team_desk.intro", "team_desk.close"};

}  // namespace

std::span<const std::string_view> TeamDeskTextKeys() { return kKeys; }

}  // namespace bip
