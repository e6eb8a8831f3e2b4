#pragma once
// Author mode: reading the content folder again while the game runs (F5).
#include <memory>
#include <string>

#include "content.hpp"
#include "session.hpp"

namespace bip {

// Checks the content folder as `bipgame check-content` does (fewer random
// plays, to answer within a second). With problems, the session keeps its
// content and shows them. Without, a new session on the new content takes
// over: the same player, language and open playthrough (replayed on the new
// version, or a notice saying why it cannot be). The old session is gone
// before the old content is.
void ReloadContent(const std::string& given_dir, std::unique_ptr<Content>& content,
                   std::unique_ptr<ui::GameSession>& session, ui::SessionStore& store,
                   const std::string& store_problem, ui::SessionOptions options);

}  // namespace bip
