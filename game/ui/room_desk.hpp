#pragma once
// The facilitator's desk (Screen::kRoom): a theme day where a room plays one
// case together, votes entered per decision, reflection pauses, the survey
// and the report, shown on a projector. Its actions arrive as
// IntentKind::kRoom with `text` = action.
#include <string>

#include "intent.hpp"

namespace bip::ui {

class GameSession;

class RoomDesk {
 public:
  // Runs one action ("open", "close", ...). Returns false with the
  // session's notice set (and *error in English for scripts) when it cannot.
  bool Apply(GameSession& s, const Intent& in, std::string* error);
  // The projector view is on: full screen, large type, high contrast.
  bool presenting() const { return presenting_; }
  double presentation_scale() const { return 1.6; }

 private:
  bool presenting_ = false;
};

}  // namespace bip::ui
