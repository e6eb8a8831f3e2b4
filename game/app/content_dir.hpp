#pragma once
#include <string>

namespace bip {

// The content directory to use: the one given, else the installed one next
// to the binary (../share/bipgame/content), else the source tree's.
std::string FindContentDir(const std::string& given);

}  // namespace bip
