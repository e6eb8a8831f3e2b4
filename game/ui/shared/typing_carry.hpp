#pragma once
// Text typed right after the key that opens a text field (N for the pause
// notes, Space on a reflection, Tab onto a field) must land in that field.
// Dear ImGui 1.86 opens a field asked for by SetKeyboardFocusHere or
// ActivateItem one frame later and throws away the characters of that
// frame; on a busy machine a quick typist's first letters fall in it. So the
// characters of that frame are held back and handed to the field in the
// next one, once it has the keyboard. The key that opened the field types
// nothing: its own character comes in the frame that asks, before any field
// is open, and goes where ImGui puts it (nowhere).
#include <imgui.h>

#include <vector>

namespace bip::ui {

struct TypingCarry {
  bool opening = false;        // a field was asked for last frame: it opens this one
  std::vector<ImWchar> chars;  // held back while it opens
};

// DrawGame calls Begin first thing after ImGui::NewFrame, and End last,
// every frame and on every screen (the projector's too).
void BeginTypingCarry(TypingCarry& carry);
void EndTypingCarry(TypingCarry& carry);

}  // namespace bip::ui
