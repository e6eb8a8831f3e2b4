#include "file_stem.hpp"

#include <cstdint>

namespace bip {
namespace {

// One code point from UTF-8 at `at` (moved past it); 0xFFFD for a broken sequence.
std::uint32_t NextCodePoint(const std::string& s, std::size_t& at) {
  const auto b = [&](std::size_t i) { return static_cast<unsigned char>(s[i]); };
  const unsigned char c = b(at);
  int extra = c < 0x80 ? 0 : (c >> 5) == 0x6 ? 1 : (c >> 4) == 0xE ? 2 : (c >> 3) == 0x1E ? 3 : -1;
  if (extra < 0 || at + static_cast<std::size_t>(extra) >= s.size()) {
    ++at;
    return 0xFFFD;
  }
  std::uint32_t cp = extra == 0 ? c : c & (0x3F >> extra);
  for (int k = 1; k <= extra; ++k) {
    if ((b(at + static_cast<std::size_t>(k)) & 0xC0) != 0x80) {
      ++at;
      return 0xFFFD;
    }
    cp = (cp << 6) | (b(at + static_cast<std::size_t>(k)) & 0x3F);
  }
  at += static_cast<std::size_t>(extra) + 1;
  return cp;
}

// The ASCII spelling of a Latin letter (lower case), or "" for anything else.
std::string Ascii(std::uint32_t cp) {
  if (cp < 0x80) {
    const char c = static_cast<char>(cp);
    if (c >= 'A' && c <= 'Z') return std::string(1, static_cast<char>(c + 32));
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) return std::string(1, c);
    return "";
  }
  // Latin-1 letters U+00C0..U+00FF, upper and lower case alike.
  static const char* const kLatin1[64] = {
      "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i",  "i",   // C0-CF
      "d", "n", "o", "o", "o", "o", "o",  "",  "o", "u", "u", "u", "u", "y", "th", "ss",  // D0-DF
      "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i",  "i",   // E0-EF
      "d", "n", "o", "o", "o", "o", "o",  "",  "o", "u", "u", "u", "u", "y", "th", "y"};  // F0-FF
  if (cp >= 0xC0 && cp <= 0xFF) return kLatin1[cp - 0xC0];
  // Latin Extended-A (U+0100..U+017F): pairs of upper and lower case, by base letter.
  struct Range {
    std::uint32_t from, to;
    const char* ascii;
  };
  static const Range kExtendedA[] = {
      {0x100, 0x105, "a"}, {0x106, 0x10D, "c"},  {0x10E, 0x111, "d"}, {0x112, 0x11B, "e"},
      {0x11C, 0x123, "g"}, {0x124, 0x127, "h"},  {0x128, 0x131, "i"}, {0x132, 0x133, "ij"},
      {0x134, 0x135, "j"}, {0x136, 0x138, "k"},  {0x139, 0x142, "l"}, {0x143, 0x14B, "n"},
      {0x14C, 0x151, "o"}, {0x152, 0x153, "oe"}, {0x154, 0x159, "r"}, {0x15A, 0x161, "s"},
      {0x162, 0x167, "t"}, {0x168, 0x173, "u"},  {0x174, 0x175, "w"}, {0x176, 0x178, "y"},
      {0x179, 0x17E, "z"}, {0x17F, 0x17F, "s"}};
  for (const Range& r : kExtendedA)
    if (cp >= r.from && cp <= r.to) return r.ascii;
  return "";
}

}  // namespace

std::string FileStem(const std::string& text, const std::string& fallback, std::size_t max_length) {
  std::string out;
  for (std::size_t at = 0; at < text.size();) {
    const std::string letters = Ascii(NextCodePoint(text, at));
    if (!letters.empty())
      out += letters;
    else if (!out.empty() && out.back() != '-')
      out += '-';
  }
  if (out.size() > max_length) out.resize(max_length);
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out.empty() ? fallback : out;
}

}  // namespace bip
