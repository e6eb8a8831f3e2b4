#pragma once
// A theme day (F-EVENT): a room plays one case together. Per decision the
// facilitator enters the vote counts per option (in total or per table); the
// majority's option is played unless the facilitator overrides it, and the
// distribution is kept. Reflection pauses carry a question and typed notes;
// an evaluation survey has 1-5 ratings and open answers. The whole day is one
// JSON file (format "bipgame-room", below) and one HTML report.
//
//   {"format": "bipgame-room", "format_version": 1, "name": "...", "case": "henrik", "seed": "7",
//    "decisions": [{"quarter": 1,
//                   "options": [{"id": "A", "choices": {<choices JSON>}}, ...],
//                   "votes": [12, 5]            or  "tables": [[3, 1], [2, 2]],
//                   "override": "B"}],          (optional)
//    "pauses": [{"after_quarter": 1, "question": "...", "notes": "..."}],   (optional)
//    "survey": {"ratings": {"useful": [5, 4], "relevant": [...], "confident": [...],
//                           "recommend": [...]}, "open": ["..."]}}          (optional)
#include <array>
#include <optional>
#include <string>
#include <vector>

#include "team_session.hpp"

namespace bip {

inline constexpr const char* kRoomFormat = "bipgame-room";
inline constexpr int kRoomFormatVersion = 1;
inline constexpr std::size_t kMaxRoomFileBytes = 1024 * 1024;
inline constexpr std::size_t kMaxRoomOptions = 10;
inline constexpr std::size_t kMaxRoomTables = 100;
inline constexpr int kMaxVotes = 100000;
inline constexpr std::array<const char*, 4> kSurveyQuestions = {"useful", "relevant", "confident", "recommend"};

struct RoomOption {
  std::string id;
  QuarterChoices choices;
};

struct RoomDecision {
  int quarter = 0;
  std::vector<RoomOption> options;
  std::vector<int> votes;                 // per option, summed over tables
  std::vector<std::vector<int>> tables;   // per table, per option; empty when entered in total
  std::string override_id;                // empty: the majority is played
  std::size_t majority = 0;               // option index with most votes (first listed on a tie)
  bool tie = false;
  std::size_t played = 0;                 // option index played
};

struct RoomPause {
  int after_quarter = 0;
  std::string question;
  std::string notes;
};

struct RoomSurvey {
  std::array<std::vector<int>, kSurveyQuestions.size()> ratings;
  std::vector<std::string> open;
};

struct Room {
  std::string name;
  std::string case_id;
  std::uint64_t seed = 0;
  std::vector<RoomDecision> decisions;
  std::vector<RoomPause> pauses;
  RoomSurvey survey;
};

// Majority (first listed on a tie) and the played option.
void Decide(RoomDecision& d);

std::optional<Room> RoomFromJson(const Content& content, const nlohmann::json& doc, const std::string& source, std::string* error);
std::optional<Room> LoadRoomFile(const Content& content, const std::string& path, std::string* error);

struct RoomPaths {
  ParticipantResult room;
  std::vector<std::pair<std::string, ParticipantResult>> policies;  // karen, staircase, none (those the case has)
};
// Plays the room's choices and the case's policies over as many quarters.
std::optional<RoomPaths> PlayRoom(const ReplayKit& kit, const Room& room, std::string* error);

std::string RoomReportHtml(const Content& content, const Room& room, const RoomPaths& paths, const std::string& lang);

}  // namespace bip
