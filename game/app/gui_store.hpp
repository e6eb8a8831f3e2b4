#pragma once
// The game's saves: the SQLite save store behind the session's interface.
#include <memory>
#include <string>

#include "session_store.hpp"

namespace bip {

// Opens the database at `path` ("" = the default in the user's data folder).
// When it cannot be opened (damaged, not ours, newer, unwritable folder) the
// file is left alone, `problem` says why, and an in-memory store is returned
// so that the game still starts.
std::unique_ptr<ui::SessionStore> OpenGameStore(const std::string& path, std::string& problem);

}  // namespace bip
