#pragma once
// The team desk's side of the hand-in over the local network (issue 12,
// point 7): the hub hand-ins meet the session in and the server the team
// leader starts on a chosen network. Owned by TeamDesk; every call is on the
// UI thread (the hub does the locking towards the server's threads). It
// stops when the desk closes or another session is opened.
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "net_interfaces.hpp"
#include "qr_code.hpp"
#include "team_hand_in.hpp"
#include "team_hand_in_server.hpp"

namespace bip::ui {

class TeamLanLink {
 public:
  TeamLanLink();
  ~TeamLanLink();

  // Takes the session over and listens on address:port; false with *error.
  bool Start(const ReplayKit& kit, const TeamSession& session, const std::string& path,
             net::SayText say, const std::string& address, int port, std::string* error);
  void Stop();
  bool running() const { return server_ && server_->running(); }
  const std::string& path() const { return path_; }
  std::string Url() const { return running() ? server_->Url() : ""; }
  std::string code() const { return hub_ ? hub_->code() : ""; }
  // The address as a QR code, for a colleague's phone or tablet (made at Start).
  const net::QrCode& qr() const { return qr_; }
  const std::vector<net::NetInterface>& interfaces() const { return interfaces_; }
  void RefreshInterfaces() { interfaces_ = net::ListInterfaces(); }

  // While held, no hand-in changes the session; the desk takes the hub's
  // session over (when a hand-in came) and gives its own changes back.
  std::unique_lock<std::mutex> Hold();
  bool Changed() const { return hub_ && hub_->version() != seen_; }
  // Under Hold(): the hub's session when it changed since the last call.
  bool TakeOver(TeamSession& desk_session);
  void GiveBack(const TeamSession& desk_session);
  std::vector<net::HandInEvent> Events() const {
    return hub_ ? hub_->Events() : std::vector<net::HandInEvent>{};
  }

 private:
  std::unique_ptr<net::TeamHandInHub> hub_;
  std::unique_ptr<net::TeamHandInServer> server_;
  std::vector<net::NetInterface> interfaces_;
  std::string path_;
  std::uint64_t seen_ = 0;
  net::QrCode qr_;
};

}  // namespace bip::ui
