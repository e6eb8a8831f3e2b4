#pragma once
// The theme day's phone server: libmicrohttpd (Debian's libmicrohttpd-dev)
// with its own event-loop threads, bound to the one interface address the
// facilitator chose. Nothing listens until Start; Stop (or the destructor,
// when the day closes) ends it. Every request must carry the day's join code
// as the first part of its path (http://ADDRESS:PORT/CODE/); the page's files
// are read from `web_dir` when the server starts.
//
//   GET  /CODE/                    the participant page (index.html, app.js, style.css)
//   GET  /CODE/api/state?t=TOKEN   what to show, this phone's answers; the heartbeat
//   POST /CODE/api/vote            {"t": TOKEN, "key": "2-0", "table": 1, "option": 3}
//   POST /CODE/api/text            {"t": TOKEN, "pause": 0, "text": "..."}
//   POST /CODE/api/survey          {"t": TOKEN, "ratings": [5, 4, 0, 3], "open": "..."}
#include <array>
#include <atomic>
#include <map>
#include <memory>
#include <mutex>
#include <string>

#include "phone_hub.hpp"

struct MHD_Daemon;

namespace bip::net {

struct PhoneServerOptions {
  std::string address = "127.0.0.1";   // IPv4 address of the interface to listen on
  int port = 8080;                     // 0: any free port (tests)
  std::string web_dir;                 // index.html, app.js, style.css
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
  ~PhoneServer();
  PhoneServer(const PhoneServer&) = delete;
  PhoneServer& operator=(const PhoneServer&) = delete;

  // False with *error (one line, naming the file or the address) when it cannot.
  bool Start(const PhoneServerOptions& options, std::string* error);
  void Stop();
  bool running() const { return daemon_ != nullptr; }
  int port() const { return port_; }
  // http://ADDRESS:PORT/CODE/
  std::string Url() const;
  std::uint64_t requests() const { return requests_.load(); }
  std::uint64_t refused() const { return refused_.load(); }

  // For the request handler (a C callback).
  struct Request;
  int Handle(void* connection, const char* url, const char* method, const char* upload,
             std::size_t* upload_size, void** state);

 private:
  bool Allow(const std::string& ip);

  PhoneHub& hub_;
  PhoneServerOptions options_;
  MHD_Daemon* daemon_ = nullptr;
  int port_ = 0;
  std::map<std::string, std::string> files_;  // name -> content
  std::mutex rate_mu_;
  struct Bucket {
    double tokens = 0.0;
    double at = 0.0;
  };
  std::map<std::string, Bucket> buckets_;
  std::atomic<std::uint64_t> requests_{0}, refused_{0};
};

}  // namespace bip::net
