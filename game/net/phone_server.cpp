#include "phone_server.hpp"

#include <array>
#include <nlohmann/json.hpp>

namespace bip::net {
namespace {

using nlohmann::json;

LanReply FromHub(const PhoneReply& r) {
  return {r.status, r.body};
}

}  // namespace

PhoneServer::PhoneServer(PhoneHub& hub)
    : hub_(hub), server_([this](const LanRequest& in) { return Route(in); }) {}

bool PhoneServer::Start(const PhoneServerOptions& options, std::string* error) {
  LanServerOptions o;
  o.address = options.address;
  o.port = options.port;
  o.code = hub_.code();
  o.web_dir = options.web_dir;
  o.files = {{"index.html", "text/html; charset=utf-8"},
             {"common.js", "text/javascript; charset=utf-8"},
             {"app.js", "text/javascript; charset=utf-8"},
             {"style.css", "text/css; charset=utf-8"}};
  o.threads = options.threads;
  o.connections = static_cast<unsigned>(4 * kMaxPhones);
  o.per_ip_connections = options.per_ip_connections;
  o.per_ip_rate = options.per_ip_rate;
  o.per_ip_burst = options.per_ip_burst;
  o.connection_timeout_s = options.connection_timeout_s;
  o.max_body_bytes = kMaxPhoneBodyBytes;
  return server_.Start(o, error);
}

LanReply PhoneServer::Route(const LanRequest& in) {
  if (in.method == "GET") {
    if (in.rest == "api/state") {
      const auto t = in.query.find("t");
      return FromHub(hub_.State(t == in.query.end() ? "" : t->second));
    }
    return LanError(404, "not found");
  }
  if (in.method != "POST") return LanError(405, "method");
  if (in.too_big) return LanError(413, "too long");
  const json body = json::parse(in.body, nullptr, false);
  if (!body.is_object() || !body.contains("t") || !body["t"].is_string())
    return LanError(400, "expected JSON with a token");
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
  if (in.rest == "api/vote")
    return FromHub(hub_.Vote(token, text("key"), whole("table", 0), whole("option", -1)));
  if (in.rest == "api/plan") {
    std::vector<std::string> picks;
    if (!body.contains("picks") || !body["picks"].is_array() ||
        body["picks"].size() > kMaxPhonePlanPicks)
      return LanError(400, "picks");
    for (const json& id : body["picks"]) {
      if (!id.is_string() || id.get_ref<const std::string&>().size() > 40)
        return LanError(400, "picks");
      picks.push_back(id.get<std::string>());
    }
    return FromHub(hub_.Plan(token, text("key"), whole("table", 0), picks));
  }
  if (in.rest == "api/text") return FromHub(hub_.Write(token, whole("pause", -1), text("text")));
  if (in.rest == "api/survey") {
    std::array<int, 4> ratings{};
    if (!body.contains("ratings") || !body["ratings"].is_array() || body["ratings"].size() != 4)
      return LanError(400, "ratings");
    for (std::size_t q = 0; q < 4; ++q) {
      const json& v = body["ratings"][q];
      if (!v.is_number_integer() || v.get<long long>() < 0 || v.get<long long>() > 5)
        return LanError(400, "ratings");
      ratings[q] = v.get<int>();
    }
    return FromHub(hub_.Survey(token, ratings, text("open")));
  }
  return LanError(404, "not found");
}

}  // namespace bip::net
