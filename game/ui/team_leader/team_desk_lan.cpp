// The desk's actions for the hand-in over the network: start and stop the
// server on a chosen interface and port, list the interfaces again.
//   lan_start  text2 = the interface's address (empty: the first that is not
//              the loopback), number = port (0: 8090)
//   lan_stop, lan_interfaces
#include "session.hpp"
#include "team_desk.hpp"
#include "team_lan_link.hpp"

namespace bip::ui {

bool TeamDesk::ApplyLan(GameSession& s, const Intent& in, std::string* error) {
  const std::string& a = in.text;
  if (a == "lan_interfaces") {
    lan_->RefreshInterfaces();
    return true;
  }
  if (a == "lan_stop") {
    {
      std::unique_lock<std::mutex> hold = lan_->Hold();
      if (session_ && hold.owns_lock()) lan_->TakeOver(*session_);
    }
    lan_->Stop();
    s.Info("team_lan.notice.stopped");
    return true;
  }
  if (a != "lan_start") return s.Fail(error, "notice.not_now", "unknown team action '" + a + "'");
  if (!session_)
    return s.Fail(error, "team_desk.notice.no_session", "open or create a session first");
  std::string address = in.text2;
  if (address.empty()) {
    lan_->RefreshInterfaces();
    for (const auto& i : lan_->interfaces())
      if (!i.loopback) {
        address = i.address;
        break;
      }
    if (address.empty()) address = "127.0.0.1";
  }
  const int port = in.number > 0 ? static_cast<int>(in.number) : 8090;
  if (port < 1024 || port > 65535)
    return s.Fail(error, "team_lan.notice.bad_port",
                  "port " + std::to_string(port) + ": expected 1024-65535");
  // Refusals are answered in the sender's language with the game's own texts.
  const Texts* texts = &s.texts();
  net::SayText say = [texts](const std::string& key,
                             const std::vector<std::pair<std::string, std::string>>& args,
                             const std::string& lang) {
    return texts->Has(lang, key) ? texts->Format(lang, key, args) : std::string();
  };
  std::string why;
  if (!lan_->Start(Kit(s), *session_, session_path_, std::move(say), address, port, &why))
    return s.Fail(error, "team_lan.notice.start_failed", why, {{"why", why}});
  {
    std::unique_lock<std::mutex> hold = lan_->Hold();
    lan_->TakeOver(*session_);  // the join code the hub made and saved
  }
  s.Info("team_lan.notice.started", {{"url", lan_->Url()}});
  return true;
}

}  // namespace bip::ui
