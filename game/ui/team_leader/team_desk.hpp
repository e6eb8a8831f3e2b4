#pragma once
// The team leader's desk (Screen::kTeam): a sparring session on one case and
// seed, participants who play in turn on this machine (hot seat) or hand in
// a result file, the comparison per quarter, sparring rounds, and the
// exports. Its actions arrive as IntentKind::kTeam with `text` = action:
//
//   open, close                  enter / leave the desk
//   tab        arg              sessions, participants, compare, rounds, export
//   folder     arg              the folder sessions are kept in
//   refresh                     list the folder again
//   create     arg, n, list     name, seed, [case id, participants' aliases...]
//   open_session arg            a session file (a name in the folder, or a path)
//   add_alias / remove_alias arg  the roster of expected participants
//   play       arg              hot seat: play the session's case as this alias
//   hand_in                     the finished playthrough joins the session
//   export_result arg           a result file of the playthrough ("" = next to the database)
//   import     arg              a result file (a name in the folder, or a path)
//   anonymous  n                1: names hidden in the comparison and exports
//   quarter    n                the comparison shows this quarter alone (0: all)
//   draw       arg              a new sparring round with a narrative card ("" = the next one)
//   own_round  arg              a new round on the team's own situation
//   select_round n              1-based
//   situation / note arg, n     the text of round n (0 = the selected round)
//   timer_start, timer_pause, timer_reset, timer_minutes n
//   export_html / export_csv arg  the report ("" = next to the session file)
//   lan_start  arg, n           hand-in over the network: the interface's address ("" = the
//                               first that is not the loopback), the port (0 = 8090)
//   lan_stop, lan_interfaces    stop it; list the interfaces again
//   lan_sync                    take over hand-ins that arrived (the desk emits it)
//   join       arg, list        a participant's game joins a team desk over the network: the
//                               address (or the whole URL), [the join code]; plays its case
//   join_hand_in                hands the finished playthrough in to the desk joined
//   join_leave                  forgets the desk joined
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "intent.hpp"
#include "team_session.hpp"

namespace bip::ui {

class GameSession;
class TeamLanLink;
struct TeamJoin;

// A desk action as the panels emit it.
inline Intent TeamIntent(const std::string& action, const std::string& arg = {},
                         std::int64_t n = 0) {
  return Intent{IntentKind::kTeam, action, arg, n, 0.0, {}};
}

enum class TeamTab { kSessions, kParticipants, kCompare, kRounds, kExport };
inline constexpr int kTeamTabCount = 5;
std::string_view TeamTabName(TeamTab t);

// The countdown of a sparring round. Times are seconds on any steady clock,
// passed in so that tests need not wait.
class SparringTimer {
 public:
  void Start(double now);
  void Pause(double now);
  void Reset();
  void SetMinutes(int minutes);  // 1-60; resets
  bool running() const { return running_; }
  int minutes() const { return minutes_; }
  double Elapsed(double now) const;
  double Remaining(double now) const;  // never below 0
  bool Over(double now) const { return Remaining(now) <= 0.0; }

 private:
  int minutes_ = 5;
  bool running_ = false;
  double started_ = 0.0;  // when the current run began
  double banked_ = 0.0;   // seconds of earlier runs
};
double SteadySeconds();

// A file in the sessions folder.
struct TeamFolderEntry {
  std::string path;
  std::string file;  // name only
  bool session = false;
  std::string name;  // session: its name; result: the alias
  std::string case_id;
  int participants = 0;  // session: how many have handed in
};

class TeamDesk {
 public:
  TeamDesk();
  ~TeamDesk();
  // Runs one action (above). Returns false with the session's notice set
  // (and *error in English for scripts) when it cannot.
  bool Apply(GameSession& s, const Intent& in, std::string* error);

  TeamTab tab() const { return tab_; }
  const std::string& folder() const { return folder_; }
  const std::vector<TeamFolderEntry>& files() const { return files_; }
  const TeamSession* session() const { return session_ ? &*session_ : nullptr; }
  const std::string& session_path() const { return session_path_; }
  bool anonymous() const { return anonymous_; }
  int quarter() const { return quarter_; }                // the quarter compared alone, 0: all
  int selected_round() const { return selected_round_; }  // 0-based, -1 none
  const SparringTimer& timer() const { return timer_; }
  // The latest import's refusal (one line), cleared by the next import.
  // The last refused import: the technical line (for the log and scripts)
  // and what the window says, in the desk's language.
  const std::string& import_error() const { return import_error_; }
  const ImportRefusal& import_refusal() const { return import_refusal_; }
  const std::string& last_import() const { return last_import_; }  // alias imported
  const std::string& last_html() const { return last_html_; }
  const std::string& last_csv() const { return last_csv_; }
  // The result file written for a playthrough on the debrief, and which one.
  const std::string& last_result() const { return last_result_; }
  std::int64_t last_result_playthrough() const { return last_result_playthrough_; }
  // The session the game's current playthrough can be handed in to: the
  // open session plays the same case and seed, and the case has ended.
  bool CanHandIn(const GameSession& s) const;
  // Whether a participant of the open session has this alias.
  const ParticipantResult* Participant(const std::string& alias) const;
  // The hand-in over the network (team_desk_lan.cpp).
  const TeamLanLink& lan() const { return *lan_; }
  // The team desk this game joined as a participant (team_desk_join.cpp).
  const TeamJoin& joined() const { return *join_; }
  // Whether the current playthrough can be handed in to the desk joined.
  bool CanHandInOverNetwork(const GameSession& s) const;

 private:
  bool ApplyAction(GameSession& s, const Intent& in, std::string* error);
  bool ApplyLan(GameSession& s, const Intent& in, std::string* error);
  bool ApplyJoin(GameSession& s, const Intent& in, std::string* error);
  bool Join(GameSession& s, const Intent& in, std::string* error);
  bool HandInOverNetwork(GameSession& s, std::string* error);
  const ReplayKit& Kit(const GameSession& s);
  static void PutAwayPlaythrough(GameSession& s);
  std::string DefaultFolder(const GameSession& s) const;
  std::string InFolder(const std::string& name_or_path) const;
  void Refresh();
  bool Save(GameSession& s, std::string* error);
  // Adds (or replaces) a played participant, puts them on the roster and
  // saves; on a failed save the session is left as the file holds it.
  bool AddAndSave(GameSession& s, ParticipantResult participant, std::string* error);
  bool Create(GameSession& s, const Intent& in, std::string* error);
  bool OpenSession(GameSession& s, const std::string& file, std::string* error);
  bool Play(GameSession& s, const std::string& alias, std::string* error);
  std::optional<ParticipantResult> CurrentResult(GameSession& s, std::string* error);
  bool HandIn(GameSession& s, std::string* error);
  bool ExportResult(GameSession& s, const std::string& path, std::string* error);
  bool Import(GameSession& s, const std::string& file, std::string* error);
  bool NewRound(GameSession& s, const std::string& card, const std::string& situation,
                std::string* error);
  bool SetRoundText(GameSession& s, const Intent& in, bool notes, std::string* error);
  bool ExportReport(GameSession& s, const std::string& path, bool html, std::string* error);

  std::unique_ptr<ReplayKit> kit_;  // built on first use (the line takes a moment)
  TeamTab tab_ = TeamTab::kSessions;
  std::string folder_;  // "" until the desk is opened
  std::vector<TeamFolderEntry> files_;
  std::optional<TeamSession> session_;
  std::string session_path_;
  bool anonymous_ = false;
  int quarter_ = 0;
  int selected_round_ = -1;
  SparringTimer timer_;
  std::string import_error_, last_import_, last_html_, last_csv_, last_result_;
  ImportRefusal import_refusal_;
  std::int64_t last_result_playthrough_ = 0;
  std::unique_ptr<TeamLanLink> lan_;  // after kit_: its hub replays with the kit
  std::unique_ptr<TeamJoin> join_;
};

}  // namespace bip::ui
