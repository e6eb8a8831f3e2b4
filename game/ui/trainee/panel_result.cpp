// Result: what changed and why, the line of 100, the job chance, the score.
#include <cmath>

#include "charts.hpp"
#include "explain.hpp"
#include "panel.hpp"
#include "widgets.hpp"

namespace bip::ui {
namespace {

void FindingPill(const Ui& ui, const std::string& finding) {
  if (!finding.empty()) FindingRefs(ui, {finding});
}

void ChangesCard(Ui& ui, const QuarterRecord& r, float width) {
  const GameSession& s = ui.s;
  const CaseDef& c = s.play()->case_def();
  BeginCard("changes", width);
  Heading(ui, ui.T("result.changes"));
  Small(ui, ui.T("result.changes_hint"));
  ImGui::Spacing();
  const std::vector<ExplainedChange> changes =
      ExplainIndicators(s.content(), s.lang(), c.id, r.outcome, r.effects);
  // Largest changes open by default.
  std::vector<double> sizes;
  for (const ExplainedChange& ch : changes) sizes.push_back(std::abs(ch.after - ch.before));
  std::vector<double> sorted = sizes;
  std::sort(sorted.rbegin(), sorted.rend());
  const double open_from = sorted.size() > 2 ? std::max(0.15, sorted[2]) : 0.15;
  const float bar_w = ui.Px(90);
  for (std::size_t k = 0; k < changes.size(); ++k) {
    const ExplainedChange& ch = changes[k];
    const double delta = ch.after - ch.before;
    const std::string id(kIndicatorIds[ch.indicator]);
    const std::string label = ui.T("indicator." + id + ".name");
    ImGui::PushID(id.c_str());
    if (ui.view.animated_quarter != r.quarter) ImGui::SetNextItemOpen(sizes[k] >= open_from - 1e-9);
    const ImVec2 row = ImGui::GetCursorScreenPos();
    const float row_w = ImGui::GetContentRegionAvail().x;
    // Numbers and a change bar on the right of the row; the name gets what
    // is left (shortened with "…" and whole on hover at large text sizes).
    const std::string nums = Number(ch.before, 1) + "  \xE2\x86\x92  " + Number(ch.after, 1);
    const std::string ds = ShownChange(ch.before, ch.after, 1);
    const ImVec2 ns = ImGui::CalcTextSize(nums.c_str());
    const ImVec2 dsz = ImGui::CalcTextSize(ds.c_str());
    const float right = row.x + row_w;
    const float bx = right - bar_w;
    const float name_w = bx - dsz.x - ns.x - ui.Px(42) - row.x - ImGui::GetTreeNodeToLabelSpacing();
    const std::string shown_label = FitText(label, name_w);
    const bool open = ImGui::TreeNodeEx(
        "##n", ImGuiTreeNodeFlags_SpanAvailWidth | ImGuiTreeNodeFlags_FramePadding, "%s",
        shown_label.c_str());
    if (shown_label != label && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", label.c_str());
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float h = ImGui::GetFrameHeight();
    const float mid = row.y + h * 0.5f;
    dl->AddLine(ImVec2(bx + bar_w * 0.5f, mid - ui.Px(8)),
                ImVec2(bx + bar_w * 0.5f, mid + ui.Px(8)), colour::kFaint);
    const float len = static_cast<float>(std::clamp(delta / 1.5, -1.0, 1.0)) * bar_w * 0.5f;
    const double shown_delta = std::round(ch.after * 10) / 10 - std::round(ch.before * 10) / 10;
    const ImU32 col = shown_delta > 0.05    ? colour::kGood
                      : shown_delta < -0.05 ? colour::kBad
                                            : colour::kFaint;
    dl->AddRectFilled(ImVec2(bx + bar_w * 0.5f + std::min(0.0f, len), mid - ui.Px(5)),
                      ImVec2(bx + bar_w * 0.5f + std::max(0.0f, len), mid + ui.Px(5)), col,
                      ui.Px(2));
    dl->AddText(ImVec2(bx - dsz.x - ui.Px(12), mid - dsz.y * 0.5f),
                col == colour::kFaint ? colour::kMuted : col, ds.c_str());
    dl->AddText(ImVec2(bx - dsz.x - ns.x - ui.Px(30), mid - ns.y * 0.5f), colour::kMuted,
                nums.c_str());
    if (open) {
      ImGui::PushFont(ui.fonts.small);
      if (ImGui::BeginTable("why", 2, ImGuiTableFlags_SizingStretchProp)) {
        ImGui::TableSetupColumn("a", ImGuiTableColumnFlags_WidthFixed, ui.Px(58));
        ImGui::TableSetupColumn("t", ImGuiTableColumnFlags_WidthStretch);
        for (const auto& [text, amount] : ch.reasons) {
          if (std::abs(amount) < 0.005) continue;
          ImGui::TableNextRow();
          ImGui::TableSetColumnIndex(0);
          ImGui::PushStyleColor(ImGuiCol_Text,
                                colour::Vec(amount > 0 ? colour::kGood : colour::kBad));
          ImGui::TextUnformatted(Signed(amount, 2).c_str());
          ImGui::PopStyleColor();
          ImGui::TableSetColumnIndex(1);
          ImGui::PushTextWrapPos(0.0f);
          ImGui::TextUnformatted(text.c_str());
          ImGui::PopTextWrapPos();
        }
        ImGui::EndTable();
      }
      ImGui::PopFont();
      ImGui::TreePop();
    }
    ImGui::PopID();
  }
  EndCard();
}

void ChanceCard(Ui& ui, const QuarterRecord& r, float width) {
  const GameSession& s = ui.s;
  const Playthrough& play = *s.play();
  BeginCard("chance", width);
  Heading(ui, ui.T("result.chance"));
  ImGui::PushFont(ui.fonts.title);
  ImGui::TextUnformatted(Percent(r.year_after, 1).c_str());
  ImGui::PopFont();
  ImGui::SameLine();
  const std::string shown = ShownChange(100 * r.year_before, 100 * r.year_after, 1);
  const bool up = shown[0] == '+', down = shown.rfind("\xE2\x88\x92", 0) == 0;
  const ImU32 col = up ? colour::kGood : down ? colour::kBad : colour::kMuted;
  ImGui::PushStyleColor(ImGuiCol_Text, colour::Vec(col));
  ImGui::TextUnformatted((std::string(up     ? "\xE2\x96\xB2 "
                                      : down ? "\xE2\x96\xBC "
                                             : "") +
                          shown + " " + ui.T("result.points"))
                             .c_str());
  ImGui::PopStyleColor();
  Small(ui, ui.F("result.chance_detail", {{"before", Percent(r.year_before, 1)},
                                          {"quarter", Percent(r.outcome.job_probability, 1)}}));
  std::vector<double> ys{100.0 * play.history().front().year_before};
  double top = ys.front();
  for (const QuarterRecord& q : play.history()) {
    ys.push_back(100.0 * q.year_after);
    top = std::max(top, ys.back());
  }
  const double y_max = std::max(5.0, std::ceil(top / 5.0) * 5.0);
  LineChart(ui, "trend",
            {{ui.T("result.chance"), ys, colour::kAccent, 2.0f,
              r.outcome.job ? static_cast<int>(ys.size()) - 1 : 0}},
            0.0, y_max, std::max(static_cast<int>(ys.size()), play.case_def().quarters + 1), true,
            ImVec2(ImGui::GetContentRegionAvail().x, ui.Px(150)));
  if (r.outcome.hazard.opening > 0.0)
    Pill(ui, ui.T("result.opening"), colour::kGoodSoft, colour::kGood);
  if (r.choices.caseworker_change ||
      r.state_after.caseworker_changes >
          (play.history().size() > 1
               ? play.history()[play.history().size() - 2].state_after.caseworker_changes
               : 0)) {
    std::vector<std::string> refs;
    Pill(ui, WithoutFindings(ui.T("result.caseworker_changed"), refs), colour::kBadSoft,
         colour::kBad);
    if (!refs.empty()) ImGui::SameLine(0, ui.Px(6));
    FindingRefs(ui, refs);
  }
  EndCard();
}

void ScoreCard(Ui& ui, const QuarterRecord& r, float width) {
  BeginCard("score", width);
  Heading(ui, ui.T("result.score"));
  ImGui::PushFont(ui.fonts.title);
  ImGui::TextUnformatted(Number(r.score.Total(), 0).c_str());
  ImGui::PopFont();
  ImGui::SameLine();
  ImGui::AlignTextToFramePadding();
  Muted(ui.T("result.of_100"));
  for (const ScoreLine& l : r.score.lines) {
    ImGui::Spacing();
    const ImU32 col = l.value >= 0.75  ? colour::kGood
                      : l.value >= 0.4 ? colour::kWarn
                                       : colour::kBad;
    Bold(ui, ui.T(ScorePartKey(l.part)));
    ValueBar(static_cast<float>(l.value), ImVec2(ImGui::GetContentRegionAvail().x, ui.Px(6)), col);
    ImGui::PushFont(ui.fonts.small);
    Wrapped(ScoreFeedback(ui.s.content(), ui.s.lang(), ui.s.play()->case_def().id, l));
    ImGui::PopFont();
    FindingPill(ui, l.finding);
  }
  EndCard();
}

void SituationCard(Ui& ui, const QuarterRecord& r, float width) {
  const GameSession& s = ui.s;
  const CaseDef& c = s.play()->case_def();
  if (r.events.empty()) return;
  BeginCard("situations", width);
  Heading(ui, ui.T("result.situations"));
  for (const std::string& eid : r.events) {
    const Event* e = c.FindEvent(eid);
    if (!e) continue;
    const auto it = r.choices.responses.find(eid);
    const Response* resp = it != r.choices.responses.end() ? e->Find(it->second) : &e->Default();
    const std::string base = "case." + c.id + ".event." + eid;
    ImGui::Spacing();
    Bold(ui, ui.T(base + ".title") + "  \xE2\x86\x92  " + ui.T(base + ".response." + resp->id));
    const ImU32 col = resp->practice == Practice::kGood    ? colour::kGood
                      : resp->practice == Practice::kMixed ? colour::kWarn
                                                           : colour::kBad;
    ImGui::PushStyleColor(ImGuiCol_Text, colour::Vec(col));
    Wrapped(ui.T(base + ".response." + resp->id + ".feedback"));
    ImGui::PopStyleColor();
    FindingPill(ui, resp->finding);
  }
  EndCard();
}

}  // namespace

void DrawResult(Ui& ui) {
  const GameSession& s = ui.s;
  const Playthrough& play = *s.play();
  const QuarterRecord* rp = s.last_record();
  if (!rp) return;
  const QuarterRecord& r = *rp;
  const CaseDef& c = play.case_def();
  const std::string name = ui.T("case." + c.id + ".name");
  Title(ui, ui.F("result.title", {{"n", std::to_string(r.quarter)}}));
  if (r.outcome.job) {
    BeginCard("job", 0, colour::kGoodSoft, colour::kGood);
    ImGui::PushStyleColor(ImGuiCol_Text, colour::Vec(colour::kGood));
    Heading(ui, ui.F("result.job", {{"case", name}}));
    ImGui::PopStyleColor();
    Wrapped(ui.F("result.job_text", {{"case", name}, {"n", std::to_string(r.quarter)}}));
    EndCard();
    ImGui::Spacing();
  }

  // The line of 100, full width.
  if (ui.view.animated_quarter != r.quarter && !ui.animate)
    ui.view.animation_start = -100.0;
  else if (ui.view.animated_quarter != r.quarter)
    ui.view.animation_start = ui.time;
  if (ui.animate) ui.view.animate_until = ui.view.animation_start + 1.5;
  const float t = ui.animate ? static_cast<float>((ui.time - ui.view.animation_start) / 1.4) : 1.0f;
  BeginCard("line");
  const int from = PlaceOf(r.line_before), to = PlaceOf(r.line_after);
  Heading(ui, ui.F("result.line", {{"from", std::to_string(from)}, {"to", std::to_string(to)}}));
  const int moved = to - from;
  Small(ui, moved > 0   ? ui.F("result.line_up", {{"case", name}, {"n", std::to_string(moved)}})
            : moved < 0 ? ui.F("result.line_down", {{"case", name}, {"n", std::to_string(-moved)}})
                        : ui.F("result.line_same", {{"case", name}}));
  DrawLineOf100(ui, "line100", r.line_before, r.line_after, t, ui.Px(46));
  EndCard();
  ImGui::Spacing();

  const Columns cols = BeginColumns(ui, 0.56f, 860);
  ChangesCard(ui, r, cols.left_w);
  ImGui::Spacing();
  SituationCard(ui, r, cols.left_w);
  NextColumn(cols);
  ChanceCard(ui, r, cols.right_w);
  ImGui::Spacing();
  ScoreCard(ui, r, cols.right_w);
  EndColumns();
  ui.view.animated_quarter = r.quarter;
  if (!play.finished()) {
    ImGui::Spacing();
    if (SecondaryButton(ui.T("result.debrief_so_far"))) ui.Emit(IntentKind::kOpenDebrief);
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    Muted(ui.T("result.debrief_so_far_hint"));
  }

  ui.footer.has_primary = true;
  ui.footer.primary = Intent{IntentKind::kNext, {}, {}, 0, 0.0, {}};
  ui.footer.primary_label =
      play.finished() ? ui.T("result.to_end")
                      : ui.F("result.next_quarter", {{"n", std::to_string(play.quarter())}});
}

}  // namespace bip::ui
