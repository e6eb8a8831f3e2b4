#include "file_check.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <array>
#include <cctype>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "schema.hpp"
#include "text_checks.hpp"

namespace bip {
namespace {

constexpr char kSqliteMagic[] = "SQLite format 3";  // 16 bytes with its NUL
constexpr std::size_t kHeaderBytes = 100;
constexpr int kBusyTimeoutMs = 5000;
constexpr const char* kExpected = "expected a bipgame saved-games database";

std::optional<std::string> CheckHeader(const std::string& path, bool& empty, bool& wal) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return "the file cannot be read";
  std::array<char, kHeaderBytes> header{};
  in.read(header.data(), header.size());
  wal = header[18] == 2 && header[19] == 2;  // file format versions 2: WAL mode
  const std::streamsize got = in.gcount();
  empty = got == 0;
  if (empty) return std::nullopt;  // SQLite treats an empty file as an empty database
  if (got < static_cast<std::streamsize>(kHeaderBytes) ||
      std::memcmp(header.data(), kSqliteMagic, sizeof kSqliteMagic) != 0)
    return std::string("it is not an SQLite database (") + kExpected + ")";
  return std::nullopt;
}

// Names of the tables in the database, for telling the player whose it is.
std::string TableList(SQLite::Database& db) {
  SQLite::Statement q(db, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
  std::string names;
  int shown = 0;
  while (q.executeStep()) {
    if (shown == 5) return names + ", ...";
    names += (shown++ ? ", " : "") + Abbreviate(q.getColumn(0).getString());
  }
  return names.empty() ? "none" : names;
}

// A file: URI for path; everything but unreserved characters and '/' escaped.
std::string FileUri(const std::string& path) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string uri = "file:";
  for (const char ch : path) {
    const auto c = static_cast<unsigned char>(ch);
    if (std::isalnum(c) || c == '/' || c == '-' || c == '_' || c == '.' || c == '~') {
      uri += ch;
    } else {
      uri += '%';
      uri += kHex[c >> 4];
      uri += kHex[c & 0xF];
    }
  }
  return uri;
}

SQLite::Database OpenReadOnly(const std::string& path, bool wal) {
  // Even a read-only connection to a WAL database creates -wal and -shm
  // files beside it. Without a -wal file the main file holds everything, so
  // it can be read as immutable and nothing is created; with one, it must be
  // read through the log.
  if (wal && !std::filesystem::exists(path + "-wal"))
    return SQLite::Database(FileUri(path) + "?immutable=1",
                            SQLite::OPEN_READONLY | SQLite::OPEN_URI, kBusyTimeoutMs);
  return SQLite::Database(path, SQLite::OPEN_READONLY, kBusyTimeoutMs);
}

std::optional<std::string> CheckDatabase(const std::string& path, bool wal) {
  SQLite::Database db = OpenReadOnly(path, wal);
  const int objects = db.execAndGet("SELECT count(*) FROM sqlite_master").getInt();
  const int app_id = db.execAndGet("PRAGMA application_id").getInt();
  const int version = db.execAndGet("PRAGMA user_version").getInt();
  const bool blank = objects == 0 && app_id == 0 && version == 0;
  if (!blank && app_id != kApplicationId)
    return "it is an SQLite database of another program (tables: " + TableList(db) + "; " +
           kExpected + ")";
  if (version > kSchemaVersion)
    return "it was saved by a newer version of bipgame (schema version " + std::to_string(version) +
           "; this version reads up to " + std::to_string(kSchemaVersion) +
           "). Update bipgame to use it";
  // Identity first, so a foreign database is refused without reading all of it.
  const std::string check = db.execAndGet("PRAGMA quick_check").getString();
  if (check != "ok") return "the database is damaged (" + Abbreviate(check, 200) + ")";
  return std::nullopt;
}

}  // namespace

std::optional<std::string> CheckExistingFile(const std::string& path) {
  bool empty = false, wal = false;
  if (auto why = CheckHeader(path, empty, wal)) return why;
  if (empty) return std::nullopt;
  try {
    return CheckDatabase(path, wal);
  } catch (const std::exception& e) {
    // SQLite reports damage it meets on the way ("database disk image is malformed").
    return std::string("the database is damaged or unreadable (") + e.what() + "; " + kExpected +
           ")";
  }
}

}  // namespace bip
