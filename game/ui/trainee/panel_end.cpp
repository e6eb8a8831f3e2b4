// End: the citizen got a job (the moment is marked), or the case ran out.
#include "charts.hpp"
#include "panel.hpp"
#include "widgets.hpp"

namespace bip::ui {

void DrawEnd(Ui& ui) {
  const GameSession& s = ui.s;
  const Playthrough& play = *s.play();
  const CaseDef& c = play.case_def();
  const std::string name = ui.T("case." + c.id + ".name");
  const auto& h = play.history();
  const int n = static_cast<int>(h.size());
  const bool job = play.employed();

  BeginCard("end", 0, job ? colour::kGoodSoft : colour::kCard,
            job ? colour::kGood : colour::kBorder);
  ImGui::Spacing();
  ImGui::PushStyleColor(ImGuiCol_Text, colour::Vec(job ? colour::kGood : colour::kText));
  Title(ui, job ? ui.F("end.job_title", {{"case", name}, {"n", std::to_string(n)}})
                : ui.F("end.no_job_title", {{"case", name}, {"n", std::to_string(n)}}));
  ImGui::PopStyleColor();
  ImGui::Spacing();
  Wrapped(job ? ui.F("end.job_text", {{"case", name}}) : ui.F("end.no_job_text", {{"case", name}}));
  ImGui::Spacing();
  EndCard();
  ImGui::Spacing();
  // Team sparring hook: hand the finished case in to the team leader's
  // session, or export it as a result file (panel_team_export.cpp).
  DrawTeamHandIn(ui);

  // The whole road in numbers.
  double score = 0;
  for (const QuarterRecord& r : h) score += r.score.Total();
  score = n > 0 ? score / n : 0.0;
  const float avail = ImGui::GetContentRegionAvail().x;
  const float gap = ui.Px(16);
  const float w = (avail - 2 * gap) / 3.0f;
  struct Stat {
    std::string label, value, detail;
  };
  const Stat stats[3] = {
      {ui.T("end.place"),
       std::to_string(PlaceOf(h.front().line_before)) + "  \xE2\x86\x92  " +
           std::to_string(PlaceOf(h.back().line_after)),
       ui.T("end.place_detail")},
      {ui.T("end.chance"),
       Percent(h.front().year_before, 1) + "  \xE2\x86\x92  " + Percent(h.back().year_after, 1),
       ui.T("end.chance_detail")},
      {ui.T("end.score"), Number(score, 0) + " / 100", ui.T("end.score_detail")},
  };
  for (int i = 0; i < 3; ++i) {
    if (i > 0) ImGui::SameLine(0, gap);
    BeginCard(stats[i].label.c_str(), w);
    Muted(stats[i].label);
    ImGui::PushFont(ui.fonts.title);
    ImGui::TextUnformatted(stats[i].value.c_str());
    ImGui::PopFont();
    Small(ui, stats[i].detail);
    EndCard();
  }
  ImGui::Spacing();
  BeginCard("path");
  Heading(ui, ui.T("end.path"));
  std::vector<double> line{h.front().line_before};
  for (const QuarterRecord& r : h) line.push_back(r.line_after);
  LineChart(ui, "line", {{ui.T("debrief.line_chart"), line, colour::kAccent, 2.5f, job ? n : 0}}, 0,
            100, c.quarters + 1, false, ImVec2(ImGui::GetContentRegionAvail().x, ui.Px(220)));
  EndCard();
  ImGui::Spacing();
  Muted(ui.T("end.debrief_hint"));

  ui.footer.has_primary = true;
  ui.footer.primary = Intent{IntentKind::kOpenDebrief, {}, {}, 0, 0.0, {}};
  ui.footer.primary_label = ui.T("end.to_debrief");
}

}  // namespace bip::ui
