#pragma once
// One request of a participant's game to a team desk, run on a thread of
// its own (team_join.hpp says why). The UI thread asks Done() each frame and
// takes the answer once; Wait() is for scripts and tests that want the
// answer before their next step.
#include <chrono>
#include <functional>
#include <memory>
#include <mutex>

#include "team_join_client.hpp"

namespace bip::ui {

struct TeamJoinCall {
  // Runs `request` on a detached thread; the thread keeps the call alive.
  static std::shared_ptr<TeamJoinCall> Start(
      std::function<net::TeamReply(net::RemoteTeamSession*)> request);

  bool Done() const;
  // Blocks until the request has its answer (bounded by the request's own timeouts).
  void Wait() const;
  net::TeamReply reply() const;
  net::RemoteTeamSession session() const;

 private:
  mutable std::mutex mu_;
  bool done_ = false;
  net::TeamReply reply_;
  net::RemoteTeamSession session_;
};

}  // namespace bip::ui
