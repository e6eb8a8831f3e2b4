#pragma once
// The theme-day desk's side of the phones (issue 12): the hub the day's
// answers meet in, the server the facilitator starts and stops, and what the
// phones are shown. Owned by RoomDesk; every call is on the UI thread (the
// hub does the locking towards the server's threads).
#include <memory>
#include <string>
#include <vector>

#include "net_interfaces.hpp"
#include "phone_hub.hpp"
#include "phone_server.hpp"
#include "qr_code.hpp"
#include "room.hpp"

namespace bip::ui {

class RoomDesk;

class RoomPhoneLink {
 public:
  RoomPhoneLink();
  ~RoomPhoneLink();

  // A day was opened (new or reopened): its phones' answers are taken over.
  void Attach(const Room& room, const std::string& path);
  // The day closes: the server stops, nothing listens any more.
  void Detach();
  bool attached() const { return hub_ != nullptr; }
  // Writes the day with its phones' answers (atomically); throws like SaveRoomFile.
  void Save(const Room& room, const std::string& path);

  bool Start(const std::string& address, int port, std::string* error);
  void Stop();
  bool running() const { return server_ && server_->running(); }
  std::string Url() const { return running() ? server_->Url() : ""; }
  std::string code() const { return hub_ ? hub_->code() : ""; }
  const net::QrCode& qr() const { return qr_; }
  const std::vector<net::NetInterface>& interfaces() const { return interfaces_; }
  void RefreshInterfaces() { interfaces_ = net::ListInterfaces(); }

  // Tells the phones what the desk shows now (after every action).
  void Publish(const Content& content, const RoomDesk& desk);
  // The key of the vote on the desk ("" when none).
  static std::string VoteKey(const RoomDesk& desk);

  // Closes the vote for the phones and adds their counts to a tally's hand
  // counts (per table when the day has tables).
  void AddCounts(const std::string& key, int tables, RoomTally& t) const;
  // The plan's options changed (the room composed its own): its phone votes
  // are asked again.
  void ClearVote(const std::string& key);
  std::size_t Answered(const std::string& key) const { return hub_ ? hub_->Answered(key) : 0; }
  std::size_t Present() const { return hub_ ? hub_->Present() : 0; }
  std::size_t Seen() const { return hub_ ? hub_->Seen() : 0; }
  std::vector<std::vector<int>> Counts(const std::string& key, std::size_t options,
                                       int tables) const;
  RoomPhones Phones() const { return hub_ ? hub_->Phones() : RoomPhones{}; }
  bool Pick(std::size_t index, bool picked) { return hub_ && hub_->Pick(index, picked); }
  std::uint64_t changes() const { return hub_ ? hub_->changes() : 0; }
  // Seconds since the server started (the "no phone reached it" warning waits a little).
  double RunningSeconds() const;
  // The distribution is shown while the vote is open (a setting; off by default).
  bool live = false;

  // The room composes its own plan on the phones (a setting; off by default):
  // while the plan vote is open and no plan from the phones was adopted for
  // it, the phones pick from the palette instead of voting.
  bool compose = false;
  std::string adopted;  // the plan vote whose phone plans were adopted
  bool Composing(const RoomDesk& desk) const;
  std::vector<std::vector<int>> PlanCounts(const std::string& key,
                                           const std::vector<std::string>& palette,
                                           int tables) const;
  std::size_t Composed(const std::string& key) const { return hub_ ? hub_->Composed(key) : 0; }
  // Closes composing for the phones and returns the room's plan from their picks.
  std::vector<std::string> AdoptPlan(const std::string& key,
                                     const std::vector<std::string>& palette);

 private:
  std::unique_ptr<net::PhoneHub> hub_;
  std::unique_ptr<net::PhoneServer> server_;
  net::QrCode qr_;
  std::vector<net::NetInterface> interfaces_;
  double started_ = 0.0;
};

}  // namespace bip::ui
