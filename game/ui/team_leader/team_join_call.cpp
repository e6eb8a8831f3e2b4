#include "team_join_call.hpp"

#include <thread>

namespace bip::ui {

std::shared_ptr<TeamJoinCall> TeamJoinCall::Start(
    std::function<net::TeamReply(net::RemoteTeamSession*)> request) {
  auto call = std::make_shared<TeamJoinCall>();
  std::thread([call, request = std::move(request)] {
    net::RemoteTeamSession session;
    net::TeamReply reply;
    try {
      reply = request(&session);
    } catch (const std::exception& e) {
      reply.error = e.what();  // not reached: shown as "no answer" with the reason
    }
    std::lock_guard lock(call->mu_);
    call->reply_ = std::move(reply);
    call->session_ = std::move(session);
    call->done_ = true;
  }).detach();
  return call;
}

bool TeamJoinCall::Done() const {
  std::lock_guard lock(mu_);
  return done_;
}

void TeamJoinCall::Wait() const {
  while (!Done()) std::this_thread::sleep_for(std::chrono::milliseconds(5));
}

net::TeamReply TeamJoinCall::reply() const {
  std::lock_guard lock(mu_);
  return reply_;
}

net::RemoteTeamSession TeamJoinCall::session() const {
  std::lock_guard lock(mu_);
  return session_;
}

}  // namespace bip::ui
