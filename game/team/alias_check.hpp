#pragma once
// Aliases and names from files we did not write are shown to a team and put
// in reports: they must not be able to look like someone else's.
#include <string_view>

namespace bip {

// Valid UTF-8 without control characters (C0, DEL, C1) and without the
// invisible format characters that let one alias pass for another: the
// bidirectional overrides and isolates (U+202A-202E, U+2066-2069), zero-width
// characters (U+200B-200F, U+2060-2064, U+FEFF) and the soft hyphen (U+00AD).
bool IsPlainVisibleText(std::string_view s);

}  // namespace bip
