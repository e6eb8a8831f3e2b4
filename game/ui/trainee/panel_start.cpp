// Start: who is playing, in which language, which case, or continue.
#include <cstdint>
#include <cstring>
#include <optional>

#include "panel.hpp"
#include "widgets.hpp"

namespace bip::ui {
namespace {

// The game number typed on the start screen: 0 when empty (a new one is
// drawn), nothing when it is not a whole number from 1.
std::optional<std::uint64_t> GameNumber(const char* typed) {
  const std::string s(typed);
  if (s.empty()) return 0;
  if (s.size() > 18 || s.find_first_not_of("0123456789") != std::string::npos) return std::nullopt;
  const std::uint64_t n = std::stoull(s);
  if (n == 0) return std::nullopt;
  return n;
}

// The case was edited (its content version moved on) since this was played.
bool CaseChanged(const PlaythroughInfo& p, const CaseDef* c) {
  return c && !p.content_version.empty() && p.content_version != std::to_string(c->content_version);
}

void ProfileCard(Ui& ui, float width) {
  const GameSession& s = ui.s;
  BeginCard("profiles", width);
  Heading(ui, ui.T("start.who"));
  Small(ui, ui.T("start.who_hint"));
  ImGui::Spacing();
  for (const ProfileInfo& p : s.profiles()) {
    const std::string id = "profile" + std::to_string(p.id);
    const bool cur = p.id == s.profile_id();
    if (ChoiceRow(ui, id.c_str(), p.alias, "", cur, Mark::kRadio))
      ui.Emit(Intent{IntentKind::kSelectProfile, {}, {}, p.id, 0.0, {}});
  }
  if (s.profiles().empty()) Muted(ui.T("start.no_profiles"));
  ImGui::Spacing();
  Bold(ui, ui.T("start.new_profile"));
  const float button_w = ImGui::CalcTextSize(ui.T("start.create").c_str()).x + ui.Px(32);
  ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x - button_w -
                          ImGui::GetStyle().ItemSpacing.x);
  const bool enter =
      ImGui::InputTextWithHint("##alias", ui.T("start.alias_hint").c_str(), ui.view.alias.data(),
                               ui.view.alias.size(), ImGuiInputTextFlags_EnterReturnsTrue);
  Focusable(true);
  ImGui::SameLine();
  const bool has_text = ui.view.alias[0] != '\0';
  if ((SecondaryButton(ui.T("start.create"), ImVec2(button_w, 0)) || enter) && has_text) {
    ui.Emit(Intent{IntentKind::kCreateProfile, ui.view.alias.data(), {}, 0, 0.0, {}});
    ui.view.alias.fill('\0');
  }
  if (const ProfileInfo* p = s.profile()) {
    ImGui::Spacing();
    CardSeparator();
    ImGui::Spacing();
    Small(ui, ui.F("start.data_of", {{"alias", p->alias}}));
    if (SecondaryButton(ui.T("start.export"))) ui.Emit(IntentKind::kExportProfile);
    ImGui::SameLine();
    if (SecondaryButton(ui.T("start.erase"))) {
      ui.view.confirm_erase = true;
      ImGui::OpenPopup("##erase");
    }
    if (!s.last_export().empty()) Small(ui, ui.F("start.exported_to", {{"path", s.last_export()}}));
  }
  if (ImGui::BeginPopupModal("##erase", nullptr,
                             ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoTitleBar)) {
    const ProfileInfo* p = s.profile();
    ImGui::PushTextWrapPos(ui.Px(460));
    Heading(ui, ui.T("start.erase_title"));
    Wrapped(ui.F("start.erase_question", {{"alias", p ? p->alias : ""}}));
    ImGui::PopTextWrapPos();
    ImGui::Spacing();
    if (SecondaryButton(ui.T("start.erase_cancel"))) {
      ui.view.confirm_erase = false;
      ImGui::CloseCurrentPopup();
    }
    DefaultFocus();
    ImGui::SameLine();
    ImGui::PushStyleColor(ImGuiCol_Button, colour::Vec(colour::kBad));
    ImGui::PushStyleColor(ImGuiCol_Text, colour::Vec(colour::Rgb(255, 255, 255)));
    if (FocusButton(ui.T("start.erase_confirm").c_str())) {
      ui.Emit(Intent{IntentKind::kEraseProfile, {}, {}, s.profile_id(), 0.0, {}});
      ui.view.confirm_erase = false;
      ImGui::CloseCurrentPopup();
    }
    ImGui::PopStyleColor(2);
    ImGui::EndPopup();
  }
  EndCard();
}

void CaseCard(Ui& ui, float width) {
  const GameSession& s = ui.s;
  BeginCard("cases", width);
  // Saved playthroughs of this profile: continue the unfinished ones.
  int shown = 0;
  for (const PlaythroughInfo& p : s.saved()) {
    if (p.finished || shown >= 3) continue;
    if (shown == 0) {
      Heading(ui, ui.T("start.continue"));
      ImGui::Spacing();
    }
    ++shown;
    const CaseDef* c = s.content().FindCase(p.case_id);
    const std::string name = c ? ui.T("case." + c->id + ".name") : p.case_id;
    const std::string detail =
        ui.F("start.saved_detail",
             {{"n", std::to_string(p.quarters)}, {"total", std::to_string(c ? c->quarters : 0)}}) +
        (p.branched_from
             ? "  ·  " + ui.F("start.branch_of", {{"quarter", std::to_string(p.branch_quarter)}})
             : "") +
        (CaseChanged(p, c) ? "  ·  " + ui.T("start.case_changed") : "");
    const std::string id = "continue" + std::to_string(p.id);
    if (ChoiceRow(ui, id.c_str(), ui.F("start.continue_case", {{"case", name}}), detail, false,
                  Mark::kNone, colour::kAccent, ui.T("start.continue_badge")))
      ui.Emit(Intent{IntentKind::kContinue, {}, {}, p.id, 0.0, {}});
    if (shown == 1) DefaultFocus();
  }
  if (shown > 0) ImGui::Spacing();

  Heading(ui, ui.T("start.choose_case"));
  Small(ui, ui.T("start.choose_case_hint"));
  ImGui::Spacing();
  const auto& cases = s.content().cases;
  for (std::size_t i = 0; i < cases.size(); ++i) {
    const CaseDef& c = cases[i];
    const bool sel = static_cast<int>(i) == ui.view.selected_case;
    const std::string badge = ui.F("start.quarters", {{"n", std::to_string(c.quarters)}});
    if (ChoiceRow(ui, c.id.c_str(), ui.T("case." + c.id + ".name"),
                  ui.T("case." + c.id + ".summary"), sel, Mark::kRadio, colour::kAccent, badge)) {
      ui.view.selected_case = static_cast<int>(i);
      ui.view.chose_case = true;
    }
    if (shown == 0 && sel) DefaultFocus();
  }
  // A colleague's game number gives the same luck as their team session.
  ImGui::Spacing();
  Bold(ui, ui.T("start.game_number"));
  Small(ui, ui.T("start.game_number_hint"));
  ImGui::SetNextItemWidth(ui.Px(200));
  ImGui::InputTextWithHint("##game_number", ui.T("start.game_number_empty").c_str(),
                           ui.view.game_number.data(), ui.view.game_number.size(),
                           ImGuiInputTextFlags_CharsDecimal);
  Focusable(true);

  // Finished playthroughs: open their debrief again.
  int finished = 0;
  for (const PlaythroughInfo& p : s.saved()) {
    if (!p.finished || finished >= 4) continue;
    if (finished == 0) {
      ImGui::Spacing();
      Bold(ui, ui.T("start.finished"));
    }
    ++finished;
    const CaseDef* c = s.content().FindCase(p.case_id);
    const std::string name = c ? ui.T("case." + c->id + ".name") : p.case_id;
    const std::string label =
        ui.F("start.finished_item", {{"case", name}, {"n", std::to_string(p.quarters)}}) +
        (CaseChanged(p, c) ? "  ·  " + ui.T("start.case_changed") : "") + "##fin" +
        std::to_string(p.id);
    if (FocusSelectable(label.c_str()))
      ui.Emit(Intent{IntentKind::kContinue, {}, {}, p.id, 0.0, {}});
  }
  EndCard();
}

}  // namespace

void DrawStart(Ui& ui) {
  const GameSession& s = ui.s;
  Title(ui, ui.T("start.title"));
  ImGui::Spacing();
  Wrapped(ui.T("start.intro"));
  ImGui::Spacing();
  // Language, reachable from the keyboard here too (Ctrl+L anywhere).
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(ui.T("start.language").c_str());
  const char* langs[3] = {"sv", "da", "en"};
  for (const char* l : langs) {
    ImGui::SameLine(0, ui.Px(10));
    const bool cur = s.lang() == l;
    const std::string label = ui.T(std::string("language.") + l);
    if (ChosenButton(label, cur)) ui.Emit(Intent{IntentKind::kSetLanguage, l, {}, 0, 0.0, {}});
  }
  ImGui::Spacing();
  if (!s.store_problem().empty()) {
    BeginCard("storeproblem", 0, colour::kWarnSoft, colour::kWarn);
    Bold(ui, ui.T("start.store_problem_title"));
    Wrapped(ui.F("start.store_problem", {{"detail", s.store_problem()}}));
    EndCard();
    ImGui::Spacing();
  } else if (!s.store_location().empty()) {
    Small(ui, ui.F("start.saved_in", {{"path", s.store_location()}}));
  }
  ImGui::Spacing();
  const Columns cols = BeginColumns(ui, 0.42f, 760);
  ProfileCard(ui, cols.left_w);
  NextColumn(cols);
  CaseCard(ui, cols.right_w);
  EndColumns();
  ImGui::Spacing();
  DrawTeamJoin(ui);  // a team session on another computer (panel_team_join.cpp)
  ImGui::Spacing();
  // The team leader's and the facilitator's desks.
  if (FocusButton(ui.T("team_desk.open").c_str()))
    ui.Emit(Intent{IntentKind::kTeam, "open", {}, 0, 0.0, {}});
  ImGui::SameLine(0, ui.Px(12));
  if (FocusButton(ui.T("room_desk.open").c_str()))
    ui.Emit(Intent{IntentKind::kRoom, "open", {}, 0, 0.0, {}});
  ImGui::Spacing();
  Small(ui, ui.T("start.keys_hint"));

  // Footer: continue the latest unfinished case (what a returning trainee
  // wants), or start the case the trainee picked.
  const PlaythroughInfo* saved = nullptr;
  for (const PlaythroughInfo& p : s.saved())
    if (!p.finished) {
      saved = &p;
      break;
    }
  const CaseDef* saved_case = saved ? s.content().FindCase(saved->case_id) : nullptr;
  const auto& cases = s.content().cases;
  if (saved && !ui.view.chose_case) {
    ui.footer.has_primary = true;
    ui.footer.primary_label =
        ui.F("start.continue_case",
             {{"case", saved_case ? ui.T("case." + saved_case->id + ".name") : saved->case_id}});
    ui.footer.primary = Intent{IntentKind::kContinue, {}, {}, saved->id, 0.0, {}};
  } else if (!cases.empty()) {
    const int i = std::clamp(ui.view.selected_case, 0, static_cast<int>(cases.size()) - 1);
    ui.footer.has_primary = true;
    ui.footer.primary_label =
        ui.F("start.start_case",
             {{"case", ui.T("case." + cases[static_cast<std::size_t>(i)].id + ".name")}});
    const std::optional<std::uint64_t> number = GameNumber(ui.view.game_number.data());
    ui.footer.primary = Intent{IntentKind::kStartCase,
                               cases[static_cast<std::size_t>(i)].id,
                               {},
                               static_cast<std::int64_t>(number.value_or(0)),
                               0.0,
                               {}};
    ui.footer.primary_enabled = s.profile() != nullptr && number.has_value();
    ui.footer.blocked_hint =
        s.profile() ? ui.T("start.game_number_bad") : ui.T("notice.need_profile");
  }
}

}  // namespace bip::ui
