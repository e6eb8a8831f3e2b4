// The facilitator runs a theme day on Henrik with the keyboard only: sets the
// day up, goes to the projector, enters the votes of every quarter for two
// tables, composes the room's own plan, overrides a vote, holds two
// reflection pauses with notes, takes the survey and exports the report.
// Then the saved day file, the HTML and the CSV are read back.
#include <SDL_scancode.h>
#include <gtest/gtest.h>
#include <imgui.h>

#include <algorithm>
#include <filesystem>
#include <map>

#include "gui_store.hpp"
#include "headless_imgui.hpp"
#include "room.hpp"
#include "room_desk.hpp"
#include "session.hpp"
#include "ui_test_support.hpp"

namespace bip {
namespace {

using ui::Intent;
using ui::IntentKind;
using ui::RoomPhase;

// The game's loop around a headless ImGui: every frame's intents are applied.
class Facilitator {
 public:
  explicit Facilitator(const std::string& dir, const std::string& lang) {
    std::string problem;
    store_ = OpenGameStore(dir + "/bipgame.db", problem);
    EXPECT_EQ(problem, "");
    ui::SessionOptions o;
    o.lang = lang;
    o.persist_settings = false;
    s = std::make_unique<ui::GameSession>(test::TestContent(), *store_, "", o);
  }
  const ui::RoomDesk& desk() const { return s->room(); }
  void Frame() {
    for (const Intent& i : h_.Frames(*s, view, 1)) {
      std::string error;
      if (!s->Apply(i, &error)) errors.push_back(error);
    }
  }
  void Press(int scancode, bool shift = false) {
    ImGuiIO& io = ImGui::GetIO();
    io.KeysDown[scancode] = true;
    io.KeyShift = shift;
    Frame();
    io.KeysDown[scancode] = false;
    io.KeyShift = false;
    Frame();
  }
  void Type(const std::string& text) {
    ImGui::GetIO().AddInputCharactersUTF8(text.c_str());
    Frame();
  }
  // A key with the letter it types, then at once (the very next frame, as
  // on a busy machine) the text typed after it.
  void PressThenType(int scancode, const std::string& own_letter, const std::string& text) {
    ImGuiIO& io = ImGui::GetIO();
    io.KeysDown[scancode] = true;
    io.AddInputCharactersUTF8(own_letter.c_str());
    Frame();
    io.KeysDown[scancode] = false;
    Type(text);
  }
  void Digits(int n) {
    for (char c : std::to_string(n)) Press(c == '0' ? SDL_SCANCODE_0 : SDL_SCANCODE_1 + (c - '1'));
  }
  // Types one count per cell, Tab between them, and closes the vote.
  void Vote(const std::vector<int>& cells) {
    for (int c : cells) {
      Digits(c);
      Press(SDL_SCANCODE_TAB);
    }
    Press(SDL_SCANCODE_RETURN);
  }

  std::unique_ptr<ui::GameSession> s;
  ui::ViewState view;
  std::vector<std::string> errors;

 private:
  test::Headless h_{ImVec2(1920, 1080), 1.0f};
  std::unique_ptr<ui::SessionStore> store_;
};

// Counts for two tables, row-major, that make option `winner` the majority.
std::vector<int> TwoTables(std::size_t options, std::size_t winner) {
  std::vector<int> cells(2 * options, 1);
  cells[winner] = 6;
  cells[options + winner] = 5;
  return cells;
}

std::size_t IndexOf(const std::vector<std::string>& v, const std::string& s) {
  return static_cast<std::size_t>(std::find(v.begin(), v.end(), s) - v.begin());
}

std::size_t Count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

TEST(RoomDeskKeyboard, HenrikForARoomFromSetupToReport) {
  test::TempDir tmp;
  Facilitator f(tmp.path(), "sv");
  ASSERT_TRUE(f.s->Apply(Intent{IntentKind::kRoom, "open", {}, 0, 0.0, {}}));
  f.Frame();
  f.Frame();
  // Setup: the name field has the keyboard; Tab to the case (Henrik is
  // chosen), the seed and the tables; Enter starts the day.
  f.Type("Finsam Helsingborg");
  f.Press(SDL_SCANCODE_TAB);
  f.Press(SDL_SCANCODE_TAB);
  f.Type("7");
  f.Press(SDL_SCANCODE_TAB);
  f.Type("2");
  f.Press(SDL_SCANCODE_RETURN);
  ASSERT_NE(f.desk().room(), nullptr) << (f.errors.empty() ? "" : f.errors.back());
  EXPECT_EQ(f.desk().room()->name, "Finsam Helsingborg");
  EXPECT_EQ(f.desk().room()->case_id, "henrik");
  EXPECT_EQ(f.desk().room()->seed, 7u);
  EXPECT_EQ(f.desk().room()->tables, 2);
  ASSERT_EQ(f.desk().phase(), RoomPhase::kVote);
  const std::string day = f.desk().path();
  EXPECT_EQ(std::filesystem::path(day).parent_path(),
            std::filesystem::path(tmp.path()) / "theme-days");
  // F11: the projector; F2 hides and shows the controls.
  f.Press(SDL_SCANCODE_F11);
  ASSERT_TRUE(f.s->presenting());
  f.Press(SDL_SCANCODE_F2);
  EXPECT_FALSE(f.desk().controls());
  f.Press(SDL_SCANCODE_F2);
  EXPECT_TRUE(f.desk().controls());

  const CaseDef& henrik = *test::TestContent().FindCase("henrik");
  const std::vector<std::string> room_plan = {"company_internship", "health_coping_course"};
  int pauses = 0, overridden = 0;
  for (int guard = 0; guard < 400 && f.desk().phase() != RoomPhase::kEnd; ++guard) {
    const ui::RoomDesk& d = f.desk();
    if (d.phase() == RoomPhase::kVote) {
      const RoomStep& v = *d.vote();
      const int quarter = d.play()->quarter();
      ASSERT_FALSE(d.vote_closed());
      std::size_t winner = 0;
      if (v.kind == "belief") winner = 3;  // "good chances"
      if (v.kind == "plan" && quarter == 1) {
        // R: the room composes its own plan from the case's palette.
        f.Press(SDL_SCANCODE_R);
        std::size_t cursor = 0;
        for (const std::string& id : room_plan) {
          const std::size_t at = IndexOf(henrik.palette, id);
          for (; cursor < at; ++cursor) f.Press(SDL_SCANCODE_DOWN);
          f.Press(SDL_SCANCODE_SPACE);
        }
        f.Press(SDL_SCANCODE_RETURN);
        ASSERT_EQ(d.vote()->options.front(), "room");
      }
      // From quarter 2 the room's own plan is on offer again (it carries on),
      // first in the list: the room keeps it.
      if (v.kind == "plan" && quarter > 1) winner = IndexOf(d.vote()->options, "room");
      const std::size_t n = d.vote()->options.size();
      f.Vote(TwoTables(n, std::min(winner, n - 1)));
      ASSERT_TRUE(d.vote_closed())
          << v.kind << " q" << quarter << ": " << (f.errors.empty() ? "" : f.errors.back());
      // Quarter 2's plan: the facilitator plays "no intervention" instead.
      if (v.kind == "plan" && quarter == 2) {
        const std::size_t none = IndexOf(d.vote()->options, "none");
        ASSERT_LT(none, n);
        f.Press(SDL_SCANCODE_1 + static_cast<int>(none));
        EXPECT_EQ(d.vote()->tally.played, none);
        ++overridden;
      }
      f.Press(SDL_SCANCODE_RETURN);
    } else if (d.phase() == RoomPhase::kResult) {
      const std::size_t played = d.play()->history().size();
      if ((played == 1 || played == 3) && pauses < 2) {
        // P: a reflection pause. Its keys work at once: 1 shows the case's
        // first question (and types nothing into the notes); N opens the notes.
        f.Press(SDL_SCANCODE_P);
        ASSERT_EQ(d.phase(), RoomPhase::kPause);
        if (pauses == 0) {
          f.Press(SDL_SCANCODE_1);
          EXPECT_EQ(
              d.room()->pauses.back().question,
              f.s->texts().Get(f.s->lang(), "case.henrik.reflection." +
                                                d.play()->case_def().reflection_questions[0]));
          EXPECT_STREQ(f.view.room.notes.data(), "");
        }
        // N opens the notes; what is typed right after it lands there (the
        // field opens a frame later), and the N itself types nothing.
        f.PressThenType(SDL_SCANCODE_N, "n",
                        "Bord " + std::to_string(pauses + 1) + ": ”trappan känns trygg” – å ä ö");
        // The countdown asks the loop to draw again within a second.
        EXPECT_GT(f.view.redraw_at, ImGui::GetTime());
        EXPECT_LE(f.view.redraw_at, ImGui::GetTime() + 1.05);
        f.Press(SDL_SCANCODE_RETURN);  // saves the notes
        ASSERT_TRUE(f.errors.empty()) << f.errors.back();
        ASSERT_STREQ(
            f.view.room.notes.data(),
            ("Bord " + std::to_string(pauses + 1) + ": ”trappan känns trygg” – å ä ö").c_str());
        ASSERT_EQ(d.room()->pauses.back().notes,
                  "Bord " + std::to_string(pauses + 1) + ": ”trappan känns trygg” – å ä ö");
        f.Press(SDL_SCANCODE_UP);  // a minute more
        EXPECT_EQ(d.room()->pauses.back().seconds, 240);
        f.Press(SDL_SCANCODE_RETURN);  // ends the pause: the next quarter
        ++pauses;
      } else {
        f.Press(SDL_SCANCODE_RETURN);
      }
    } else {
      FAIL() << "unexpected phase " << ui::RoomPhaseName(d.phase());
    }
  }
  ASSERT_EQ(f.desk().phase(), RoomPhase::kEnd) << (f.errors.empty() ? "" : f.errors.back());
  EXPECT_EQ(pauses, 2);
  EXPECT_EQ(overridden, 1);
  EXPECT_TRUE(f.errors.empty()) << f.errors.front();

  // The survey, two participants at the facilitator's machine: off the
  // projector (F11), since their answers are their own.
  f.Press(SDL_SCANCODE_S);
  ASSERT_EQ(f.desk().phase(), RoomPhase::kSurvey);
  f.Press(SDL_SCANCODE_1);
  f.Press(SDL_SCANCODE_RETURN);
  EXPECT_EQ(f.desk().surveyed(), 0) << "no rating is taken on the projector";
  f.Press(SDL_SCANCODE_F11);
  ASSERT_FALSE(f.s->presenting());
  for (int r : {5, 4, 4, 5}) f.Digits(r);
  f.Type("Fler fall; gärna \"Hodan\"");
  f.Press(SDL_SCANCODE_RETURN);
  for (int r : {3, 4, 2, 5}) f.Digits(r);
  f.Press(SDL_SCANCODE_RETURN);
  EXPECT_EQ(f.desk().surveyed(), 2);
  f.Press(SDL_SCANCODE_ESCAPE);
  ASSERT_EQ(f.desk().phase(), RoomPhase::kEnd);
  f.Press(SDL_SCANCODE_E);
  ASSERT_FALSE(f.desk().last_export().empty()) << (f.errors.empty() ? "" : f.errors.back());

  // The saved day, read back as any other file.
  std::string error;
  const auto room = LoadRoomFile(test::TestContent(), day, &error);
  ASSERT_TRUE(room) << error;
  EXPECT_TRUE(room->finished);
  EXPECT_FALSE(room->current);
  ASSERT_EQ(room->decisions.size(), f.desk().play()->history().size());
  for (const RoomDecision& dec : room->decisions) {
    EXPECT_EQ(dec.tables.size(), 2u);
    EXPECT_GE(dec.steps.size(), 2u) << "belief and sparring at least";
    EXPECT_EQ(dec.steps.front().kind, "belief");
    EXPECT_EQ(dec.steps.front().Played(), "4");
    EXPECT_EQ(dec.options[dec.played].choices,
              f.desk().play()->history()[static_cast<std::size_t>(dec.quarter - 1)].choices);
  }
  EXPECT_EQ(room->decisions[0].options[room->decisions[0].played].id, "room");
  EXPECT_EQ(room->decisions[0].options[0].choices.interventions, room_plan);
  EXPECT_EQ(room->decisions[1].options[room->decisions[1].played].id, "none");
  EXPECT_EQ(room->decisions[1].override_id, "none");
  EXPECT_EQ(room->decisions[1].options[0].choices.interventions, room_plan)
      << "the room's plan carried on";
  ASSERT_EQ(room->pauses.size(), 2u);
  EXPECT_EQ(room->pauses[0].after_quarter, 1);
  EXPECT_EQ(room->pauses[1].after_quarter, 3);
  EXPECT_EQ(room->pauses[0].question,
            test::TestContent().texts.Get(
                "sv", "case.henrik.reflection." + henrik.reflection_questions[0]));
  EXPECT_NE(room->pauses[0].question, room->pauses[1].question)
      << "the next question not yet asked";
  EXPECT_EQ(room->survey.ratings[0], (std::vector<int>{5, 3}));
  EXPECT_EQ(room->survey.ratings[2], (std::vector<int>{4, 2}));
  EXPECT_EQ(room->survey.open, (std::vector<std::string>{"Fler fall; gärna \"Hodan\""}));

  // The report next to the day file.
  const std::string base = std::filesystem::path(day).replace_extension().string();
  const std::string html = test::ReadFile(base + ".html"), csv = test::ReadFile(base + ".csv");
  ASSERT_EQ(html.rfind("<!DOCTYPE html>", 0), 0u);
  EXPECT_EQ(Count(html, "<section class=\"decision\">"), room->decisions.size());
  EXPECT_EQ(Count(html, "<section class=\"pause\">"), 2u);
  EXPECT_NE(html.find("Bord 1: ”trappan känns trygg” – å ä ö"), std::string::npos);
  EXPECT_EQ(Count(html, "<polyline class=\"series\""), 4u)
      << "the room, karen, the staircase, none";
  EXPECT_NE(html.find(test::TestContent().texts.Format("sv", "room.survey.mean",
                                                       {{"mean", "4,0"}, {"n", "2"}})),
            std::string::npos);
  EXPECT_NE(html.find("Fler fall; gärna &quot;Hodan&quot;"), std::string::npos);
  ASSERT_EQ(csv.rfind("\xEF\xBB\xBF", 0), 0u);
  EXPECT_EQ(Count(csv, "\r\n"), Count(csv, "\n")) << "CRLF only";
  std::size_t vote_rows = 0;
  for (const RoomDecision& dec : room->decisions) {
    vote_rows += dec.options.size();
    for (const RoomStep& st : dec.steps) vote_rows += st.options.size();
  }
  // Header + a row per option of every vote, an empty line, the path block, an empty line, the
  // survey block.
  const std::size_t lines = Count(csv, "\r\n");
  EXPECT_EQ(lines,
            1 + vote_rows + 1 + 1 + room->decisions.size() + 1 + 1 + 4 + room->survey.open.size());
  EXPECT_NE(csv.find("\"Fler fall; gärna \"\"Hodan\"\"\""), std::string::npos);
}

}  // namespace
}  // namespace bip

namespace bip {
namespace {

// Nothing in front of the room happens on one key: Esc during a vote on the
// projector asks first, F asks before the day ends, and a second day with
// the same name is refused.
TEST(RoomDeskKeyboard, LeavingTheProjectorAndEndingTheDayAskFirst) {
  test::TempDir tmp;
  Facilitator f(tmp.path(), "sv");
  ASSERT_TRUE(f.s->Apply(Intent{IntentKind::kRoom, "open", {}, 0, 0.0, {}}));
  f.Frame();
  f.Frame();
  f.Type("Temadag");
  f.Press(SDL_SCANCODE_RETURN);
  ASSERT_NE(f.desk().room(), nullptr);
  f.Press(SDL_SCANCODE_F11);
  ASSERT_TRUE(f.s->presenting());
  f.Press(SDL_SCANCODE_ESCAPE);
  EXPECT_TRUE(f.s->presenting()) << "one Esc left the projector";
  EXPECT_EQ(f.view.room.confirm_key, "room_desk.confirm.leave_projector");
  f.Press(SDL_SCANCODE_ESCAPE);  // no: stay
  EXPECT_TRUE(f.s->presenting());
  EXPECT_TRUE(f.view.room.confirm_key.empty());
  // Quarter 1 through the intents, to its result.
  for (int guard = 0; guard < 20 && f.desk().phase() == RoomPhase::kVote; ++guard) {
    if (!f.desk().vote_closed())
      f.Vote({3});
    else
      f.Press(SDL_SCANCODE_RETURN);
  }
  ASSERT_EQ(f.desk().phase(), RoomPhase::kResult);
  f.Press(SDL_SCANCODE_F);
  EXPECT_FALSE(f.desk().room()->finished) << "F ended the day without asking";
  EXPECT_EQ(f.view.room.confirm_key, "room_desk.confirm.finish");
  f.Press(SDL_SCANCODE_RETURN);  // yes
  EXPECT_TRUE(f.desk().room()->finished);
  // The same name again: refused, no second file.
  const std::string first = f.desk().path();
  std::string error;
  EXPECT_FALSE(
      f.s->Apply(Intent{IntentKind::kRoom, "new", "Temadag", 0, 0.0, {"henrik", "", ""}}, &error));
  EXPECT_NE(error.find("exists"), std::string::npos) << error;
  std::size_t files = 0;
  for (const auto& e :
       std::filesystem::directory_iterator(std::filesystem::path(first).parent_path()))
    files += e.path().extension() == ".json" ? 1 : 0;
  EXPECT_EQ(files, 1u);
}

}  // namespace
}  // namespace bip
