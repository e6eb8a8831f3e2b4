#pragma once
// A participant's game joining a team session over the local network (issue
// 12, point 7): the address and code the team desk shows lead to the
// session's case and game number (GET api/session), and the finished case is
// handed in as the same result file the debrief exports (POST api/hand-in),
// tied to the token the participant's profile keeps.
#include <cstdint>
#include <optional>
#include <string>

namespace bip::net {

// Where the team desk listens: http://ADDRESS:PORT/CODE/
struct TeamLink {
  std::string address;  // IPv4, e.g. 192.168.1.23
  int port = 0;
  std::string code;  // upper case
  std::string Url() const;
};

// What a person typed or pasted: the whole address as the desk shows it
// ("http://192.168.1.23:8090/Q4MZ7K/"), or the address and port with the
// code typed in its own field. Nothing (and *error: what was expected, in
// English) when it cannot be a team desk's address.
std::optional<TeamLink> ParseTeamLink(const std::string& typed, const std::string& code,
                                      std::string* error);

// The session the desk hands out.
struct RemoteTeamSession {
  std::string name;
  std::string case_id;
  std::uint64_t seed = 0;
  int content_version = 0;
};

// The desk's answer. `reached` false: no answer at all (`error` says why).
// Refused: `key` is the team.refusal.* text key and `message` the desk's
// text in the language asked for; `error` the technical line.
struct TeamReply {
  bool reached = false;
  int status = -1;
  bool ok = false;
  std::string key;
  std::string message;
  std::string error;
  bool replaced = false;  // a hand-in: this device's earlier one was replaced
};

TeamReply FetchTeamSession(const TeamLink& link, const std::string& lang, RemoteTeamSession* out,
                           int timeout_ms = 4000);

TeamReply HandInOverNetwork(const TeamLink& link, const std::string& token,
                            const std::string& file_name, const std::string& result_json,
                            const std::string& lang, int timeout_ms = 8000);

// A new random token for a device (32 letters and digits).
std::string NewHandInToken();

}  // namespace bip::net
