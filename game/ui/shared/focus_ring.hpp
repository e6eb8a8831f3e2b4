#pragma once
// The game's own keyboard focus. Dear ImGui 1.86 tabs only between text
// fields and its arrow keys jump to whatever lies nearest, across columns.
// So every control a screen draws registers here (the shared widgets do it
// themselves; a plain ImGui item calls Focusable() after it), in the order it
// is drawn, which is the reading order, and the ring moves the focus:
//   Tab / Shift+Tab   the next / previous control, wrapping around
//   Up / Down         the nearest control above / below in the same column
//   Left / Right      the nearest control in the column to the left / right
//   PageUp/PageDown/Home/End   scroll the view; the focus follows into view
//   (Up/Down with no control further that way scroll a few lines)
//   Esc in a text field        leaves the field and keeps what was typed
// Space activates the focused control (ImGui's own activation; on a text
// field: typing); Enter and Esc stay the frame's primary action and way back.
#include <imgui.h>

#include <vector>

struct ImGuiWindow;

namespace bip::ui {

struct FocusItem {
  ImGuiID id = 0;
  ImVec2 min, max;  // on screen, this frame
  ImGuiWindow* window = nullptr;
  bool text = false;  // a text field: focusing it starts editing
};

struct FocusRing {
  // This frame's controls, in the order drawn.
  std::vector<FocusItem> items;
  ImGuiWindow* window = nullptr;  // the screen's window (scrolled by the page keys)
  ImGuiID focused = 0;
  bool focused_text = false;   // the focus is on a text field (Enter edits it)
  ImGuiID preferred = 0;       // the screen's default control (DefaultFocus)
  bool entering = true;        // a new screen: show the focus on its default
  int move = 0;                // the key this frame (a Move value), 0: none
  int page = 0;                // PageUp -1, PageDown +1, Home -2, End +2
  bool follow_scroll = false;  // after a page scroll: focus what is now in view
};

// DrawGame calls Begin after ImGui::NewFrame, before the screen draws, and
// End after it. `screen_changed` shows the focus on the new screen's default.
void BeginFocusFrame(FocusRing& ring, bool screen_changed);
void EndFocusFrame(FocusRing& ring);

// Esc in a text field leaves it and keeps what was typed (ImGui 1.86 would
// restore the text the field had when it was entered). Every frame, every
// screen, the projector's too: DrawGame calls it first.
void KeepTypedTextOnEscape();

// No focus frame this frame: the theme day's views take their keys
// themselves, and ImGui's frame around the whole view (orange, on the
// projector) told the room nothing.
void HideFocus();

// Registers the item just drawn as a stop of the ring (nothing between frames
// or while no ring is active, e.g. on the projector, which has its own keys).
void Focusable(bool text_field = false);
// Registers the item just drawn and makes it the screen's default focus.
void DefaultFocus();

}  // namespace bip::ui
