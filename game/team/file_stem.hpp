#pragma once
// A file name from a name someone typed ("Åsa", "Malmö teamdag"): letters
// spelled in ASCII (å, ä → a; ö, ø → o; æ → ae; é → e ...), digits kept,
// anything else one '-'; never empty, at most max_length bytes.
#include <cstddef>
#include <string>

namespace bip {

std::string FileStem(const std::string& text, const std::string& fallback, std::size_t max_length);

}  // namespace bip
