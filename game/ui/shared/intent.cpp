#include "intent.hpp"

#include <array>
#include <utility>

namespace bip::ui {
namespace {

constexpr std::array<std::pair<IntentKind, std::string_view>, 32> kNames = {{
    {IntentKind::kCreateProfile, "create_profile"},
    {IntentKind::kSelectProfile, "select_profile"},
    {IntentKind::kEraseProfile, "erase_profile"},
    {IntentKind::kExportProfile, "export_profile"},
    {IntentKind::kSetLanguage, "set_language"},
    {IntentKind::kCycleLanguage, "cycle_language"},
    {IntentKind::kSetFontScale, "set_font_scale"},
    {IntentKind::kStartCase, "start_case"},
    {IntentKind::kContinue, "continue"},
    {IntentKind::kOpenAbout, "open_about"},
    {IntentKind::kClose, "close"},
    {IntentKind::kHome, "home"},
    {IntentKind::kNext, "next"},
    {IntentKind::kBack, "back"},
    {IntentKind::kBelief, "belief"},
    {IntentKind::kAssess, "assess"},
    {IntentKind::kRespond, "respond"},
    {IntentKind::kToggleIntervention, "toggle_intervention"},
    {IntentKind::kSetInterventions, "set_interventions"},
    {IntentKind::kSparring, "sparring"},
    {IntentKind::kPlayQuarter, "play_quarter"},
    {IntentKind::kOpenDebrief, "open_debrief"},
    {IntentKind::kDebriefTab, "debrief_tab"},
    {IntentKind::kBranch, "branch"},
    {IntentKind::kSetNote, "note"},
    {IntentKind::kReflect, "reflect"},
    {IntentKind::kQuit, "quit"},
    {IntentKind::kReloadContent, "reload_content"},
    {IntentKind::kTeam, "team"},
    {IntentKind::kRoom, "room"},
    {IntentKind::kScreenshot, "screenshot"},
    {IntentKind::kWait, "wait"},
}};

}  // namespace

std::string_view IntentName(IntentKind kind) {
  for (const auto& [k, name] : kNames)
    if (k == kind) return name;
  return "?";
}

std::optional<IntentKind> IntentKindNamed(std::string_view name) {
  for (const auto& [k, n] : kNames)
    if (n == name) return k;
  return std::nullopt;
}

}  // namespace bip::ui
