// The desk's actions for the room's phones: start and stop the server, pick
// written answers for the projector, show the distribution live.
//   phones_start  text2 = the interface's address (empty: the first that is
//                 not the loopback), number = port (0: 8080)
//   phones_stop, phones_interfaces (list them again)
//   phones_pick   number = the written answer's index, text2 "off" takes it back
//   phones_live   number = 1 shows the distribution while the vote is open
//   phones_compose number = 1: the phones compose the room's plan at the plan vote
//   phones_adopt  the room's plan from the phones' picks (the most picked) is
//                 the plan vote's own plan; the phones then vote on the plans
#include "room_desk.hpp"
#include "room_phone_link.hpp"
#include "room_phone_plans.hpp"
#include "session.hpp"

namespace bip::ui {

bool RoomDesk::ApplyPhones(GameSession& s, const Intent& in, std::string* error) {
  const std::string& a = in.text;
  if (a == "phones_interfaces") {
    phones_->RefreshInterfaces();
    return true;
  }
  if (!room_)
    return s.Fail(error, "room_desk.notice.no_day",
                  "no theme day is open (set one up or reopen one)");
  if (a == "phones_start") {
    std::string address = in.text2;
    if (address.empty()) {
      phones_->RefreshInterfaces();
      for (const auto& i : phones_->interfaces())
        if (!i.loopback) {
          address = i.address;
          break;
        }
      if (address.empty()) address = "127.0.0.1";
    }
    const int port = in.number > 0 ? static_cast<int>(in.number) : 8080;
    if (port > 65535)
      return s.Fail(error, "room_phones.notice.bad_port",
                    "port " + std::to_string(port) + ": expected 1024-65535");
    std::string why;
    if (!phones_->Start(address, port, &why))
      return s.Fail(error, "room_phones.notice.start_failed", why, {{"why", why}});
    s.Info("room_phones.notice.started", {{"url", phones_->Url()}});
    return true;
  }
  if (a == "phones_stop") {
    phones_->Stop();
    s.Info("room_phones.notice.stopped");
    return true;
  }
  if (a == "phones_pick") {
    if (in.number < 0 || !phones_->Pick(static_cast<std::size_t>(in.number), in.text2 != "off"))
      return s.Fail(error, "notice.not_now", "no written answer " + std::to_string(in.number));
    return true;
  }
  if (a == "phones_live") {
    phones_->live = in.number != 0;
    return true;
  }
  if (a == "phones_compose") {
    phones_->compose = in.number != 0;
    phones_->adopted.clear();  // switched on again: the phones compose anew
    return true;
  }
  if (a == "phones_adopt") {
    if (!phones_->Composing(*this))
      return s.Fail(error, "notice.not_now",
                    "the phones compose the room's plan while the plan vote is open and the "
                    "setting is on");
    const std::string key = RoomPhoneLink::VoteKey(*this);
    const std::vector<std::string> plan = phones_->AdoptPlan(key, play_->case_def().palette);
    if (plan.empty())
      return s.Fail(error, "room_phones.notice.no_plans", "no phone has sent a plan yet");
    phones_->adopted = key;
    if (!SetRoomPlan(s, plan, error)) return false;
    std::string names;
    for (const std::string& id : plan)
      names +=
          (names.empty() ? "" : ", ") + s.texts().Get(s.lang(), "intervention." + id + ".name");
    s.Info("room_phones.notice.adopted", {{"plan", names}});
    return true;
  }
  return s.Fail(error, "notice.not_now", "unknown room action '" + a + "'");
}

}  // namespace bip::ui
