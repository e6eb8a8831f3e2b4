// A refused import says why in the team leader's words (a text key and its
// values, translated by the desk), while the technical line stays as it was.
#include <gtest/gtest.h>

#include "team_fixture.hpp"
#include "team_session.hpp"

namespace bip {
namespace {

using nlohmann::json;

json ResultDoc() {
  const TeamSession s = test::EmptySession();
  return ResultToJson(test::PlayedPolicy("karen", "Anna"), s.case_id, s.content_version, s.seed);
}

ImportRefusal Refusal(const std::string& text, std::string* error = nullptr) {
  const auto path = test::TempDir() / "anna-result.json";
  test::WriteText(path, text);
  std::string why;
  ImportRefusal refusal;
  EXPECT_FALSE(ImportResultFile(test::Kit(), test::EmptySession(), path.string(), &why, &refusal));
  EXPECT_FALSE(why.empty());
  if (error) *error = why;
  return refusal;
}

std::string Shown(const ImportRefusal& r, const std::string& lang) {
  return test::TeamContent().texts.Format(lang, r.key, r.args);
}

TEST(ImportRefusalTest, AnotherGameNumberNamesBothNumbers) {
  json doc = ResultDoc();
  doc["seed"] = "8";
  std::string technical;
  const ImportRefusal r = Refusal(doc.dump(), &technical);
  EXPECT_EQ(r.key, "team.refusal.seed");
  EXPECT_EQ(Shown(r, "sv"),
            "Filen anna-result.json spelades med spelnummer 8; sessionen använder spelnummer 7.");
  EXPECT_NE(technical.find("/seed: expected \"7\""), std::string::npos)
      << "the log keeps the technical line";
}

TEST(ImportRefusalTest, ATamperedOutcomeShowsNoRawNumbers) {
  json doc = ResultDoc();
  doc["quarters"][0]["job_within_year_after"] = 0.04172355576159226;
  const ImportRefusal r = Refusal(doc.dump());
  EXPECT_EQ(r.key, "team.refusal.changed");
  for (const char* lang : {"sv", "da", "en"}) {
    const std::string shown = Shown(r, lang);
    EXPECT_EQ(shown.find("0.0417"), std::string::npos) << shown;
    EXPECT_EQ(shown.find('{'), std::string::npos) << shown;
    EXPECT_NE(shown.find("anna-result.json"), std::string::npos) << shown;
  }
}

TEST(ImportRefusalTest, EachKindOfRefusal) {
  EXPECT_EQ(Refusal("{ nope").key, "team.refusal.damaged");
  EXPECT_EQ(Refusal("[1, 2]").key, "team.refusal.not_result");
  json doc = ResultDoc();
  doc["format_version"] = 99;
  EXPECT_EQ(Refusal(doc.dump()).key, "team.refusal.version");
  doc = ResultDoc();
  doc["case"] = "mette";
  const ImportRefusal other_case = Refusal(doc.dump());
  EXPECT_EQ(other_case.key, "team.refusal.case");
  EXPECT_NE(Shown(other_case, "sv").find("ärendet mette; sessionen spelar henrik"),
            std::string::npos)
      << "ids here; the desk names the cases";
  doc = ResultDoc();
  doc["content_version"] = 999;
  EXPECT_EQ(Refusal(doc.dump()).key, "team.refusal.content_version");
  doc = ResultDoc();
  doc["quarters"][0]["choices"] = "x";
  EXPECT_EQ(Refusal(doc.dump()).key, "team.refusal.damaged");
  doc = ResultDoc();
  doc["quarters"][0]["choices"]["sparring"] = "astral_body";  // a move this game does not have
  EXPECT_EQ(Refusal(doc.dump()).key, "team.refusal.changed");
}

}  // namespace
}  // namespace bip
