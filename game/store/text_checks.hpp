#pragma once
// Checks on text that comes from players or from files we did not write:
// valid UTF-8, bounded length, and short enough to quote in a message.
#include <cstddef>
#include <string>
#include <string_view>

namespace bip {

bool IsValidUtf8(std::string_view s);
// Characters (code points) in valid UTF-8.
std::size_t CountCodePoints(std::string_view s);
// At most max_bytes of s, cut on a character boundary, with "..." when cut:
// untrusted text quoted in an error must not make the error huge.
std::string Abbreviate(std::string_view s, std::size_t max_bytes = 40);

}  // namespace bip
