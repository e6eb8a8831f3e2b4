#pragma once
// The team leader's desk (Screen::kTeam): a sparring session on one case and
// seed, participants who play in turn on this machine (hot seat) or hand in
// a result file, the comparison per quarter, sparring rounds, and the
// exports. Its actions arrive as IntentKind::kTeam with `text` = action.
#include <string>

#include "intent.hpp"

namespace bip::ui {

class GameSession;

class TeamDesk {
 public:
  // Runs one action ("open", "close", ...). Returns false with the
  // session's notice set (and *error in English for scripts) when it cannot.
  bool Apply(GameSession& s, const Intent& in, std::string* error);
};

}  // namespace bip::ui
