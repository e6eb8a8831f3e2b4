// The theme day's first screen: set up a new day (name, case, seed, votes
// in total or per table) or reopen a saved one; mark days to compare.
#include <SDL_scancode.h>
#include <imgui_internal.h>

#include <algorithm>

#include "panel_room.hpp"
#include "widgets.hpp"

namespace bip::ui {
namespace {

constexpr int kFields = 5;

int DefaultCase(const Ui& ui) {
  const auto& cases = ui.s.content().cases;
  for (std::size_t i = 0; i < cases.size(); ++i)
    if (cases[i].id == "henrik") return static_cast<int>(i);
  return 0;
}

// A small muted line wrapped within the form's column.
void Hint(const Ui& ui, const std::string& text, float width, ImU32 col) {
  ImGui::PushFont(ui.fonts.small);
  ImGui::PushStyleColor(ImGuiCol_Text, colour::Vec(col));
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
  ImGui::TextUnformatted(text.c_str());
  ImGui::PopTextWrapPos();
  ImGui::PopStyleColor();
  ImGui::PopFont();
}

// A text field that takes the keyboard when its part of the form does.
void Field(Ui& ui, int index, const std::string& label, char* buf, std::size_t size,
           ImGuiInputTextFlags flags = 0) {
  RoomView& v = ui.view.room;
  Bold(ui, label);
  if (v.focus_field && v.field == index) ImGui::SetKeyboardFocusHere();
  ImGui::SetNextItemWidth(std::min(ImGui::CalcItemWidth(), ui.Px(520)));
  ImGui::InputText(("##field" + std::to_string(index)).c_str(), buf, size, flags);
  if (ImGui::IsItemActivated()) v.field = index;
}

void Keys(Ui& ui, const std::vector<RoomFileInfo>& days) {
  RoomView& v = ui.view.room;
  const auto& cases = ui.s.content().cases;
  if (KeyHit(SDL_SCANCODE_TAB)) {
    v.field = (v.field + (ImGui::GetIO().KeyShift ? kFields - 1 : 1)) % kFields;
    if (v.field == 4 && days.empty()) v.field = ImGui::GetIO().KeyShift ? 3 : 0;
    v.focus_field = true;
    if (v.field == 1 || v.field == 4) ImGui::ClearActiveID();  // leave the text field
  }
  if (EnterHit()) {
    if (v.field == 4 && !days.empty()) {
      ui.Emit(RoomIntent("reopen", days[std::min(v.day_cursor, days.size() - 1)].path));
    } else {
      ImGui::ClearActiveID();
      ui.Emit(RoomIntent(
          "new", v.name.data(), 0,
          {cases[static_cast<std::size_t>(v.case_index)].id, v.seed.data(), v.tables.data()}));
    }
    return;
  }
  if (Typing()) return;
  const bool up = KeyHit(SDL_SCANCODE_UP, true), down = KeyHit(SDL_SCANCODE_DOWN, true);
  if (v.field == 1 && !cases.empty()) {
    const int n = static_cast<int>(cases.size());
    if (up) v.case_index = (v.case_index + n - 1) % n;
    if (down) v.case_index = (v.case_index + 1) % n;
  }
  if (v.field == 4 && !days.empty()) {
    if (up && v.day_cursor > 0) --v.day_cursor;
    if (down && v.day_cursor + 1 < days.size()) ++v.day_cursor;
    const std::string& path = days[std::min(v.day_cursor, days.size() - 1)].path;
    if (KeyHit(SDL_SCANCODE_SPACE)) {
      const auto it = std::find(v.selected.begin(), v.selected.end(), path);
      if (it == v.selected.end())
        v.selected.push_back(path);
      else
        v.selected.erase(it);
    }
  }
  if (KeyHit(SDL_SCANCODE_C) && !v.selected.empty())
    ui.Emit(RoomIntent("compare", {}, 0, v.selected));
  if (KeyHit(SDL_SCANCODE_ESCAPE))
    ui.Emit(ui.s.room().presenting() ? RoomIntent("present", {}, 0) : RoomIntent("close"));
}

}  // namespace

void DrawRoomSetup(Ui& ui) {
  const RoomDesk& d = ui.s.room();
  RoomView& v = ui.view.room;
  const RoomLook look = LookOf(ui);
  const auto& cases = ui.s.content().cases;
  if (v.case_index < 0 || v.case_index >= static_cast<int>(cases.size()))
    v.case_index = DefaultCase(ui);
  const std::vector<RoomFileInfo>& days = d.days();
  Keys(ui, days);

  Title(ui, ui.T("room_desk.title"));
  WrappedColoured(ui.T("room_desk.intro"), look.muted);
  ImGui::Spacing();
  Heading(ui, ui.T("room_desk.setup.new"));
  // The form on the left, the cases on the right (stacked in a narrow window).
  const Columns cols = BeginColumns(ui, 0.55f, 760);
  ImGui::PushItemWidth(cols.left_w);
  Field(ui, 0, ui.T("room_desk.setup.name"), v.name.data(), v.name.size());
  Field(ui, 2, ui.T("room_desk.setup.seed"), v.seed.data(), v.seed.size(),
        ImGuiInputTextFlags_CharsDecimal);
  Hint(ui, ui.T("room_desk.setup.seed_hint"), cols.left_w, look.muted);
  Field(ui, 3, ui.T("room_desk.setup.tables"), v.tables.data(), v.tables.size(),
        ImGuiInputTextFlags_CharsDecimal);
  Hint(ui, ui.T("room_desk.setup.tables_hint"), cols.left_w, look.muted);
  ImGui::PopItemWidth();
  v.focus_field = false;  // the field asked for has the keyboard now
  ImGui::Spacing();
  if (MouseButton(ui.T("room_desk.setup.create")))
    ui.Emit(RoomIntent(
        "new", v.name.data(), 0,
        {cases[static_cast<std::size_t>(v.case_index)].id, v.seed.data(), v.tables.data()}));
  NextColumn(cols);
  Bold(ui, ui.T("room_desk.setup.case"));
  for (std::size_t i = 0; i < cases.size(); ++i) {
    const bool sel = static_cast<int>(i) == v.case_index;
    const std::string label =
        std::string(sel ? "\xE2\x97\x8F  " : "     ") + ui.T("case." + cases[i].id + ".name");
    ImGui::PushItemFlag(ImGuiItemFlags_NoNav, true);
    ImGui::PushStyleColor(
        ImGuiCol_Text, colour::Vec(sel ? (v.field == 1 ? colour::kFocus : look.text) : look.muted));
    ImGui::PushID(static_cast<int>(i));
    if (ImGui::Selectable(label.c_str(), sel, 0, ImVec2(cols.right_w, 0))) {
      v.case_index = static_cast<int>(i);
      v.field = 1;
    }
    ImGui::PopID();
    ImGui::PopStyleColor();
    ImGui::PopItemFlag();
  }
  EndColumns();
  KeysLine(ui, ui.T("room_desk.keys.setup"));

  ImGui::Spacing();
  Heading(ui, ui.T("room_desk.setup.saved"));
  Small(ui, ui.F("room_desk.setup.folder", {{"path", d.Folder(ui.s)}}), look.muted);
  if (days.empty()) WrappedColoured(ui.T("room_desk.setup.none_saved"), look.muted);
  for (std::size_t i = 0; i < days.size(); ++i) {
    const RoomFileInfo& f = days[i];
    const bool cur = v.field == 4 && i == std::min(v.day_cursor, days.size() - 1);
    const bool marked = std::find(v.selected.begin(), v.selected.end(), f.path) != v.selected.end();
    std::string label = std::string(marked ? "[x] " : "[ ] ") + f.name + "   ·   ";
    if (!f.error.empty())
      label += ui.F("room_desk.setup.damaged", {{"error", f.error}});
    else if (f.finished)
      label += ui.F("room_desk.setup.finished", {{"n", std::to_string(f.quarters)}});
    else
      label += ui.F("room_desk.setup.unfinished", {{"n", std::to_string(f.quarters)}});
    ImGui::PushItemFlag(ImGuiItemFlags_NoNav, true);
    ImGui::PushStyleColor(ImGuiCol_Text, colour::Vec(!f.error.empty() ? colour::kBad
                                                     : cur            ? colour::kFocus
                                                                      : look.text));
    ImGui::PushID(static_cast<int>(i));
    if (ImGui::Selectable(label.c_str(), cur, ImGuiSelectableFlags_AllowDoubleClick)) {
      v.field = 4;
      v.day_cursor = i;
      if (ImGui::IsMouseDoubleClicked(0) && f.error.empty()) ui.Emit(RoomIntent("reopen", f.path));
    }
    ImGui::PopID();
    ImGui::PopStyleColor();
    ImGui::PopItemFlag();
  }
  if (!days.empty()) KeysLine(ui, ui.T("room_desk.keys.saved"));
  if (!v.selected.empty() &&
      MouseButton(ui.F("room_desk.setup.compare", {{"n", std::to_string(v.selected.size())}})))
    ui.Emit(RoomIntent("compare", {}, 0, v.selected));
}

}  // namespace bip::ui
