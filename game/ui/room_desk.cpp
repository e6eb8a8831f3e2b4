#include "room_desk.hpp"

#include "session.hpp"

namespace bip::ui {

bool RoomDesk::Apply(GameSession& s, const Intent& in, std::string* error) {
  if (in.text == "open") {
    s.screen_ = Screen::kRoom;
    return true;
  }
  if (in.text == "close") {
    presenting_ = false;
    s.screen_ = Screen::kStart;
    return true;
  }
  return s.Fail(error, "notice.not_now", "unknown room action '" + in.text + "'");
}

}  // namespace bip::ui
