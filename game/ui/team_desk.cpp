#include "team_desk.hpp"

#include "session.hpp"

namespace bip::ui {

bool TeamDesk::Apply(GameSession& s, const Intent& in, std::string* error) {
  if (in.text == "open") {
    s.screen_ = Screen::kTeam;
    return true;
  }
  if (in.text == "close") {
    s.screen_ = Screen::kStart;
    return true;
  }
  return s.Fail(error, "notice.not_now", "unknown team action '" + in.text + "'");
}

}  // namespace bip::ui
