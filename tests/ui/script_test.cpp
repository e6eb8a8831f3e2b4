// `--script` files: every intent the panels emit has a script form, and bad
// entries are refused with their index.
#include <gtest/gtest.h>

#include <filesystem>

#include "gui_script.hpp"

namespace bip {
namespace {

TEST(Script, ReadsEveryIntent) {
  const LoadedScript s = ParseScript(R"([
    {"intent": "create_profile", "alias": "Trainee"},
    {"intent": "set_language", "lang": "sv"},
    {"intent": "start_case", "case": "henrik", "seed": 7},
    {"intent": "next", "to": "plan"},
    {"intent": "belief", "answer": 4},
    {"intent": "assess", "question": "S1", "answer": 2},
    {"intent": "respond", "event": "peace_and_quiet", "response": "explore_why", "optional": true},
    {"intent": "toggle_intervention", "id": "company_internship"},
    {"intent": "set_interventions", "ids": ["a", "b"]},
    {"intent": "sparring", "id": "colleague_sounding_board"},
    {"intent": "play_quarter"},
    {"intent": "open_debrief"},
    {"intent": "debrief_tab", "tab": "what_if"},
    {"intent": "branch", "quarter": 3},
    {"intent": "note", "text": "n"},
    {"intent": "reflect", "question": "why_back", "text": "t"},
    {"intent": "set_font_scale", "scale": 1.25},
    {"intent": "screenshot", "name": "x"},
    {"intent": "wait", "frames": 3},
    {"intent": "wait", "ms": 20}
  ])",
                                     "t.json");
  ASSERT_EQ(s.error, "");
  ASSERT_EQ(s.entries.size(), 20u);
  EXPECT_EQ(s.entries[0].intent.kind, ui::IntentKind::kCreateProfile);
  EXPECT_EQ(s.entries[0].intent.text, "Trainee");
  EXPECT_EQ(s.entries[2].intent.number, 7);
  EXPECT_EQ(s.entries[3].next_to, "plan");
  EXPECT_EQ(s.entries[6].intent.text2, "explore_why");
  EXPECT_TRUE(s.entries[6].optional);
  EXPECT_EQ(s.entries[8].intent.list, (std::vector<std::string>{"a", "b"}));
  EXPECT_DOUBLE_EQ(s.entries[16].intent.real, 1.25);
  EXPECT_EQ(s.entries[19].wait_ms, 20);
}

TEST(Script, RefusesBadEntriesWithTheirIndex) {
  EXPECT_NE(ParseScript("[", "t").error.find("not valid JSON"), std::string::npos);
  EXPECT_NE(ParseScript(R"([{"intent": "next"}, 5])", "t").error.find("entry 1"),
            std::string::npos);
  EXPECT_NE(
      ParseScript(R"([{"intent": "next", "to": "nowhere"}])", "t").error.find("unknown screen"),
      std::string::npos);
  EXPECT_NE(ParseScript(R"([{"intent": "next", "optional": 1}])", "t").error.find("optional"),
            std::string::npos);
  EXPECT_NE(ParseScript(R"([{"intent": "set_interventions", "ids": [1]}])", "t")
                .error.find("list of strings"),
            std::string::npos);
  EXPECT_TRUE(ParseScript(R"([{"intent": "next"}, 5])", "t").entries.empty());
}

// A number too large for a double aborted the game (out_of_range.406); a
// repeated key silently kept the last value.
TEST(Script, HostileJsonIsOneLineNotAnAbort) {
  const std::string big = ParseScript("[{\"intent\": \"wait\", \"ms\": 1e400}]", "s.json").error;
  EXPECT_EQ(
      big.rfind("s.json: not valid JSON at line 1, column 27: the number 1e400 is too large", 0),
      0u)
      << big;
  const std::string twice =
      ParseScript(R"([{"intent": "next", "to": "plan", "to": "end"}])", "s.json").error;
  EXPECT_EQ(twice.rfind("s.json: /0/to: duplicate key \"to\"", 0), 0u) << twice;
}

// Numbers beyond int were stored with a wrap (4294967308 ms became 12).
TEST(Script, NumbersBeyondIntAreRefused) {
  for (const char* text : {R"([{"intent": "wait", "ms": 4294967308}])",
                           R"([{"intent": "belief", "answer": 18446744073709551615}])",
                           R"([{"intent": "branch", "quarter": -4294967295}])"}) {
    const std::string e = ParseScript(text, "s.json").error;
    EXPECT_NE(e.find("must be a whole number from -2147483648 to 2147483647"), std::string::npos)
        << text << ": " << e;
  }
}

TEST(Script, TheExampleScriptsLoad) {
  for (const char* name : {"henrik_karen_way.json", "henrik_staircase_sv.json"}) {
    const LoadedScript s =
        LoadScript(std::string(BIPGAME_SOURCE_CONTENT_DIR) + "/../tests/ui/scripts/" + name);
    EXPECT_EQ(s.error, "") << name;
    EXPECT_FALSE(s.entries.empty()) << name;
  }
  const std::string docs = std::string(BIPGAME_SOURCE_CONTENT_DIR) + "/../docs/screenshots.json";
  if (std::filesystem::exists(docs)) {
    EXPECT_EQ(LoadScript(docs).error, "");
  }
  EXPECT_NE(LoadScript("/nonexistent/script.json").error.find("cannot read"), std::string::npos);
}

}  // namespace
}  // namespace bip
