// Parsing untrusted JSON: every way a file can be wrong is one message with
// its place, never an exception.
#include "json_read.hpp"

#include <gtest/gtest.h>

namespace bip {
namespace {

std::string ErrorOf(const std::string& text) {
  JsonError error;
  const auto json = ParseJsonText(text, error);
  EXPECT_FALSE(json.has_value()) << text;
  EXPECT_EQ(error.Line().find('\n'), std::string::npos) << error.Line();
  return error.Line();
}

TEST(JsonRead, ANumberTooLargeForADoubleIsAnErrorWithItsPlace) {
  EXPECT_EQ(ErrorOf("{\n  \"a\": 1e400\n}"),
            "not valid JSON at line 2, column 8: the number 1e400 is too large (expected a number "
            "from -1.7e308 "
            "to 1.7e308)");
  EXPECT_NE(ErrorOf("[-1e400]").find("-1e400 is too large"), std::string::npos);
}

TEST(JsonRead, NaNSaysWhatWasExpected) {
  const std::string e = ErrorOf("{\"a\": NaN}");
  EXPECT_EQ(e.rfind("not valid JSON at line 1, column 7: ", 0), 0u) << e;
  EXPECT_NE(e.find("expected a number, a string, true, false, null, an object or an array"),
            std::string::npos)
      << e;
}

TEST(JsonRead, DuplicateKeysAreRefusedWithTheirPointer) {
  EXPECT_EQ(ErrorOf(R"({"person": {"name": "Henrik", "age": 3, "name": "Bo"}})"),
            "/person/name: duplicate key \"name\" in one object (expected each key once; the later "
            "value would "
            "silently replace the earlier)");
  EXPECT_EQ(ErrorOf(R"({"a": [{"x": 1}, {"x": 1, "x": 2}]})").rfind("/a/1/x: duplicate key", 0),
            0u);
  EXPECT_EQ(ErrorOf(R"({"a/b": {"k~": 1, "k~": 2}})").rfind("/a~1b/k~0: duplicate key", 0), 0u);
}

TEST(JsonRead, DeepNestingIsRefused) {
  const std::string deep = std::string(100000, '[') + std::string(100000, ']');
  EXPECT_NE(ErrorOf(deep).find("nested deeper than"), std::string::npos);
  const std::string fine = std::string(kMaxJsonDepth, '[') + std::string(kMaxJsonDepth, ']');
  JsonError error;
  EXPECT_TRUE(ParseJsonText(fine, error).has_value()) << error.Line();
}

TEST(JsonRead, ValidDocumentsReadAsNlohmannReadsThem) {
  const std::string text =
      R"({"a": [1, -2, 3.5, true, null, "x", {"b": {}}, []], "c": 18446744073709551615})";
  JsonError error;
  const auto json = ParseJsonText(text, error);
  ASSERT_TRUE(json.has_value()) << error.Line();
  EXPECT_EQ(*json, nlohmann::json::parse(text));
  EXPECT_TRUE((*json)["c"].is_number_unsigned());
}

TEST(JsonRead, MessagesStayOnOneLine) {
  EXPECT_EQ(ErrorOf("\"a\nb\"").find('\n'), std::string::npos);
  EXPECT_EQ(ErrorOf("{\"k\nk\": 1, \"k\nk\": 2}").find('\n'), std::string::npos);
}

}  // namespace
}  // namespace bip
