#pragma once
// Soft line breaks for a text field that must wrap (Dear ImGui 1.86's
// multi-line field does not): the text shown carries a '\n' wherever a line
// is too long, and those breaks are never part of what the person wrote.
// Pure text logic; the field itself is wrapped_text_field.*.
#include <cstddef>
#include <functional>
#include <string>
#include <vector>

namespace bip::ui {

struct SoftWrapped {
  std::string shown;                // the text with the soft breaks
  std::vector<std::size_t> breaks;  // positions in the plain text a soft '\n' goes before
};

// For one line [begin, end) of plain text without '\n': where its first
// shown line should end (end itself when it fits). ImFont's
// CalcWordWrapPositionA in the field.
using WrapAt = std::function<const char*(const char* begin, const char* end)>;

// The plain text with soft breaks where `wrap_at` says. Spaces at a break
// stay at the end of the line before it (they take no visible room).
SoftWrapped SoftWrap(const std::string& plain, const WrapAt& wrap_at);

// A position in the plain text from one in the shown text, and back (a
// position at a soft break goes to the start of the next line).
std::size_t ToPlain(std::size_t shown_pos, const std::vector<std::size_t>& breaks);
std::size_t ToShown(std::size_t plain_pos, const std::vector<std::size_t>& breaks);

// The shown text `before` was edited into `after` (the field's own keys),
// with the cursor at `cursor` in `after`: the plain text it now holds and the
// cursor in it. A soft break that the edit removed alone (Backspace or Delete
// right at a line's wrap) removes the character before it (`backspace`) or
// after it instead, as a real line break would.
struct Unwrapped {
  std::string plain;
  std::size_t cursor = 0;
};
Unwrapped UnwrapEdit(const SoftWrapped& before, const std::string& after, std::size_t cursor,
                     bool backspace);

}  // namespace bip::ui
