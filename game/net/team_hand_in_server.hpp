#pragma once
// The team session's hand-in server: the game's LAN server (lan_server.hpp)
// with the hand-in routes, answered by a TeamHandInHub. Started by the team
// leader on the desk; it stops with the session.
//
//   GET  /CODE/                         the hand-in page (team.html, common.js, team.js, style.css)
//   GET  /CODE/api/session?lang=sv      the session's name, case and game number
//   POST /CODE/api/hand-in?t=TOKEN&file=NAME&lang=sv   body: the result file
#include <string>

#include "lan_server.hpp"
#include "team_hand_in.hpp"

namespace bip::net {

struct TeamHandInOptions {
  std::string address = "127.0.0.1";  // IPv4 address of the interface to listen on
  int port = 8090;                    // 0: any free port (tests)
  std::string web_dir;                // team.html, common.js, team.js, style.css
};

class TeamHandInServer {
 public:
  explicit TeamHandInServer(TeamHandInHub& hub);
  TeamHandInServer(const TeamHandInServer&) = delete;
  TeamHandInServer& operator=(const TeamHandInServer&) = delete;

  bool Start(const TeamHandInOptions& options, std::string* error);
  void Stop() { server_.Stop(); }
  bool running() const { return server_.running(); }
  int port() const { return server_.port(); }
  std::string Url() const { return server_.Url(); }

 private:
  LanReply Route(const LanRequest& in);

  TeamHandInHub& hub_;
  LanServer server_;
};

}  // namespace bip::net
