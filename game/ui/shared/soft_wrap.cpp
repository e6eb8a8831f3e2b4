// Soft line breaks for a wrapping text field: see soft_wrap.hpp.
#include "soft_wrap.hpp"

#include <algorithm>

namespace bip::ui {
namespace {

bool Continuation(char c) {
  return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

// Where the UTF-8 character starting at `at` ends.
std::size_t CharEnd(const std::string& s, std::size_t at) {
  std::size_t end = std::min(s.size(), at + 1);
  while (end < s.size() && Continuation(s[end])) ++end;
  return end;
}

// Where the UTF-8 character ending at `at` starts.
std::size_t CharStart(const std::string& s, std::size_t at) {
  std::size_t start = at > 0 ? at - 1 : 0;
  while (start > 0 && Continuation(s[start])) --start;
  return start;
}

}  // namespace

SoftWrapped SoftWrap(const std::string& plain, const WrapAt& wrap_at) {
  SoftWrapped out;
  const char* const text = plain.data();
  std::size_t line = 0;
  for (;;) {
    std::size_t nl = plain.find('\n', line);
    if (nl == std::string::npos) nl = plain.size();
    const char* b = text + line;
    const char* const e = text + nl;
    while (b < e) {
      const char* w = wrap_at(b, e);
      if (w >= e) break;
      if (w <= b) w = b + 1;  // not even one character fits: one per line
      while (w < e && Continuation(*w)) ++w;
      while (w < e && *w == ' ') ++w;  // spaces end the line they follow
      if (w >= e) break;
      out.breaks.push_back(static_cast<std::size_t>(w - text));
      b = w;
    }
    if (nl == plain.size()) break;
    line = nl + 1;
  }
  out.shown.reserve(plain.size() + out.breaks.size());
  std::size_t from = 0;
  for (const std::size_t b : out.breaks) {
    out.shown.append(plain, from, b - from);
    out.shown += '\n';
    from = b;
  }
  out.shown.append(plain, from, std::string::npos);
  return out;
}

std::size_t ToPlain(std::size_t shown_pos, const std::vector<std::size_t>& breaks) {
  std::size_t before = 0;
  for (std::size_t i = 0; i < breaks.size() && breaks[i] + i < shown_pos; ++i) ++before;
  return shown_pos - before;
}

std::size_t ToShown(std::size_t plain_pos, const std::vector<std::size_t>& breaks) {
  return plain_pos +
         static_cast<std::size_t>(std::count_if(breaks.begin(), breaks.end(),
                                                [&](std::size_t b) { return b <= plain_pos; }));
}

Unwrapped UnwrapEdit(const SoftWrapped& before, const std::string& after, std::size_t cursor,
                     bool backspace) {
  const std::string& o = before.shown;
  const std::string& n = after;
  // The edit lies between the common start and the common end.
  std::size_t p = 0;
  while (p < o.size() && p < n.size() && o[p] == n[p]) ++p;
  std::size_t s = 0;
  const std::size_t most = std::min(o.size(), n.size()) - p;
  while (s < most && o[o.size() - 1 - s] == n[n.size() - 1 - s]) ++s;
  std::vector<std::size_t> soft;  // the soft breaks in `o`
  for (std::size_t i = 0; i < before.breaks.size(); ++i) soft.push_back(before.breaks[i] + i);

  Unwrapped out;
  const bool one_soft_removed = o.size() == n.size() + 1 && p + s == n.size() &&
                                std::find(soft.begin(), soft.end(), p) != soft.end();
  if (one_soft_removed) {
    // The plain text is unchanged by that; remove what a real break would have joined.
    std::string plain;
    std::size_t from = 0;
    for (const std::size_t b : soft) {
      plain.append(o, from, b - from);
      from = b + 1;
    }
    plain.append(o, from, std::string::npos);
    const std::size_t at = ToPlain(p, before.breaks);
    if (backspace && at > 0) {
      const std::size_t start = CharStart(plain, at);
      plain.erase(start, at - start);
      out.cursor = start;
    } else {
      if (!backspace && at < plain.size()) plain.erase(at, CharEnd(plain, at) - at);
      out.cursor = at;
    }
    out.plain = std::move(plain);
    return out;
  }

  // Soft breaks before or after the edit stay soft; one inside it was removed.
  std::vector<std::size_t> kept;
  for (const std::size_t b : soft) {
    if (b < p)
      kept.push_back(b);
    else if (b >= o.size() - s)
      kept.push_back(b + n.size() - o.size());
  }
  out.plain.reserve(n.size());
  std::size_t from = 0, before_cursor = 0;
  for (const std::size_t b : kept) {
    out.plain.append(n, from, b - from);
    from = b + 1;
    if (b < cursor) ++before_cursor;
  }
  out.plain.append(n, from, std::string::npos);
  out.cursor = std::min(out.plain.size(), cursor - std::min(cursor, before_cursor));
  return out;
}

}  // namespace bip::ui
