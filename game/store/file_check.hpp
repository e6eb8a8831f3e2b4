#pragma once
// Decides whether an existing file may become or stay our saved-games
// database, before anything writes to it: a damaged file, a non-SQLite file
// or another program's database must come out of the check byte for byte
// unchanged, so the check reads the header itself and opens SQLite read-only.
#include <optional>
#include <string>

namespace bip {

// Why the file at path cannot be used, or nothing when it is empty, an empty
// SQLite database, or ours at a schema version this program knows.
std::optional<std::string> CheckExistingFile(const std::string& path);

}  // namespace bip
