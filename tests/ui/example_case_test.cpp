// The authoring guide's promise: a case written from content/README.md (its
// example, Anna, in docs/example-case/), dropped into a content folder,
// appears on the game's start screen and plays in the window to its debrief.
#include <gtest/gtest.h>

#include <filesystem>

#include "gui_script.hpp"
#include "headless_imgui.hpp"
#include "load_content.hpp"
#include "ui_test_support.hpp"

namespace bip {
namespace {

namespace fs = std::filesystem;

// A copy of the game's content with Anna's files dropped in, as the guide says.
std::string ContentWithAnna(const test::TempDir& tmp) {
  const fs::path to = tmp.File("content");
  const fs::path example = fs::path(BIPGAME_SOURCE_CONTENT_DIR) / ".." / "docs" / "example-case";
  fs::copy(BIPGAME_SOURCE_CONTENT_DIR, to, fs::copy_options::recursive);
  fs::copy(example / "cases", to / "cases",
           fs::copy_options::recursive | fs::copy_options::overwrite_existing);
  fs::copy(example / "i18n", to / "i18n",
           fs::copy_options::recursive | fs::copy_options::overwrite_existing);
  return to.string();
}

TEST(ExampleCase, AppearsInTheGameAndPlaysToItsDebrief) {
  test::TempDir tmp;
  const std::string dir = ContentWithAnna(tmp);
  LoadResult loaded = LoadContent(dir);
  ASSERT_TRUE(loaded.content) << (loaded.problems.empty() ? ""
                                                          : loaded.problems.list().front().Line());
  const Content& content = *loaded.content;
  ASSERT_NE(content.FindCase("anna"), nullptr);

  const std::uint64_t seed = 3;
  const test::HeadlessRun run = test::PlayHeadless("anna", "karen", seed, 1000, &content);
  nlohmann::json script = test::ScriptFor("anna", seed, run, "Author", "da");
  script.push_back({{"intent", "next"}});  // the end -> the debrief
  const LoadedScript loaded_script = ParseScript(script.dump(), "generated");
  ASSERT_EQ(loaded_script.error, "");

  test::Headless h;
  auto store = ui::MakeMemoryStore();
  ui::GameSession s(content, *store, "", {});
  ui::ViewState view;
  h.Frames(s, view);
  for (const ScriptEntry& e : loaded_script.entries) {
    std::string error;
    ASSERT_TRUE(s.Apply(e.intent, &error)) << ui::IntentName(e.intent.kind) << ": " << error;
    h.Frames(s, view, 2);
  }
  EXPECT_EQ(s.screen(), ui::Screen::kDebrief);
  ASSERT_NE(s.play(), nullptr);
  EXPECT_EQ(s.play()->case_def().id, "anna");
  EXPECT_TRUE(s.play()->finished());
  EXPECT_EQ(s.play()->employed(), run.employed);

  // And in the real window: the game started on that folder plays the same script.
  const std::string script_file = test::WriteFile(tmp.File("anna.json"), script.dump());
  const test::ProcessResult game =
      test::RunGame({"--content", dir, "--db", tmp.File("anna.db"), "--script", script_file});
  EXPECT_EQ(game.exit_code, 0) << game.err;
}

}  // namespace
}  // namespace bip
