#include "lan_server.hpp"

#include <arpa/inet.h>
#include <microhttpd.h>
#include <netinet/in.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

namespace bip::net {
namespace {

double Now() {
  return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

MHD_Result Send(MHD_Connection* c, const LanReply& reply) {
  MHD_Response* r = MHD_create_response_from_buffer(
      reply.body.size(), const_cast<char*>(reply.body.data()), MHD_RESPMEM_MUST_COPY);
  if (!r) return MHD_NO;
  MHD_add_response_header(r, "Content-Type", reply.type.c_str());
  MHD_add_response_header(r, "Cache-Control", "no-store");
  MHD_add_response_header(r, "X-Content-Type-Options", "nosniff");
  MHD_add_response_header(r, "Referrer-Policy", "no-referrer");
  // The page runs its own script file only; nothing from elsewhere.
  MHD_add_response_header(r, "Content-Security-Policy",
                          "default-src 'self'; script-src 'self'; style-src 'self'; img-src "
                          "'self'; connect-src 'self'; frame-ancestors 'none'");
  const MHD_Result ok = MHD_queue_response(c, static_cast<unsigned int>(reply.status), r);
  MHD_destroy_response(r);
  return ok;
}

std::string ClientIp(MHD_Connection* c) {
  const MHD_ConnectionInfo* info = MHD_get_connection_info(c, MHD_CONNECTION_INFO_CLIENT_ADDRESS);
  if (!info || !info->client_addr) return "?";
  char buf[INET6_ADDRSTRLEN] = {};
  if (info->client_addr->sa_family == AF_INET)
    inet_ntop(AF_INET, &reinterpret_cast<const sockaddr_in*>(info->client_addr)->sin_addr, buf,
              sizeof buf);
  else if (info->client_addr->sa_family == AF_INET6)
    inet_ntop(AF_INET6, &reinterpret_cast<const sockaddr_in6*>(info->client_addr)->sin6_addr, buf,
              sizeof buf);
  return buf;
}

MHD_Result CollectArgument(void* cls, MHD_ValueKind, const char* key, const char* value) {
  auto* query = static_cast<std::map<std::string, std::string>*>(cls);
  if (key && query->size() < 16) (*query)[key] = value ? value : "";
  return MHD_YES;
}

MHD_Result OnRequest(void* cls, MHD_Connection* c, const char* url, const char* method, const char*,
                     const char* upload, size_t* upload_size, void** state) {
  auto* server = static_cast<LanServer*>(cls);
  return server->Handle(c, url, method, upload, upload_size, state) ? MHD_YES : MHD_NO;
}

}  // namespace

struct LanServer::Request {
  std::string body;
  bool too_big = false;
  bool refused = false;
};

namespace {
void OnCompleted(void*, MHD_Connection*, void** state, MHD_RequestTerminationCode) {
  delete static_cast<LanServer::Request*>(*state);
  *state = nullptr;
}
}  // namespace

LanReply LanError(int status, const std::string& what) {
  return {status, nlohmann::json{{"error", what}}.dump()};
}

LanServer::LanServer(Handler handler) : handler_(std::move(handler)) {}
LanServer::~LanServer() {
  Stop();
}

std::string LanServer::Url() const {
  return "http://" + options_.address + ":" + std::to_string(port_) + "/" + options_.code + "/";
}

bool LanServer::Start(const LanServerOptions& options, std::string* error) {
  Stop();
  options_ = options;
  files_.clear();
  for (const LanFile& f : options.files) {
    const std::string path = options.web_dir + "/" + f.name;
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    if (!in || text.str().empty()) {
      if (error) *error = path + ": cannot be read (the page is installed with the game)";
      return false;
    }
    files_[f.name] = text.str();
  }
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<std::uint16_t>(options.port));
  if (options.port < 0 || options.port > 65535 ||
      inet_pton(AF_INET, options.address.c_str(), &addr.sin_addr) != 1) {
    if (error)
      *error = options.address + ":" + std::to_string(options.port) +
               ": expected an IPv4 address and a port 1-65535";
    return false;
  }
  daemon_ = MHD_start_daemon(
      MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_EPOLL, static_cast<std::uint16_t>(options.port),
      nullptr, nullptr, &OnRequest, this, MHD_OPTION_SOCK_ADDR, reinterpret_cast<sockaddr*>(&addr),
      MHD_OPTION_THREAD_POOL_SIZE, options.threads, MHD_OPTION_CONNECTION_LIMIT,
      options.connections, MHD_OPTION_PER_IP_CONNECTION_LIMIT, options.per_ip_connections,
      MHD_OPTION_CONNECTION_TIMEOUT, options.connection_timeout_s,
      MHD_OPTION_CONNECTION_MEMORY_LIMIT, static_cast<size_t>(32 * 1024),
      MHD_OPTION_NOTIFY_COMPLETED, &OnCompleted, nullptr, MHD_OPTION_END);
  if (!daemon_) {
    if (error)
      *error = options.address + ":" + std::to_string(options.port) +
               ": cannot listen there (port taken, or not this machine's address)";
    return false;
  }
  const MHD_DaemonInfo* info = MHD_get_daemon_info(daemon_, MHD_DAEMON_INFO_BIND_PORT);
  port_ = info ? info->port : options.port;
  return true;
}

void LanServer::Stop() {
  if (daemon_) MHD_stop_daemon(daemon_);
  daemon_ = nullptr;
  std::lock_guard lock(rate_mu_);
  buckets_.clear();
}

// A token bucket per address: polling every two seconds and answering is far
// below the rate; a runaway or hostile client is refused with 429.
bool LanServer::Allow(const std::string& ip) {
  std::lock_guard lock(rate_mu_);
  const double now = Now();
  if (buckets_.size() > options_.connections && !buckets_.count(ip))
    buckets_.clear();  // bounded memory
  auto [it, fresh] = buckets_.try_emplace(ip, Bucket{options_.per_ip_burst, now});
  Bucket& b = it->second;
  b.tokens = std::min(options_.per_ip_burst, b.tokens + (now - b.at) * options_.per_ip_rate);
  b.at = now;
  if (b.tokens < 1.0) return false;
  b.tokens -= 1.0;
  return true;
}

int LanServer::Handle(void* connection, const char* url_c, const char* method_c, const char* upload,
                      std::size_t* upload_size, void** state) {
  auto* c = static_cast<MHD_Connection*>(connection);
  if (!*state) {
    // The headers are in: check the address's rate once per request.
    auto* req = new Request;
    *state = req;
    ++requests_;
    req->refused = !Allow(ClientIp(c));
    return MHD_YES;
  }
  auto* req = static_cast<Request*>(*state);
  if (*upload_size > 0) {
    // Past the cap the rest is read and dropped (the answer says why).
    if (req->too_big || req->body.size() + *upload_size > options_.max_body_bytes) {
      req->too_big = true;
      req->body.clear();
    } else {
      req->body.append(upload, *upload_size);
    }
    *upload_size = 0;
    return MHD_YES;
  }
  const std::string url = url_c;
  if (req->refused) {
    ++refused_;
    return Send(c, LanError(429, "slow down"));
  }
  // /CODE/rest: the join code first, on every request (letters in any case).
  const std::size_t slash = url.find('/', 1);
  std::string code = url.size() > 1
                         ? url.substr(1, slash == std::string::npos ? std::string::npos : slash - 1)
                         : "";
  for (char& ch : code) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
  if (options_.code.empty() || code != options_.code) {
    ++refused_;
    return Send(
        c, {403, "Wrong join code. / Fel kod. / Forkert kode.\n", "text/plain; charset=utf-8"});
  }
  if (slash == std::string::npos) {
    // /CODE without the slash: relative links need it.
    MHD_Response* r = MHD_create_response_from_buffer(0, nullptr, MHD_RESPMEM_PERSISTENT);
    MHD_add_response_header(r, "Location", (url + "/").c_str());
    const MHD_Result ok = MHD_queue_response(c, 303, r);
    MHD_destroy_response(r);
    return ok;
  }
  LanRequest in;
  in.method = method_c;
  in.rest = url.substr(slash + 1);
  in.body = std::move(req->body);
  in.too_big = req->too_big;
  in.ip = ClientIp(c);
  MHD_get_connection_values(c, MHD_GET_ARGUMENT_KIND, &CollectArgument, &in.query);
  if (in.method == "GET" && !options_.files.empty()) {
    const std::string name = in.rest.empty() ? options_.files.front().name : in.rest;
    for (const LanFile& f : options_.files)
      if (name == f.name) return Send(c, {200, files_[name], f.type});
  }
  LanReply reply = handler_(in);
  if (reply.status == 413) ++refused_;
  return Send(c, reply);
}

}  // namespace bip::net
