#pragma once
// A theme day (F-EVENT): a room plays one case together. Per decision the
// facilitator enters the vote counts per option (in total or per table); the
// majority's option is played unless the facilitator overrides it, and the
// distribution is kept. Reflection pauses carry a question and typed notes;
// an evaluation survey has 1-5 ratings and open answers. The whole day is one
// JSON file (format "bipgame-room", below) and one HTML report.
//
//   {"format": "bipgame-room", "format_version": 2, "name": "...", "case": "henrik", "seed": "7",
//    "tables": 3,                                   (optional, version 2: votes are entered per
//    table) "decisions": [{"quarter": 1,
//                   "options": [{"id": "A", "choices": {<choices JSON>}}, ...],
//                   "votes": [12, 5]            or  "tables": [[3, 1], [2, 2]],
//                   "override": "B",            (optional)
//                   "steps": [<step>, ...]}],   (optional, version 2: the quarter's other votes)
//    "current": {"quarter": 2, "room_plan": [...], "steps": [<step>, ...]},   (optional, version 2)
//    "pauses": [{"after_quarter": 1, "question": "...", "notes": "...", "seconds": 180}],
//    (optional) "survey": {"ratings": {"useful": [5, 4], "relevant": [...], "confident": [...],
//                           "recommend": [...]}, "open": ["..."]},          (optional)
//    "finished": true,                              (optional, version 2)
//    "phones": {...}}                               (optional, version 2: see room_phones.hpp)
//
// Version 2 (what the game writes) adds the votes a quarter is made of in the
// game: a <step> is {"kind": "belief" | "response" | "plan" | "sparring",
// "event": "<event id>" (responses only), "options": ["<id>", ...],
// "votes" or "tables", "override"}. A decision's options are then the plans
// put to the vote, each completed with the belief, responses and sparring the
// room voted for; "current" holds the closed votes of the quarter in progress,
// so a day survives a crash. Version 1 files still load.
#include <array>
#include <optional>
#include <string>
#include <vector>

#include "room_phones.hpp"
#include "team_session.hpp"

namespace bip {

inline constexpr const char* kRoomFormat = "bipgame-room";
inline constexpr int kRoomFormatVersion = 2;
inline constexpr std::size_t kMaxRoomFileBytes =
    4 * 1024 * 1024;  // room for 300 phones' written answers
inline constexpr std::size_t kMaxRoomOptions = 10;
inline constexpr std::size_t kMaxRoomTables = 100;
inline constexpr int kMaxVotes = 100000;
inline constexpr int kMaxPauseSeconds = 3600;
inline constexpr std::array<const char*, 4> kSurveyQuestions = {"useful", "relevant", "confident",
                                                                "recommend"};
inline constexpr std::array<const char*, 4> kRoomStepKinds = {"belief", "response", "plan",
                                                              "sparring"};

// The counts of one vote and what they decide.
struct RoomTally {
  std::vector<int> votes;                // per option, summed over tables
  std::vector<std::vector<int>> tables;  // per table, per option; empty when entered in total
  std::string override_id;               // empty: the majority is played
  std::size_t majority = 0;              // option index with most votes (first listed on a tie)
  bool tie = false;
  std::size_t played = 0;  // option index played
};

// Majority (first listed on a tie) and the played option, for options `ids`.
void DecideTally(RoomTally& t, const std::vector<std::string>& ids);

// One vote of a quarter other than the plan's full choices (version 2).
struct RoomStep {
  std::string kind;   // one of kRoomStepKinds
  std::string event;  // the event, for kind "response"
  std::vector<std::string>
      options;  // "1".."5" (belief), response ids, plan names, sparring move ids
  RoomTally tally;
  const std::string& Played() const { return options[tally.played]; }
};

struct RoomOption {
  std::string id;
  QuarterChoices choices;
};

struct RoomDecision {
  int quarter = 0;
  std::vector<RoomOption> options;
  std::vector<int> votes;                // per option, summed over tables
  std::vector<std::vector<int>> tables;  // per table, per option; empty when entered in total
  std::string override_id;               // empty: the majority is played
  std::size_t majority = 0;              // option index with most votes (first listed on a tie)
  bool tie = false;
  std::size_t played = 0;       // option index played
  std::vector<RoomStep> steps;  // the belief, response and sparring votes (version 2)
};

// The quarter being voted on: its closed votes, in the order they were taken.
struct RoomCurrent {
  int quarter = 0;
  std::vector<std::string> room_plan;  // the interventions the room composed itself
  std::vector<RoomStep> steps;
};

struct RoomPause {
  int after_quarter = 0;
  std::string question;
  std::string notes;
  int seconds = 0;  // the countdown it was given (0: none recorded)
  // Written answers from phones, set for the report by WithPhoneAnswers (not
  // a key of the file: they are kept under "phones"): text, shown on the projector.
  std::vector<std::pair<std::string, bool>> phone_answers;
};

struct RoomSurvey {
  std::array<std::vector<int>, kSurveyQuestions.size()> ratings;
  std::vector<std::string> open;
};

struct Room {
  std::string name;
  std::string case_id;
  std::uint64_t seed = 0;
  int tables = 0;  // 0: votes in total; else this many tables
  std::vector<RoomDecision> decisions;
  std::optional<RoomCurrent> current;
  std::vector<RoomPause> pauses;
  RoomSurvey survey;
  bool finished = false;
  RoomPhones phones;  // what the room's phones answered (issue 12)
};

// Majority (first listed on a tie) and the played option.
void Decide(RoomDecision& d);

// The day as the report shows it: the phones' survey answers added to the
// survey (a rating of 0, not answered, is left out) and their written
// answers to each pause.
Room WithPhoneAnswers(const Room& room, const RoomPhones& phones);

std::optional<Room> RoomFromJson(const Content& content, const nlohmann::json& doc,
                                 const std::string& source, std::string* error);
std::optional<Room> LoadRoomFile(const Content& content, const std::string& path,
                                 std::string* error);
// The document of a room (always the current format version).
nlohmann::json RoomToJson(const Room& room);
// Writes via a temporary file and rename: a crash leaves the old file whole.
void SaveRoomFile(const Room& room, const std::string& path);

struct RoomPaths {
  ParticipantResult room;
  std::vector<std::pair<std::string, ParticipantResult>>
      policies;  // karen, staircase, none (those the case has)
};
// Plays the room's choices and the case's policies over as many quarters.
std::optional<RoomPaths> PlayRoom(const ReplayKit& kit, const Room& room, std::string* error);

std::string RoomReportHtml(const Content& content, const Room& room, const RoomPaths& paths,
                           const std::string& lang);
// One row per vote (every quarter's steps and plan), then the room's path
// and the survey: UTF-8 with BOM, semicolons, decimal commas, CRLF.
std::string RoomReportCsv(const Content& content, const Room& room, const RoomPaths& paths,
                          const std::string& lang);

// What a vote asked, e.g. "S12: ..." or the event's title.
std::string RoomStepTitle(const Content& content, const std::string& case_id, const RoomStep& step,
                          const std::string& lang);
// The label of a vote's option as the room sees it (a belief answer, a
// response, a plan, a sparring move).
std::string RoomStepOptionLabel(const Content& content, const std::string& case_id,
                                const RoomStep& step, std::size_t option, const std::string& lang);

}  // namespace bip
