#pragma once
#include <string>

namespace bip::net {

// The participant page's folder: the installed one next to the binary
// (../share/bipgame/web), else the source tree's assets/web.
std::string FindWebDir();

}  // namespace bip::net
