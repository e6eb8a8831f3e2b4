#include "headless_imgui.hpp"

#include <SDL_scancode.h>
#include <imgui_internal.h>

#include <cstdint>

namespace bip::test {

Headless::Headless(ImVec2 size, float scale) {
  ctx_ = ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;
  io.DisplaySize = size;
  io.DeltaTime = 1.0f / 60.0f;
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  // The same key map as the SDL backend: scancodes.
  io.KeyMap[ImGuiKey_Tab] = SDL_SCANCODE_TAB;
  io.KeyMap[ImGuiKey_LeftArrow] = SDL_SCANCODE_LEFT;
  io.KeyMap[ImGuiKey_RightArrow] = SDL_SCANCODE_RIGHT;
  io.KeyMap[ImGuiKey_UpArrow] = SDL_SCANCODE_UP;
  io.KeyMap[ImGuiKey_DownArrow] = SDL_SCANCODE_DOWN;
  io.KeyMap[ImGuiKey_Space] = SDL_SCANCODE_SPACE;
  io.KeyMap[ImGuiKey_Enter] = SDL_SCANCODE_RETURN;
  io.KeyMap[ImGuiKey_Escape] = SDL_SCANCODE_ESCAPE;
  io.KeyMap[ImGuiKey_KeyPadEnter] = SDL_SCANCODE_KP_ENTER;
  io.KeyMap[ImGuiKey_Backspace] = SDL_SCANCODE_BACKSPACE;
  io.KeyMap[ImGuiKey_Delete] = SDL_SCANCODE_DELETE;
  io.KeyMap[ImGuiKey_Home] = SDL_SCANCODE_HOME;
  io.KeyMap[ImGuiKey_End] = SDL_SCANCODE_END;
  io.KeyMap[ImGuiKey_A] = SDL_SCANCODE_A;
  fonts_ = ui::LoadFonts(io, scale);
  ui::ApplyStyle(scale);
  unsigned char* px = nullptr;
  int w = 0, h = 0;
  io.Fonts->GetTexDataAsRGBA32(&px, &w, &h);
  io.Fonts->SetTexID(reinterpret_cast<ImTextureID>(static_cast<intptr_t>(1)));
}

Headless::~Headless() {
  ImGui::DestroyContext(ctx_);
}

std::vector<ui::Intent> Headless::Frames(const ui::GameSession& s, ui::ViewState& view, int n) {
  std::vector<ui::Intent> out;
  for (int i = 0; i < n; ++i) {
    ImGui::NewFrame();
    out = ui::DrawGame(s, fonts_, view, i % 2 == 0);
    ImGui::Render();
    ImGui::GetIO().DeltaTime = 1.0f / 60.0f;
  }
  return out;
}

std::vector<ui::Intent> Headless::Key(const ui::GameSession& s, ui::ViewState& view, int scancode,
                                      bool ctrl) {
  ImGuiIO& io = ImGui::GetIO();
  io.KeysDown[scancode] = true;
  io.KeyCtrl = ctrl;
  ImGui::NewFrame();
  std::vector<ui::Intent> out = ui::DrawGame(s, fonts_, view, false);
  ImGui::Render();
  io.KeysDown[scancode] = false;
  io.KeyCtrl = false;
  Frames(s, view, 1);
  return out;
}

std::vector<ui::Intent> Headless::Type(const ui::GameSession& s, ui::ViewState& view,
                                       const char* utf8) {
  ImGui::GetIO().AddInputCharactersUTF8(utf8);
  ImGui::NewFrame();
  std::vector<ui::Intent> out = ui::DrawGame(s, fonts_, view, false);
  ImGui::Render();
  return out;
}

}  // namespace bip::test
