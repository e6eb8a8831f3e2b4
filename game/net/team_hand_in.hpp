#pragma once
// The team session's hand-in over the local network (issue 12, point 7):
// the meeting point of the team leader's desk (UI thread) and the LAN
// server's threads. A colleague's game or browser sends the result file the
// game exports; it gets the same validated, replayed import as a file on the
// desk (ImportResultJson), with the same refusals, and the session file is
// written before the sender is told "received". A hand-in is tied to the
// random token of the device that sent it: that device may replace it,
// another may not take the alias over. Nothing reaches the session
// otherwise; a refused hand-in leaves it as it was.
#include <atomic>
#include <cstdint>
#include <functional>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

#include "lan_server.hpp"
#include "team_session.hpp"

namespace bip::net {

// What arrived, for the desk's list (newest last).
struct HandInEvent {
  std::string at;  // HH:MM:SS, UTC
  std::string alias;
  bool accepted = false;
  bool replaced = false;
  std::size_t quarters = 0;
  ImportRefusal refusal;  // refused: in the person's words (a text key and its values)
  std::string error;      // refused: the technical line
};

// A text of the game in a language ("sv", "da", "en"), "" when it has none:
// the desk passes its own.
using SayText = std::function<std::string(
    const std::string& key, const std::vector<std::pair<std::string, std::string>>& args,
    const std::string& lang)>;

inline constexpr std::size_t kMaxHandInEvents = 50;

class TeamHandInHub {
 public:
  // Takes `session` over (its file is `path`). A session without a join code
  // gets one, saved with it; throws std::runtime_error when that save fails.
  // `kit` must outlive the hub and is only used under the lock.
  TeamHandInHub(const ReplayKit& kit, TeamSession session, std::string path, SayText say);

  const std::string& code() const { return code_; }

  // --- the desk (UI thread): hold the lock while reading or changing the
  // session (and while using the kit); the server's hand-ins wait.
  std::unique_lock<std::mutex> Lock() { return std::unique_lock<std::mutex>(mu_); }
  TeamSession& session() { return session_; }
  // Bumped by every accepted hand-in (the desk takes the session over then).
  std::uint64_t version() const { return version_.load(); }
  std::vector<HandInEvent> Events() const;

  // --- the server's threads
  LanReply Info(const std::string& lang);
  LanReply HandIn(const std::string& token, const std::string& body, bool too_big,
                  const std::string& file_name, const std::string& lang);

 private:
  LanReply Refused(int status, ImportRefusal refusal, const std::string& error,
                   const std::string& alias, const std::string& lang);
  void Log(HandInEvent e);

  const ReplayKit& kit_;
  TeamSession session_;
  std::string path_;
  SayText say_;
  std::string code_;
  std::mutex mu_;
  std::atomic<std::uint64_t> version_{0};
  mutable std::mutex log_mu_;
  std::vector<HandInEvent> events_;
};

}  // namespace bip::net
