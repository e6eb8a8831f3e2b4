#pragma once
// The game session: the one place that changes anything. Panels read it
// (const) and return intents; Apply() runs them between frames through the
// playthrough's command API and commits each played quarter to the store.
#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "content.hpp"
#include "debrief.hpp"
#include "intent.hpp"
#include "line_of_100.hpp"
#include "outcome_model.hpp"
#include "playthrough.hpp"
#include "session_store.hpp"

namespace bip::ui {
class TeamDesk;
class RoomDesk;
}  // namespace bip::ui

namespace bip::ui {

enum class Screen {
  kStart,
  kAbout,
  kBriefing,
  kMeeting,
  kSituation,
  kPlan,
  kSparring,
  kResult,
  kEnd,
  kDebrief,
  kTeam,  // the team leader's sparring session (team_desk.hpp)
  kRoom,  // the facilitator's theme day (room_desk.hpp)
};
std::string_view ScreenName(Screen s);

// The steps of a quarter, as the stepper in the header shows them.
inline constexpr std::array<Screen, 5> kQuarterSteps = {
    Screen::kMeeting, Screen::kSituation, Screen::kPlan, Screen::kSparring, Screen::kResult};

enum class DebriefTab { kProgress, kPlan, kScore, kWhatIf, kReflect };
inline constexpr int kDebriefTabCount = 5;
std::string_view DebriefTabName(DebriefTab t);

// The quarter being prepared.
struct Draft {
  QuarterChoices choices;
  bool belief_answered = false;
  // The trainee's answers to the caseworker's questions S1..S11, by
  // indicator index; 0 where the indicator has no caseworker question.
  std::array<int, kIndicatorCount> assessment{};
  bool carried_over = false;  // the plan was carried over from last quarter
  bool from_branch = false;   // the choices are those made before a branch
};

// A message for the player: a text key with arguments, or a plain detail.
struct Notice {
  std::string key;
  std::vector<std::pair<std::string, std::string>> args;
  bool error = false;
  int serial = 0;  // changes with each new notice
};

struct SessionOptions {
  std::string lang;         // "" = from the store's setting, else the system locale
  double font_scale = 0.0;  // 0 = from the store's setting, else 1
  bool persist_settings = true;
  // Authors of cases: F5 reads the content folder again (see gui_app.cpp).
  bool author_mode = false;
};

class GameSession {
 public:
  // `store` may not be null; `store_problem` says why the store is only in
  // memory (shown on the start screen), or is empty.
  GameSession(const Content& content, SessionStore& store, std::string store_problem,
              SessionOptions options);
  ~GameSession();

  // --- reading
  const Content& content() const { return content_; }
  const Texts& texts() const { return content_.texts; }
  const OutcomeModel& model() const { return model_; }
  const LineOf100& line() const { return line_; }
  const std::string& lang() const { return lang_; }
  double font_scale() const { return font_scale_; }
  Screen screen() const { return screen_; }
  Screen about_return() const { return about_return_; }
  const std::string& store_problem() const { return store_problem_; }
  const std::string& store_location() const { return store_location_; }

  const std::vector<ProfileInfo>& profiles() const { return profiles_; }
  std::int64_t profile_id() const { return profile_id_; }
  const ProfileInfo* profile() const;
  const std::vector<PlaythroughInfo>& saved() const { return saved_; }

  const Playthrough* play() const { return play_.get(); }
  const CaseDef* case_def() const { return play_ ? &play_->case_def() : nullptr; }
  std::int64_t playthrough_id() const { return playthrough_id_; }
  std::int64_t branched_from() const { return branched_from_; }
  int branch_quarter() const { return branch_quarter_; }
  const Draft& draft() const { return draft_; }
  // The quarter whose result the result screen shows (the last played).
  const QuarterRecord* last_record() const;
  const Debrief* debrief() const { return debrief_ ? &*debrief_ : nullptr; }
  double debrief_ms() const { return debrief_ms_; }
  DebriefTab debrief_tab() const { return debrief_tab_; }
  const std::string& note() const { return note_; }
  const std::map<std::string, std::string>& reflections() const { return reflections_; }
  const Notice& notice() const { return notice_; }
  const std::string& last_export() const { return last_export_; }
  bool quit_requested() const { return quit_; }
  bool author_mode() const { return options_.author_mode; }
  // The window loop reloads the content when asked (author mode, F5) and
  // either starts a new session on it or hands back the problems found.
  bool reload_requested() const { return reload_requested_; }
  const std::vector<std::string>& content_problems() const { return content_problems_; }
  const TeamDesk& team() const { return *team_; }
  const RoomDesk& room() const { return *room_; }
  // The theme day's projector view: full screen, large type, high contrast.
  bool presenting() const;
  // The font scale to draw with: the player's, times the projector's.
  double display_scale() const;

  // The steps this quarter has (Situation only when something comes up).
  std::vector<Screen> Steps() const;
  bool InQuarter() const;
  // The measured answer 1-5 for an indicator now.
  int MeasuredAnswer(std::size_t indicator) const;
  // Why `next` cannot go on from this screen, as a text key, or "".
  std::string NextBlocked() const;

  // --- changing
  // Applies an intent. Returns false (and sets the notice) when it cannot
  // be applied; `error` then gets a one-line reason in English for scripts.
  bool Apply(const Intent& intent, std::string* error = nullptr);
  // After a reload: the problems found (shown over the screen until closed).
  void ShowContentProblems(std::vector<std::string> lines);
  // A new session after a reload: reopens the playthrough that was open
  // (0: none) on the new content and says what happened.
  void ContentReloaded(const std::string& dir, std::int64_t playthrough);
  // Hides the current notice (a script skipping an optional step).
  void DismissNotice() { notice_ = Notice{{}, {}, false, notice_.serial + 1}; }

 private:
  // The team and theme-day desks run the game's own steps (a hot-seat
  // participant plays a case; the room plays its choices) through these.
  friend class TeamDesk;
  friend class RoomDesk;
  bool Fail(std::string* error, const std::string& key, const std::string& detail,
            std::vector<std::pair<std::string, std::string>> args = {});
  void Info(const std::string& key, std::vector<std::pair<std::string, std::string>> args = {});
  void RefreshProfiles();
  void RefreshSaved();
  bool SelectProfile(std::int64_t id, std::string* error);
  void SetLanguage(const std::string& lang);
  bool StartCase(const std::string& case_id, std::uint64_t seed, std::string* error);
  bool LoadPlaythrough(std::int64_t id, std::string* error);
  bool Branch(int quarter, std::string* error);
  bool PlayQuarter(std::string* error);
  bool Next(std::string* error);
  void Back();
  void NewDraft(const QuarterChoices* previous_choice);
  void OpenDebrief();
  nlohmann::json Snapshot(const QuarterRecord& r) const;

  const Content& content_;
  SessionStore& store_;
  std::string store_problem_;
  std::string store_location_;
  SessionOptions options_;
  OutcomeModel model_;
  LineOf100 line_;
  std::string lang_;
  double font_scale_ = 1.0;
  Screen screen_ = Screen::kStart;
  Screen about_return_ = Screen::kStart;

  std::vector<ProfileInfo> profiles_;
  std::int64_t profile_id_ = 0;
  std::vector<PlaythroughInfo> saved_;

  std::unique_ptr<Playthrough> play_;
  std::int64_t playthrough_id_ = 0;
  std::int64_t branched_from_ = 0;
  int branch_quarter_ = 0;
  std::vector<QuarterChoices> replaced_;  // choices of the playthrough branched from
  Draft draft_;
  std::optional<Debrief> debrief_;
  double debrief_ms_ = 0.0;
  DebriefTab debrief_tab_ = DebriefTab::kProgress;
  std::string note_;
  std::map<std::string, std::string> reflections_;
  Notice notice_;
  std::string last_export_;
  bool quit_ = false;
  bool reload_requested_ = false;
  std::vector<std::string> content_problems_;
  std::unique_ptr<TeamDesk> team_;
  std::unique_ptr<RoomDesk> room_;
};

// The language of the system locale (LC_ALL, LC_MESSAGES, LANG): sv, da or en.
std::string SystemLanguage();

}  // namespace bip::ui
