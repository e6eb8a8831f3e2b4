#include "glossary_check.hpp"

#include <algorithm>
#include <cctype>

#include "json_reader.hpp"
#include "texts.hpp"

namespace bip {
namespace {

// Lower case for ASCII and the Nordic capitals (Å Ä Ö Æ Ø É, all two bytes
// in UTF-8 with the lower case 0x20 above), enough to compare words.
std::string Lower(const std::string& s) {
  std::string out = s;
  for (std::size_t i = 0; i < out.size(); ++i) {
    const auto c = static_cast<unsigned char>(out[i]);
    if (c >= 'A' && c <= 'Z') out[i] = static_cast<char>(c + 32);
    if (c == 0xC3 && i + 1 < out.size()) {
      const auto d = static_cast<unsigned char>(out[i + 1]);
      if (d >= 0x80 && d <= 0x9E && d != 0x97) out[i + 1] = static_cast<char>(d + 0x20);
      ++i;
    }
  }
  return out;
}

// Letters, digits, hyphens and any non-ASCII byte (å, ä, ö ...) continue a word.
bool WordByte(char c) {
  const auto u = static_cast<unsigned char>(c);
  return u >= 0x80 || std::isalnum(u) || c == '-' || c == '_';
}

// The text as the glossary sees it: lower case, placeholders ({seed}) and
// excepted phrases blanked out.
std::string Comparable(const std::string& text, const GlossaryWords& words) {
  std::string t = Lower(text);
  for (std::size_t open = t.find('{'); open != std::string::npos; open = t.find('{', open + 1)) {
    const std::size_t close = t.find('}', open);
    if (close == std::string::npos) break;
    std::fill(t.begin() + static_cast<std::ptrdiff_t>(open),
              t.begin() + static_cast<std::ptrdiff_t>(close) + 1, ' ');
  }
  for (const std::string& phrase : words.except) {
    const std::string p = Lower(phrase);
    if (p.empty()) continue;
    for (std::size_t at = t.find(p); at != std::string::npos; at = t.find(p, at + p.size()))
      std::fill(t.begin() + static_cast<std::ptrdiff_t>(at),
                t.begin() + static_cast<std::ptrdiff_t>(at + p.size()), ' ');
  }
  return t;
}

// The avoided word as it stands in the text, or "" when it is not there.
std::string Found(const std::string& comparable, const std::string& original,
                  const std::string& avoid) {
  const bool prefix = !avoid.empty() && avoid.back() == '*';
  const std::string w = Lower(prefix ? avoid.substr(0, avoid.size() - 1) : avoid);
  if (w.empty()) return "";
  for (std::size_t at = comparable.find(w); at != std::string::npos;
       at = comparable.find(w, at + 1)) {
    if (at > 0 && WordByte(comparable[at - 1])) continue;
    std::size_t end = at + w.size();
    if (!prefix && end < comparable.size() && WordByte(comparable[end])) continue;
    while (end < comparable.size() && WordByte(comparable[end])) ++end;
    return original.substr(at, end - at);  // Lower keeps byte positions
  }
  return "";
}

std::vector<std::string> Strings(const Json& j, const char* key, const std::string& shown,
                                 const std::string& where, Problems& problems) {
  std::vector<std::string> out;
  if (!j.contains(key)) return out;
  if (!j[key].is_array()) {
    problems.Add(shown, where + "/" + key, "expected a list of words");
    return out;
  }
  for (const Json& w : j[key]) {
    if (w.is_string() && !w.get<std::string>().empty())
      out.push_back(w.get<std::string>());
    else
      problems.Add(shown, where + "/" + key, "expected non-empty words");
  }
  return out;
}

}  // namespace

std::vector<GlossaryTerm> ReadGlossary(const std::string& path, const std::string& shown,
                                       Problems& problems) {
  std::vector<GlossaryTerm> terms;
  const auto json = ParseFile(path, shown, problems);
  if (!json) return terms;
  if (!json->is_object() || !json->contains("terms") || !(*json)["terms"].is_array()) {
    problems.Add(shown, "/terms",
                 "expected a list of terms, each with a concept and sv, da and en");
    return terms;
  }
  const Json& list = (*json)["terms"];
  for (std::size_t i = 0; i < list.size(); ++i) {
    const std::string where = "/terms/" + std::to_string(i);
    const Json& t = list[i];
    if (!t.is_object() || !t.contains("concept") || !t["concept"].is_string()) {
      problems.Add(shown, where, "expected an object with a \"concept\" and sv, da and en");
      continue;
    }
    GlossaryTerm term;
    term.concept_name = t["concept"].get<std::string>();
    for (std::string_view lang_view : kLanguages) {
      const std::string lang(lang_view);
      if (!t.contains(lang) || !t[lang].is_object() || !t[lang].contains("use") ||
          !t[lang]["use"].is_string()) {
        problems.Add(shown, where + "/" + lang,
                     "expected {\"use\": \"the term\", \"avoid\": [words]} for " + lang);
        continue;
      }
      GlossaryWords w;
      w.use = t[lang]["use"].get<std::string>();
      w.avoid = Strings(t[lang], "avoid", shown, where + "/" + lang, problems);
      w.except = Strings(t[lang], "except", shown, where + "/" + lang, problems);
      term.by_lang[lang] = std::move(w);
    }
    terms.push_back(std::move(term));
  }
  return terms;
}

void CheckGlossary(const TextFiles& texts, const std::vector<GlossaryTerm>& terms,
                   const std::string& shown_glossary, Problems& problems) {
  for (const auto& [lang, by_key] : texts.text) {
    for (const auto& [key, text] : by_key) {
      for (const GlossaryTerm& term : terms) {
        const auto words = term.by_lang.find(lang);
        if (words == term.by_lang.end()) continue;
        const std::string comparable = Comparable(text, words->second);
        for (const std::string& avoid : words->second.avoid) {
          const std::string found = Found(comparable, text, avoid);
          if (found.empty()) continue;
          problems.Add(texts.file.at(lang).at(key), PointerJoin("", key),
                       "\"" + found + "\" is against the glossary (expected \"" +
                           words->second.use + "\" for " + term.concept_name + ", see " +
                           shown_glossary + ")");
          break;
        }
      }
    }
  }
}

}  // namespace bip
