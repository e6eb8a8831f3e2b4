#include "alias_check.hpp"

#include "text_checks.hpp"

namespace bip {

bool IsPlainVisibleText(std::string_view s) {
  if (!IsValidUtf8(s)) return false;
  for (std::size_t i = 0; i < s.size();) {
    const auto b = static_cast<unsigned char>(s[i]);
    const std::size_t len = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
    char32_t cp = len == 1 ? b : len == 2 ? (b & 0x1F) : len == 3 ? (b & 0x0F) : (b & 0x07);
    for (std::size_t k = 1; k < len; ++k)
      cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    i += len;
    const bool control = cp < 0x20 || (cp >= 0x7F && cp <= 0x9F);
    const bool invisible = cp == 0xAD || (cp >= 0x200B && cp <= 0x200F) ||
                           (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2060 && cp <= 0x2064) ||
                           (cp >= 0x2066 && cp <= 0x2069) || cp == 0xFEFF;
    if (control || invisible) return false;
  }
  return true;
}

}  // namespace bip
