#include "team_hand_in_server.hpp"

namespace bip::net {

TeamHandInServer::TeamHandInServer(TeamHandInHub& hub)
    : hub_(hub), server_([this](const LanRequest& in) { return Route(in); }) {}

bool TeamHandInServer::Start(const TeamHandInOptions& options, std::string* error) {
  LanServerOptions o;
  o.address = options.address;
  o.port = options.port;
  o.code = hub_.code();
  o.web_dir = options.web_dir;
  o.files = {{"team.html", "text/html; charset=utf-8"},
             {"common.js", "text/javascript; charset=utf-8"},
             {"team.js", "text/javascript; charset=utf-8"},
             {"style.css", "text/css; charset=utf-8"}};
  // A team, not a room: a few laptops, each sending one file of up to 1 MiB.
  o.threads = 1;
  o.connections = 64;
  o.per_ip_connections = 8;
  o.per_ip_rate = 5.0;
  o.per_ip_burst = 20.0;
  o.max_body_bytes = kMaxResultFileBytes;
  return server_.Start(o, error);
}

LanReply TeamHandInServer::Route(const LanRequest& in) {
  const auto arg = [&](const char* name) {
    const auto it = in.query.find(name);
    return it == in.query.end() ? std::string() : it->second;
  };
  if (in.rest == "api/session" && in.method == "GET") return hub_.Info(arg("lang"));
  if (in.rest == "api/hand-in") {
    if (in.method != "POST") return LanError(405, "method");
    return hub_.HandIn(arg("t"), in.body, in.too_big, arg("file"), arg("lang"));
  }
  return LanError(404, "not found");
}

}  // namespace bip::net
