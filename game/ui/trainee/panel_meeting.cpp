// Meeting and measurement: the citizen's answers, the caseworker's
// questions with the belief question S12, and the star chart against the start.
#include "charts.hpp"
#include "panel.hpp"
#include "widgets.hpp"

namespace bip::ui {
namespace {

// Five small numbered buttons; returns the one clicked or 0.
int CompactScale(const Ui& ui, const char* id, int value) {
  int clicked = 0;
  ImGui::PushID(id);
  const float size = ImGui::GetFrameHeight();
  for (int a = 1; a <= 5; ++a) {
    if (a > 1) ImGui::SameLine(0, ui.Px(4));
    ImGui::PushID(a);
    const bool sel = a == value;
    const ImVec2 p = ImGui::GetCursorScreenPos();
    if (Box("##c", sel, ImVec2(size, size), colour::kAccent, colour::kAccentSoft, 0, ui.Px(4)))
      clicked = a;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRect(p, ImVec2(p.x + size, p.y + size), sel ? colour::kHeader : colour::kBorder,
                ui.Px(4));
    const std::string n = std::to_string(a);
    const ImVec2 ts = ImGui::CalcTextSize(n.c_str());
    dl->AddText(ImVec2(p.x + (size - ts.x) * 0.5f, p.y + (size - ts.y) * 0.5f),
                sel ? colour::Rgb(255, 255, 255) : colour::kText, n.c_str());
    ImGui::PopID();
  }
  ImGui::PopID();
  return clicked;
}

}  // namespace

void DrawMeeting(Ui& ui) {
  const GameSession& s = ui.s;
  const Playthrough& play = *s.play();
  const CaseDef& c = play.case_def();
  const Draft& d = s.draft();
  const std::string name = ui.T("case." + c.id + ".name");
  Title(ui, ui.F("meeting.title", {{"n", std::to_string(play.quarter())}}));
  Muted(ui.F("meeting.intro", {{"case", name}}));
  if (d.from_branch) {
    ImGui::Spacing();
    Pill(ui, ui.T("meeting.branch_note"), colour::kWarnSoft, colour::kWarn);
  }
  ImGui::Spacing();

  const Columns cols = BeginColumns(ui, 0.58f, 860);
  const float left_w = cols.left_w, right_w = cols.right_w;

  // S12 first: it is the answer that matters most (F-BELIEF).
  BeginCard("s12", left_w, colour::kCard, d.belief_answered ? colour::kAccent : colour::kFocus);
  Pill(ui, "S12", colour::kAccent, colour::Rgb(255, 255, 255));
  ImGui::SameLine();
  Bold(ui, ui.T("meeting.belief_title"));
  ImGui::PushFont(ui.fonts.heading);
  Wrapped(ui.T("question.S12.text"));
  ImGui::PopFont();
  if (const int a =
          AnswerScale(ui, "belief", "belief", d.belief_answered ? d.choices.belief : 0, true))
    ui.Emit(Intent{IntentKind::kBelief, {}, {}, a, 0.0, {}});
  if (!d.belief_answered) DefaultFocus();
  std::vector<std::string> refs;
  Small(ui, WithoutFindings(ui.T("meeting.belief_hint"), refs));
  FindingRefs(ui, refs);
  EndCard();
  ImGui::Spacing();

  BeginCard("citizen", left_w);
  Heading(ui, ui.F("meeting.citizen_answers", {{"case", name}}));
  Small(ui, ui.T("meeting.citizen_answers_hint"));
  if (ImGui::BeginTable("b", 2, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) {
    ImGui::TableSetupColumn("q", ImGuiTableColumnFlags_WidthStretch, 0.62f);
    ImGui::TableSetupColumn("a", ImGuiTableColumnFlags_WidthStretch, 0.38f);
    for (const QuestionDef& q : s.content().model.questions) {
      if (q.asked_to != Respondent::kCitizen) continue;
      const int a = s.MeasuredAnswer(q.indicator);
      ImGui::TableNextRow();
      ImGui::TableSetColumnIndex(0);
      ImGui::PushTextWrapPos(0.0f);
      ImGui::TextUnformatted(ui.T("question." + q.id + ".text").c_str());
      ImGui::PopTextWrapPos();
      ImGui::TableSetColumnIndex(1);
      AnswerDots(a, colour::kAccent, ui.Px(5));
      ImGui::SameLine();
      ImGui::PushFont(ui.fonts.small);
      ImGui::TextUnformatted(ui.T("scale." + q.scale + "." + std::to_string(a)).c_str());
      ImGui::PopFont();
    }
    ImGui::EndTable();
  }
  EndCard();
  ImGui::Spacing();

  BeginCard("caseworker", left_w);
  Heading(ui, ui.T("meeting.your_answers"));
  Small(ui, ui.T("meeting.your_answers_hint"));
  if (ImGui::BeginTable("s", 2, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) {
    ImGui::TableSetupColumn("q", ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn("a", ImGuiTableColumnFlags_WidthFixed,
                            ImGui::GetFrameHeight() * 5 + ui.Px(22));
    for (const QuestionDef& q : s.content().model.questions) {
      if (q.asked_to != Respondent::kCaseworker || q.indicator == kCaseworkerBelief) continue;
      ImGui::TableNextRow();
      ImGui::TableSetColumnIndex(0);
      ImGui::PushTextWrapPos(0.0f);
      // No question codes: S12 has its own card above, so the list would read S3, S5.
      ImGui::TextUnformatted(ui.T("question." + q.id + ".text").c_str());
      ImGui::PopTextWrapPos();
      ImGui::TableSetColumnIndex(1);
      if (const int a = CompactScale(ui, q.id.c_str(), d.assessment[q.indicator]))
        ui.Emit(Intent{IntentKind::kAssess, q.id, {}, a, 0.0, {}});
    }
    ImGui::EndTable();
  }
  EndCard();
  NextColumn(cols);
  BeginCard("chart", right_w);
  Heading(ui, ui.T("meeting.chart_title"));
  Small(ui, ui.T("meeting.chart_hint"));
  IndicatorValues now = play.state().x;
  if (d.belief_answered) now[kCaseworkerBelief] = d.choices.belief;
  const float cw = ImGui::GetContentRegionAvail().x;
  RadarChart(ui, "radar", IndicatorLabels(ui),
             {{c.start, colour::kStart, false, 2.0f}, {now, colour::kAccent, true, 2.5f}},
             ImVec2(cw, std::min(cw * 0.92f, ui.Px(440))));
  Legend(ui, {{ui.T("chart.at_start"), colour::kStart},
              {ui.F("chart.now", {{"n", std::to_string(play.quarter())}}), colour::kAccent}});
  ImGui::Spacing();
  CardSeparator();
  ImGui::Spacing();
  Wrapped(ui.F("meeting.place", {{"place", std::to_string(PlaceOf(play.LinePercentile()))}}));
  Wrapped(ui.F("meeting.chance", {{"chance", Percent(play.JobProbabilityNextYear(), 1)}}));
  if (!play.pending_events().empty()) {
    ImGui::Spacing();
    Pill(ui, ui.T("meeting.situation_waiting"), colour::kWarnSoft, colour::kWarn);
  }
  EndCard();
  EndColumns();

  ui.footer.has_primary = true;
  ui.footer.primary = Intent{IntentKind::kNext, {}, {}, 0, 0.0, {}};
  ui.footer.primary_label =
      play.pending_events().empty() ? ui.T("meeting.to_plan") : ui.T("meeting.to_situation");
  ui.footer.primary_enabled = d.belief_answered;
  ui.footer.blocked_hint = ui.T("notice.answer_belief");
  ui.footer.has_back = true;
  ui.footer.back_label = ui.T("step.briefing");
  ui.footer.back = Intent{IntentKind::kBack, {}, {}, 0, 0.0, {}};
}

}  // namespace bip::ui
