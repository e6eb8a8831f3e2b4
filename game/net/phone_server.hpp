#pragma once
// The theme day's phone server: the game's LAN server (lan_server.hpp) with
// the phones' routes, answered by the day's PhoneHub. Nothing listens until
// Start; Stop (or the destructor, when the day closes) ends it.
//
//   GET  /CODE/                    the participant page (index.html, common.js, app.js, style.css)
//   GET  /CODE/api/state?t=TOKEN   what to show, this phone's answers; the heartbeat
//   POST /CODE/api/vote            {"t": TOKEN, "key": "2-0", "table": 1, "option": 3}
//   POST /CODE/api/text            {"t": TOKEN, "pause": 0, "text": "..."}
//   POST /CODE/api/survey          {"t": TOKEN, "ratings": [5, 4, 0, 3], "open": "..."}
#include <cstdint>
#include <string>

#include "lan_server.hpp"
#include "phone_hub.hpp"

namespace bip::net {

struct PhoneServerOptions {
  std::string address = "127.0.0.1";   // IPv4 address of the interface to listen on
  int port = 8080;                     // 0: any free port (tests)
  std::string web_dir;                 // index.html, common.js, app.js, style.css
  unsigned threads = 2;                // event-loop threads
  unsigned per_ip_connections = 16;    // open connections from one address
  double per_ip_rate = 20.0;           // requests per second from one address, on average
  double per_ip_burst = 60.0;          // ... and at once
  unsigned connection_timeout_s = 30;  // an idle connection is closed after this
};

inline constexpr std::size_t kMaxPhoneBodyBytes = 4096;

class PhoneServer {
 public:
  explicit PhoneServer(PhoneHub& hub);
  PhoneServer(const PhoneServer&) = delete;
  PhoneServer& operator=(const PhoneServer&) = delete;

  // False with *error (one line, naming the file or the address) when it cannot.
  bool Start(const PhoneServerOptions& options, std::string* error);
  void Stop() { server_.Stop(); }
  bool running() const { return server_.running(); }
  int port() const { return server_.port(); }
  // http://ADDRESS:PORT/CODE/
  std::string Url() const { return server_.Url(); }
  std::uint64_t requests() const { return server_.requests(); }
  std::uint64_t refused() const { return server_.refused(); }

 private:
  LanReply Route(const LanRequest& in);

  PhoneHub& hub_;
  LanServer server_;
};

}  // namespace bip::net
