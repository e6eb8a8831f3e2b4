#pragma once
// Dear ImGui with no backend at all: frames of the game drawn against a
// session, and keys pressed, for tests of screens and keyboard paths.
#include <imgui.h>

#include <string>
#include <vector>

#include "panel.hpp"
#include "session.hpp"
#include "theme.hpp"

namespace bip::test {

class Headless {
 public:
  explicit Headless(ImVec2 size = ImVec2(1280, 800), float scale = 1.0f);
  ~Headless();
  Headless(const Headless&) = delete;
  Headless& operator=(const Headless&) = delete;

  // Draws `n` frames; returns the intents of the last one.
  std::vector<ui::Intent> Frames(const ui::GameSession& s, ui::ViewState& view, int n = 3);
  // One frame with a key (an SDL scancode) pressed, released on the next.
  std::vector<ui::Intent> Key(const ui::GameSession& s, ui::ViewState& view, int scancode,
                              bool ctrl = false);
  // One frame with text typed (as SDL_TEXTINPUT would deliver it).
  std::vector<ui::Intent> Type(const ui::GameSession& s, ui::ViewState& view, const char* utf8);

 private:
  ImGuiContext* ctx_ = nullptr;
  ui::Fonts fonts_;
};

}  // namespace bip::test
