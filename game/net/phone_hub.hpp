#pragma once
// The meeting point of the facilitator's desk (UI thread) and the phone
// server (its own threads) on a theme day. The desk publishes what the
// phones should see (a PhoneStage); the server hands each phone's answer to
// the hub, which records it and writes the day file before the phone is told
// "received" (group commit: answers arriving while a write runs go out with
// the next one). All state is behind one mutex; the file is written under a
// second one, never while the first is held for long.
#include <array>
#include <chrono>
#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <vector>

#include "room.hpp"

namespace bip::net {

// What the desk shows the phones now. `json` is the object the page gets
// under "stage" (the day's name, the vote with its labels in sv/da/en, the
// pause question, ...); the other fields are what the hub checks answers against.
struct PhoneStage {
  std::string json = "{}";
  int quarter = 0;
  std::string vote_key;  // the vote on screen, empty: none
  bool vote_open = false;
  std::size_t options = 0;
  int tables = 0;  // 0: the day counts votes in total
  int pause = -1;  // the pause taking written answers, -1: none
  bool survey_open = false;
  // The room composes its own plan on the phones (for the plan vote `compose_key`):
  // picks from `palette`, at most kMaxPhonePlanPicks each.
  std::string compose_key;
  std::vector<std::string> palette;
};

// An answer's outcome, as an HTTP status and a small JSON body.
struct PhoneReply {
  int status = 200;
  std::string body;
};

class PhoneHub {
 public:
  // `room` is the open day (its phones are where the hub starts from); the
  // day file is `path`.
  PhoneHub(const Room& room, std::string path);

  // --- the desk (UI thread) ---
  void Publish(PhoneStage stage);
  // Writes the day, its phones taken from the hub, atomically. Throws
  // std::runtime_error naming the file when it cannot.
  void SaveDay(const Room& room);
  RoomPhones Phones() const;
  const std::string& code() const { return code_; }
  // Per table (one row when the day has no tables), per option: the phones'
  // votes in vote `key`.
  std::vector<std::vector<int>> Counts(const std::string& key, std::size_t options,
                                       int tables) const;
  // Closes vote `key` for the phones and returns its counts in one step: no
  // phone is told "received" for a vote the desk did not count. (The next
  // Publish says what the phones see; it may open the vote again.)
  std::vector<std::vector<int>> CloseVote(const std::string& key, std::size_t options, int tables);
  std::size_t Answered(const std::string& key) const;
  // Phones heard from within the grace period (a sleeping phone polls again
  // when it wakes), and phones ever seen since the hub was made.
  std::size_t Present() const;
  std::size_t Seen() const;
  // The facilitator picks a written answer for the projector (or takes it
  // back); saved at once. False when there is no such answer.
  bool Pick(std::size_t written_index, bool picked);
  // The phones' plans for plan vote `key`, per table, per palette entry.
  std::vector<std::vector<int>> PlanCounts(const std::string& key,
                                           const std::vector<std::string>& palette,
                                           int tables) const;
  std::size_t Composed(const std::string& key) const;
  // Closes composing for the phones and returns their plans in one step (as
  // CloseVote: no phone is told "received" for a plan the desk did not see).
  std::map<std::string, PhonePlan> ClosePlans(const std::string& key);
  // The vote's options changed: its phones are asked again.
  void ClearVote(const std::string& key);
  // Bumped by every change a phone made (the desk redraws when it moves).
  std::uint64_t changes() const;

  // --- the phones (server threads) ---
  PhoneReply State(const std::string& token);
  PhoneReply Vote(const std::string& token, const std::string& key, int table, int option);
  PhoneReply Write(const std::string& token, int pause, const std::string& text);
  // A phone's plan for the room; a second one replaces the first.
  PhoneReply Plan(const std::string& token, const std::string& key, int table,
                  const std::vector<std::string>& picks);
  PhoneReply Survey(const std::string& token, const std::array<int, 4>& ratings,
                    const std::string& open);

  static constexpr std::chrono::seconds kGrace{45};

 private:
  using Clock = std::chrono::steady_clock;
  // Under mu_: a known phone, or a new one while there is room.
  bool Admit(const std::string& token, PhoneReply* full);
  // Writes everything recorded up to `seq` unless a write already did.
  PhoneReply Commit(std::uint64_t seq, const std::string& ok_body);
  // Keeps a phone's answer (a ballot, a plan) in `slot`: a second answer
  // replaces the first, the same one again (a double tap) changes nothing.
  // Returns the sequence number the reply waits for. mu_ held.
  template <class Answer>
  std::uint64_t Keep(std::map<std::string, Answer>& slot, const std::string& token,
                     const Answer& answer);
  std::string Compose(std::uint64_t* upto) const;
  std::vector<std::vector<int>> CountsLocked(const std::string& key, std::size_t options,
                                             int tables) const;

  const std::string path_;
  std::string code_;
  mutable std::mutex mu_;
  RoomPhones phones_;
  PhoneStage stage_;
  std::map<std::string, Clock::time_point> last_seen_;
  std::map<std::string, int> table_of_;  // the table a phone last voted at
  std::uint64_t seq_ = 0;                // answers recorded
  std::uint64_t changes_ = 0;
  std::mutex write_mu_;
  std::string base_;               // the day without its phones, as written last
  std::uint64_t written_seq_ = 0;  // answers in the file
};

// A join code: six characters people can read off a projector (no 0/O, 1/I/L).
std::string NewJoinCode();

}  // namespace bip::net
