#include "schema.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Transaction.h>

#include <array>
#include <stdexcept>
#include <string>
#include <string_view>

namespace bip {
namespace {

// Seeds are TEXT holding the decimal uint64: SQLite integers are signed 64-bit,
// and a bit-cast seed would show up negative in any other tool. Timestamps are
// ISO-8601 UTC text with milliseconds, so they sort as text.
constexpr std::string_view kVersion1 = R"sql(
CREATE TABLE profiles (
  id INTEGER PRIMARY KEY,
  alias TEXT NOT NULL UNIQUE COLLATE NOCASE,
  created_at TEXT NOT NULL
);
CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE profile_settings (
  profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
  key TEXT NOT NULL,
  value TEXT NOT NULL,
  PRIMARY KEY (profile_id, key)
) WITHOUT ROWID;
CREATE TABLE playthroughs (
  id INTEGER PRIMARY KEY,
  profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
  case_id TEXT NOT NULL,
  seed TEXT NOT NULL,
  content_version TEXT NOT NULL,
  finished INTEGER NOT NULL DEFAULT 0 CHECK (finished IN (0, 1)),
  branched_from INTEGER REFERENCES playthroughs(id) ON DELETE SET NULL,
  branch_quarter INTEGER NOT NULL DEFAULT 0 CHECK (branch_quarter >= 0),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX playthroughs_by_profile ON playthroughs(profile_id, updated_at);
CREATE INDEX playthroughs_by_origin ON playthroughs(branched_from);
CREATE TABLE quarters (
  playthrough_id INTEGER NOT NULL REFERENCES playthroughs(id) ON DELETE CASCADE,
  quarter INTEGER NOT NULL CHECK (quarter >= 1),
  choices TEXT NOT NULL,
  result TEXT NOT NULL,
  played_at TEXT NOT NULL,
  PRIMARY KEY (playthrough_id, quarter)
) WITHOUT ROWID;
CREATE TABLE notes (
  playthrough_id INTEGER PRIMARY KEY REFERENCES playthroughs(id) ON DELETE CASCADE,
  text TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE TABLE reflection_answers (
  playthrough_id INTEGER NOT NULL REFERENCES playthroughs(id) ON DELETE CASCADE,
  question_id TEXT NOT NULL,
  text TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (playthrough_id, question_id)
) WITHOUT ROWID;
)sql";

constexpr std::array<std::string_view, kSchemaVersion> kMigrations = {kVersion1};

constexpr bool NoStepMissing() {
  for (const std::string_view step : kMigrations)
    if (step.empty()) return false;
  return true;
}
static_assert(NoStepMissing(), "kSchemaVersion was raised without adding its migration step");

}  // namespace

void Migrate(SQLite::Database& db) {
  for (;;) {
    SQLite::Transaction tx(db, SQLite::TransactionBehavior::IMMEDIATE);
    // Read again under the write lock: another instance may have migrated.
    const int version = db.execAndGet("PRAGMA user_version").getInt();
    const int app_id = db.execAndGet("PRAGMA application_id").getInt();
    if (version >= kSchemaVersion && app_id == kApplicationId) {
      if (version > kSchemaVersion)
        throw std::runtime_error("the database has schema version " + std::to_string(version) +
                                 ", newer than this program knows (" +
                                 std::to_string(kSchemaVersion) + ")");
      return;  // up to date; the empty transaction rolls back
    }
    if (version == 0) {
      // Only ever initialise a database with nothing in it.
      const int objects = db.execAndGet("SELECT count(*) FROM sqlite_master").getInt();
      if (app_id != 0 || objects != 0)
        throw std::runtime_error("the database belongs to another program");
      db.exec("PRAGMA application_id = " + std::to_string(kApplicationId));
    } else if (app_id != kApplicationId) {
      throw std::runtime_error("the database belongs to another program");
    }
    db.exec(std::string(kMigrations[static_cast<std::size_t>(version)]));
    db.exec("PRAGMA user_version = " + std::to_string(version + 1));
    tx.commit();
  }
}

}  // namespace bip
