// Typing right after the key that opens a field: see typing_carry.hpp.
#include "typing_carry.hpp"

#include <imgui_internal.h>

namespace bip::ui {
namespace {

// A text field has the keyboard now.
bool FieldOpen() {
  const ImGuiContext& g = *GImGui;
  return g.ActiveId != 0 && g.InputTextState.ID == g.ActiveId;
}

}  // namespace

void BeginTypingCarry(TypingCarry& carry) {
  ImVector<ImWchar>& queue = ImGui::GetIO().InputQueueCharacters;
  if (!carry.chars.empty()) {
    // The field opened last frame: what was typed meanwhile comes first.
    // (If none opened, the characters go nowhere, as they would have.)
    if (FieldOpen()) {
      ImVector<ImWchar> all;
      for (ImWchar c : carry.chars) all.push_back(c);
      for (ImWchar c : queue) all.push_back(c);
      queue.swap(all);
    }
    carry.chars.clear();
  }
  if (carry.opening) {
    // The field opens in this frame and would drop these.
    for (ImWchar c : queue) carry.chars.push_back(c);
    queue.resize(0);
  }
  carry.opening = false;
}

void EndTypingCarry(TypingCarry& carry) {
  const ImGuiContext& g = *GImGui;
  // ActivateItem (the focus ring's Tab, Space) and SetKeyboardFocusHere
  // (a panel's key for its field) both open the field next frame.
  carry.opening = g.NavNextActivateId != 0 ||
                  (g.NavMoveSubmitted && (g.NavMoveFlags & ImGuiNavMoveFlags_FocusApi));
}

}  // namespace bip::ui
