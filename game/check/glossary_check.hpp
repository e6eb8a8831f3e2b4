#pragma once
// One term per concept per language: content/i18n/glossary.json names the
// word to use and the words to avoid; a text that uses an avoided word is a
// problem naming the file, the key, the word and the term to use instead.
#include <map>
#include <string>
#include <vector>

#include "problems.hpp"
#include "text_check.hpp"

namespace bip {

struct GlossaryWords {
  std::string use;
  std::vector<std::string> avoid;   // whole words; "word*" also matches longer words
  std::vector<std::string> except;  // phrases where an avoided word means something else
};

struct GlossaryTerm {
  std::string concept_name;
  std::map<std::string, GlossaryWords> by_lang;
};

// Reads the glossary; a malformed file is a problem (and an empty list).
std::vector<GlossaryTerm> ReadGlossary(const std::string& path, const std::string& shown,
                                       Problems& problems);

// Every text against every term of its language.
void CheckGlossary(const TextFiles& texts, const std::vector<GlossaryTerm>& terms,
                   const std::string& shown_glossary, Problems& problems);

}  // namespace bip
