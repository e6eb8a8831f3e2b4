#pragma once
// Shared content, a replay kit and a few played participants for the team tests.
#include <filesystem>
#include <string>

#include "content.hpp"
#include "team_session.hpp"

namespace bip::test {

const Content& TeamContent();
const ReplayKit& Kit();
// A session on henrik, seed 7, without participants.
TeamSession EmptySession();
// A participant who played the named policy of henrik with seed 7.
ParticipantResult PlayedPolicy(const std::string& policy, const std::string& alias);
// A fresh folder under the temp dir, removed at exit of the process.
std::filesystem::path TempDir();
void WriteText(const std::filesystem::path& p, const std::string& text);
std::string ReadText(const std::filesystem::path& p);

}  // namespace bip::test
