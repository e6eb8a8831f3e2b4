// The desk's comparison: the team's belief answers against BIP's, and each
// quarter side by side with where the paths diverge and the question to
// discuss. The comparison itself is team_report's Compare (one logic for
// the window and the exports).
#include <algorithm>

#include "charts.hpp"
#include "panel.hpp"
#include "team_desk.hpp"
#include "team_report.hpp"
#include "widgets.hpp"

namespace bip::ui {
namespace {

constexpr std::array<const char*, 4> kBandKeys = {"team.beliefs.no", "team.beliefs.varies",
                                                  "team.beliefs.good", "team.beliefs.yes"};

void BeliefProfileCard(Ui& ui, const TeamComparison& cmp, float width) {
  BeginCard("beliefs", width);
  Heading(ui, ui.T("team.beliefs.title"));
  Small(ui, ui.F("team_desk.compare.belief_hint", {{"n", std::to_string(cmp.beliefs.total)}}));
  ImGui::Spacing();
  // Per band two thin bars: the team and BIP's caseworkers (F-S12).
  ImDrawList* dl = ImGui::GetWindowDrawList();
  ImFont* sf = ui.fonts.small;
  const float w = ImGui::GetContentRegionAvail().x;
  const float bar_h = ui.Px(11), gap = ui.Px(3);
  const float label_w = std::min(ui.Px(170), w * 0.4f);
  const float scale_w = std::max(ui.Px(40), w - label_w - ui.Px(50));
  for (std::size_t b = 0; b < 4; ++b) {
    const ImVec2 p = ImGui::GetCursorScreenPos();
    dl->AddText(sf, sf->FontSize, ImVec2(p.x, p.y + bar_h + gap - sf->FontSize * 0.5f),
                colour::kText, ui.T(kBandKeys[b]).c_str());
    const float x0 = p.x + label_w;
    const double shares[2] = {cmp.beliefs.Share(b), kBipBeliefShares[b]};
    const ImU32 colours[2] = {colour::kAccent, colour::kStart};
    for (int k = 0; k < 2; ++k) {
      const float y = p.y + static_cast<float>(k) * (bar_h + gap);
      const float x1 = x0 + scale_w * static_cast<float>(shares[k] / 100.0);
      dl->AddRectFilled(ImVec2(x0, y), ImVec2(x1, y + bar_h), colours[k]);
      dl->AddText(sf, sf->FontSize * 0.9f,
                  ImVec2(x1 + ui.Px(4), y + bar_h * 0.5f - sf->FontSize * 0.45f),
                  k == 0 ? colour::kText : colour::kMuted, (Number(shares[k], 0) + " %").c_str());
    }
    ImGui::Dummy(ImVec2(w, 2 * bar_h + gap + ui.Px(8)));
  }
  Legend(ui, {{ui.T("team.beliefs.team"), colour::kAccent},
              {ui.T("team.beliefs.bip"), colour::kStart}});
  EndCard();
}

// Where each participant ended: the place on the line and the job, and the
// quarters where the paths diverge.
void OverviewCard(Ui& ui, const TeamComparison& cmp, float width) {
  BeginCard("overview", width);
  Heading(ui, ui.T("team_desk.compare.overview"));
  ImGui::Spacing();
  for (std::size_t i = 0; i < cmp.names.size(); ++i) {
    double last = 0.0;
    int job = 0;
    for (const QuarterComparison& q : cmp.quarters) {
      const ParticipantQuarter& p = q.participants[i];
      if (!p.played) continue;
      last = p.line_after;
      if (p.job && job == 0) job = q.quarter;
    }
    Bold(ui, cmp.names[i]);
    ImGui::SameLine(0, ui.Px(12));
    const std::string place =
        ui.F("team_desk.compare.place", {{"place", std::to_string(LinePlace(last))}});
    if (job)
      WrappedColoured(
          place + "  ·  " + ui.F("team_desk.compare.job_in", {{"n", std::to_string(job)}}),
          colour::kGood);
    else
      Wrapped(place + "  ·  " + ui.T("team_desk.compare.no_job"));
  }
  ImGui::Spacing();
  std::string diverged;
  for (const QuarterComparison& q : cmp.quarters)
    if (q.diverged) diverged += (diverged.empty() ? "" : ", ") + std::to_string(q.quarter);
  Small(ui,
        diverged.empty() ? ui.T("team.same_path")
                         : ui.F("team_desk.compare.diverged_in", {{"quarters", diverged}}),
        diverged.empty() ? colour::kMuted : colour::kWarn);
  EndCard();
}

void GroupLegend(Ui& ui) {
  std::vector<std::pair<std::string, ImU32>> items;
  for (std::size_t g = 0; g < kGroupIds.size(); ++g)
    items.emplace_back(ui.T(std::string("group.") + kGroupIds[g] + ".name"), colour::kGroup[g]);
  Legend(ui, items);
}

void Cell(const std::string& text, ImU32 col = colour::kText) {
  ImGui::PushStyleColor(ImGuiCol_Text, colour::Vec(col));
  ImGui::TextWrapped("%s", text.c_str());
  ImGui::PopStyleColor();
}

// An intervention in its group's colour, behind a square of that colour.
void GroupItem(const Ui& ui, const std::string& text, ImU32 col) {
  const ImVec2 p = ImGui::GetCursorScreenPos();
  const float h = ImGui::GetTextLineHeight(), side = ui.Px(8);
  ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(p.x, p.y + (h - side) * 0.5f),
                                            ImVec2(p.x + side, p.y + (h + side) * 0.5f), col);
  ImGui::Indent(side + ui.Px(6));
  Cell(text, col);
  ImGui::Unindent(side + ui.Px(6));
}

void QuarterCard(Ui& ui, const TeamComparison& cmp, const QuarterComparison& q) {
  const std::string id = "q" + std::to_string(q.quarter);
  BeginCard(id.c_str());
  Heading(ui, ui.F("team.report.quarter", {{"n", std::to_string(q.quarter)}}));
  ImGui::SameLine(0, ui.Px(14));
  if (q.diverged)
    Pill(ui, ui.T("team.diverged"), colour::kWarnSoft, colour::kWarn);
  else
    Pill(ui, ui.T("team.same_path"), colour::kGoodSoft, colour::kGood);
  ImGui::Spacing();
  const int n = static_cast<int>(cmp.names.size());
  const bool scroll = n > 4;
  ImGuiTableFlags flags =
      ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_BordersOuterH | ImGuiTableFlags_RowBg;
  flags |= scroll ? ImGuiTableFlags_ScrollX | ImGuiTableFlags_SizingFixedFit
                  : ImGuiTableFlags_SizingStretchSame;
  const float col_w = ui.Px(190);
  ImVec2 outer(0, 0);
  if (scroll) outer = ImVec2(0, ui.Px(40) + ImGui::GetTextLineHeightWithSpacing() * 14);
  if (ImGui::BeginTable(("cmp" + id).c_str(), n + 1, flags, outer)) {
    ImGui::TableSetupColumn("##what", ImGuiTableColumnFlags_WidthFixed, ui.Px(150));
    for (int i = 0; i < n; ++i)
      ImGui::TableSetupColumn(("##p" + std::to_string(i)).c_str(),
                              scroll ? ImGuiTableColumnFlags_WidthFixed : 0, scroll ? col_w : 0);
    if (scroll) ImGui::TableSetupScrollFreeze(1, 0);
    ImGui::TableNextRow();
    ImGui::TableSetColumnIndex(0);
    for (int i = 0; i < n; ++i) {
      ImGui::TableSetColumnIndex(i + 1);
      Bold(ui, cmp.names[static_cast<std::size_t>(i)]);
    }
    const auto row = [&](const std::string& label, auto&& draw) {
      ImGui::TableNextRow();
      ImGui::TableSetColumnIndex(0);
      Cell(label, colour::kMuted);
      for (int i = 0; i < n; ++i) {
        ImGui::TableSetColumnIndex(i + 1);
        const ParticipantQuarter& p = q.participants[static_cast<std::size_t>(i)];
        if (!p.played)
          Cell(EndedText(ui.s.texts(), ui.s.lang(), p.job_quarter), colour::kFaint);
        else
          draw(p);
      }
    };
    row(ui.T("team_desk.compare.interventions"), [&](const ParticipantQuarter& p) {
      bool any = false;
      for (std::size_t g = 0; g < p.by_group.size(); ++g)
        for (const std::string& iv : p.by_group[g]) {
          GroupItem(ui, ui.T("intervention." + iv + ".name"), colour::kGroup[g]);
          any = true;
        }
      if (!any) Cell(ui.T("team.plan.none"), colour::kBad);
    });
    row(ui.T("team.col.plan"), [&](const ParticipantQuarter& p) {
      Cell(ui.T(PlanKindKey(p.plan)),
           p.plan == PlanKind::kCombinedWithJob ? colour::kGood : colour::kText);
    });
    row(ui.T("team.col.sparring"),
        [&](const ParticipantQuarter& p) { Cell(ui.T("sparring." + p.sparring + ".name")); });
    row(ui.T("team.col.belief"), [&](const ParticipantQuarter& p) {
      Cell(std::to_string(p.belief) + " – " + ui.T("scale.belief." + std::to_string(p.belief)));
    });
    row(ui.T("team.col.line"),
        [&](const ParticipantQuarter& p) { Cell(std::to_string(LinePlace(p.line_after))); });
    row(ui.T("team.col.job_chance"), [&](const ParticipantQuarter& p) {
      Cell(Percent(p.job_within_year_after, 1) +
               (p.job ? "  ·  " + ui.T("team_desk.compare.job") : ""),
           p.job ? colour::kGood : colour::kText);
    });
    ImGui::EndTable();
  }
  for (const std::string& key : q.question_keys) {
    ImGui::Spacing();
    BeginCard((id + key).c_str(), 0, colour::kWarnSoft, colour::kWarn);
    Wrapped(ui.T(key));
    EndCard();
  }
  EndCard();
}

// All quarters, or one alone for the discussion: buttons the keyboard
// reaches with Tab and the arrow keys.
void QuarterChooser(Ui& ui, const TeamComparison& cmp, int shown) {
  const auto button = [&](const std::string& label, int q) {
    if (ChosenButton(label, q == shown)) ui.Emit(TeamIntent("quarter", {}, q));
  };
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(ui.T("team_desk.compare.show").c_str());
  ImGui::SameLine(0, ui.Px(10));
  button(ui.T("team_desk.compare.all_quarters") + "##q0", 0);
  for (const QuarterComparison& q : cmp.quarters) {
    ImGui::SameLine(0, ui.Px(4));
    std::string label =
        std::to_string(q.quarter) + (q.diverged ? "*" : "") + "##q" + std::to_string(q.quarter);
    button(label, q.quarter);
  }
  Small(ui, ui.T("team_desk.compare.star_hint"));
}

}  // namespace

void DrawTeamCompare(Ui& ui) {
  const GameSession& s = ui.s;
  const TeamDesk& desk = s.team();
  const TeamComparison cmp =
      Compare(s.content(), *desk.session(), s.texts(), s.lang(), desk.anonymous());
  bool hide = desk.anonymous();
  if (FocusCheckbox(ui.T("team_desk.compare.hide_names").c_str(), &hide))
    ui.Emit(TeamIntent("anonymous", {}, hide ? 1 : 0));
  if (desk.quarter() == 0) {
    ImGui::SameLine(0, ui.Px(24));
    FocusCheckbox(ui.T("team_desk.compare.only_diverged").c_str(), &ui.view.team.only_diverged);
  }
  DrawHideNamesNote(ui);
  ImGui::Spacing();
  if (cmp.names.empty()) {
    Muted(ui.T("team_desk.compare.nobody"));
    return;
  }
  QuarterChooser(ui, cmp, desk.quarter());
  ImGui::Spacing();
  if (desk.quarter() == 0) {
    const Columns cols = BeginColumns(ui, 0.55f, 900);
    BeliefProfileCard(ui, cmp, cols.left_w);
    NextColumn(cols);
    OverviewCard(ui, cmp, cols.right_w);
    EndColumns();
    ImGui::Spacing();
  }
  GroupLegend(ui);
  ImGui::Spacing();
  for (const QuarterComparison& q : cmp.quarters) {
    if (desk.quarter() != 0 && q.quarter != desk.quarter()) continue;
    if (desk.quarter() == 0 && ui.view.team.only_diverged && !q.diverged) continue;
    QuarterCard(ui, cmp, q);
    ImGui::Spacing();
  }
}

}  // namespace bip::ui
