// Case briefing: the citizen's story and background, the team leader's
// words, the first measurement.
#include "charts.hpp"
#include "panel.hpp"
#include "widgets.hpp"

namespace bip::ui {
namespace {

void Fact(const Ui& ui, const std::string& label, const std::string& value) {
  ImGui::TableNextRow();
  ImGui::TableSetColumnIndex(0);
  ImGui::PushStyleColor(ImGuiCol_Text, colour::Vec(colour::kMuted));
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(label.c_str());
  ImGui::PopTextWrapPos();
  ImGui::PopStyleColor();
  ImGui::TableSetColumnIndex(1);
  ImGui::PushFont(ui.fonts.bold);
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(value.c_str());
  ImGui::PopTextWrapPos();
  ImGui::PopFont();
}

std::string YesNo(const Ui& ui, bool v) {
  return ui.T(v ? "common.yes" : "common.no");
}

}  // namespace

std::vector<std::string> IndicatorLabels(const Ui& ui) {
  std::vector<std::string> labels;
  for (std::string_view id : kIndicatorIds)
    labels.push_back(ui.T("chart.short." + std::string(id)));
  return labels;
}

void DrawBriefing(Ui& ui) {
  const GameSession& s = ui.s;
  const Playthrough& play = *s.play();
  const CaseDef& c = play.case_def();
  const Person& p = c.person;
  const std::string name = ui.T("case." + c.id + ".name");
  Title(ui, ui.F("briefing.title", {{"case", name}}));
  Muted(ui.T("case." + c.id + ".summary"));
  ImGui::Spacing();

  const Columns cols = BeginColumns(ui, 0.58f, 820);
  const float left_w = cols.left_w, right_w = cols.right_w;

  BeginCard("story", left_w);
  Heading(ui, ui.T("briefing.story"));
  Wrapped(ui.T("case." + c.id + ".story"));
  EndCard();
  ImGui::Spacing();
  BeginCard("leader", left_w, colour::kAccentSoft, colour::kAccentSoft);
  Heading(ui, ui.T("briefing.team_leader"));
  Wrapped(ui.T("case." + c.id + ".team_leader"));
  EndCard();
  ImGui::Spacing();
  BeginCard("howto", left_w);
  Heading(ui, ui.T("briefing.how_title"));
  for (int i = 1; i <= 5; ++i) {
    Pill(ui, std::to_string(i), colour::kAccent, colour::Rgb(255, 255, 255));
    ImGui::SameLine();
    Wrapped(ui.T("briefing.how." + std::to_string(i)));
  }
  Small(ui, ui.T("briefing.how_keys"));
  EndCard();
  NextColumn(cols);
  BeginCard("facts", right_w);
  Heading(ui, ui.T("briefing.background"));
  if (ImGui::BeginTable("facts", 2, ImGuiTableFlags_SizingStretchProp)) {
    ImGui::TableSetupColumn("a", ImGuiTableColumnFlags_WidthStretch, 0.45f);
    ImGui::TableSetupColumn("b", ImGuiTableColumnFlags_WidthStretch, 0.55f);
    Fact(ui, ui.T("person.age"), ui.F("person.age_value", {{"n", std::to_string(p.age)}}));
    Fact(ui, ui.T("person.sex"), ui.T("person.sex." + p.sex));
    Fact(ui, ui.T("person.education"), ui.T("person.education." + p.education));
    Fact(ui, ui.T("person.family"), ui.T("person.family." + p.family));
    Fact(ui, ui.T("person.health"), ui.T("person.health." + p.main_health));
    Fact(ui, ui.T("person.work"),
         ui.F("person.work_value", {{"n", std::to_string(p.work_months_last_3_years)}}));
    Fact(ui, ui.T("person.support"),
         ui.F("person.support_value", {{"n", std::to_string(p.years_on_support)}}));
    Fact(ui, ui.T("person.caseworkers"), std::to_string(c.previous_caseworker_changes));
    Fact(ui, ui.T("person.addiction"), YesNo(ui, p.addiction));
    Fact(ui, ui.T("person.conviction"), YesNo(ui, p.conviction));
    Fact(ui, ui.T("person.immigrant"), YesNo(ui, p.non_western_immigrant));
    ImGui::EndTable();
  }
  EndCard();
  ImGui::Spacing();
  BeginCard("first", right_w);
  Heading(ui, ui.T("briefing.first_measurement"));
  Small(ui, ui.T("briefing.first_measurement_hint"));
  const float chart_w = ImGui::GetContentRegionAvail().x;
  RadarChart(ui, "radar", IndicatorLabels(ui), {{c.start, colour::kStart, true, 2.0f}},
             ImVec2(chart_w, std::min(chart_w * 0.9f, ui.Px(420))));
  const double pct =
      s.line().Percentile(s.model().Readiness(CaseStartState(c, s.model().params())));
  Wrapped(ui.F("briefing.start_place", {{"place", std::to_string(PlaceOf(pct))}}));
  Wrapped(ui.F("briefing.start_chance",
               {{"chance", Percent(play.history().empty() ? play.JobProbabilityNextYear()
                                                          : play.history().front().year_before,
                                   1)}}));
  EndCard();
  EndColumns();

  ui.footer.has_primary = true;
  ui.footer.primary = Intent{IntentKind::kNext, {}, {}, 0, 0.0, {}};
  ui.footer.primary_label =
      play.finished() ? ui.T("briefing.to_debrief")
      : play.history().empty()
          ? ui.T("briefing.begin")
          : ui.F("briefing.back_to_quarter", {{"n", std::to_string(play.quarter())}});
  ui.footer.has_back = true;
  ui.footer.back_label = ui.T("common.start_screen");
  ui.footer.back = Intent{IntentKind::kHome, {}, {}, 0, 0.0, {}};
}

}  // namespace bip::ui
