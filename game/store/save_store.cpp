// Profiles, settings, notes and reflection answers.
#include "save_store.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include <stdexcept>

#include "store_detail.hpp"
#include "text_checks.hpp"

namespace bip {

using store_detail::kNowSql;
using store_detail::RequireText;

void SaveStore::RequireProfile(std::int64_t id) {
  SQLite::Statement q(*db_, "SELECT 1 FROM profiles WHERE id = ?");
  q.bind(1, id);
  if (!q.executeStep()) throw std::invalid_argument("no profile with id " + std::to_string(id));
}

void SaveStore::RequirePlaythrough(std::int64_t id) {
  SQLite::Statement q(*db_, "SELECT 1 FROM playthroughs WHERE id = ?");
  q.bind(1, id);
  if (!q.executeStep()) throw std::invalid_argument("no playthrough with id " + std::to_string(id));
}

std::int64_t SaveStore::CreateProfile(const std::string& alias) {
  if (!IsValidUtf8(alias)) throw std::invalid_argument("the profile name is not valid UTF-8 text");
  const std::size_t chars = CountCodePoints(alias);
  if (chars < 1 || chars > kMaxAliasChars)
    throw std::invalid_argument("a profile name must be 1 to " + std::to_string(kMaxAliasChars) +
                                " characters long, got " + std::to_string(chars));
  if (alias.find_first_not_of(" \t\r\n") == std::string::npos)
    throw std::invalid_argument("a profile name must not be only spaces");

  SQLite::Transaction tx(*db_, SQLite::TransactionBehavior::IMMEDIATE);
  SQLite::Statement taken(*db_, "SELECT alias FROM profiles WHERE alias = ?");
  taken.bind(1, alias);
  if (taken.executeStep())
    throw std::invalid_argument("a profile named '" + taken.getColumn(0).getString() +
                                "' already exists");
  SQLite::Statement insert(
      *db_, std::string("INSERT INTO profiles (alias, created_at) VALUES (?, ") + kNowSql + ")");
  insert.bind(1, alias);
  insert.exec();
  const std::int64_t id = db_->getLastInsertRowid();
  tx.commit();
  return id;
}

std::vector<ProfileRow> SaveStore::Profiles() {
  SQLite::Statement q(*db_, "SELECT id, alias, created_at FROM profiles ORDER BY alias, id");
  std::vector<ProfileRow> rows;
  while (q.executeStep()) {
    // A damaged schema can leave a row without its key (NULL reads as 0):
    // such a row names no profile, so the file is damaged, not the caller.
    if (!q.getColumn(0).isInteger())
      throw std::runtime_error(
          "the save database has a damaged profile row: its id is not a number");
    rows.push_back(
        {q.getColumn(0).getInt64(), q.getColumn(1).getString(), q.getColumn(2).getString()});
  }
  return rows;
}

void SaveStore::EraseProfile(std::int64_t id) {
  SQLite::Transaction tx(*db_, SQLite::TransactionBehavior::IMMEDIATE);
  RequireProfile(id);
  // Foreign keys cascade to playthroughs, their quarters, notes, answers and settings.
  SQLite::Statement erase(*db_, "DELETE FROM profiles WHERE id = ?");
  erase.bind(1, id);
  erase.exec();
  SQLite::Statement last(*db_, "DELETE FROM settings WHERE key = ? AND value = ?");
  last.bind(1, kLastProfileSetting);
  last.bind(2, std::to_string(id));
  last.exec();
  tx.commit();
}

void SaveStore::SetSetting(const std::string& key, const std::string& value) {
  RequireText("a setting name", key, 1, kMaxKeyBytes);
  RequireText("a setting value", value, 0, kMaxTextBytes);
  SQLite::Statement q(*db_,
                      "INSERT INTO settings (key, value) VALUES (?, ?) "
                      "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
  q.bind(1, key);
  q.bind(2, value);
  q.exec();
}

std::optional<std::string> SaveStore::Setting(const std::string& key) {
  SQLite::Statement q(*db_, "SELECT value FROM settings WHERE key = ?");
  q.bind(1, key);
  if (!q.executeStep()) return std::nullopt;
  return q.getColumn(0).getString();
}

void SaveStore::SetProfileSetting(std::int64_t profile_id, const std::string& key,
                                  const std::string& value) {
  RequireText("a setting name", key, 1, kMaxKeyBytes);
  RequireText("a setting value", value, 0, kMaxTextBytes);
  SQLite::Transaction tx(*db_, SQLite::TransactionBehavior::IMMEDIATE);
  RequireProfile(profile_id);
  SQLite::Statement q(*db_,
                      "INSERT INTO profile_settings (profile_id, key, value) VALUES (?, ?, ?) "
                      "ON CONFLICT (profile_id, key) DO UPDATE SET value = excluded.value");
  q.bind(1, profile_id);
  q.bind(2, key);
  q.bind(3, value);
  q.exec();
  tx.commit();
}

std::optional<std::string> SaveStore::ProfileSetting(std::int64_t profile_id,
                                                     const std::string& key) {
  SQLite::Statement q(*db_, "SELECT value FROM profile_settings WHERE profile_id = ? AND key = ?");
  q.bind(1, profile_id);
  q.bind(2, key);
  if (!q.executeStep()) return std::nullopt;
  return q.getColumn(0).getString();
}

void SaveStore::SetNote(std::int64_t playthrough_id, const std::string& text) {
  RequireText("a note", text, 0, kMaxTextBytes);
  SQLite::Transaction tx(*db_, SQLite::TransactionBehavior::IMMEDIATE);
  RequirePlaythrough(playthrough_id);
  // An emptied note is deleted rather than kept: it is personal data.
  SQLite::Statement q(
      *db_, text.empty() ? "DELETE FROM notes WHERE playthrough_id = ?"
                         : std::string("INSERT INTO notes (playthrough_id, text, updated_at) "
                                       "VALUES (?, ?, ") +
                               kNowSql +
                               ") ON CONFLICT (playthrough_id) DO UPDATE SET "
                               "text = excluded.text, updated_at = excluded.updated_at");
  q.bind(1, playthrough_id);
  if (!text.empty()) q.bind(2, text);
  q.exec();
  tx.commit();
}

std::string SaveStore::Note(std::int64_t playthrough_id) {
  SQLite::Statement q(*db_, "SELECT text FROM notes WHERE playthrough_id = ?");
  q.bind(1, playthrough_id);
  return q.executeStep() ? q.getColumn(0).getString() : std::string();
}

void SaveStore::SetReflectionAnswer(std::int64_t playthrough_id, const std::string& question_id,
                                    const std::string& text) {
  RequireText("a question id", question_id, 1, kMaxKeyBytes);
  RequireText("an answer", text, 0, kMaxTextBytes);
  SQLite::Transaction tx(*db_, SQLite::TransactionBehavior::IMMEDIATE);
  RequirePlaythrough(playthrough_id);
  SQLite::Statement q(
      *db_, text.empty()
                ? "DELETE FROM reflection_answers WHERE playthrough_id = ? AND question_id = ?"
                : std::string("INSERT INTO reflection_answers "
                              "(playthrough_id, question_id, text, updated_at) VALUES (?, ?, ?, ") +
                      kNowSql +
                      ") ON CONFLICT (playthrough_id, question_id) DO UPDATE SET "
                      "text = excluded.text, updated_at = excluded.updated_at");
  q.bind(1, playthrough_id);
  q.bind(2, question_id);
  if (!text.empty()) q.bind(3, text);
  q.exec();
  tx.commit();
}

std::map<std::string, std::string> SaveStore::ReflectionAnswers(std::int64_t playthrough_id) {
  SQLite::Statement q(*db_,
                      "SELECT question_id, text FROM reflection_answers WHERE playthrough_id = ?");
  q.bind(1, playthrough_id);
  std::map<std::string, std::string> answers;
  while (q.executeStep()) answers.emplace(q.getColumn(0).getString(), q.getColumn(1).getString());
  return answers;
}

}  // namespace bip
