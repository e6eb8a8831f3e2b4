#include "phone_server.hpp"

#include <arpa/inet.h>
#include <microhttpd.h>
#include <netinet/in.h>

#include <cctype>
#include <chrono>
#include <cstring>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

namespace bip::net {
namespace {

using nlohmann::json;

constexpr const char* kPageFiles[][2] = {
    {"index.html", "text/html; charset=utf-8"},
    {"app.js", "text/javascript; charset=utf-8"},
    {"style.css", "text/css; charset=utf-8"},
};

double Now() {
  return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

MHD_Result Send(MHD_Connection* c, int status, const std::string& body, const char* type) {
  MHD_Response* r = MHD_create_response_from_buffer(body.size(), const_cast<char*>(body.data()),
                                                    MHD_RESPMEM_MUST_COPY);
  if (!r) return MHD_NO;
  MHD_add_response_header(r, "Content-Type", type);
  MHD_add_response_header(r, "Cache-Control", "no-store");
  MHD_add_response_header(r, "X-Content-Type-Options", "nosniff");
  MHD_add_response_header(r, "Referrer-Policy", "no-referrer");
  // The page runs its own script file only; nothing from elsewhere.
  MHD_add_response_header(r, "Content-Security-Policy",
                          "default-src 'self'; script-src 'self'; style-src 'self'; img-src "
                          "'self'; connect-src 'self'; frame-ancestors 'none'");
  const MHD_Result ok = MHD_queue_response(c, static_cast<unsigned int>(status), r);
  MHD_destroy_response(r);
  return ok;
}

MHD_Result SendJson(MHD_Connection* c, const PhoneReply& r) {
  return Send(c, r.status, r.body, "application/json; charset=utf-8");
}

MHD_Result SendError(MHD_Connection* c, int status, const char* what) {
  return SendJson(c, {status, json{{"error", what}}.dump()});
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

MHD_Result OnRequest(void* cls, MHD_Connection* c, const char* url, const char* method, const char*,
                     const char* upload, size_t* upload_size, void** state) {
  auto* server = static_cast<PhoneServer*>(cls);
  return server->Handle(c, url, method, upload, upload_size, state) ? MHD_YES : MHD_NO;
}

}  // namespace

struct PhoneServer::Request {
  std::string body;
  bool too_big = false;
  bool refused = false;
};

namespace {
void OnCompleted(void*, MHD_Connection*, void** state, MHD_RequestTerminationCode) {
  delete static_cast<PhoneServer::Request*>(*state);
  *state = nullptr;
}
}  // namespace

PhoneServer::PhoneServer(PhoneHub& hub) : hub_(hub) {}
PhoneServer::~PhoneServer() {
  Stop();
}

std::string PhoneServer::Url() const {
  return "http://" + options_.address + ":" + std::to_string(port_) + "/" + hub_.code() + "/";
}

bool PhoneServer::Start(const PhoneServerOptions& options, std::string* error) {
  Stop();
  options_ = options;
  files_.clear();
  for (const auto& f : kPageFiles) {
    const std::string path = options.web_dir + "/" + f[0];
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    if (!in || text.str().empty()) {
      if (error)
        *error = path + ": cannot be read (the participant page is installed with the game)";
      return false;
    }
    files_[f[0]] = text.str();
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
      static_cast<unsigned>(4 * kMaxPhones), MHD_OPTION_PER_IP_CONNECTION_LIMIT,
      options.per_ip_connections, MHD_OPTION_CONNECTION_TIMEOUT, options.connection_timeout_s,
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

void PhoneServer::Stop() {
  if (daemon_) MHD_stop_daemon(daemon_);
  daemon_ = nullptr;
  std::lock_guard lock(rate_mu_);
  buckets_.clear();
}

// A token bucket per address: polling every two seconds and answering is far
// below the rate; a runaway or hostile client is refused with 429.
bool PhoneServer::Allow(const std::string& ip) {
  std::lock_guard lock(rate_mu_);
  const double now = Now();
  if (buckets_.size() > 4 * kMaxPhones && !buckets_.count(ip)) buckets_.clear();  // bounded memory
  auto [it, fresh] = buckets_.try_emplace(ip, Bucket{options_.per_ip_burst, now});
  Bucket& b = it->second;
  b.tokens = std::min(options_.per_ip_burst, b.tokens + (now - b.at) * options_.per_ip_rate);
  b.at = now;
  if (b.tokens < 1.0) return false;
  b.tokens -= 1.0;
  return true;
}

int PhoneServer::Handle(void* connection, const char* url_c, const char* method_c,
                        const char* upload, std::size_t* upload_size, void** state) {
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
    if (req->body.size() + *upload_size > kMaxPhoneBodyBytes)
      req->too_big = true;
    else
      req->body.append(upload, *upload_size);
    *upload_size = 0;
    return MHD_YES;
  }
  const std::string url = url_c, method = method_c;
  if (req->refused) {
    ++refused_;
    return SendError(c, 429, "slow down");
  }
  // /CODE/rest: the join code first, on every request (letters in any case).
  std::string code =
      url.size() > 1 ? url.substr(1, url.find('/', 1) == std::string::npos ? std::string::npos
                                                                           : url.find('/', 1) - 1)
                     : "";
  for (char& ch : code) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
  if (code != hub_.code()) {
    ++refused_;
    return Send(c, 403, "Wrong join code. / Fel kod. / Forkert kode.\n",
                "text/plain; charset=utf-8");
  }
  const std::size_t slash = url.find('/', 1);
  if (slash == std::string::npos) {
    // /CODE without the slash: relative links need it.
    MHD_Response* r = MHD_create_response_from_buffer(0, nullptr, MHD_RESPMEM_PERSISTENT);
    MHD_add_response_header(r, "Location", (url + "/").c_str());
    const MHD_Result ok = MHD_queue_response(c, 303, r);
    MHD_destroy_response(r);
    return ok;
  }
  const std::string rest = url.substr(slash + 1);
  if (method == "GET") {
    if (rest == "api/state") {
      const char* t = MHD_lookup_connection_value(c, MHD_GET_ARGUMENT_KIND, "t");
      return SendJson(c, hub_.State(t ? t : ""));
    }
    const std::string name = rest.empty() ? "index.html" : rest;
    for (const auto& f : kPageFiles)
      if (name == f[0]) return Send(c, 200, files_[name], f[1]);
    return SendError(c, 404, "not found");
  }
  if (method != "POST") return SendError(c, 405, "method");
  if (req->too_big) {
    ++refused_;
    return SendError(c, 413, "too long");
  }
  const json body = json::parse(req->body, nullptr, false);
  if (!body.is_object() || !body.contains("t") || !body["t"].is_string())
    return SendError(c, 400, "expected JSON with a token");
  const std::string token = body["t"].get<std::string>();
  const auto whole = [&](const char* key, int fallback) {
    return body.contains(key) && body[key].is_number_integer() &&
                   body[key].get<long long>() >= -1 && body[key].get<long long>() <= 1000
               ? body[key].get<int>()
               : fallback;
  };
  const auto text = [&](const char* key) {
    return body.contains(key) && body[key].is_string() ? body[key].get<std::string>() : "";
  };
  if (rest == "api/vote")
    return SendJson(c, hub_.Vote(token, text("key"), whole("table", 0), whole("option", -1)));
  if (rest == "api/text") return SendJson(c, hub_.Write(token, whole("pause", -1), text("text")));
  if (rest == "api/survey") {
    std::array<int, 4> ratings{};
    if (!body.contains("ratings") || !body["ratings"].is_array() || body["ratings"].size() != 4)
      return SendError(c, 400, "ratings");
    for (std::size_t q = 0; q < 4; ++q) {
      const json& v = body["ratings"][q];
      if (!v.is_number_integer() || v.get<long long>() < 0 || v.get<long long>() > 5)
        return SendError(c, 400, "ratings");
      ratings[q] = v.get<int>();
    }
    return SendJson(c, hub_.Survey(token, ratings, text("open")));
  }
  return SendError(c, 404, "not found");
}

}  // namespace bip::net
