#pragma once
// What a player wants: the only thing panels produce. The session applies
// intents between frames through the playthrough's command API, and a
// recorded list of intents (`bipgame --script FILE`) replays a session.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bip::ui {

enum class IntentKind {
  kCreateProfile,       // text: alias
  kSelectProfile,       // number: profile id, or text: alias
  kEraseProfile,        // number: profile id (0: the current one)
  kExportProfile,       // text: file path ("" = next to the database)
  kSetLanguage,         // text: sv, da, en
  kCycleLanguage,       //
  kSetFontScale,        // real: scale (0.75-2.0)
  kStartCase,           // text: case id, number: seed (0 = pick one)
  kContinue,            // number: playthrough id (0 = the latest unfinished)
  kOpenAbout,           //
  kClose,               // leave About / an overlay
  kHome,                // back to the start screen (the playthrough stays saved)
  kNext,                // the next step of the quarter
  kBack,                // the previous step of the quarter
  kBelief,              // number: S12 answer 1-5
  kAssess,              // text: question id S1..S11, number: answer 1-5
  kRespond,             // text: event id, text2: response id
  kToggleIntervention,  // text: intervention id
  kSetInterventions,    // list: intervention ids (replaces the plan)
  kSparring,            // text: sparring move id
  kPlayQuarter,         // run the quarter with the draft choices
  kOpenDebrief,         //
  kDebriefTab,          // text: progress, plan, score, what_if, reflect
  kBranch,              // number: quarter to play again from
  kSetNote,             // text: the playthrough's notes
  kReflect,             // text: question id, text2: answer
  kQuit,                //
  kReloadContent,       // author mode: read the content folder again (F5)
  kTeam,                // text: action, text2/number/list: its argument (team_desk.hpp)
  kRoom,                // text: action, text2/number/list: its argument (room_desk.hpp)
  // Script only.
  kScreenshot,  // text: file name without .png
  kWait,        // number: frames
};

struct Intent {
  IntentKind kind = IntentKind::kNext;
  std::string text;
  std::string text2;
  std::int64_t number = 0;
  double real = 0.0;
  std::vector<std::string> list;
};

// The script name of an intent kind ("create_profile", ...), and back.
std::string_view IntentName(IntentKind kind);
std::optional<IntentKind> IntentKindNamed(std::string_view name);

}  // namespace bip::ui
