// The JSON Schemas in content/schema: they load, they agree with the code
// (parameter registry, indicator and group ids, findings), the project's
// content matches them, and their errors read as one precise line.
#include "schema_check.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>

#include "json_reader.hpp"
#include "load_content.hpp"
#include "parameters.hpp"

namespace bip {
namespace {
namespace fs = std::filesystem;

const fs::path kContent = BIPGAME_SOURCE_CONTENT_DIR;

const SchemaSet& Schemas() {
  static const SchemaSet set = [] {
    Problems problems;
    SchemaSet s = SchemaSet::Load((kContent / "schema").string(), problems);
    for (const Problem& p : problems.list()) ADD_FAILURE() << p.Line();
    return s;
  }();
  return set;
}

Json ReadJson(const fs::path& p) {
  std::ifstream in(p);
  return Json::parse(in);
}

std::vector<std::string> Validate(const std::string& schema, const Json& doc) {
  Problems problems;
  Schemas().Validate(schema, doc, "f.json", problems);
  std::vector<std::string> lines;
  for (const Problem& p : problems.list()) lines.push_back(p.Line());
  return lines;
}

std::string Joined(const std::vector<std::string>& lines) {
  std::string out;
  for (const std::string& l : lines) out += l + "\n";
  return out;
}

TEST(Schemas, EveryContentFileHasOne) {
  for (const char* name : {"case", "indicators", "interventions", "sparring", "parameters",
                           "calibration", "policy-file", "i18n"})
    EXPECT_TRUE(Schemas().Has(name)) << name;
}

TEST(Schemas, FileNamesMapToSchemas) {
  EXPECT_EQ(SchemaNameFor("cases/anna.json"), "case");
  EXPECT_EQ(SchemaNameFor("model/indicators.json"), "indicators");
  EXPECT_EQ(SchemaNameFor("model/interventions.json"), "interventions");
  EXPECT_EQ(SchemaNameFor("model/parameters.json"), "parameters");
  EXPECT_EQ(SchemaNameFor("model/calibration.json"), "calibration");
  EXPECT_EQ(SchemaNameFor("sparring.json"), "sparring");
  EXPECT_EQ(SchemaNameFor("i18n/sv/ui.json"), "i18n");
  EXPECT_EQ(SchemaNameFor("model/extra.json"), "");
  EXPECT_EQ(SchemaNameFor("cases/README.md"), "");
}

TEST(Schemas, ProjectContentMatches) {
  int files = 0;
  for (const auto& entry : fs::recursive_directory_iterator(kContent)) {
    if (entry.path().extension() != ".json") continue;
    const std::string rel = fs::relative(entry.path(), kContent).generic_string();
    if (rel.rfind("schema/", 0) == 0) continue;
    const std::string name = SchemaNameFor(rel);
    ASSERT_FALSE(name.empty()) << rel;
    EXPECT_EQ(Joined(Validate(name, ReadJson(entry.path()))), "") << rel;
    ++files;
  }
  EXPECT_GT(files, 10);
}

TEST(Schemas, ParametersMatchTheRegistry) {
  const Json& doc = *Schemas().Document("parameters");
  const Json& params = doc["properties"]["parameters"];
  std::set<std::string> required;
  for (const Json& k : params["required"]) required.insert(k.get<std::string>());
  EXPECT_EQ(required.size(), ParameterRegistry().size());
  EXPECT_EQ(params["properties"].size(), ParameterRegistry().size());
  for (const ParameterSlot& slot : ParameterRegistry()) {
    const std::string name(slot.name);
    ASSERT_TRUE(params["properties"].contains(name)) << name;
    EXPECT_TRUE(required.count(name)) << name;
    Json value = params["properties"][name]["allOf"][1]["properties"]["value"];
    if (value.contains("$ref")) {
      EXPECT_TRUE(slot.per_indicator) << name << " is a list per indicator in the schema";
      const std::string ref = value["$ref"].get<std::string>();
      value = doc.at(Json::json_pointer(ref.substr(1)));
      for (std::string_view id : kIndicatorIds) {
        const Json& v = value["properties"][std::string(id)];
        EXPECT_DOUBLE_EQ(v["minimum"].get<double>(), slot.min) << name << "." << id;
        EXPECT_DOUBLE_EQ(v["maximum"].get<double>(), slot.max) << name << "." << id;
      }
    } else {
      EXPECT_TRUE(slot.scalar) << name << " is a number in the schema";
      EXPECT_DOUBLE_EQ(value["minimum"].get<double>(), slot.min) << name;
      EXPECT_DOUBLE_EQ(value["maximum"].get<double>(), slot.max) << name;
    }
  }
}

TEST(Schemas, IdsMatchTheCode) {
  const Json common = ReadJson(kContent / "schema" / "common.schema.json")["definitions"];
  std::vector<std::string> indicators, groups, findings;
  for (const Json& v : common["indicator"]["enum"]) indicators.push_back(v.get<std::string>());
  for (const Json& v : common["group"]["enum"]) groups.push_back(v.get<std::string>());
  for (const Json& v : common["finding"]["enum"]) findings.push_back(v.get<std::string>());
  EXPECT_EQ(indicators, std::vector<std::string>(kIndicatorIds.begin(), kIndicatorIds.end()));
  EXPECT_EQ(groups, std::vector<std::string>(kGroupIds.begin(), kGroupIds.end()));
  // The findings the loader knows are the ones whose texts it requires.
  std::vector<std::string> required;
  for (const std::string& k : RequiredTextKeys(Content{}))
    if (k.rfind("finding.", 0) == 0 && k.ends_with(".title"))
      required.push_back(k.substr(8, k.size() - 8 - 6));
  std::sort(required.begin(), required.end());
  std::sort(findings.begin(), findings.end());
  EXPECT_EQ(findings, required);
}

TEST(Schemas, CaseAndPolicyFileShareOnePolicy) {
  const Json& c = *Schemas().Document("case");
  const Json& p = *Schemas().Document("policy-file");
  // The case schema's policies are the policy file's policy (bundled in).
  const Json& policies = c["properties"]["policies"]["additionalProperties"];
  ASSERT_TRUE(policies.contains("$ref"));
  const Json& bundled = c.at(Json::json_pointer(policies["$ref"].get<std::string>().substr(1)));
  EXPECT_EQ(bundled["required"], p["definitions"]["policy"]["required"]);
  EXPECT_EQ(bundled["properties"].size(), p["definitions"]["policy"]["properties"].size());
}

// ---- How schema errors read ----

Json Henrik() {
  return ReadJson(kContent / "cases" / "henrik.json");
}

TEST(SchemaMessages, WrongType) {
  Json d = Henrik();
  d["person"]["conviction"] = "no";
  EXPECT_EQ(
      Joined(Validate("case", d)),
      "f.json: /person/conviction: wrong type: found the string \"no\" (expected true or false)\n");
}

TEST(SchemaMessages, MissingKeyNamesTheKeyAndWhatItHolds) {
  Json d = Henrik();
  d["start"].erase("job_search");
  EXPECT_EQ(
      Joined(Validate("case", d)),
      "f.json: /start/job_search: missing key \"job_search\" (expected a number from 1 to 5)\n");
}

TEST(SchemaMessages, TriggerKeysDependOnItsType) {
  Json d = Henrik();
  d["events"][0]["trigger"] = {{"type", "random"}, {"quarter", 3}};
  const std::string out = Joined(Validate("case", d));
  EXPECT_NE(out.find("f.json: /events/0/trigger/chance: missing key \"chance\" (expected a number "
                     "from 0 to 1: the chance per quarter, 0-1)\n"),
            std::string::npos)
      << out;
  EXPECT_NE(out.find("f.json: /events/0/trigger/quarter: unknown key \"quarter\" (expected one of: "
                     "type, chance, from_quarter, to_quarter)\n"),
            std::string::npos)
      << out;
}

TEST(SchemaMessages, UnknownValue) {
  Json d = Henrik();
  d["events"][2]["responses"][0]["practice"] = "great";
  EXPECT_EQ(Joined(Validate("case", d)),
            "f.json: /events/2/responses/0/practice: unknown value: found the string \"great\" "
            "(expected one of good, mixed, poor)\n");
}

// Duplicates in a list are the loader's to report, in one pass: valijson's
// uniqueItems compares every pair and records an error per pair, which took
// 23 GB for a palette of 100,000 repeats (HostileContent.ManyRepeats...).
TEST(SchemaMessages, DuplicateInAListIsLeftToTheLoader) {
  Json d = Henrik();
  d["palette"].push_back(d["palette"][0]);
  EXPECT_EQ(Joined(Validate("case", d)), "");
}

TEST(SchemaMessages, TooFewResponses) {
  Json d = Henrik();
  d["events"][0]["responses"] = Json::array({d["events"][0]["responses"][0]});
  EXPECT_EQ(Joined(Validate("case", d)),
            "f.json: /events/0/responses: wrong number of items: found 1 (expected a list of 2 to "
            "4 responses, exactly one with \"default\": true)\n");
}

TEST(SchemaMessages, BadlyFormedId) {
  Json d = Henrik();
  d["events"][0]["id"] = "Peace and quiet";
  EXPECT_EQ(Joined(Validate("case", d)),
            "f.json: /events/0/id: badly formed: found the string \"Peace and quiet\" (expected an "
            "id: lower-case letters, digits and _, starting with a letter)\n");
}

TEST(SchemaMessages, FormatVersion) {
  Json d = ReadJson(kContent / "sparring.json");
  d["format_version"] = 2;
  EXPECT_EQ(Joined(Validate("sparring", d)),
            "f.json: /format_version: unknown value: found the number 2 (expected 1: the version "
            "of the content format this game reads)\n");
}

TEST(SchemaMessages, SparringNeedsNone) {
  Json d = ReadJson(kContent / "sparring.json");
  Json moves = Json::array();
  for (const Json& m : d["moves"])
    if (m["id"] != "none") moves.push_back(m);
  d["moves"] = moves;
  EXPECT_EQ(Joined(Validate("sparring", d)),
            "f.json: /moves: missing item (expected a move with the id \"none\")\n");
}

TEST(SchemaMessages, IndicatorsInOrder) {
  Json d = ReadJson(kContent / "model" / "indicators.json");
  std::swap(d["indicators"][0], d["indicators"][1]);
  const std::string out = Joined(Validate("indicators", d));
  EXPECT_NE(out.find("f.json: /indicators/0/id: unknown value: found the string \"concentration\" "
                     "(expected \"labour_market_knowledge\""),
            std::string::npos)
      << out;
}

TEST(SchemaMessages, TextFile) {
  const Json d = {{"case.anna.name", "Anna"}, {"case.anna.story", ""}, {"case.anna.summary", 3}};
  const std::string out = Joined(Validate("i18n", d));
  EXPECT_NE(out.find("f.json: /case.anna.story: empty text (expected a non-empty text)\n"),
            std::string::npos)
      << out;
  EXPECT_NE(out.find("f.json: /case.anna.summary: wrong type: found the number 3 (expected a "
                     "non-empty text)\n"),
            std::string::npos)
      << out;
}

TEST(SchemaMessages, AMissingSchemaFolderIsOneProblem) {
  Problems problems;
  const SchemaSet none = SchemaSet::Load("/nonexistent/schema", problems);
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_FALSE(none.Has("case"));
}

}  // namespace
}  // namespace bip
