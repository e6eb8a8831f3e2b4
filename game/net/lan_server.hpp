#pragma once
// The game's local-network HTTP server (libmicrohttpd, Debian's
// libmicrohttpd-dev): the theme day's phones (PhoneServer) and the team
// session's hand-in (TeamHandInServer) both run on it. It owns what they
// share: its own event-loop threads bound to the one IPv4 address the person
// chose, the join code as the first part of *every* path (else 403), a
// token bucket per client address (429), per-address and overall connection
// limits, idle timeouts, a cap on request bodies, and the page's files, read
// when it starts. Nothing listens until Start; Stop (or the destructor) ends it.
#include <atomic>
#include <cstdint>
#include <functional>
#include <map>
#include <mutex>
#include <string>
#include <vector>

struct MHD_Daemon;

namespace bip::net {

struct LanReply {
  int status = 200;
  std::string body;
  std::string type = "application/json; charset=utf-8";
};

// A request past the join code, its rate and its size.
struct LanRequest {
  std::string method;
  std::string rest;                          // the path after /CODE/ ("" is the page)
  std::map<std::string, std::string> query;  // ?name=value
  std::string body;                          // POST: at most max_body_bytes ...
  bool too_big = false;                      // ... else empty and this is set
  std::string ip;                            // for messages only, never an identity
};

// A file of the page: served at /CODE/<name> (the first one also at /CODE/).
struct LanFile {
  std::string name;
  std::string type;
};

struct LanServerOptions {
  std::string address = "127.0.0.1";  // IPv4 address of the interface to listen on
  int port = 8080;                    // 0: any free port (tests)
  std::string code;                   // the join code (upper case)
  std::string web_dir;                // where `files` are
  std::vector<LanFile> files;
  unsigned threads = 2;                // event-loop threads
  unsigned connections = 1200;         // open connections overall
  unsigned per_ip_connections = 16;    // open connections from one address
  double per_ip_rate = 20.0;           // requests per second from one address, on average
  double per_ip_burst = 60.0;          // ... and at once
  unsigned connection_timeout_s = 30;  // an idle connection is closed after this
  std::size_t max_body_bytes = 4096;
};

class LanServer {
 public:
  using Handler = std::function<LanReply(const LanRequest&)>;
  explicit LanServer(Handler handler);
  ~LanServer();
  LanServer(const LanServer&) = delete;
  LanServer& operator=(const LanServer&) = delete;

  // False with *error (one line, naming the file or the address) when it cannot.
  bool Start(const LanServerOptions& options, std::string* error);
  void Stop();
  bool running() const { return daemon_ != nullptr; }
  int port() const { return port_; }
  // http://ADDRESS:PORT/CODE/
  std::string Url() const;
  std::uint64_t requests() const { return requests_.load(); }
  // Refused for the code, the rate or the size.
  std::uint64_t refused() const { return refused_.load(); }

  // For libmicrohttpd's C callback.
  struct Request;
  int Handle(void* connection, const char* url, const char* method, const char* upload,
             std::size_t* upload_size, void** state);

 private:
  bool Allow(const std::string& ip);

  Handler handler_;
  LanServerOptions options_;
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

// {"error": what}
LanReply LanError(int status, const std::string& what);

}  // namespace bip::net
