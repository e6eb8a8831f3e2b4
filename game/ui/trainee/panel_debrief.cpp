// Debrief: progress over the quarters, the plan as a timeline in the four
// groups, the score by what BIP values, what other strategies would have
// done, and reflection with notes and "try again from quarter N".
#include <algorithm>
#include <cmath>
#include <cstring>

#include "charts.hpp"
#include "panel.hpp"
#include "widgets.hpp"
#include "wrapped_text_field.hpp"

namespace bip::ui {
namespace {

std::string StrategyName(const Ui& ui, const std::string& policy) {
  const std::string key = "strategy." + policy;
  return ui.s.texts().Has(ui.s.lang(), key) ? ui.T(key) : policy;
}

void DebriefTabs(Ui& ui) {
  std::vector<std::string> labels;
  for (int t = 0; t < kDebriefTabCount; ++t)
    labels.push_back(
        ui.T("debrief.tab." + std::string(DebriefTabName(static_cast<DebriefTab>(t)))));
  const int clicked = TabStrip(ui, "##tab", labels, static_cast<int>(ui.s.debrief_tab()));
  if (clicked >= 0)
    ui.Emit(Intent{IntentKind::kDebriefTab,
                   std::string(DebriefTabName(static_cast<DebriefTab>(clicked))),
                   {},
                   0,
                   0.0,
                   {}});
}

// The interventions of each quarter, from a played history.
std::vector<std::vector<std::string>> PlayedPlans(const Playthrough& play) {
  std::vector<std::vector<std::string>> plans;
  for (const QuarterRecord& r : play.history()) plans.push_back(r.choices.interventions);
  return plans;
}

// The interventions a scripted policy would choose per quarter, up to `until`.
std::vector<std::vector<std::string>> PolicyPlans(const Policy& p, int until) {
  std::vector<std::vector<std::string>> plans;
  for (int q = 1; q <= until; ++q) {
    std::vector<std::string> ivs;
    for (const PolicyRule& rule : p.rules)
      if (q >= rule.from && q <= rule.to) {
        ivs = rule.interventions;
        break;
      }
    plans.push_back(ivs);
  }
  return plans;
}

// Rows: the four groups; columns: quarters. A cell shows how many
// interventions of that group ran, in the group's colour.
void Timeline(Ui& ui, const char* id, const std::vector<std::vector<std::string>>& plans,
              int quarters, int job_quarter, bool compact) {
  const GameSession& s = ui.s;
  const ModelContent& mc = s.content().model;
  ImGui::PushID(id);
  const float label_w = ui.Px(compact ? 150 : 190);
  const float avail = ImGui::GetContentRegionAvail().x;
  const float cell_w = (avail - label_w) / static_cast<float>(std::max(1, quarters));
  const float cell_h = ui.Px(compact ? 16 : 30);
  const float head_h = compact ? 0.0f : ui.fonts.small->FontSize + ui.Px(6);
  const ImVec2 p = ImGui::GetCursorScreenPos();
  const float total_h = head_h + 4 * (cell_h + ui.Px(3));
  ImGui::Dummy(ImVec2(avail, total_h));
  ImDrawList* dl = ImGui::GetWindowDrawList();
  ImFont* small = ui.fonts.small;
  if (!compact)
    for (int q = 1; q <= quarters; ++q) {
      const std::string label = ui.F("chart.quarter_short", {{"n", std::to_string(q)}});
      const ImVec2 ts = small->CalcTextSizeA(small->FontSize, FLT_MAX, 0, label.c_str());
      dl->AddText(
          small, small->FontSize,
          ImVec2(p.x + label_w + (static_cast<float>(q) - 0.5f) * cell_w - ts.x * 0.5f, p.y),
          q == job_quarter ? colour::kGood : colour::kMuted, label.c_str());
    }
  const Group order[4] = {Group::kJobFocused, Group::kHealth, Group::kSocial, Group::kUpskilling};
  for (int row = 0; row < 4; ++row) {
    const Group g = order[row];
    const std::size_t gi = static_cast<std::size_t>(g);
    const float y = p.y + head_h + static_cast<float>(row) * (cell_h + ui.Px(3));
    const std::string gname = ui.T("group." + std::string(kGroupIds[gi]) + ".name");
    const ImVec2 ts = small->CalcTextSizeA(small->FontSize, FLT_MAX, 0, gname.c_str());
    dl->AddText(small, small->FontSize, ImVec2(p.x, y + (cell_h - ts.y) * 0.5f), colour::kText,
                gname.c_str());
    for (int q = 1; q <= quarters; ++q) {
      const float x = p.x + label_w + static_cast<float>(q - 1) * cell_w;
      const ImVec2 a(x + ui.Px(1.5f), y), b(x + cell_w - ui.Px(1.5f), y + cell_h);
      int count = 0;
      std::string names;
      if (q <= static_cast<int>(plans.size()))
        for (const std::string& iv : plans[static_cast<std::size_t>(q - 1)]) {
          const std::size_t k = mc.InterventionIndex(iv);
          if (k < mc.interventions.size() && mc.interventions[k].group == g) {
            ++count;
            names += (names.empty() ? "" : "\n") + ui.T("intervention." + iv + ".name");
          }
        }
      const bool after_job = job_quarter > 0 && q > job_quarter;
      dl->AddRectFilled(a, b,
                        after_job   ? colour::kGoodSoft
                        : count > 0 ? colour::kGroup[gi]
                                    : colour::kGrid,
                        ui.Px(3));
      if (count > 1 && !compact) {
        const std::string n = std::to_string(count);
        const ImVec2 ns = small->CalcTextSizeA(small->FontSize, FLT_MAX, 0, n.c_str());
        dl->AddText(small, small->FontSize,
                    ImVec2((a.x + b.x - ns.x) * 0.5f, (a.y + b.y - ns.y) * 0.5f),
                    colour::Rgb(255, 255, 255), n.c_str());
      }
      if (!names.empty() && ImGui::IsMouseHoveringRect(a, b))
        ImGui::SetTooltip("%s", names.c_str());
    }
  }
  if (job_quarter > 0 && job_quarter <= quarters) {
    const float x = p.x + label_w + static_cast<float>(job_quarter) * cell_w;
    dl->AddLine(ImVec2(x, p.y + head_h), ImVec2(x, p.y + total_h), colour::kGood, ui.Px(2.5f));
  }
  ImGui::PopID();
}

void ProgressTab(Ui& ui, const Debrief& d) {
  const GameSession& s = ui.s;
  const Playthrough& play = *s.play();
  const CaseDef& c = play.case_def();
  const Columns cols = BeginColumns(ui, 0.55f, 860);
  const float left_w = cols.left_w, right_w = cols.right_w;
  BeginCard("line", left_w);
  Heading(ui, ui.T("debrief.line_chart"));
  // The green dot is explained only when there is one.
  Small(ui, ui.T(d.trainee.job_quarter > 0 ? "debrief.line_chart_hint_job"
                                           : "debrief.line_chart_hint"));
  LineChart(ui, "line", {{"", d.trainee.line, colour::kAccent, 2.5f, d.trainee.job_quarter}}, 0,
            100, c.quarters + 1, false, ImVec2(ImGui::GetContentRegionAvail().x, ui.Px(200)));
  EndCard();
  ImGui::Spacing();
  BeginCard("chance", left_w);
  Heading(ui, ui.T("debrief.chance_chart"));
  Small(ui, ui.T("debrief.chance_chart_hint"));
  std::vector<double> ys;
  double top_v = 5;
  for (double v : d.trainee.year) {
    ys.push_back(100 * v);
    top_v = std::max(top_v, 100 * v);
  }
  LineChart(ui, "chance", {{"", ys, colour::kAccent, 2.5f, d.trainee.job_quarter}}, 0,
            std::ceil(top_v / 5) * 5, c.quarters + 1, true,
            ImVec2(ImGui::GetContentRegionAvail().x, ui.Px(200)));
  EndCard();
  NextColumn(cols);
  BeginCard("radar", right_w);
  Heading(ui, ui.T("debrief.radar"));
  const float cw = ImGui::GetContentRegionAvail().x;
  RadarChart(ui, "radar", IndicatorLabels(ui),
             {{c.start, colour::kStart, false, 2.0f}, {d.trainee.end, colour::kAccent, true, 2.5f}},
             ImVec2(cw, std::min(cw * 0.95f, ui.Px(430))));
  Legend(ui, {{ui.T("chart.at_start"), colour::kStart}, {ui.T("chart.at_end"), colour::kAccent}});
  EndCard();
  EndColumns();
}

void PlanTab(Ui& ui, const Debrief& d) {
  const GameSession& s = ui.s;
  const Playthrough& play = *s.play();
  const CaseDef& c = play.case_def();
  BeginCard("timeline");
  Heading(ui, ui.T("debrief.timeline"));
  Small(ui, ui.T("debrief.timeline_hint"));
  ImGui::Spacing();
  Timeline(ui, "mine", PlayedPlans(play), c.quarters, d.trainee.job_quarter, false);
  ImGui::Spacing();
  // Sparring and the belief answer, quarter by quarter.
  const ModelContent& mc = s.content().model;
  if (ImGui::BeginTable("rows", 3, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) {
    ImGui::TableSetupColumn(ui.T("debrief.col_quarter").c_str(), ImGuiTableColumnFlags_WidthFixed,
                            ui.Px(70));
    ImGui::TableSetupColumn(ui.T("debrief.col_belief").c_str(), ImGuiTableColumnFlags_WidthStretch,
                            0.3f);
    ImGui::TableSetupColumn(ui.T("debrief.col_sparring").c_str(),
                            ImGuiTableColumnFlags_WidthStretch, 0.7f);
    ImGui::TableHeadersRow();
    for (const QuarterRecord& r : play.history()) {
      ImGui::TableNextRow();
      ImGui::TableSetColumnIndex(0);
      ImGui::TextUnformatted(
          ui.F("chart.quarter_short", {{"n", std::to_string(r.quarter)}}).c_str());
      ImGui::TableSetColumnIndex(1);
      ImGui::TextUnformatted((std::to_string(r.choices.belief) + "  " +
                              ui.T("scale.belief." + std::to_string(r.choices.belief)))
                                 .c_str());
      ImGui::TableSetColumnIndex(2);
      const std::size_t k = mc.SparringIndex(r.choices.sparring);
      const SparringKind kind = k < mc.sparring.size() ? mc.sparring[k].kind : SparringKind::kNone;
      const ImU32 col = kind == SparringKind::kBad    ? colour::kBad
                        : kind == SparringKind::kNone ? colour::kMuted
                                                      : colour::kGood;
      ImGui::PushStyleColor(ImGuiCol_Text, colour::Vec(col));
      ImGui::TextUnformatted(ui.T("sparring." + r.choices.sparring + ".name").c_str());
      ImGui::PopStyleColor();
    }
    ImGui::EndTable();
  }
  EndCard();
  ImGui::Spacing();
  BeginCard("others");
  Heading(ui, ui.T("debrief.timeline_others"));
  Small(ui, ui.T("debrief.timeline_others_hint"));
  const auto policies = ComparisonPolicies(c);
  for (std::size_t i = 0; i < policies.size() && i < d.same_seed.size(); ++i) {
    ImGui::Spacing();
    Bold(ui, StrategyName(ui, policies[i]->name));
    const int until = d.same_seed[i].job_quarter > 0 ? d.same_seed[i].job_quarter : c.quarters;
    Timeline(ui, policies[i]->name.c_str(), PolicyPlans(*policies[i], until), c.quarters,
             d.same_seed[i].job_quarter, true);
  }
  ImGui::Spacing();
  Legend(ui, {{ui.T("group.job_focused.name"), colour::kGroup[0]},
              {ui.T("group.health.name"), colour::kGroup[3]},
              {ui.T("group.social.name"), colour::kGroup[2]},
              {ui.T("group.upskilling.name"), colour::kGroup[1]},
              {ui.T("debrief.after_job"), colour::kGoodSoft}});
  EndCard();
}

void ScoreTab(Ui& ui, const Debrief& d) {
  BeginCard("total");
  Heading(ui, ui.T("debrief.score_title"));
  ImGui::PushFont(ui.fonts.title);
  ImGui::TextUnformatted((Number(d.total_score, 0) + " / 100").c_str());
  ImGui::PopFont();
  Small(ui, ui.T("debrief.score_hint"));
  Small(ui, ui.T("debrief.score_not"));
  EndCard();
  ImGui::Spacing();
  const int quarters = static_cast<int>(d.trainee.line.size()) - 1;
  for (const ScorePartSummary& p : d.parts) {
    const std::string key = ScorePartKey(p.part);
    const std::string part_id = key.substr(key.rfind('.') + 1);
    BeginCard(key.c_str());
    const float w = ImGui::GetContentRegionAvail().x;
    Bold(ui, ui.T(key));
    if (p.quarters == 0) {
      Small(ui, ui.T("debrief.part_not_applied"));
    } else {
      const ImU32 col = p.mean >= 0.75  ? colour::kGood
                        : p.mean >= 0.4 ? colour::kWarn
                                        : colour::kBad;
      ValueBar(static_cast<float>(p.mean), ImVec2(w * 0.45f, ui.Px(10)), col);
      ImGui::SameLine();
      ImGui::TextUnformatted(Percent(p.mean, 0).c_str());
      ImGui::SameLine(0, ui.Px(24));
      // A dot per quarter: green good, amber partly, red not, grey not applicable.
      const ImVec2 dp = ImGui::GetCursorScreenPos();
      ImDrawList* dl = ImGui::GetWindowDrawList();
      const float r = ui.Px(6);
      const float h = ImGui::GetTextLineHeight();
      for (int q = 0; q < quarters && q < static_cast<int>(p.value.size()); ++q) {
        const double v = p.value[static_cast<std::size_t>(q)];
        const ImU32 c = v < 0       ? colour::kGrid
                        : v >= 0.75 ? colour::kGood
                        : v >= 0.4  ? colour::kWarn
                                    : colour::kBad;
        dl->AddCircleFilled(ImVec2(dp.x + r + static_cast<float>(q) * r * 2.8f, dp.y + h * 0.5f), r,
                            c, 12);
      }
      ImGui::Dummy(ImVec2(static_cast<float>(quarters) * r * 2.8f, h));
    }
    std::vector<std::string> refs;
    Small(ui, WithoutFindings(ui.T("debrief.why." + part_id), refs), colour::kText);
    FindingRefs(ui, refs);
    EndCard();
    ImGui::Spacing();
  }
}

void WhatIfTab(Ui& ui, const Debrief& d) {
  const GameSession& s = ui.s;
  const Playthrough& play = *s.play();
  const CaseDef& c = play.case_def();
  const std::string name = ui.T("case." + c.id + ".name");
  // The same citizen, the same seed.
  BeginCard("same");
  Heading(ui, ui.F("debrief.same_seed", {{"case", name}, {"seed", std::to_string(play.seed())}}));
  Small(ui, ui.T("debrief.same_seed_hint"));
  std::vector<LineSeries> series{{StrategyName(ui, "trainee"), d.trainee.line, colour::kSeries[0],
                                  3.0f, d.trainee.job_quarter}};
  std::vector<std::pair<std::string, ImU32>> legend{
      {StrategyName(ui, "trainee"), colour::kSeries[0]}};
  for (std::size_t i = 0; i < d.same_seed.size(); ++i) {
    const RunTrace& t = d.same_seed[i];
    series.push_back({StrategyName(ui, t.policy), t.line,
                      colour::kSeries[std::min<std::size_t>(i + 1, 3)], 2.0f, t.job_quarter});
    legend.emplace_back(StrategyName(ui, t.policy),
                        colour::kSeries[std::min<std::size_t>(i + 1, 3)]);
  }
  // The trainee on top.
  std::rotate(series.begin(), series.begin() + 1, series.end());
  LineChart(ui, "same", series, 0, 100, c.quarters + 1, false,
            ImVec2(ImGui::GetContentRegionAvail().x, ui.Px(210)));
  Legend(ui, legend);
  ImGui::Spacing();
  if (ImGui::BeginTable("same_t", 4, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) {
    ImGui::TableSetupColumn(ui.T("debrief.col_strategy").c_str(),
                            ImGuiTableColumnFlags_WidthStretch, 0.34f);
    ImGui::TableSetupColumn(ui.T("debrief.col_job").c_str(), ImGuiTableColumnFlags_WidthStretch,
                            0.26f);
    ImGui::TableSetupColumn(ui.T("debrief.col_place").c_str(), ImGuiTableColumnFlags_WidthStretch,
                            0.2f);
    ImGui::TableSetupColumn(ui.T("debrief.col_score").c_str(), ImGuiTableColumnFlags_WidthStretch,
                            0.2f);
    ImGui::TableHeadersRow();
    std::vector<const RunTrace*> rows{&d.trainee};
    for (const RunTrace& t : d.same_seed) rows.push_back(&t);
    for (const RunTrace* t : rows) {
      ImGui::TableNextRow();
      ImGui::TableSetColumnIndex(0);
      ImGui::TextUnformatted(StrategyName(ui, t->policy).c_str());
      ImGui::TableSetColumnIndex(1);
      ImGui::PushStyleColor(ImGuiCol_Text,
                            colour::Vec(t->job_quarter > 0 ? colour::kGood : colour::kMuted));
      ImGui::TextUnformatted((t->job_quarter > 0
                                  ? ui.F("debrief.job_in", {{"n", std::to_string(t->job_quarter)}})
                                  : ui.T("debrief.no_job"))
                                 .c_str());
      ImGui::PopStyleColor();
      ImGui::TableSetColumnIndex(2);
      ImGui::TextUnformatted(std::to_string(PlaceOf(t->line.back())).c_str());
      ImGui::TableSetColumnIndex(3);
      ImGui::TextUnformatted(Number(t->score, 0).c_str());
    }
    ImGui::EndTable();
  }
  EndCard();
  ImGui::Spacing();

  // Over many seeds.
  BeginCard("spread");
  const int seeds = d.spread.empty() ? 0 : d.spread.front().seeds;
  Heading(ui, ui.F("debrief.spread", {{"seeds", std::to_string(seeds)}}));
  Small(ui, ui.F("debrief.spread_hint", {{"case", name}}));
  ImGui::Spacing();
  float label_w = ui.Px(120);
  for (const StrategySpread& sp : d.spread)
    label_w =
        std::max(label_w, ImGui::CalcTextSize(StrategyName(ui, sp.policy).c_str()).x + ui.Px(16));
  const float bar_w = ImGui::GetContentRegionAvail().x - label_w - ui.Px(170);
  double top = 10;
  for (const StrategySpread& sp : d.spread) top = std::max(top, sp.ci_high);
  top = std::ceil(top / 10) * 10;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  for (std::size_t i = 0; i < d.spread.size(); ++i) {
    const StrategySpread& sp = d.spread[i];
    const ImU32 col = colour::kSeries[std::min<std::size_t>(i, 3)];
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const float h = ImGui::GetTextLineHeight();
    ImGui::TextUnformatted(StrategyName(ui, sp.policy).c_str());
    const float bx = p.x + label_w;
    auto X = [&](double v) { return bx + static_cast<float>(v / top) * bar_w; };
    dl->AddRectFilled(ImVec2(bx, p.y + h * 0.2f), ImVec2(bx + bar_w, p.y + h * 0.8f), colour::kGrid,
                      ui.Px(3));
    dl->AddRectFilled(ImVec2(bx, p.y + h * 0.2f),
                      ImVec2(std::max(bx + ui.Px(2), X(sp.share)), p.y + h * 0.8f), col, ui.Px(3));
    // The 95 % interval as a whisker.
    dl->AddLine(ImVec2(X(sp.ci_low), p.y + h * 0.5f), ImVec2(X(sp.ci_high), p.y + h * 0.5f),
                colour::kText, ui.Px(1.5f));
    dl->AddLine(ImVec2(X(sp.ci_low), p.y + h * 0.25f), ImVec2(X(sp.ci_low), p.y + h * 0.75f),
                colour::kText, ui.Px(1.5f));
    dl->AddLine(ImVec2(X(sp.ci_high), p.y + h * 0.25f), ImVec2(X(sp.ci_high), p.y + h * 0.75f),
                colour::kText, ui.Px(1.5f));
    const std::string v =
        Number(sp.share, 1) + " %  (" + Number(sp.ci_low, 1) + "–" + Number(sp.ci_high, 1) + ")";
    dl->AddText(ImVec2(bx + bar_w + ui.Px(12), p.y), colour::kText, v.c_str());
  }
  ImGui::Spacing();
  Bold(ui, ui.T("debrief.cumulative"));
  std::vector<LineSeries> cum;
  double cum_top = 10;
  for (std::size_t i = 0; i < d.spread.size(); ++i) {
    std::vector<double> ys{0.0};
    for (double v : d.spread[i].employed_by_quarter) ys.push_back(v);
    cum_top = std::max(cum_top, ys.back());
    cum.push_back({StrategyName(ui, d.spread[i].policy), ys,
                   colour::kSeries[std::min<std::size_t>(i, 3)], i == 0 ? 3.0f : 2.0f, 0});
  }
  std::reverse(cum.begin(), cum.end());
  LineChart(ui, "cum", cum, 0, std::ceil(cum_top / 10) * 10, c.quarters + 1, true,
            ImVec2(ImGui::GetContentRegionAvail().x, ui.Px(190)));
  Small(ui, ui.T("debrief.spread_note"));
  EndCard();
}

void ReflectTab(Ui& ui) {
  const GameSession& s = ui.s;
  const Playthrough& play = *s.play();
  const CaseDef& c = play.case_def();
  ViewState& v = ui.view;
  if (v.text_for_playthrough != s.playthrough_id()) {
    v.text_for_playthrough = s.playthrough_id();
    FillBuffer(v.note, s.note());
    v.reflections.clear();
    for (const std::string& q : c.reflection_questions) {
      const auto it = s.reflections().find(q);
      FillBuffer(v.reflections[q], it != s.reflections().end() ? it->second : std::string());
    }
  }
  BeginCard("reflect");
  Heading(ui, ui.T("debrief.reflect_title"));
  Small(ui, ui.T("debrief.reflect_hint"));
  for (const std::string& q : c.reflection_questions) {
    ImGui::Spacing();
    Bold(ui, ui.T("case." + c.id + ".reflection." + q));
    auto& buf = v.reflections[q];
    ImGui::PushID(q.c_str());
    const bool changed = WrappedTextField("##r", buf.data(), buf.size(), ImVec2(-1, ui.Px(70)));
    Focusable(true);
    // The tab is for writing: the focus starts on the first question (Space types).
    if (&q == &c.reflection_questions.front()) DefaultFocus();
    if (SaveTyping(ui, "##r", changed))
      ui.Emit(Intent{IntentKind::kReflect, q, buf.data(), 0, 0.0, {}});
    ImGui::PopID();
  }
  EndCard();
  ImGui::Spacing();
  BeginCard("notes");
  Heading(ui, ui.T("debrief.notes"));
  Small(ui, ui.T("debrief.notes_hint"));
  const bool changed =
      WrappedTextField("##note", v.note.data(), v.note.size(), ImVec2(-1, ui.Px(110)));
  Focusable(true);
  if (SaveTyping(ui, "##note", changed))
    ui.Emit(Intent{IntentKind::kSetNote, v.note.data(), {}, 0, 0.0, {}});
  EndCard();
  ImGui::Spacing();
  BeginCard("again");
  Heading(ui, ui.T("debrief.again"));
  Small(ui, ui.T("debrief.again_hint"));
  ImGui::Spacing();
  int pointed = 0;  // the quarter button under the mouse or the keyboard focus
  for (const QuarterRecord& r : play.history()) {
    if (r.quarter > 1) ImGui::SameLine(0, ui.Px(6));
    if (ImGui::GetContentRegionAvail().x < ui.Px(60)) ImGui::NewLine();
    const std::string label = ui.F("chart.quarter_short", {{"n", std::to_string(r.quarter)}}) +
                              "##b" + std::to_string(r.quarter);
    if (SecondaryButton(label, ImVec2(ui.Px(58), 0)))
      ui.Emit(Intent{IntentKind::kBranch, {}, {}, r.quarter, 0.0, {}});
    if (ImGui::IsItemHovered() || ImGui::IsItemFocused()) pointed = r.quarter;
  }
  // What the button does, on a line of its own under the buttons: a tooltip
  // covered the closing paragraph at large text sizes.
  ImGui::PushFont(ui.fonts.small);
  if (pointed > 0)
    ImGui::TextUnformatted(ui.F("debrief.again_tip", {{"n", std::to_string(pointed)}}).c_str());
  else
    ImGui::Dummy(ImVec2(1, ImGui::GetTextLineHeight()));
  ImGui::PopFont();
  EndCard();
  ImGui::Spacing();
  Small(ui, ui.T("case." + c.id + ".skilled_note"), colour::kText);
}

}  // namespace

void DrawDebrief(Ui& ui) {
  const GameSession& s = ui.s;
  const Playthrough& play = *s.play();
  const CaseDef& c = play.case_def();
  const Debrief* d = s.debrief();
  const std::string name = ui.T("case." + c.id + ".name");
  Title(ui, ui.F("debrief.title", {{"case", name}}));
  if (!d) return;
  const int n = static_cast<int>(play.history().size());
  std::string summary =
      d->trainee.job_quarter > 0
          ? ui.F("debrief.summary_job",
                 {{"case", name}, {"n", std::to_string(d->trainee.job_quarter)}})
          : ui.F("debrief.summary_no_job", {{"case", name}, {"n", std::to_string(n)}});
  if (!play.finished())
    summary = ui.F("debrief.summary_unfinished", {{"case", name}, {"n", std::to_string(n)}});
  Muted(summary + "  " + ui.F("debrief.summary_score", {{"score", Number(d->total_score, 0)}}));
  if (s.branched_from() != 0)
    Small(ui, ui.F("debrief.branch_note", {{"quarter", std::to_string(s.branch_quarter())}}));
  ImGui::Spacing();
  // Team sparring hook: hand the finished case in to the team leader's
  // session, or export it as a result file (panel_team_export.cpp).
  DrawTeamHandIn(ui);
  DebriefTabs(ui);
  ImGui::Spacing();
  switch (s.debrief_tab()) {
    case DebriefTab::kProgress:
      ProgressTab(ui, *d);
      break;
    case DebriefTab::kPlan:
      PlanTab(ui, *d);
      break;
    case DebriefTab::kScore:
      ScoreTab(ui, *d);
      break;
    case DebriefTab::kWhatIf:
      WhatIfTab(ui, *d);
      break;
    case DebriefTab::kReflect:
      ReflectTab(ui);
      break;
  }
  const int t = static_cast<int>(s.debrief_tab());
  ui.footer.has_primary = true;
  if (t + 1 < kDebriefTabCount) {
    const auto next = static_cast<DebriefTab>(t + 1);
    ui.footer.primary_label = ui.T("debrief.tab." + std::string(DebriefTabName(next)));
    ui.footer.primary =
        Intent{IntentKind::kDebriefTab, std::string(DebriefTabName(next)), {}, 0, 0.0, {}};
  } else {
    ui.footer.primary_label = ui.T("common.start_screen");
    ui.footer.primary = Intent{IntentKind::kHome, {}, {}, 0, 0.0, {}};
  }
  ui.footer.has_back = true;
  if (!play.finished() && t == 0) {
    // Opened in the middle of the case: back to the quarter being prepared.
    ui.footer.back_label =
        ui.F("briefing.back_to_quarter", {{"n", std::to_string(play.quarter())}});
    ui.footer.back = Intent{IntentKind::kContinue, {}, {}, s.playthrough_id(), 0.0, {}};
  } else if (t > 0) {
    const auto prev = static_cast<DebriefTab>(t - 1);
    ui.footer.back_label = ui.T("debrief.tab." + std::string(DebriefTabName(prev)));
    ui.footer.back =
        Intent{IntentKind::kDebriefTab, std::string(DebriefTabName(prev)), {}, 0, 0.0, {}};
  } else {
    ui.footer.back_label = ui.T("common.start_screen");
    ui.footer.back = Intent{IntentKind::kHome, {}, {}, 0, 0.0, {}};
  }
}

}  // namespace bip::ui
