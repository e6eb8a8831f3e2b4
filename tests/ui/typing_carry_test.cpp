// Text typed right after the key that opens a field lands in the field
// (typing_carry.hpp): the key goes down in one frame, and the first letters
// come in the very next, the frame in which Dear ImGui opens the field and
// used to drop them. A quick typist on a busy machine does exactly that.
#include "typing_carry.hpp"

#include <SDL_scancode.h>
#include <gtest/gtest.h>
#include <imgui.h>

#include "headless_imgui.hpp"
#include "panel.hpp"
#include "session.hpp"
#include "ui_test_support.hpp"

namespace bip {
namespace {

using ui::GameSession;
using ui::Intent;
using ui::IntentKind;
using ui::Screen;

// A bare window with one field; `ask` opens it the way a panel's key does.
struct OneField {
  test::Headless h;  // the ImGui context
  ui::TypingCarry carry;
  char buf[64] = "";
  void Frame(bool ask = false) {
    ImGui::NewFrame();
    ui::BeginTypingCarry(carry);
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(ImVec2(400, 200));
    ImGui::Begin("window");
    if (ask) ImGui::SetKeyboardFocusHere();
    ImGui::InputText("##field", buf, sizeof buf);
    ImGui::End();
    ui::EndTypingCarry(carry);
    ImGui::Render();
  }
};

TEST(TypingCarry, LettersTypedWhileTheFieldOpensReachIt) {
  OneField f;
  ImGuiIO& io = ImGui::GetIO();
  f.Frame();
  // N opens the field; its own letter comes with it and types nothing.
  io.KeysDown[SDL_SCANCODE_N] = true;
  io.AddInputCharacter('n');
  f.Frame(true);
  io.KeysDown[SDL_SCANCODE_N] = false;
  io.AddInputCharactersUTF8("Bord");  // the frame in which the field opens
  f.Frame();
  io.AddInputCharactersUTF8(" 2 – å");
  f.Frame();
  f.Frame();
  EXPECT_STREQ(f.buf, "Bord 2 – å");
}

TEST(TypingCarry, LettersTypedWithNoFieldOpeningGoNowhere) {
  OneField f;
  ImGuiIO& io = ImGui::GetIO();
  f.Frame();
  io.AddInputCharactersUTF8("x");  // a shortcut's letter, no field asked for
  f.Frame();
  f.Frame(true);
  f.Frame();
  io.AddInputCharactersUTF8("y");
  f.Frame();
  EXPECT_STREQ(f.buf, "y");
}

// The game's own frames: a key held down for one frame with the letter it
// types, then released in the next with what the person typed after it.
struct Game {
  test::Headless h;
  std::unique_ptr<ui::SessionStore> store = ui::MakeMemoryStore();
  std::unique_ptr<GameSession> s;
  ui::ViewState view;
  Game() {
    ui::SessionOptions o;
    o.lang = "sv";
    o.persist_settings = false;
    s = std::make_unique<GameSession>(test::TestContent(), *store, "", o);
  }
  void Apply(const std::vector<Intent>& intents) {
    for (const Intent& i : intents) s->Apply(i);
  }
  void Frames(int n = 3) { Apply(h.Frames(*s, view, n)); }
  void KeyThenType(int scancode, const char* own_letter, const char* typed, bool shift = false) {
    ImGuiIO& io = ImGui::GetIO();
    io.KeysDown[scancode] = true;
    io.KeyShift = shift;
    if (own_letter) io.AddInputCharactersUTF8(own_letter);
    Frames(1);
    io.KeysDown[scancode] = false;
    io.KeyShift = false;
    Apply(h.Type(*s, view, typed));
  }
};

TEST(TypingCarry, ShiftTabToTheNameFieldThenTyping) {
  Game g;
  g.Frames();
  ASSERT_EQ(g.s->screen(), Screen::kStart);
  // From the first case, Shift+Tab twice: past "Create" to the name field.
  ImGuiIO& io = ImGui::GetIO();
  io.KeyShift = true;
  io.KeysDown[SDL_SCANCODE_TAB] = true;
  g.Frames(1);
  io.KeysDown[SDL_SCANCODE_TAB] = false;
  g.Frames(1);
  g.KeyThenType(SDL_SCANCODE_TAB, nullptr, "Mårten", true);
  g.Frames();
  EXPECT_STREQ(g.view.alias.data(), "Mårten");
}

TEST(TypingCarry, SpaceOnAReflectionThenTyping) {
  Game g;
  ASSERT_TRUE(g.s->Apply(Intent{IntentKind::kCreateProfile, "Refl", {}, 0, 0.0, {}}));
  ASSERT_TRUE(g.s->Apply(Intent{IntentKind::kStartCase, "henrik", {}, 7, 0.0, {}}));
  // The case played to its end by the command API, then the debrief.
  for (int guard = 0; guard < 400 && g.s->screen() != Screen::kDebrief; ++guard) {
    if (g.s->screen() == Screen::kMeeting && !g.s->draft().belief_answered)
      ASSERT_TRUE(g.s->Apply(Intent{IntentKind::kBelief, {}, {}, 4, 0.0, {}}));
    else
      ASSERT_TRUE(g.s->Apply(Intent{IntentKind::kNext, {}, {}, 0, 0.0, {}}));
  }
  ASSERT_EQ(g.s->screen(), Screen::kDebrief);
  g.Frames();
  ImGuiIO& io = ImGui::GetIO();
  io.KeysDown[SDL_SCANCODE_5] = true;
  g.Frames(1);
  io.KeysDown[SDL_SCANCODE_5] = false;
  g.Frames();
  ASSERT_EQ(g.s->debrief_tab(), ui::DebriefTab::kReflect);
  // The focus is on the first question; Space opens it (and types no space).
  g.KeyThenType(SDL_SCANCODE_SPACE, " ", "åäö");
  g.Apply(g.h.Type(*g.s, g.view, " trappan"));
  g.Frames();
  const std::string first = g.s->play()->case_def().reflection_questions.front();
  EXPECT_STREQ(g.view.reflections[first].data(), "åäö trappan");
}

}  // namespace
}  // namespace bip
