#include "team_lan_link.hpp"

#include <stdexcept>

#include "web_dir.hpp"

namespace bip::ui {

TeamLanLink::TeamLanLink() = default;
TeamLanLink::~TeamLanLink() {
  Stop();
}

bool TeamLanLink::Start(const ReplayKit& kit, const TeamSession& session, const std::string& path,
                        net::SayText say, const std::string& address, int port,
                        std::string* error) {
  Stop();
  try {
    hub_ = std::make_unique<net::TeamHandInHub>(kit, session, path, std::move(say));
  } catch (const std::exception& e) {
    if (error) *error = e.what();
    return false;
  }
  server_ = std::make_unique<net::TeamHandInServer>(*hub_);
  net::TeamHandInOptions o;
  o.address = address;
  o.port = port;
  o.web_dir = net::FindWebDir();
  if (!server_->Start(o, error)) {
    Stop();
    return false;
  }
  path_ = path;
  seen_ = hub_->version();
  qr_ = net::MakeQrCode(server_->Url());
  return true;
}

void TeamLanLink::Stop() {
  server_.reset();  // first: no request is running when the hub goes
  hub_.reset();
  qr_ = {};
  path_.clear();
  seen_ = 0;
}

std::unique_lock<std::mutex> TeamLanLink::Hold() {
  return hub_ ? hub_->Lock() : std::unique_lock<std::mutex>();
}

bool TeamLanLink::TakeOver(TeamSession& desk_session) {
  if (!hub_) return false;
  // The join code is the hub's from the start (it may have made one).
  desk_session.lan_code = hub_->session().lan_code;
  if (hub_->version() == seen_) return false;
  seen_ = hub_->version();
  desk_session = hub_->session();
  return true;
}

void TeamLanLink::GiveBack(const TeamSession& desk_session) {
  if (hub_) hub_->session() = desk_session;
}

}  // namespace bip::ui
