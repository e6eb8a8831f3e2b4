// Notes fields that wrap: the soft line breaks that make a long line fit
// are only shown, never saved, and typing, Backspace and Enter around them
// do what they would do in any editor.
#include "soft_wrap.hpp"

#include <gtest/gtest.h>
#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>

#include "wrapped_text_field.hpp"

namespace bip::ui {
namespace {

// A line of `n` characters fits (bytes: the texts here are ASCII); longer
// ones end after their last word that fits, like ImGui's word wrap.
WrapAt Columns(std::size_t n) {
  return [n](const char* b, const char* e) -> const char* {
    if (static_cast<std::size_t>(e - b) <= n) return e;
    const char* last_space = nullptr;
    for (const char* p = b; p < b + n + 1; ++p)
      if (*p == ' ') last_space = p;
    return last_space ? last_space : b + n;
  };
}

// Types `text` at shown position `at` of the field showing `before`, as the
// field itself would (it edits what it shows).
Unwrapped TypeAt(const SoftWrapped& before, std::size_t at, const std::string& text) {
  std::string shown = before.shown;
  shown.insert(at, text);
  return UnwrapEdit(before, shown, at + text.size(), false);
}

TEST(SoftWrapTest, LongLinesBreakAfterTheirLastWordThatFits) {
  const SoftWrapped w = SoftWrap("the quick brown fox jumps", Columns(10));
  EXPECT_EQ(w.shown, "the quick \nbrown fox \njumps");
  EXPECT_EQ(w.breaks, (std::vector<std::size_t>{10, 20}));
  // A line that fits and the person's own line breaks stay as they are.
  EXPECT_EQ(SoftWrap("short\nlines here", Columns(10)).shown, "short\nlines here");
  EXPECT_TRUE(SoftWrap("", Columns(10)).breaks.empty());
  // A word longer than the line is cut where the line ends.
  EXPECT_EQ(SoftWrap("abcdefghijklmno", Columns(10)).shown, "abcdefghij\nklmno");
}

TEST(SoftWrapTest, PositionsMapBetweenThePlainAndTheShownText) {
  const SoftWrapped w = SoftWrap("the quick brown fox", Columns(10));  // "the quick \nbrown fox"
  EXPECT_EQ(ToShown(3, w.breaks), 3u);
  EXPECT_EQ(ToShown(10, w.breaks), 11u);  // at the wrap: the start of the next line
  EXPECT_EQ(ToPlain(10, w.breaks), 10u);  // the end of the first line
  EXPECT_EQ(ToPlain(11, w.breaks), 10u);
  EXPECT_EQ(ToPlain(ToShown(15, w.breaks), w.breaks), 15u);
}

TEST(SoftWrapTest, TypingNeverSavesASoftBreak) {
  std::string plain;
  std::size_t cursor = 0;
  const std::string typed = "Anna: först boendet, sedan praktik hos en arbetsgivare i närheten";
  for (const char c : typed) {
    const SoftWrapped w = SoftWrap(plain, Columns(12));
    const Unwrapped u = TypeAt(w, ToShown(cursor, w.breaks), std::string(1, c));
    plain = u.plain;
    cursor = u.cursor;
  }
  EXPECT_EQ(plain, typed);
  EXPECT_EQ(cursor, typed.size());
  EXPECT_GT(SoftWrap(plain, Columns(12)).breaks.size(), 4u);
  // A word typed into the first line moves the rest on; nothing else changes.
  const SoftWrapped w = SoftWrap(plain, Columns(12));
  const Unwrapped u = TypeAt(w, 5, " NB");
  EXPECT_EQ(u.plain, "Anna: NB först boendet, sedan praktik hos en arbetsgivare i närheten");
  EXPECT_EQ(u.cursor, 8u);
}

TEST(SoftWrapTest, EnterAtAWrapIsALineBreakOfThePersonsOwn) {
  const SoftWrapped w = SoftWrap("the quick brown fox", Columns(10));
  // At the start of the second shown line.
  EXPECT_EQ(TypeAt(w, 11, "\n").plain, "the quick \nbrown fox");
  // At the end of the first (before the soft break): the same text.
  EXPECT_EQ(TypeAt(w, 10, "\n").plain, "the quick \nbrown fox");
}

TEST(SoftWrapTest, BackspaceOrDeleteAtAWrapRemovesACharacterNotJustTheWrap) {
  const SoftWrapped w = SoftWrap("the quick brown fox", Columns(10));  // "the quick \nbrown fox"
  std::string shown = w.shown;
  shown.erase(10, 1);  // what the field does: the '\n' before the cursor goes
  const Unwrapped back = UnwrapEdit(w, shown, 10, true);
  EXPECT_EQ(back.plain, "the quickbrown fox");
  EXPECT_EQ(back.cursor, 9u);
  const Unwrapped del = UnwrapEdit(w, shown, 10, false);
  EXPECT_EQ(del.plain, "the quick rown fox");
  EXPECT_EQ(del.cursor, 10u);
  // A selection across a wrap, deleted: the plain text loses what was selected.
  std::string cut = w.shown;
  cut.erase(4, 9);  // "quick \nbr"
  EXPECT_EQ(UnwrapEdit(w, cut, 4, true).plain, "the own fox");
}

// The field in a bare ImGui: typed text wraps on screen and reaches the
// buffer without the wraps.
TEST(WrappedTextFieldTest, TypedTextWrapsOnScreenAndIsSavedWithoutTheWraps) {
  ImGuiContext* ctx = ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;
  io.DisplaySize = ImVec2(800, 600);
  io.DeltaTime = 1.0f / 60.0f;
  constexpr int kEnter = 13;
  io.KeyMap[ImGuiKey_Enter] = kEnter;
  unsigned char* px = nullptr;
  int w = 0, h = 0;
  io.Fonts->GetTexDataAsRGBA32(&px, &w, &h);
  io.Fonts->SetTexID(reinterpret_cast<ImTextureID>(static_cast<intptr_t>(1)));
  std::array<char, 2001> buf{};
  bool changed = false;
  const auto frame = [&](bool focus) {
    ImGui::NewFrame();
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(ImVec2(400, 400));
    ImGui::Begin("w");
    if (focus) ImGui::SetKeyboardFocusHere();
    changed = WrappedTextField("##notes", buf.data(), buf.size(), ImVec2(-1, 150)) || changed;
    ImGui::End();
    ImGui::Render();
  };
  frame(true);
  frame(false);
  ASSERT_NE(GImGui->ActiveId, 0u) << "the field did not take the keyboard";
  const std::string typed =
      "Anna vill börja med boendet och sedan en praktik; hon har sökt tre jobb i vår "
      "och vill prova ett kafé nära hemmet.";
  io.AddInputCharactersUTF8(typed.c_str());
  frame(false);
  frame(false);
  EXPECT_TRUE(changed);
  EXPECT_EQ(std::string(buf.data()), typed);
  // On screen the text has lines of its own that fit the field.
  const std::string shown(GImGui->InputTextState.TextA.Data);
  EXPECT_GE(std::count(shown.begin(), shown.end(), '\n'), 2) << shown;
  // Enter adds a line break of the person's own, which is saved.
  io.KeysDown[kEnter] = true;
  frame(false);
  io.KeysDown[kEnter] = false;
  io.AddInputCharactersUTF8("Ny rad");
  frame(false);
  EXPECT_EQ(std::string(buf.data()).substr(typed.size()), "\nNy rad");
  ImGui::DestroyContext(ctx);
}

// Below the fold ImGui 1.86's multi-line field is clipped and used to leave
// no trace as the last item, so the focus ring never had it as a stop: Tab
// jumped past the team desk's notes to the top of the page.
TEST(WrappedTextFieldTest, AFieldBelowTheFoldIsStillTheLastItem) {
  ImGuiContext* ctx = ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;
  io.DisplaySize = ImVec2(800, 600);
  io.DeltaTime = 1.0f / 60.0f;
  unsigned char* px = nullptr;
  int w = 0, h = 0;
  io.Fonts->GetTexDataAsRGBA32(&px, &w, &h);
  io.Fonts->SetTexID(reinterpret_cast<ImTextureID>(static_cast<intptr_t>(1)));
  std::array<char, 64> buf{};
  for (int i = 0; i < 2; ++i) {
    ImGui::NewFrame();
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(ImVec2(400, 300));
    ImGui::Begin("w");
    ImGui::Dummy(ImVec2(10, 1000));
    const ImVec2 at = ImGui::GetCursorScreenPos();
    WrappedTextField("##notes", buf.data(), buf.size(), ImVec2(-1, 150));
    EXPECT_EQ(ImGui::GetItemID(), ImGui::GetID("##notes"));
    EXPECT_FLOAT_EQ(ImGui::GetItemRectMin().y, at.y);
    EXPECT_FLOAT_EQ(ImGui::GetItemRectMax().y, at.y + 150);
    ImGui::End();
    ImGui::Render();
  }
  ImGui::DestroyContext(ctx);
}

}  // namespace
}  // namespace bip::ui
