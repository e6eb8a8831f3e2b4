#include "team_join_client.hpp"

#include <arpa/inet.h>

#include <cctype>
#include <nlohmann/json.hpp>
#include <random>

#include "http_client.hpp"

namespace bip::net {
namespace {

using nlohmann::json;

std::string Trim(std::string s) {
  s.erase(0, s.find_first_not_of(" \t\r\n"));
  s.erase(s.find_last_not_of(" \t\r\n") + 1);
  return s;
}

std::string Upper(std::string s) {
  for (char& ch : s) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
  return s;
}

bool ValidCode(const std::string& c) {
  if (c.size() < 4 || c.size() > 12) return false;
  for (char ch : c)
    if (!std::isalnum(static_cast<unsigned char>(ch))) return false;
  return true;
}

// A query value: letters, digits and -._~ as they are, the rest %XX.
std::string Escaped(const std::string& s) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char ch : s) {
    if (std::isalnum(ch) || ch == '-' || ch == '.' || ch == '_' || ch == '~') {
      out += static_cast<char>(ch);
    } else {
      out += '%';
      out += kHex[ch >> 4];
      out += kHex[ch & 15];
    }
  }
  return out;
}

std::string Str(const json& j, const char* key) {
  return j.is_object() && j.contains(key) && j[key].is_string() ? j[key].get<std::string>() : "";
}

// The answer as a TeamReply; the body (when JSON) in *body.
TeamReply Reply(const HttpResult& r, json* body) {
  TeamReply out;
  out.status = r.status;
  if (r.status < 0) {
    out.error = r.error;
    return out;
  }
  out.reached = true;
  *body = json::parse(r.body, nullptr, false);
  out.ok = r.status == 200 && body->is_object();
  out.key = Str(*body, "key");
  out.message = Str(*body, "message");
  out.error = Str(*body, "error");
  if (!out.ok && out.error.empty())
    out.error = "HTTP " + std::to_string(r.status) + ": " + Trim(r.body.substr(0, 200));
  return out;
}

}  // namespace

std::string TeamLink::Url() const {
  return "http://" + address + ":" + std::to_string(port) + "/" + code + "/";
}

std::optional<TeamLink> ParseTeamLink(const std::string& typed, const std::string& code_typed,
                                      std::string* error) {
  const auto fail = [&](const std::string& why) -> std::optional<TeamLink> {
    if (error) *error = why;
    return std::nullopt;
  };
  std::string s = Trim(typed);
  if (s.rfind("http://", 0) == 0) s = s.substr(7);
  if (s.rfind("https://", 0) == 0)
    return fail("'" + Trim(typed) + "': the team desk's address starts with http://, not https://");
  const std::size_t slash = s.find('/');
  const std::string host_port = s.substr(0, slash);
  std::string path = slash == std::string::npos ? "" : s.substr(slash + 1);
  while (!path.empty() && path.back() == '/') path.pop_back();
  TeamLink link;
  const std::size_t colon = host_port.find(':');
  link.address = host_port.substr(0, colon);
  if (link.address == "localhost") link.address = "127.0.0.1";
  in_addr ignored{};
  if (link.address.empty() || inet_pton(AF_INET, link.address.c_str(), &ignored) != 1)
    return fail("'" + Trim(typed) +
                "': expected the address the team desk shows, like "
                "http://192.168.1.23:8090/Q4MZ7K/");
  link.port = 8090;  // the desk's port unless another is shown
  if (colon != std::string::npos) {
    const std::string port = host_port.substr(colon + 1);
    if (port.empty() || port.size() > 5 ||
        port.find_first_not_of("0123456789") != std::string::npos || std::stoi(port) < 1 ||
        std::stoi(port) > 65535)
      return fail("'" + port + "': expected a port number 1-65535 after the ':'");
    link.port = std::stoi(port);
  }
  const std::string code = Upper(Trim(code_typed));
  const std::string in_path = Upper(path);
  if (!code.empty() && !in_path.empty() && code != in_path)
    return fail("the address holds the code " + in_path + " and the code typed is " + code);
  link.code = code.empty() ? in_path : code;
  if (link.code.empty()) return fail("no join code: expected it in the address or in its field");
  if (!ValidCode(link.code))
    return fail("'" + link.code + "': expected the join code, 4-12 letters or digits");
  return link;
}

TeamReply FetchTeamSession(const TeamLink& link, const std::string& lang, RemoteTeamSession* out,
                           int timeout_ms) {
  const HttpResult r =
      HttpRequest(link.address, link.port, "GET",
                  "/" + link.code + "/api/session?lang=" + Escaped(lang), {}, {}, timeout_ms);
  json body;
  TeamReply reply = Reply(r, &body);
  if (!reply.ok) return reply;
  // The desk's own answer: a session name, a case, a game number.
  RemoteTeamSession s;
  s.name = Str(body, "session");
  s.case_id = Str(body, "case");
  const std::string seed = Str(body, "seed");
  if (body.contains("content_version") && body["content_version"].is_number_integer())
    s.content_version = body["content_version"].get<int>();
  if (s.case_id.empty() || seed.empty() || seed.size() > 19 ||
      seed.find_first_not_of("0123456789") != std::string::npos) {
    reply.ok = false;
    reply.error = "/api/session: expected a session's case and game number";
    return reply;
  }
  s.seed = std::stoull(seed);
  if (out) *out = std::move(s);
  return reply;
}

TeamReply HandInOverNetwork(const TeamLink& link, const std::string& token,
                            const std::string& file_name, const std::string& result_json,
                            const std::string& lang, int timeout_ms) {
  const HttpResult r = HttpRequest(link.address, link.port, "POST",
                                   "/" + link.code + "/api/hand-in?t=" + Escaped(token) +
                                       "&file=" + Escaped(file_name) + "&lang=" + Escaped(lang),
                                   result_json, {}, timeout_ms);
  json body;
  TeamReply reply = Reply(r, &body);
  if (reply.ok && body.contains("replaced") && body["replaced"].is_boolean())
    reply.replaced = body["replaced"].get<bool>();
  return reply;
}

std::string NewHandInToken() {
  static constexpr char kAlphabet[] =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  std::random_device rd;
  std::uniform_int_distribution<std::size_t> pick(0, sizeof kAlphabet - 2);
  std::string t;
  for (int i = 0; i < 32; ++i) t += kAlphabet[pick(rd)];
  return t;
}

}  // namespace bip::net
