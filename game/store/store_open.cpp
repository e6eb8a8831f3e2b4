// Opening the saved-games file: folders, safety checks, connection settings,
// migrations. Everything that can refuse a file happens before the first write.
#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <sqlite3.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>

#include "file_check.hpp"
#include "save_store.hpp"
#include "schema.hpp"

namespace bip {
namespace {

namespace fs = std::filesystem;

constexpr int kBusyTimeoutMs = 5000;  // another instance of the game may hold the lock

void Configure(SQLite::Database& db) {
  // WAL keeps the file readable while a quarter is written and survives a
  // killed process; a file system without shared memory falls back to the
  // rollback journal, which is just as safe, so the answer is not checked.
  db.execAndGet("PRAGMA journal_mode = WAL");
  // FULL: a quarter reported saved survives a power cut, and a game writes
  // rarely enough that the extra sync costs nothing noticeable.
  db.exec("PRAGMA synchronous = FULL");
  db.exec("PRAGMA foreign_keys = ON");
}

}  // namespace

SaveStore::SaveStore(std::unique_ptr<SQLite::Database> db, std::string path)
    : db_(std::move(db)), path_(std::move(path)) {}

SaveStore::~SaveStore() = default;

SaveStore::OpenResult SaveStore::Open(const std::string& path) {
  const auto fail = [&](const std::string& why) {
    return OpenResult{nullptr, "Cannot use '" + path + "' for saved games: " + why + "."};
  };
  if (path.empty()) return fail("no path given");

  const fs::path file(path);
  const fs::path dir = file.has_parent_path() ? file.parent_path() : fs::path(".");
  const std::string shown_dir = dir.string();
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec) return fail("cannot create the folder '" + shown_dir + "' (" + ec.message() + ")");
  if (!fs::is_directory(dir, ec)) return fail("'" + shown_dir + "' is not a folder");

  const fs::file_status status = fs::status(file, ec);
  if (ec && status.type() != fs::file_type::not_found)
    return fail("cannot look at the file (" + ec.message() + ")");
  if (fs::exists(status)) {
    if (!fs::is_regular_file(status))
      return fail("it is not a regular file (expected a bipgame saved-games database)");
    if (auto why = CheckExistingFile(path)) return fail(*why + ". The file was left unchanged");
  } else if (access(dir.c_str(), W_OK | X_OK) != 0) {
    return fail("the folder '" + shown_dir + "' is not writable (" + std::strerror(errno) + ")");
  }

  try {
    auto db = std::make_unique<SQLite::Database>(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE,
                                                 kBusyTimeoutMs);
    // SQLite quietly opens a write-protected file read-only; saving would fail later.
    if (sqlite3_db_readonly(db->getHandle(), "main") == 1)
      return fail("the file is read-only. The file was left unchanged");
    Configure(*db);
    Migrate(*db);
    return OpenResult{std::unique_ptr<SaveStore>(new SaveStore(std::move(db), path)), ""};
  } catch (const std::exception& e) {
    return fail(e.what());
  }
}

std::string SaveStore::DefaultPath() {
  // XDG says to ignore a relative XDG_DATA_HOME.
  const char* xdg = std::getenv("XDG_DATA_HOME");
  if (xdg && xdg[0] == '/') return (fs::path(xdg) / "bipgame" / "bipgame.db").string();
  const char* home = std::getenv("HOME");
  if (home && home[0] != '\0')
    return (fs::path(home) / ".local" / "share" / "bipgame" / "bipgame.db").string();
  return "bipgame.db";  // no home at all: the working directory
}

std::string SaveStore::IntegrityCheck() {
  SQLite::Statement q(*db_, "PRAGMA integrity_check");
  std::string problems;
  while (q.executeStep()) {
    if (!problems.empty()) problems += '\n';
    problems += q.getColumn(0).getString();
  }
  return problems;
}

}  // namespace bip
