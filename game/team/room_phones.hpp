#pragma once
// What the room's phones answered on a theme day (issue 12), kept in the day
// file under the optional key "phones" so that killing the game loses no
// answer a phone was told was received, and reopening the day restores who
// answered. Answers are anonymous: a random token the browser made, never a
// name and never the IP address (a venue may share one).
//
//   "phones": {"code": "K7QF3M",                       the day's join code
//              "quarter": 2,                           the ballots below belong to this quarter
//              "ballots": {"2-0": {"<token>": [table, option]}, ...},   per vote key
//              "written": [{"pause": 0, "token": "...", "text": "...", "picked": false}],
//              "survey": [{"token": "...", "ratings": [5, 4, 0, 3], "open": "..."}],
//              "plans": {"2-2": {"<token>": {"table": 1, "picks": ["<intervention>", ...]}}}}
//                                                      (optional: the room's own plan composed
//                                                      on the phones, per plan vote key)
//
// A ballot's table is 0 when the day has no tables, else 1..tables; a rating
// of 0 is a statement left unanswered.
#include <array>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace bip {

inline constexpr std::size_t kMaxPhones = 300;  // phones a day accepts
inline constexpr std::size_t kMaxPhoneTextBytes =
    600;  // a written answer or the survey's open answer
inline constexpr std::size_t kMinPhoneTokenChars = 16;
inline constexpr std::size_t kMaxPhoneTokenChars = 64;
// Interventions one phone may put in the room's plan. The case format has no
// limit of its own; the policies use at most 3 at once, and a list of more
// than 5 is hard to read on the projector.
inline constexpr std::size_t kMaxPhonePlanPicks = 5;

struct PhoneBallot {
  int table = 0;
  std::size_t option = 0;
  bool operator==(const PhoneBallot&) const = default;
};

struct PhoneText {
  int pause = 0;  // index into the day's pauses
  std::string token;
  std::string text;
  bool picked = false;  // the facilitator put it on the projector
};

struct PhoneSurvey {
  std::string token;
  std::array<int, 4> ratings{};
  std::string open;
};

// One phone's composition of the room's plan.
struct PhonePlan {
  int table = 0;
  std::vector<std::string> picks;  // intervention ids from the case's palette, each once
  bool operator==(const PhonePlan&) const = default;
};

struct RoomPhones {
  std::string code;
  int quarter = 0;
  std::map<std::string, std::map<std::string, PhoneBallot>> ballots;  // vote key -> token -> ballot
  std::vector<PhoneText> written;
  std::vector<PhoneSurvey> survey;
  std::map<std::string, std::map<std::string, PhonePlan>> plans;  // vote key -> token -> plan
  bool empty() const {
    return code.empty() && ballots.empty() && written.empty() && survey.empty() && plans.empty();
  }
};

// A token a browser made: 16-64 characters of A-Z a-z 0-9 - _.
bool IsPhoneToken(const std::string& token);
// The key of a vote of a quarter: "<quarter>-<index among its votes>".
std::string PhoneVoteKey(int quarter, std::size_t index);

nlohmann::json PhonesToJson(const RoomPhones& phones);
// Strict: on a problem returns false with "<source>: /phones/...: what was expected".
bool PhonesFromJson(const nlohmann::json& j, const std::string& source, RoomPhones& out,
                    std::string* error);

}  // namespace bip
