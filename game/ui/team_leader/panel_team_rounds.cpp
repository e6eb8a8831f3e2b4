// The desk's sparring rounds (F-SPAR): a narrative card drawn or the team's
// own situation, a countdown, and the notes, saved in the session file.
#include <algorithm>
#include <cmath>
#include <cstring>
#include <functional>

#include "panel.hpp"
#include "team_desk.hpp"
#include "widgets.hpp"
#include "wrapped_text_field.hpp"

namespace bip::ui {
namespace {

std::string RoundTitle(const Ui& ui, const SparringRound& r, std::size_t i) {
  return ui.F("team_desk.report.round", {{"n", std::to_string(i + 1)}}) + ": " +
         (r.card.empty() ? ui.T("team_desk.report.own_situation")
                         : ui.T("sparring." + r.card + ".name"));
}

void RoundList(Ui& ui, const TeamDesk& desk, float width) {
  const TeamSession& t = *desk.session();
  BeginCard("rounds", width);
  Heading(ui, ui.T("team_desk.rounds.title"));
  Small(ui, ui.T("team_desk.rounds.hint"));
  ImGui::Spacing();
  if (PrimaryButton(ui.T("team_desk.rounds.draw") + "   F8")) ui.Emit(TeamIntent("draw"));
  ImGui::SameLine();
  if (SecondaryButton(ui.T("team_desk.rounds.own"))) ui.Emit(TeamIntent("own_round"));
  ImGui::Spacing();
  for (std::size_t i = 0; i < t.rounds.size(); ++i) {
    const bool sel = static_cast<int>(i) == desk.selected_round();
    const std::string& notes = t.rounds[i].notes;
    const std::string detail = notes.empty() ? ui.T("team_desk.report.no_notes")
                                             : notes.substr(0, notes.find('\n')).substr(0, 80);
    if (ChoiceRow(ui, ("round" + std::to_string(i)).c_str(), RoundTitle(ui, t.rounds[i], i), detail,
                  sel, Mark::kRadio))
      ui.Emit(TeamIntent("select_round", {}, static_cast<std::int64_t>(i) + 1));
  }
  if (t.rounds.empty()) Muted(ui.T("team_desk.rounds.none"));
  EndCard();
}

void Timer(Ui& ui, const TeamDesk& desk) {
  const SparringTimer& timer = desk.timer();
  const double now = SteadySeconds();
  const double left = timer.Remaining(now);
  const int secs = static_cast<int>(std::ceil(left));
  char clock[16];
  std::snprintf(clock, sizeof clock, "%02d:%02d", secs / 60, secs % 60);
  BeginCard("timer", 0, timer.Over(now) ? colour::kBadSoft : colour::kCard,
            timer.running() ? colour::kAccent : colour::kBorder);
  Bold(ui, ui.T("team_desk.timer.title"));
  ImGui::PushFont(ui.fonts.title);
  ImGui::PushStyleColor(ImGuiCol_Text,
                        colour::Vec(timer.Over(now) ? colour::kBad : colour::kHeader));
  ImGui::TextUnformatted(clock);
  ImGui::PopStyleColor();
  ImGui::PopFont();
  if (timer.Over(now)) {
    ImGui::SameLine(0, ui.Px(16));
    WrappedColoured(ui.T("team_desk.timer.over"), colour::kBad);
  }
  if (PrimaryButton(
          (timer.running() ? ui.T("team_desk.timer.pause") : ui.T("team_desk.timer.start")) +
          "   F6"))
    ui.Emit(TeamIntent(timer.running() ? "timer_pause" : "timer_start"));
  ImGui::SameLine();
  if (SecondaryButton(ui.T("team_desk.timer.reset") + "   F7")) ui.Emit(TeamIntent("timer_reset"));
  ImGui::SameLine(0, ui.Px(24));
  if (SecondaryButton("\xE2\x88\x92##min") && timer.minutes() > 1)
    ui.Emit(TeamIntent("timer_minutes", {}, timer.minutes() - 1));
  ImGui::SameLine();
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(
      ui.F("team_desk.timer.minutes", {{"n", std::to_string(timer.minutes())}}).c_str());
  ImGui::SameLine();
  if (SecondaryButton("+##min") && timer.minutes() < 60)
    ui.Emit(TeamIntent("timer_minutes", {}, timer.minutes() + 1));
  EndCard();
  // The clock must move on screen: keep drawing while it runs.
  if (timer.running() && !timer.Over(now))
    ui.view.animate_until = std::max(ui.view.animate_until, ui.time + 0.25);
}

void SelectedRound(Ui& ui, const TeamDesk& desk, float width) {
  const TeamSession& t = *desk.session();
  const int i = desk.selected_round();
  BeginCard("round", width);
  if (i < 0 || i >= static_cast<int>(t.rounds.size())) {
    Muted(ui.T("team_desk.rounds.pick"));
    EndCard();
    return;
  }
  const SparringRound& r = t.rounds[static_cast<std::size_t>(i)];
  TeamView& v = ui.view.team;
  // Another round, or its texts saved anew (a script, the field left): the
  // saved texts. While a field is being edited the saved text stays as it was.
  const std::string key = desk.session_path() + "#" + std::to_string(i) + "#" +
                          std::to_string(std::hash<std::string>{}(r.situation + '\x1f' + r.notes));
  if (v.text_for != key) {
    FillBuffer(v.situation, r.situation);
    FillBuffer(v.notes, r.notes);
    v.text_for = key;
  }
  Heading(ui, RoundTitle(ui, r, static_cast<std::size_t>(i)));
  if (!r.card.empty()) {
    BeginCard("card", 0, colour::kWarnSoft, colour::kWarn);
    Small(ui, ui.T("team_desk.rounds.card_label"), colour::kWarn);
    Bold(ui, ui.T("sparring." + r.card + ".name"));
    Wrapped(ui.T("sparring." + r.card + ".description"));
    EndCard();
    ImGui::Spacing();
  }
  Timer(ui, desk);
  ImGui::Spacing();
  const std::int64_t n = static_cast<std::int64_t>(i) + 1;
  Bold(ui,
       ui.T(r.card.empty() ? "team_desk.rounds.situation" : "team_desk.rounds.situation_optional"));
  const bool situation_changed = WrappedTextField("##situation", v.situation.data(),
                                                  v.situation.size(), ImVec2(-1, ui.Px(70)));
  Focusable(true);
  if (SaveTyping(ui, "##situation", situation_changed))
    ui.Emit(TeamIntent("situation", v.situation.data(), n));
  ImGui::Spacing();
  Bold(ui, ui.T("team_desk.rounds.notes"));
  Small(ui, ui.T("team_desk.rounds.notes_hint"));
  const bool notes_changed =
      WrappedTextField("##notes", v.notes.data(), v.notes.size(), ImVec2(-1, ui.Px(150)));
  Focusable(true);
  if (SaveTyping(ui, "##notes", notes_changed)) ui.Emit(TeamIntent("note", v.notes.data(), n));
  EndCard();
}

}  // namespace

void DrawTeamRounds(Ui& ui) {
  const TeamDesk& desk = ui.s.team();
  const Columns cols = BeginColumns(ui, 0.36f, 900);
  RoundList(ui, desk, cols.left_w);
  NextColumn(cols);
  SelectedRound(ui, desk, cols.right_w);
  EndColumns();
}

}  // namespace bip::ui
