// Authors change cases while trainees have saves: a changed case replays or
// says why it cannot (the save is kept as it was), and author mode reloads
// the content folder in the running game, showing problems instead of failing.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "gui_reload.hpp"
#include "load_content.hpp"
#include "ui_test_support.hpp"

namespace bip {
namespace {

using ui::GameSession;
using ui::Intent;
using ui::IntentKind;

Intent Do(IntentKind k, std::string text = {}, std::int64_t number = 0) {
  return Intent{k, std::move(text), {}, number, 0.0, {}};
}

// Plays the first `quarters` quarters of Henrik's reference policy; returns the playthrough id.
std::int64_t PlayHenrik(GameSession& s, const test::HeadlessRun& run, int quarters) {
  std::string error;
  EXPECT_TRUE(s.Apply(Do(IntentKind::kCreateProfile, "Author"), &error)) << error;
  EXPECT_TRUE(s.Apply(Do(IntentKind::kStartCase, "henrik", 5), &error)) << error;
  EXPECT_TRUE(s.Apply(Do(IntentKind::kNext), &error)) << error;  // the briefing
  for (int q = 0; q < quarters; ++q) {
    const QuarterChoices& c = run.choices[static_cast<std::size_t>(q)];
    EXPECT_TRUE(s.Apply(Do(IntentKind::kBelief, {}, c.belief), &error)) << error;
    for (const auto& [event, response] : c.responses)
      EXPECT_TRUE(s.Apply(Intent{IntentKind::kRespond, event, response, 0, 0.0, {}}, &error))
          << error;
    EXPECT_TRUE(
        s.Apply(Intent{IntentKind::kSetInterventions, {}, {}, 0, 0.0, c.interventions}, &error))
        << error;
    if (!c.sparring.empty()) {
      EXPECT_TRUE(s.Apply(Do(IntentKind::kSparring, c.sparring), &error)) << error;
    }
    EXPECT_TRUE(s.Apply(Do(IntentKind::kPlayQuarter), &error)) << error;
    EXPECT_TRUE(s.Apply(Do(IntentKind::kNext), &error)) << error;
  }
  return s.playthrough_id();
}

CaseDef& Henrik(Content& c) {
  for (CaseDef& d : c.cases)
    if (d.id == "henrik") return d;
  throw std::runtime_error("no henrik");
}

TEST(ChangedCase, ReplaysOnTheNewVersionAndSaysSo) {
  const test::HeadlessRun run = test::PlayHeadless("henrik", "karen", 5);
  auto store = ui::MakeMemoryStore();
  std::int64_t id = 0;
  {
    GameSession s(test::TestContent(), *store, "", {});
    id = PlayHenrik(s, run, 2);
  }
  Content edited = test::TestContent();
  Henrik(edited).content_version += 1;
  GameSession s(edited, *store, "", {});
  std::string error;
  ASSERT_TRUE(s.Apply(Do(IntentKind::kContinue, {}, id), &error)) << error;
  EXPECT_EQ(s.notice().key, "notice.case_changed");
  EXPECT_FALSE(s.notice().error);
  ASSERT_NE(s.play(), nullptr);
  EXPECT_EQ(s.play()->history().size(), 2u);
}

TEST(ChangedCase, ChoicesThatNoLongerFitKeepTheSaveAndSayWhy) {
  const test::HeadlessRun run = test::PlayHeadless("henrik", "karen", 5);
  ASSERT_FALSE(run.choices.at(0).interventions.empty());
  auto store = ui::MakeMemoryStore();
  std::int64_t id = 0;
  {
    GameSession s(test::TestContent(), *store, "", {});
    id = PlayHenrik(s, run, 2);
  }
  // The author takes the first quarter's first intervention out of the palette.
  Content edited = test::TestContent();
  CaseDef& henrik = Henrik(edited);
  henrik.content_version += 1;
  std::erase(henrik.palette, run.choices[0].interventions.front());
  GameSession s(edited, *store, "", {});
  std::string error;
  EXPECT_FALSE(s.Apply(Do(IntentKind::kContinue, {}, id), &error));
  EXPECT_EQ(s.notice().key, "notice.case_changed_cannot_open");
  EXPECT_TRUE(s.notice().error);
  EXPECT_NE(error.find("quarter 1"), std::string::npos) << error;
  EXPECT_EQ(s.play(), nullptr);
  EXPECT_EQ(store->Quarters(id).size(), 2u) << "the save must stay as it was";
}

// A copy of the game's content that a test may edit.
std::string CopyContent(const test::TempDir& dir) {
  const std::string to = dir.File("content");
  std::filesystem::copy(BIPGAME_SOURCE_CONTENT_DIR, to, std::filesystem::copy_options::recursive);
  return to;
}

void Replace(const std::string& path, const std::string& from, const std::string& to) {
  std::string text = test::ReadFile(path);
  const auto at = text.find(from);
  ASSERT_NE(at, std::string::npos) << from << " not in " << path;
  text.replace(at, from.size(), to);
  test::WriteFile(path, text);
}

TEST(AuthorMode, ReloadShowsProblemsThenTakesTheFixedContent) {
  test::TempDir tmp;
  const std::string dir = CopyContent(tmp);
  LoadResult first = LoadContent(dir);
  ASSERT_TRUE(first.content);
  std::unique_ptr<Content> content = std::move(first.content);
  auto store = ui::MakeMemoryStore();
  ui::SessionOptions o;
  o.author_mode = true;
  o.lang = "en";
  auto session = std::make_unique<GameSession>(*content, *store, "", o);
  const test::HeadlessRun run = test::PlayHeadless("henrik", "karen", 5);
  const std::int64_t id = PlayHenrik(*session, run, 1);

  // A typo in a case file: the problems are shown, nothing else changes.
  const std::string henrik_file = dir + "/cases/henrik.json";
  const std::string good = test::ReadFile(henrik_file);
  Replace(henrik_file, "\"quarters\"", "\"quaters\"");
  ASSERT_TRUE(session->Apply(Do(IntentKind::kReloadContent)));
  ASSERT_TRUE(session->reload_requested());
  const Content* before = content.get();
  ReloadContent(dir, content, session, *store, "", o);
  EXPECT_EQ(content.get(), before);
  ASSERT_FALSE(session->content_problems().empty());
  EXPECT_NE(session->content_problems().front().find("henrik.json"), std::string::npos)
      << session->content_problems().front();
  EXPECT_FALSE(session->reload_requested());
  EXPECT_EQ(session->play()->history().size(), 1u) << "the open playthrough goes on";
  ASSERT_TRUE(session->Apply(Do(IntentKind::kClose)));
  EXPECT_TRUE(session->content_problems().empty());

  // Fixed, and a text edited: the new content is taken, the playthrough reopened.
  test::WriteFile(henrik_file, good);
  Replace(dir + "/i18n/en/case_henrik.json", "\"case.henrik.name\": \"",
          "\"case.henrik.name\": \"Edited ");
  ASSERT_TRUE(session->Apply(Do(IntentKind::kReloadContent)));
  ReloadContent(dir, content, session, *store, "", o);
  EXPECT_TRUE(session->content_problems().empty()) << session->content_problems().front();
  EXPECT_NE(content.get(), before);
  EXPECT_EQ(session->texts().Get("en", "case.henrik.name").rfind("Edited ", 0), 0u);
  ASSERT_NE(session->play(), nullptr);
  EXPECT_EQ(session->playthrough_id(), id);
  EXPECT_EQ(session->play()->history().size(), 1u);
  EXPECT_EQ(session->notice().key, "notice.content_reloaded");
}

TEST(AuthorMode, OutsideAuthorModeReloadIsRefused) {
  auto store = ui::MakeMemoryStore();
  GameSession s(test::TestContent(), *store, "", {});
  std::string error;
  EXPECT_FALSE(s.Apply(Do(IntentKind::kReloadContent), &error));
  EXPECT_FALSE(s.reload_requested());
  EXPECT_NE(error.find("--author"), std::string::npos);
}

}  // namespace
}  // namespace bip
