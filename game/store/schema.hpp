#pragma once
// The saved-games schema as an ordered list of forward migrations. Step i
// takes a database from user_version i to i + 1; version 1 is the initial
// schema. Never edit a released step: add a new one.
#include <cstdint>

namespace SQLite {
class Database;
}

namespace bip {

// Marks the file as ours in the SQLite header ("BIPG"), so a database of
// another program is told apart even when it also sets user_version.
inline constexpr std::int32_t kApplicationId = 0x42495047;

// The newest schema this program knows; one migration step per version.
inline constexpr int kSchemaVersion = 1;

// Applies each missing step in its own IMMEDIATE transaction, so two game
// instances opening the same file migrate it once. Throws std::runtime_error
// on a database that is not ours or is newer than kSchemaVersion.
void Migrate(SQLite::Database& db);

}  // namespace bip
