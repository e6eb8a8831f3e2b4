#include "choices_json.hpp"

#include <gtest/gtest.h>

namespace bip {
namespace {

using nlohmann::json;

QuarterChoices Sample() {
  QuarterChoices c;
  c.interventions = {"ips", "mentor"};
  c.sparring = "ask_evidence";
  c.belief = 4;
  c.responses = {{"sick_child", "postpone"}, {"letter", "call"}};
  c.caseworker_change = true;
  return c;
}

// The error for the sample's JSON with one value replaced, or "" if it parses.
std::string ErrorWith(const std::string& key, const json& value) {
  json j = ChoicesToJson(Sample());
  j[key] = value;
  std::string error;
  return ChoicesFromJson(j, &error) ? std::string() : error;
}

TEST(ChoicesJson, RoundTrips) {
  std::string error;
  const auto back = ChoicesFromJson(ChoicesToJson(Sample()), &error);
  ASSERT_TRUE(back) << error;
  EXPECT_EQ(*back, Sample());
  const auto defaults = ChoicesFromJson(ChoicesToJson(QuarterChoices{}), &error);
  ASSERT_TRUE(defaults) << error;
  EXPECT_EQ(*defaults, QuarterChoices{});
}

TEST(ChoicesJson, RoundTripsThroughText) {
  const json j = json::parse(ChoicesToJson(Sample()).dump());
  EXPECT_EQ(ChoicesFromJson(j, nullptr), Sample());
}

TEST(ChoicesJson, WritesExactlyTheDocumentedKeys) {
  const json j = ChoicesToJson(QuarterChoices{});
  EXPECT_EQ(j, json::parse(R"({"interventions": [], "sparring": "none", "belief": 3,
                                "responses": {}, "caseworker_change": false})"));
}

TEST(ChoicesJson, RefusesUnknownKey) {
  const std::string error = ErrorWith("belif", 3);
  EXPECT_NE(error.find("\"/belif\""), std::string::npos) << error;
  EXPECT_NE(error.find("unknown key"), std::string::npos) << error;
}

TEST(ChoicesJson, RefusesMissingKey) {
  json j = ChoicesToJson(Sample());
  j.erase("sparring");
  std::string error;
  EXPECT_FALSE(ChoicesFromJson(j, &error));
  EXPECT_NE(error.find("\"/sparring\""), std::string::npos) << error;
  EXPECT_NE(error.find("missing"), std::string::npos) << error;
}

TEST(ChoicesJson, RefusesWrongTypes) {
  const struct {
    std::string key;
    json value;
    std::string pointer;
  } cases[] = {
      {"interventions", "ips", "\"/interventions\""},
      {"interventions", json::array({"ips", 7}), "\"/interventions/1\""},
      {"sparring", nullptr, "\"/sparring\""},
      {"belief", "3", "\"/belief\""},
      {"belief", 3.5, "\"/belief\""},
      {"responses", json::array(), "\"/responses\""},
      {"responses", {{"letter", true}}, "\"/responses/letter\""},
      {"caseworker_change", 1, "\"/caseworker_change\""},
  };
  for (const auto& c : cases) {
    const std::string error = ErrorWith(c.key, c.value);
    EXPECT_NE(error.find(c.pointer), std::string::npos) << c.key << ": " << error;
    EXPECT_NE(error.find("expected"), std::string::npos) << error;
  }
}

TEST(ChoicesJson, RefusesBeliefOutsideOneToFive) {
  for (const json& belief : {json(0), json(6), json(-1), json(std::uint64_t{1} << 63)}) {
    const std::string error = ErrorWith("belief", belief);
    EXPECT_NE(error.find("\"/belief\": expected an integer from 1 to 5"), std::string::npos)
        << error;
  }
  EXPECT_EQ(ErrorWith("belief", 1), "");
  EXPECT_EQ(ErrorWith("belief", 5), "");
}

TEST(ChoicesJson, RefusesTooLongAndEmptyStrings) {
  EXPECT_EQ(ErrorWith("sparring", std::string(kMaxChoiceStringBytes, 'a')), "");
  EXPECT_NE(
      ErrorWith("sparring", std::string(kMaxChoiceStringBytes + 1, 'a')).find("\"/sparring\""),
      std::string::npos);
  EXPECT_NE(ErrorWith("sparring", "").find("\"/sparring\""), std::string::npos);
  EXPECT_NE(ErrorWith("interventions", json::array({std::string(5000, 'x')}))
                .find("\"/interventions/0\""),
            std::string::npos);
  // A too-long event id (a key) is refused, and not quoted whole in the message.
  const std::string error = ErrorWith("responses", {{std::string(5000, 'e'), "call"}});
  EXPECT_NE(error.find("\"/responses/eeee"), std::string::npos) << error;
  EXPECT_LT(error.size(), 300u);
}

TEST(ChoicesJson, RefusesTooManyEntriesAndRepeats) {
  json many = json::array();
  for (std::size_t i = 0; i <= kMaxChoiceListSize; ++i)
    many.push_back(std::string("i") + std::to_string(i));
  EXPECT_NE(ErrorWith("interventions", many).find("\"/interventions\""), std::string::npos);
  json responses = json::object();
  for (std::size_t i = 0; i <= kMaxChoiceListSize; ++i)
    responses[std::string("e") + std::to_string(i)] = "r";
  EXPECT_NE(ErrorWith("responses", responses).find("\"/responses\""), std::string::npos);
  EXPECT_NE(ErrorWith("interventions", json::array({"ips", "ips"})).find("\"/interventions/1\""),
            std::string::npos);
}

TEST(ChoicesJson, RefusesNonObjectAndInvalidUtf8) {
  std::string error;
  EXPECT_FALSE(ChoicesFromJson(json::array(), &error));
  EXPECT_NE(error.find("at the top level"), std::string::npos) << error;
  EXPECT_FALSE(ChoicesFromJson(json(nullptr), nullptr));  // a null error pointer is fine
  EXPECT_NE(ErrorWith("sparring", std::string("\xC3\x28")).find("\"/sparring\""),
            std::string::npos);
}

TEST(ChoicesJson, LongUnknownKeyIsAbbreviated) {
  const std::string error = ErrorWith(std::string(100000, 'k'), 1);
  EXPECT_NE(error.find("unknown key"), std::string::npos);
  EXPECT_LT(error.size(), 300u);
}

}  // namespace
}  // namespace bip
