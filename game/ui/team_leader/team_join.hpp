#pragma once
// The participant's side of a team session over the local network (issue
// 12, point 7): which team desk this game joined, the session it handed out
// (case and game number), and the desk's answer to the last hand-in. Owned
// by TeamDesk (its actions join, join_hand_in, join_leave are in
// team_desk_join.cpp); the start screen and the end card read it.
#include <cstdint>
#include <optional>
#include <string>

#include "team_join_client.hpp"

namespace bip::ui {

struct TeamJoinAnswer {
  std::int64_t playthrough = 0;  // the playthrough handed in
  bool ok = false;
  bool replaced = false;
  std::string message;  // the desk's words, in the player's language
  std::string key;      // refused: the team.refusal.* key
};

struct TeamJoin {
  std::optional<net::TeamLink> link;  // joined when set
  net::RemoteTeamSession session;
  std::optional<TeamJoinAnswer> answer;
};

// The profile setting that keeps the token a profile hands in with, so that
// the same person replaces their own hand-in and nobody else's.
inline constexpr const char* kHandInTokenSetting = "team_hand_in_token";

}  // namespace bip::ui
