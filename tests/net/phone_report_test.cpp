// What the room's phones answered reaches the theme-day report exactly once
// and escaped: the survey with the hand-entered answers, the written answers
// under their pause, a script tag as text in the HTML and no formula in the CSV.
#include <gtest/gtest.h>

#include <memory>

#include "load_content.hpp"
#include "room.hpp"

namespace bip {
namespace {

const Content& TheContent() {
  static const std::unique_ptr<Content> content = [] {
    LoadResult r = LoadContent(BIPGAME_SOURCE_CONTENT_DIR);
    if (!r.content) std::abort();
    return std::move(r.content);
  }();
  return *content;
}

std::size_t Count(const std::string& hay, const std::string& needle) {
  std::size_t n = 0;
  for (auto at = hay.find(needle); at != std::string::npos; at = hay.find(needle, at + 1)) ++n;
  return n;
}

TEST(PhoneReport, EveryPhoneAnswerOnceAndEscaped) {
  Room room;
  room.name = "Finsam";
  room.case_id = "henrik";
  room.seed = 7;
  room.pauses.push_back({0, "What did you notice?", "typed notes", 180, {}});
  room.survey.ratings[0] = {4};
  room.survey.open = {"by hand"};
  room.phones.code = "K7QF3M";
  room.phones.written.push_back({0, "phone-token-0000001", "<script>alert(1)</script>", true});
  room.phones.written.push_back({0, "phone-token-0000002", "=HYPERLINK(\"http://x\")", false});
  room.phones.survey.push_back({"phone-token-0000001", {5, 0, 3, 2}, "from a phone"});

  const Room day = WithPhoneAnswers(room, room.phones);
  EXPECT_EQ(day.survey.ratings[0], (std::vector<int>{4, 5}));
  EXPECT_TRUE(day.survey.ratings[1].empty()) << "0 is a statement left unanswered";
  EXPECT_EQ(day.survey.open, (std::vector<std::string>{"by hand", "from a phone"}));
  ASSERT_EQ(day.pauses[0].phone_answers.size(), 2u);

  const ReplayKit kit(TheContent());
  std::string error;
  const auto paths = PlayRoom(kit, day, &error);
  ASSERT_TRUE(paths) << error;
  const std::string html = RoomReportHtml(TheContent(), day, *paths, "en");
  EXPECT_EQ(Count(html, "<script>"), 0u);
  EXPECT_EQ(Count(html, "&lt;script&gt;alert(1)&lt;/script&gt;"), 1u);
  EXPECT_EQ(Count(html, "from a phone"), 1u);
  const std::string csv = RoomReportCsv(TheContent(), day, *paths, "en");
  EXPECT_EQ(Count(csv, "<script>alert(1)</script>"), 1u);
  EXPECT_EQ(Count(csv, ";=HYPERLINK"), 0u) << "a formula from a phone is neutralised";
  EXPECT_EQ(Count(csv, "HYPERLINK"), 1u);
  EXPECT_EQ(Count(csv, "from a phone"), 1u);

  // The file keeps the phones' answers and reads them back.
  const nlohmann::json doc = RoomToJson(room);
  const auto back = RoomFromJson(TheContent(), doc, "day.json", &error);
  ASSERT_TRUE(back) << error;
  EXPECT_EQ(back->phones.written.size(), 2u);
  EXPECT_EQ(back->phones.survey[0].ratings, (std::array<int, 4>{5, 0, 3, 2}));
  // A bad phones block is refused with its place.
  nlohmann::json bad = doc;
  bad["phones"]["ballots"] = {{"1-0", {{"phone-token-0000001", {1, 12}}}}};
  EXPECT_FALSE(RoomFromJson(TheContent(), bad, "day.json", &error));
  EXPECT_NE(error.find("day.json: /phones/ballots/1-0/phone-token-0000001"), std::string::npos)
      << error;
}

}  // namespace
}  // namespace bip
