#pragma once
// The facilitator's desk (Screen::kRoom): a theme day where a room plays one
// case together, votes entered per decision, reflection pauses, the survey
// and the report, shown on a projector. Its actions arrive as
// IntentKind::kRoom with `text` = action (the list is in room_desk.cpp).
//
// A quarter is four kinds of vote, in the order a caseworker meets them: the
// belief answer S12 (F-S12), each event's response, the plan (the room's own
// composition against the plans of the case's karen, staircase and none
// policies, F-LINE) and the sparring move (F-SPAR). The day is saved to its
// JSON file (room.hpp) after every step.
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "intent.hpp"
#include "playthrough.hpp"
#include "room.hpp"

namespace bip::ui {

class GameSession;
class RoomPhoneLink;  // room_phone_link.hpp

enum class RoomPhase {
  kSetup,    // no day open: a new day, or reopen one
  kVote,     // a vote of the current quarter (open, or closed and shown)
  kResult,   // the quarter was played: where the citizen is now
  kPause,    // a reflection pause with its question and countdown
  kEnd,      // the room's path against the policies, notes, exports
  kSurvey,   // the evaluation, one participant after the other
  kCompare,  // several tables' day files side by side
};
std::string_view RoomPhaseName(RoomPhase p);

// One day file in the theme-day folder.
struct RoomFileInfo {
  std::string path;
  std::string name;   // the day's name, or the file name when it does not load
  std::string error;  // why it does not load, else empty
  int quarters = 0;
  bool finished = false;
};

// A loaded day in the comparison.
struct RoomCompared {
  std::string path;
  Room room;
  RoomPaths paths;
  double start_line = 0.0;  // before the first quarter
  double start_chance = 0.0;
};

class RoomDesk {
 public:
  RoomDesk();
  ~RoomDesk();
  // Runs one action ("open", "close", ...). Returns false with the
  // session's notice set (and *error in English for scripts) when it cannot.
  bool Apply(GameSession& s, const Intent& in, std::string* error);
  // The projector view is on: full screen, large type, high contrast.
  bool presenting() const { return presenting_; }
  double presentation_scale() const { return 1.6; }
  // The facilitator's controls (vote entry, keys) are drawn.
  bool controls() const { return controls_; }

  RoomPhase phase() const { return phase_; }
  const Room* room() const { return room_ ? &*room_ : nullptr; }
  const std::string& path() const { return path_; }
  const Playthrough* play() const { return play_.get(); }
  // The folder day files live in: theme-days/ next to the save database.
  std::string Folder(const GameSession& s) const;
  // The day files there, newest first (read when the setup screen opens).
  const std::vector<RoomFileInfo>& days() const { return days_; }

  // kVote: the vote being taken, whether it is closed, and for the plan
  // vote the interventions of each option.
  const RoomStep* vote() const { return vote_ ? &*vote_ : nullptr; }
  bool vote_closed() const { return vote_closed_; }
  std::size_t vote_index() const;  // 0-based among the quarter's votes
  std::size_t vote_count() const;  // votes this quarter
  const std::vector<std::vector<std::string>>& plan_interventions() const {
    return plan_interventions_;
  }
  // kPause: the pause running (the last one).
  const RoomPause* pause() const;
  // kEnd: the paths, played once when the day ends.
  const RoomPaths* paths() const { return paths_ ? &*paths_ : nullptr; }
  const std::string& last_export() const { return last_export_; }
  const std::vector<RoomCompared>& compared() const { return compared_; }
  int surveyed() const { return surveyed_; }
  // The room's phones: the server, their answers (room_phone_link.hpp).
  const RoomPhoneLink& phones() const { return *phones_; }

 private:
  bool ApplyAction(GameSession& s, const Intent& in, std::string* error);
  bool ApplyPhones(GameSession& s, const Intent& in, std::string* error);  // room_desk_phones.cpp
  bool New(GameSession& s, const Intent& in, std::string* error);
  bool Reopen(GameSession& s, const std::string& path, std::string* error);
  bool Save(GameSession& s, std::string* error);
  void StartQuarter();
  void NextVote();
  void BuildPlanOptions();
  bool SetRoomPlan(GameSession& s, const std::vector<std::string>& ids, std::string* error);
  bool CloseVote(GameSession& s, const Intent& in, std::string* error);
  bool NextStep(GameSession& s, std::string* error);
  bool PlayQuarter(GameSession& s, std::string* error);
  bool StartPause(GameSession& s, const Intent& in, std::string* error);
  bool Finish(GameSession& s, std::string* error);
  bool Export(GameSession& s, std::string* error);
  bool Compare(GameSession& s, const Intent& in, std::string* error);
  void Reset();
  void RefreshDays(const GameSession& s);

  bool presenting_ = false;
  bool controls_ = true;
  RoomPhase phase_ = RoomPhase::kSetup;
  RoomPhase before_pause_ = RoomPhase::kResult;
  std::optional<Room> room_;
  std::string path_;
  std::unique_ptr<ReplayKit> kit_;  // built when first needed (the line takes a moment)
  std::unique_ptr<Playthrough> play_;
  std::optional<RoomStep> vote_;
  bool vote_closed_ = false;
  std::vector<std::vector<std::string>> plan_interventions_;
  std::optional<RoomPaths> paths_;
  std::string last_export_;
  std::vector<RoomCompared> compared_;
  const Content* content_ = nullptr;
  int surveyed_ = 0;
  std::vector<RoomFileInfo> days_;  // answers given on this machine since the day was opened
  std::unique_ptr<RoomPhoneLink> phones_;
};

}  // namespace bip::ui
