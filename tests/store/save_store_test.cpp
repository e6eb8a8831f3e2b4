// Profiles, settings, playthroughs, quarters, notes and export.
#include "save_store.hpp"

#include <SQLiteCpp/Database.h>
#include <gtest/gtest.h>

#include <chrono>
#include <limits>
#include <thread>

#include "test_files.hpp"

namespace bip {
namespace {

using nlohmann::json;

class SaveStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto r = SaveStore::Open(dir_.File("bipgame.db"));
    ASSERT_TRUE(r.store) << r.error;
    store_ = std::move(r.store);
  }

  // Rows in a table, read through a second connection as another tool would.
  int Count(const std::string& table, const std::string& where = "1") {
    SQLite::Database db(dir_.File("bipgame.db"));
    return db.execAndGet("SELECT count(*) FROM " + table + " WHERE " + where).getInt();
  }
  void Exec(const std::string& sql) {
    SQLite::Database db(dir_.File("bipgame.db"), SQLite::OPEN_READWRITE);
    db.exec(sql);
  }

  static QuarterChoices Choices(int belief) {
    QuarterChoices c;
    c.interventions = {"ips"};
    c.belief = belief;
    c.responses = {{"letter", "call"}};
    return c;
  }

  test::TempDir dir_;
  std::unique_ptr<SaveStore> store_;
};

TEST_F(SaveStoreTest, ProfilesHaveUniqueBoundedAliases) {
  const auto anna = store_->CreateProfile("Anna");
  const auto bo = store_->CreateProfile("Bo");
  EXPECT_NE(anna, bo);
  const auto profiles = store_->Profiles();
  ASSERT_EQ(profiles.size(), 2u);
  EXPECT_EQ(profiles[0].alias, "Anna");
  EXPECT_EQ(profiles[0].id, anna);
  EXPECT_EQ(profiles[0].created_at.size(), 24u);  // 2026-01-02T03:04:05.678Z
  EXPECT_EQ(profiles[0].created_at.back(), 'Z');

  EXPECT_THROW(store_->CreateProfile("Anna"), std::invalid_argument);
  EXPECT_THROW(store_->CreateProfile("anna"), std::invalid_argument);
  EXPECT_THROW(store_->CreateProfile(""), std::invalid_argument);
  EXPECT_THROW(store_->CreateProfile("   "), std::invalid_argument);
  EXPECT_THROW(store_->CreateProfile(std::string(41, 'x')), std::invalid_argument);
  EXPECT_THROW(store_->CreateProfile("\xFF"), std::invalid_argument);
  std::string forty_letters;
  for (int i = 0; i < 40; ++i) forty_letters += "\xC3\xA5";  // å: 40 characters, 80 bytes
  EXPECT_NO_THROW(store_->CreateProfile(forty_letters));
  try {
    store_->CreateProfile("ANNA");
    FAIL();
  } catch (const std::invalid_argument& e) {
    EXPECT_NE(std::string(e.what()).find("already exists"), std::string::npos) << e.what();
  }
}

TEST_F(SaveStoreTest, SettingsGlobalAndPerProfile) {
  EXPECT_EQ(store_->Setting("language"), std::nullopt);
  store_->SetSetting("language", "sv");
  store_->SetSetting("language", "da");
  EXPECT_EQ(store_->Setting("language"), "da");

  const auto anna = store_->CreateProfile("Anna");
  const auto bo = store_->CreateProfile("Bo");
  store_->SetProfileSetting(anna, "font_scale", "1.5");
  EXPECT_EQ(store_->ProfileSetting(anna, "font_scale"), "1.5");
  EXPECT_EQ(store_->ProfileSetting(bo, "font_scale"), std::nullopt);
  EXPECT_THROW(store_->SetProfileSetting(999, "font_scale", "1"), std::invalid_argument);
  EXPECT_THROW(store_->SetSetting("", "x"), std::invalid_argument);
}

TEST_F(SaveStoreTest, PlaythroughRoundTrip) {
  const auto anna = store_->CreateProfile("Anna");
  const std::uint64_t seed = std::numeric_limits<std::uint64_t>::max();
  const auto play = store_->CreatePlaythrough(anna, "henrik", seed, "content-3");
  const std::vector<QuarterChoices> choices = {Choices(2), Choices(5), Choices(1)};
  for (int q = 1; q <= 3; ++q)
    store_->AppendQuarter(play, q, choices[q - 1], {{"quarter", q}, {"line", 0.5 * q}}, q == 3);

  EXPECT_EQ(store_->Quarters(play), choices);
  const auto snapshots = store_->QuarterSnapshots(play);
  ASSERT_EQ(snapshots.size(), 3u);
  EXPECT_EQ(snapshots[2], (json{{"quarter", 3}, {"line", 1.5}}));

  const auto rows = store_->Playthroughs(anna);
  ASSERT_EQ(rows.size(), 1u);
  const PlaythroughRow& r = rows[0];
  EXPECT_EQ(r.id, play);
  EXPECT_EQ(r.profile_id, anna);
  EXPECT_EQ(r.case_id, "henrik");
  EXPECT_EQ(r.seed, seed);
  EXPECT_EQ(r.content_version, "content-3");
  EXPECT_EQ(r.quarters_played, 3);
  EXPECT_TRUE(r.finished);
  EXPECT_EQ(r.branched_from, std::nullopt);
  EXPECT_GE(r.updated_at, r.created_at);
  EXPECT_EQ(store_->LatestUnfinished(anna), std::nullopt);
  EXPECT_EQ(Count("playthroughs", "seed = '18446744073709551615'"), 1);  // stored as text
}

TEST_F(SaveStoreTest, LatestUnfinishedIsTheLastUpdated) {
  const auto anna = store_->CreateProfile("Anna");
  const auto first = store_->CreatePlaythrough(anna, "henrik", 1, "v");
  const auto second = store_->CreatePlaythrough(anna, "henrik", 2, "v");
  EXPECT_EQ(store_->LatestUnfinished(anna)->id, second);
  // Timestamps have millisecond resolution; players are slower than that.
  std::this_thread::sleep_for(std::chrono::milliseconds(5));
  store_->AppendQuarter(first, 1, Choices(3), json::object(), false);
  EXPECT_EQ(store_->LatestUnfinished(anna)->id, first);
  EXPECT_EQ(store_->Playthroughs(anna).front().id, first);
  EXPECT_EQ(store_->LatestUnfinished(999), std::nullopt);
}

TEST_F(SaveStoreTest, AppendQuarterIsAtomicAndConsecutive) {
  const auto anna = store_->CreateProfile("Anna");
  const auto play = store_->CreatePlaythrough(anna, "henrik", 7, "v");
  EXPECT_THROW(store_->AppendQuarter(play, 0, Choices(3), {}, false), std::invalid_argument);
  EXPECT_THROW(store_->AppendQuarter(play, 2, Choices(3), {}, false), std::invalid_argument);
  store_->AppendQuarter(play, 1, Choices(3), json::object(), false);
  const std::string updated = store_->Playthroughs(anna)[0].updated_at;

  EXPECT_THROW(store_->AppendQuarter(play, 3, Choices(3), {}, true), std::invalid_argument);
  EXPECT_THROW(store_->AppendQuarter(play, 1, Choices(3), {}, true), std::invalid_argument);
  EXPECT_THROW(store_->AppendQuarter(play, 2, Choices(9), {}, true), std::invalid_argument);
  EXPECT_THROW(store_->AppendQuarter(play, 2, Choices(3), std::string("\xFF"), true),
               std::invalid_argument);
  EXPECT_THROW(store_->AppendQuarter(999, 1, Choices(3), {}, false), std::invalid_argument);
  EXPECT_EQ(Count("quarters"), 1);  // nothing of the refused quarters was written
  const auto row = store_->Playthroughs(anna)[0];
  EXPECT_FALSE(row.finished);
  EXPECT_EQ(row.updated_at, updated);

  store_->AppendQuarter(play, 2, Choices(4), json::object(), true);
  EXPECT_THROW(store_->AppendQuarter(play, 3, Choices(3), {}, false), std::invalid_argument)
      << "no quarter after the last";
  EXPECT_EQ(Count("quarters"), 2);
}

TEST_F(SaveStoreTest, DamagedRowsThrowClearErrors) {
  const auto anna = store_->CreateProfile("Anna");
  const auto play = store_->CreatePlaythrough(anna, "henrik", 7, "v");
  store_->AppendQuarter(play, 1, Choices(3), json::object(), false);
  Exec("UPDATE quarters SET choices = json_set(choices, '$.belief', 9), result = 'oops'");
  try {
    store_->Quarters(play);
    FAIL();
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("quarter 1 of saved playthrough"), std::string::npos);
    EXPECT_NE(std::string(e.what()).find("\"/belief\""), std::string::npos) << e.what();
  }
  EXPECT_THROW(store_->QuarterSnapshots(play), std::runtime_error);
  Exec("UPDATE quarters SET choices = '{not json'");
  EXPECT_THROW(store_->Quarters(play), std::runtime_error);
  Exec("UPDATE playthroughs SET seed = '-1'");
  EXPECT_THROW(store_->Playthroughs(anna), std::runtime_error);
}

TEST_F(SaveStoreTest, BranchesNameTheirOrigin) {
  const auto anna = store_->CreateProfile("Anna");
  const auto bo = store_->CreateProfile("Bo");
  const auto origin = store_->CreatePlaythrough(anna, "henrik", 7, "v");
  store_->AppendQuarter(origin, 1, Choices(3), json::object(), false);
  store_->AppendQuarter(origin, 2, Choices(3), json::object(), false);

  const auto branch = store_->CreatePlaythrough(anna, "henrik", 7, "v", origin, 2);
  const auto row = store_->FindPlaythrough(branch);
  ASSERT_TRUE(row);
  EXPECT_EQ(row->branched_from, origin);
  EXPECT_EQ(row->branch_quarter, 2);
  EXPECT_THROW(store_->CreatePlaythrough(anna, "henrik", 7, "v", origin, 3), std::invalid_argument);
  EXPECT_THROW(store_->CreatePlaythrough(bo, "henrik", 7, "v", origin, 1), std::invalid_argument);
  EXPECT_THROW(store_->CreatePlaythrough(anna, "henrik", 7, "v", {}, 1), std::invalid_argument);
  EXPECT_THROW(store_->CreatePlaythrough(anna, "", 7, "v"), std::invalid_argument);
  EXPECT_THROW(store_->CreatePlaythrough(999, "henrik", 7, "v"), std::invalid_argument);

  store_->DeletePlaythrough(origin);
  EXPECT_EQ(store_->FindPlaythrough(branch)->branched_from, std::nullopt);
  EXPECT_EQ(Count("quarters"), 0);
  EXPECT_THROW(store_->DeletePlaythrough(origin), std::invalid_argument);
}

TEST_F(SaveStoreTest, NotesAndReflectionAnswers) {
  const auto anna = store_->CreateProfile("Anna");
  const auto play = store_->CreatePlaythrough(anna, "henrik", 7, "v");
  EXPECT_EQ(store_->Note(play), "");
  store_->SetNote(play, "Henrik lit up at the workshop.");
  store_->SetNote(play, "Henrik lit up at the workshop. Ask about it.");
  EXPECT_EQ(store_->Note(play), "Henrik lit up at the workshop. Ask about it.");
  store_->SetReflectionAnswer(play, "q_belief", "I doubted him too early.");
  store_->SetReflectionAnswer(play, "q_next", "Call sooner.");
  EXPECT_EQ(store_->ReflectionAnswers(play),
            (std::map<std::string, std::string>{{"q_belief", "I doubted him too early."},
                                                {"q_next", "Call sooner."}}));
  store_->SetNote(play, "");
  store_->SetReflectionAnswer(play, "q_next", "");
  EXPECT_EQ(Count("notes"), 0);  // emptied personal text is deleted, not kept
  EXPECT_EQ(Count("reflection_answers"), 1);
  EXPECT_THROW(store_->SetNote(999, "x"), std::invalid_argument);
  EXPECT_THROW(store_->SetNote(play, std::string(kMaxTextBytes + 1, 'x')), std::invalid_argument);
}

TEST_F(SaveStoreTest, EraseProfileRemovesEverythingOfIt) {
  const auto anna = store_->CreateProfile("Anna");
  const auto bo = store_->CreateProfile("Bo");
  for (const auto profile : {anna, bo}) {
    store_->SetProfileSetting(profile, "font_scale", "2");
    const auto play = store_->CreatePlaythrough(profile, "henrik", 7, "v");
    store_->AppendQuarter(play, 1, Choices(3), json::object(), false);
    store_->SetNote(play, "private");
    store_->SetReflectionAnswer(play, "q", "private");
    store_->CreatePlaythrough(profile, "henrik", 8, "v", play, 1);
  }
  store_->SetSetting(kLastProfileSetting, std::to_string(anna));
  store_->SetSetting("language", "sv");

  store_->EraseProfile(anna);
  EXPECT_EQ(Count("profiles"), 1);
  EXPECT_EQ(Count("profile_settings"), 1);
  EXPECT_EQ(Count("playthroughs"), 2);
  EXPECT_EQ(Count("quarters"), 1);
  EXPECT_EQ(Count("notes"), 1);
  EXPECT_EQ(Count("reflection_answers"), 1);
  EXPECT_EQ(Count("playthroughs", "profile_id = " + std::to_string(anna)), 0);
  EXPECT_EQ(store_->Setting(kLastProfileSetting), std::nullopt);
  EXPECT_EQ(store_->Setting("language"), "sv");
  EXPECT_THROW(store_->EraseProfile(anna), std::invalid_argument);

  store_->EraseProfile(bo);
  for (const char* table :
       {"profiles", "profile_settings", "playthroughs", "quarters", "notes", "reflection_answers"})
    EXPECT_EQ(Count(table), 0) << table;
  EXPECT_EQ(store_->IntegrityCheck(), "ok");
}

TEST_F(SaveStoreTest, ExportHoldsEverythingOfTheProfile) {
  const auto anna = store_->CreateProfile("Anna");
  const auto bo = store_->CreateProfile("Bo");
  store_->SetProfileSetting(anna, "font_scale", "1.25");
  const auto play = store_->CreatePlaythrough(anna, "henrik", 18446744073709551615u, "v2");
  store_->AppendQuarter(play, 1, Choices(4), {{"line", 12}}, false);
  store_->SetNote(play, "My own note");
  store_->SetReflectionAnswer(play, "q_belief", "An answer");
  store_->CreatePlaythrough(bo, "henrik", 1, "v2");
  store_->SetNote(store_->Playthroughs(bo)[0].id, "Bo's note");

  const json doc = store_->ExportProfile(anna);
  EXPECT_EQ(doc["format"], "bipgame-profile-export");
  EXPECT_EQ(doc["format_version"], 1);
  EXPECT_EQ(doc["profile"]["alias"], "Anna");
  EXPECT_EQ(doc["settings"]["font_scale"], "1.25");
  ASSERT_EQ(doc["playthroughs"].size(), 1u);
  const json& p = doc["playthroughs"][0];
  EXPECT_EQ(p["note"], "My own note");
  EXPECT_EQ(p["reflection_answers"]["q_belief"], "An answer");
  EXPECT_EQ(p["seed"], "18446744073709551615");
  ASSERT_EQ(p["quarters"].size(), 1u);
  EXPECT_EQ(p["quarters"][0]["choices"]["belief"], 4);
  EXPECT_EQ(p["quarters"][0]["result"]["line"], 12);
  EXPECT_EQ(doc.dump().find("Bo's note"), std::string::npos);
  EXPECT_THROW(store_->ExportProfile(999), std::invalid_argument);
}

}  // namespace
}  // namespace bip
