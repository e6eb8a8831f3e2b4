// The end of the day: the room's path against Karen's way, the staircase
// and no intervention; the pauses' notes; the evaluation survey filled in
// on the facilitator's machine; the exports; and several tables compared.
#include <SDL_scancode.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cstring>
#include <numeric>

#include "charts.hpp"
#include "panel_room.hpp"
#include "widgets.hpp"

namespace bip::ui {
namespace {

// Many tables need more colours than the game's four strategies.
// (The policies keep the game's blue, purple and grey.)
constexpr ImU32 kTableColours[] = {colour::Rgb(0xE0, 0x7A, 0x1F), colour::Rgb(0x2E, 0x7D, 0x4F),
                                   colour::Rgb(0xB3, 0x41, 0x2E), colour::Rgb(0x0E, 0x8A, 0x9E),
                                   colour::Rgb(0xB8, 0x6E, 0x0B), colour::Rgb(0xC2, 0x18, 0x5B),
                                   colour::Rgb(0x6D, 0x4C, 0x41), colour::Rgb(0x82, 0x77, 0x17)};

struct Path {
  std::string label;
  const ParticipantResult* result;
  ImU32 colour;
  double start_line, start_chance;
};

int JobAt(const ParticipantResult& r) {
  for (std::size_t i = 0; i < r.quarters.size(); ++i)
    if (r.quarters[i].job) return static_cast<int>(i) + 1;
  return 0;
}

// Two charts on a light card (readable on the projector too): the place on
// the line of 100 and the chance of a job within a year.
void Charts(Ui& ui, const std::vector<Path>& paths, int quarters, float reserve_below) {
  std::vector<LineSeries> line, chance;
  // The room (listed first) is drawn last, on top of a policy it may follow.
  for (auto it = paths.rbegin(); it != paths.rend(); ++it) {
    const Path& p = *it;
    LineSeries l{p.label, {p.start_line}, p.colour, 3.0f, JobAt(*p.result)};
    LineSeries c{p.label, {100 * p.start_chance}, p.colour, 3.0f, JobAt(*p.result)};
    for (const QuarterResult& q : p.result->quarters) {
      l.y.push_back(q.line_after);
      c.y.push_back(100 * q.job_within_year_after);
    }
    line.push_back(std::move(l));
    chance.push_back(std::move(c));
  }
  double top = 10;
  for (const LineSeries& s : chance)
    for (double y : s.y) top = std::max(top, y);
  const float w = ImGui::GetContentRegionAvail().x;
  // As tall as the window allows once the lines below have their room.
  const float head = ui.fonts.bold->FontSize + ui.Px(8);
  const float h = std::clamp(ImGui::GetContentRegionAvail().y - reserve_below - head - ui.Px(60),
                             ui.Px(110), ui.Px(320));
  const float half = (w - ui.Px(16)) * 0.5f;
  const ImVec2 p = ImGui::GetCursorScreenPos();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddRectFilled(p, ImVec2(p.x + w, p.y + h + head + ui.Px(12)), colour::kCard, ui.Px(8));
  dl->AddText(ui.fonts.bold, ui.fonts.bold->FontSize, ImVec2(p.x + ui.Px(12), p.y + ui.Px(6)),
              colour::kText, ui.T("room_desk.end.chart_line").c_str());
  dl->AddText(ui.fonts.bold, ui.fonts.bold->FontSize,
              ImVec2(p.x + half + ui.Px(28), p.y + ui.Px(6)), colour::kText,
              ui.T("room_desk.end.chart_chance").c_str());
  ImGui::SetCursorScreenPos(ImVec2(p.x + ui.Px(4), p.y + head));
  LineChart(ui, "room-line", line, 0, 100, quarters + 1, false, ImVec2(half, h));
  ImGui::SetCursorScreenPos(ImVec2(p.x + half + ui.Px(16), p.y + head));
  LineChart(ui, "room-chance", chance, 0, std::min(100.0, top * 1.15), quarters + 1, true,
            ImVec2(half, h));
  ImGui::SetCursorScreenPos(ImVec2(p.x, p.y + h + head + ui.Px(16)));
  std::vector<std::pair<std::string, ImU32>> legend;
  for (const Path& q : paths) legend.emplace_back(q.label, q.colour);
  Legend(ui, legend);
}

std::string Summary(const Ui& ui, const Path& p) {
  if (p.result->quarters.empty()) return p.label;
  const QuarterResult& last = p.result->quarters.back();
  const int job = JobAt(*p.result);
  return ui.F(job ? "room_desk.end.summary_job" : "room_desk.end.summary",
              {{"name", p.label},
               {"place", std::to_string(PlaceOf(last.line_after))},
               {"chance", Percent(last.job_within_year_after, 1)},
               {"n", std::to_string(job)}});
}

}  // namespace

void DrawRoomEnd(Ui& ui) {
  const RoomDesk& d = ui.s.room();
  const RoomPaths* paths = d.paths();
  const Room* room = d.room();
  if (!paths || !room || !d.play()) return;
  const RoomLook look = LookOf(ui);
  if (!Typing()) {
    if (KeyHit(SDL_SCANCODE_S)) ui.Emit(RoomIntent("survey"));
    if (KeyHit(SDL_SCANCODE_E)) ui.Emit(RoomIntent("export"));
    if (KeyHit(SDL_SCANCODE_C)) ui.Emit(RoomIntent("compare"));
    if (KeyHit(SDL_SCANCODE_ESCAPE)) AskLeave(ui);
  }
  const auto& h = d.play()->history();
  const double start_line = h.empty() ? d.play()->LinePercentile() : h.front().line_before;
  const double start_chance =
      h.empty() ? d.play()->JobProbabilityNextYear() : h.front().year_before;
  std::vector<Path> all = {
      {ui.T("room.path.room"), &paths->room, colour::kSeries[0], start_line, start_chance}};
  for (std::size_t i = 0; i < paths->policies.size(); ++i)
    all.push_back({ui.T("room.policy." + paths->policies[i].first), &paths->policies[i].second,
                   colour::kSeries[std::min<std::size_t>(i + 1, 3)], start_line, start_chance});
  RoomTopLine(ui);
  Title(ui, ui.T("room_desk.end.title"));
  const float line = ui.fonts.bold->FontSize + ImGui::GetStyle().ItemSpacing.y;
  Charts(ui, all, static_cast<int>(room->decisions.size()), line * static_cast<float>(all.size()));
  ImGui::Spacing();
  for (const Path& p : all) Bold(ui, Summary(ui, p));
  ImGui::Spacing();
  // The pauses' notes are the room's own words: they stay when the controls
  // are hidden (as during the pause itself).
  for (const RoomPause& p : room->pauses) {
    Small(ui, ui.F("room.pause", {{"n", std::to_string(p.after_quarter)}}) + ": " + p.question,
          look.muted);
    if (!p.notes.empty()) Small(ui, p.notes, look.text);
  }
  if (!d.controls()) return;
  std::size_t answers = 0;
  for (const auto& r : room->survey.ratings) answers = std::max(answers, r.size());
  Small(ui,
        ui.F("room_desk.end.survey_count",
             {{"n", std::to_string(std::max(answers, room->survey.open.size()))}}),
        look.muted);
  if (!d.last_export().empty())
    Small(ui, ui.F("room_desk.end.exported", {{"path", d.last_export()}}), look.good);
  KeysLine(ui, ui.T("room_desk.keys.end"));
  if (MouseButton(ui.T("room_desk.button.survey"))) ui.Emit(RoomIntent("survey"));
  ImGui::SameLine();
  if (MouseButton(ui.T("room_desk.button.export"))) ui.Emit(RoomIntent("export"));
  ImGui::SameLine();
  if (MouseButton(ui.T("room_desk.button.compare"))) ui.Emit(RoomIntent("compare"));
  ImGui::SameLine();
  if (MouseButton(ui.T("room_desk.button.setup"))) ui.Emit(RoomIntent("setup"));
}

void DrawRoomSurvey(Ui& ui) {
  const RoomDesk& d = ui.s.room();
  RoomView& v = ui.view.room;
  const RoomLook look = LookOf(ui);
  if (d.presenting()) {
    // A participant's answers are theirs: never on the big screen.
    if (!Typing() && KeyHit(SDL_SCANCODE_ESCAPE)) ui.Emit(RoomIntent("end"));
    Title(ui, ui.T("room.survey.title"));
    ImGui::Spacing();
    BigText(ui.fonts.title, ui.fonts.title->FontSize, ui.T("room_desk.survey.private"), look.text);
    ImGui::Spacing();
    Bold(ui, ui.F("room_desk.survey.count", {{"n", std::to_string(d.surveyed())}}));
    return;
  }
  const auto save = [&] {
    std::vector<std::string> list;
    for (int r : v.ratings) list.push_back(r > 0 ? std::to_string(r) : "");
    ui.Emit(RoomIntent("survey", v.open.data(), 0, list));
    v.ratings = {};
    v.open[0] = '\0';
    v.survey_cursor = 0;
    ImGui::ClearActiveID();
  };
  const bool any = std::any_of(v.ratings.begin(), v.ratings.end(), [](int r) { return r > 0; }) ||
                   v.open[0] != '\0';
  // Enter saves this participant's answer, from the comment field too.
  if (EnterHit() && any) save();
  if (!Typing()) {
    const int digit = DigitHit();
    if (digit >= 1 && digit <= 5 && v.survey_cursor < 4) {
      v.ratings[v.survey_cursor] = digit;
      ++v.survey_cursor;
      v.focus_open = v.survey_cursor == 4;
    }
    if (KeyHit(SDL_SCANCODE_DOWN, true) && v.survey_cursor < 4)
      v.focus_open = ++v.survey_cursor == 4;
    if (KeyHit(SDL_SCANCODE_UP, true) && v.survey_cursor > 0) --v.survey_cursor;
    if (KeyHit(SDL_SCANCODE_ESCAPE)) ui.Emit(RoomIntent("end"));
  } else if (KeyHit(SDL_SCANCODE_UP) && v.survey_cursor == 4) {
    v.survey_cursor = 3;
    ImGui::ClearActiveID();
  }
  Title(ui, ui.T("room.survey.title"));
  WrappedColoured(ui.T("room_desk.survey.intro"), look.muted);
  ImGui::Spacing();
  ImFont* hf = ui.fonts.heading;
  ImFont* bf = ui.fonts.bold;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  for (std::size_t q = 0; q < kSurveyQuestions.size(); ++q) {
    const bool cur = q == v.survey_cursor;
    BigText(hf, hf->FontSize,
            std::string(cur ? "\xE2\x96\xB6 " : "   ") +
                ui.T(std::string("room.survey.q.") + kSurveyQuestions[q]),
            cur ? colour::kFocus : look.text);
    ImGui::PushID(static_cast<int>(q));
    for (int k = 1; k <= 5; ++k) {
      if (k > 1) ImGui::SameLine();
      const bool sel = v.ratings[q] == k;
      const ImVec2 size(ui.Px(56), ui.Px(40));
      const ImVec2 a = ImGui::GetCursorScreenPos(), b(a.x + size.x, a.y + size.y);
      ImGui::PushItemFlag(ImGuiItemFlags_NoNav, true);
      ImGui::PushID(k);
      if (ImGui::InvisibleButton("##r", size)) {
        v.ratings[q] = k;
        v.survey_cursor = q;
      }
      ImGui::PopID();
      ImGui::PopItemFlag();
      dl->AddRectFilled(a, b, sel ? look.played : look.card, ui.Px(6));
      dl->AddRect(a, b, sel ? look.played : look.border, ui.Px(6));
      const std::string t = std::to_string(k);
      const ImVec2 ts = bf->CalcTextSizeA(bf->FontSize, FLT_MAX, 0, t.c_str());
      dl->AddText(bf, bf->FontSize,
                  ImVec2(a.x + (size.x - ts.x) * 0.5f, a.y + (size.y - ts.y) * 0.5f),
                  sel ? colour::kText : look.text, t.c_str());
    }
    ImGui::PopID();
  }
  ImGui::Spacing();
  BigText(hf, hf->FontSize,
          std::string(v.survey_cursor == 4 ? "\xE2\x96\xB6 " : "   ") +
              ui.T("room_desk.survey.open_question"),
          v.survey_cursor == 4 ? colour::kFocus : look.text);
  if (v.focus_open) ImGui::SetKeyboardFocusHere();
  v.focus_open = false;
  ImGui::SetNextItemWidth(-1);
  ImGui::InputText("##open", v.open.data(), v.open.size());
  if (ImGui::IsItemActivated()) v.survey_cursor = 4;
  ImGui::Spacing();
  Small(ui, ui.F("room_desk.survey.count", {{"n", std::to_string(d.surveyed())}}), look.muted);
  KeysLine(ui, ui.T("room_desk.keys.survey"));
  if (MouseButton(ui.T("room_desk.button.save_answer")) && any) save();
  ImGui::SameLine();
  if (MouseButton(ui.T("room_desk.button.to_end"))) ui.Emit(RoomIntent("end"));
}

void DrawRoomCompare(Ui& ui) {
  const RoomDesk& d = ui.s.room();
  const auto& rooms = d.compared();
  const RoomLook look = LookOf(ui);
  if (!Typing() && KeyHit(SDL_SCANCODE_ESCAPE))
    ui.Emit(d.room() && d.paths() ? RoomIntent("end") : RoomIntent("setup"));
  Title(ui, ui.T("room_desk.compare.title"));
  if (rooms.empty()) return;
  std::vector<Path> all;
  int quarters = 1;
  bool same = true;
  for (std::size_t i = 0; i < rooms.size(); ++i) {
    const RoomCompared& r = rooms[i];
    all.push_back({r.room.name, &r.paths.room, kTableColours[i % std::size(kTableColours)],
                   r.start_line, r.start_chance});
    quarters = std::max(quarters, static_cast<int>(r.room.decisions.size()));
    same = same && r.room.case_id == rooms[0].room.case_id && r.room.seed == rooms[0].room.seed;
  }
  // The same citizen and luck at every table: the policies' paths are a common yardstick.
  if (same)
    for (std::size_t i = 0; i < rooms[0].paths.policies.size(); ++i)
      all.push_back({ui.T("room.policy." + rooms[0].paths.policies[i].first),
                     &rooms[0].paths.policies[i].second,
                     colour::kSeries[std::min<std::size_t>(i + 1, 3)], rooms[0].start_line,
                     rooms[0].start_chance});
  WrappedColoured(same ? ui.F("room_desk.compare.same",
                              {{"case", ui.T("case." + rooms[0].room.case_id + ".name")},
                               {"seed", std::to_string(rooms[0].room.seed)}})
                       : ui.T("room_desk.compare.different"),
                  look.muted);
  Charts(
      ui, all, quarters,
      (ui.fonts.bold->FontSize + ImGui::GetStyle().ItemSpacing.y) * static_cast<float>(all.size()));
  ImGui::Spacing();
  for (const Path& p : all) Bold(ui, Summary(ui, p));
  if (!d.controls()) return;
  KeysLine(ui, ui.T("room_desk.keys.compare"));
  if (MouseButton(ui.T("room_desk.button.setup"))) ui.Emit(RoomIntent("setup"));
}

}  // namespace bip::ui
