// Opening, creating and refusing saved-games files.
#include <SQLiteCpp/Database.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <random>
#include <set>

#include "save_store.hpp"
#include "schema.hpp"
#include "test_files.hpp"

namespace bip {
namespace {

namespace fs = std::filesystem;
using test::ReadBytes;
using test::TempDir;
using test::WriteBytes;

std::set<std::string> Listing(const std::string& dir) {
  std::set<std::string> names;
  for (const auto& entry : fs::directory_iterator(dir)) names.insert(entry.path().filename());
  return names;
}

// Opens path expecting a refusal that names the path and `why`, and checks
// the file came out byte for byte as it went in, with no journal or WAL
// files left beside it.
void ExpectRefusedUnchanged(const std::string& path, const std::string& why) {
  const std::string before = ReadBytes(path);
  const std::string dir = fs::path(path).parent_path();
  const std::set<std::string> listing = Listing(dir);
  const SaveStore::OpenResult r = SaveStore::Open(path);
  EXPECT_EQ(r.store, nullptr);
  EXPECT_NE(r.error.find(path), std::string::npos) << r.error;
  EXPECT_NE(r.error.find(why), std::string::npos) << r.error;
  EXPECT_NE(r.error.find("left unchanged"), std::string::npos) << r.error;
  ASSERT_TRUE(fs::exists(path));
  EXPECT_TRUE(ReadBytes(path) == before) << "the refused file was modified";
  EXPECT_EQ(Listing(dir), listing);
}

// A saved-games file with a little of everything in it, closed again.
void MakeRealDatabase(const std::string& path) {
  auto r = SaveStore::Open(path);
  ASSERT_TRUE(r.store) << r.error;
  SaveStore& s = *r.store;
  const auto profile = s.CreateProfile("Anna");
  const auto play = s.CreatePlaythrough(profile, "henrik", 42, "v1");
  for (int q = 1; q <= 4; ++q)
    s.AppendQuarter(play, q, QuarterChoices{}, {{"line", q * 10}, {"pad", std::string(900, 'p')}},
                    false);
  s.SetNote(play, std::string(3000, 'n'));
}

SQLite::Database Raw(const std::string& path) {
  return SQLite::Database(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
}

TEST(SaveStoreOpen, CreatesFoldersAndReopens) {
  TempDir dir;
  const std::string path = dir.path() + "/deep/er/bipgame.db";
  {
    auto r = SaveStore::Open(path);
    ASSERT_TRUE(r.store) << r.error;
    EXPECT_TRUE(r.error.empty());
    EXPECT_EQ(r.store->path(), path);
    r.store->CreateProfile("Anna");
  }
  auto again = SaveStore::Open(path);
  ASSERT_TRUE(again.store) << again.error;
  ASSERT_EQ(again.store->Profiles().size(), 1u);
  EXPECT_EQ(again.store->Profiles()[0].alias, "Anna");
  EXPECT_EQ(again.store->IntegrityCheck(), "ok");
}

TEST(SaveStoreOpen, NewDatabaseHasCurrentSchemaAndWal) {
  TempDir dir;
  const std::string path = dir.File("bipgame.db");
  ASSERT_TRUE(SaveStore::Open(path).store);
  SQLite::Database db(path);
  EXPECT_EQ(db.execAndGet("PRAGMA user_version").getInt(), kSchemaVersion);
  EXPECT_EQ(db.execAndGet("PRAGMA application_id").getInt(), kApplicationId);
  EXPECT_EQ(db.execAndGet("PRAGMA journal_mode").getString(), "wal");
}

TEST(SaveStoreOpen, MigratesEmptyFilesFromVersionZero) {
  TempDir dir;
  const std::string zero_bytes = dir.File("zero.db");
  WriteBytes(zero_bytes, "");
  const std::string empty_sqlite = dir.File("empty.db");
  {
    SQLite::Database db = Raw(empty_sqlite);
    db.exec("PRAGMA page_size = 1024; VACUUM");  // a header, no tables
  }
  ASSERT_GT(fs::file_size(empty_sqlite), 0u);
  for (const std::string& path : {zero_bytes, empty_sqlite}) {
    auto r = SaveStore::Open(path);
    ASSERT_TRUE(r.store) << r.error;
    r.store.reset();
    SQLite::Database db(path);
    EXPECT_EQ(db.execAndGet("PRAGMA user_version").getInt(), kSchemaVersion);
    for (const char* table : {"profiles", "settings", "profile_settings", "playthroughs",
                              "quarters", "notes", "reflection_answers"})
      EXPECT_TRUE(db.tableExists(table)) << path << ": " << table;
  }
}

TEST(SaveStoreOpen, RefusesNewerVersionUnchanged) {
  TempDir dir;
  const std::string path = dir.File("bipgame.db");
  MakeRealDatabase(path);
  Raw(path).exec("PRAGMA user_version = " + std::to_string(kSchemaVersion + 1));
  ExpectRefusedUnchanged(path, "newer version of bipgame");
}

TEST(SaveStoreOpen, RefusesRandomBytesUnchanged) {
  TempDir dir;
  const std::string path = dir.File("bipgame.db");
  std::mt19937 rng(7);
  std::string bytes(64 * 1024, '\0');
  for (char& c : bytes) c = static_cast<char>(rng() & 0xFF);
  WriteBytes(path, bytes);
  ExpectRefusedUnchanged(path, "not an SQLite database");
}

TEST(SaveStoreOpen, RefusesTruncatedDatabaseUnchanged) {
  TempDir dir;
  const std::string path = dir.File("bipgame.db");
  MakeRealDatabase(path);
  const std::string whole = ReadBytes(path);
  ASSERT_GT(whole.size(), 4 * 4096u);
  WriteBytes(path, whole.substr(0, 3 * 4096));
  ExpectRefusedUnchanged(path, "damaged");
}

TEST(SaveStoreOpen, RefusesDamagedPagesUnchanged) {
  TempDir dir;
  const std::string path = dir.File("bipgame.db");
  MakeRealDatabase(path);
  std::string bytes = ReadBytes(path);
  std::mt19937 rng(11);
  for (std::size_t i = 4096; i < bytes.size(); ++i) bytes[i] = static_cast<char>(rng() & 0xFF);
  WriteBytes(path, bytes);
  ExpectRefusedUnchanged(path, "damaged");
}

TEST(SaveStoreOpen, RefusesTextFileUnchanged) {
  TempDir dir;
  const std::string path = dir.File("notes.txt");
  WriteBytes(path, "Dear diary,\nthis is not a database.\n");
  ExpectRefusedUnchanged(path, "not an SQLite database");
}

TEST(SaveStoreOpen, RefusesForeignDatabaseUnchanged) {
  TempDir dir;
  const std::string path = dir.File("other.db");
  {
    SQLite::Database db = Raw(path);
    db.exec("CREATE TABLE foo (x INTEGER); INSERT INTO foo VALUES (1)");
  }
  ExpectRefusedUnchanged(path, "another program (tables: foo");
}

TEST(SaveStoreOpen, RefusesForeignDatabaseThatSharesOurVersionNumber) {
  TempDir dir;
  const std::string path = dir.File("other.db");
  Raw(path).exec("CREATE TABLE profiles (x); PRAGMA user_version = 1");
  ExpectRefusedUnchanged(path, "another program");
}

TEST(SaveStoreOpen, RefusesPathUnderARegularFile) {
  // Fails for root too, unlike a folder without write permission.
  TempDir dir;
  WriteBytes(dir.File("plain"), "x");
  const auto r = SaveStore::Open(dir.File("plain") + "/bipgame.db");
  EXPECT_EQ(r.store, nullptr);
  EXPECT_NE(r.error.find(dir.File("plain") + "/bipgame.db"), std::string::npos) << r.error;
  EXPECT_NE(r.error.find("folder"), std::string::npos) << r.error;
  EXPECT_EQ(ReadBytes(dir.File("plain")), "x");
}

TEST(SaveStoreOpen, RefusesUnwritableFolder) {
  if (geteuid() == 0) GTEST_SKIP() << "root writes to any folder";
  TempDir dir;
  const std::string locked = dir.File("locked");
  fs::create_directory(locked);
  fs::permissions(locked, fs::perms::owner_read | fs::perms::owner_exec);
  const auto r = SaveStore::Open(locked + "/bipgame.db");
  EXPECT_EQ(r.store, nullptr);
  EXPECT_NE(r.error.find("not writable"), std::string::npos) << r.error;
}

TEST(SaveStoreOpen, RefusesReadOnlyFile) {
  if (geteuid() == 0) GTEST_SKIP() << "root writes to any file";
  TempDir dir;
  const std::string path = dir.File("bipgame.db");
  MakeRealDatabase(path);
  fs::permissions(path, fs::perms::owner_read);
  const auto r = SaveStore::Open(path);
  EXPECT_EQ(r.store, nullptr);
  EXPECT_NE(r.error.find("read-only"), std::string::npos) << r.error;
}

TEST(SaveStoreOpen, RefusesAFolder) {
  TempDir dir;
  const auto r = SaveStore::Open(dir.path());
  EXPECT_EQ(r.store, nullptr);
  EXPECT_NE(r.error.find("not a regular file"), std::string::npos) << r.error;
}

TEST(SaveStoreOpen, DefaultPathFollowsXdgThenHome) {
  const char* old_xdg = std::getenv("XDG_DATA_HOME");
  const char* old_home = std::getenv("HOME");
  const std::string saved_xdg = old_xdg ? old_xdg : "", saved_home = old_home ? old_home : "";

  setenv("XDG_DATA_HOME", "/data/xdg", 1);
  setenv("HOME", "/home/anna", 1);
  EXPECT_EQ(SaveStore::DefaultPath(), "/data/xdg/bipgame/bipgame.db");
  unsetenv("XDG_DATA_HOME");
  EXPECT_EQ(SaveStore::DefaultPath(), "/home/anna/.local/share/bipgame/bipgame.db");
  setenv("XDG_DATA_HOME", "relative/ignored", 1);
  EXPECT_EQ(SaveStore::DefaultPath(), "/home/anna/.local/share/bipgame/bipgame.db");

  if (old_xdg)
    setenv("XDG_DATA_HOME", saved_xdg.c_str(), 1);
  else
    unsetenv("XDG_DATA_HOME");
  if (old_home)
    setenv("HOME", saved_home.c_str(), 1);
  else
    unsetenv("HOME");
}

}  // namespace
}  // namespace bip
