// The glossary: a text that uses a word against it is named with its file,
// key, the word and the term to use; placeholders and excepted phrases are
// not words, and the project's own texts keep to it.
#include "glossary_check.hpp"

#include <gtest/gtest.h>

namespace bip {
namespace {

TextFiles Texts(
    std::initializer_list<std::tuple<const char*, const char*, const char*, const char*>> rows) {
  TextFiles t;
  for (const auto& [lang, file, key, text] : rows) {
    t.file[lang][key] = file;
    t.text[lang][key] = text;
  }
  return t;
}

std::vector<GlossaryTerm> Terms() {
  GlossaryTerm seed{"the game number", {}};
  seed.by_lang["sv"] = GlossaryWords{"spelnummer", {"frö", "seed*"}, {}};
  GlossaryTerm case_term{"the case", {}};
  case_term.by_lang["sv"] = GlossaryWords{"ärende", {"fall", "fallet"}, {"i så fall"}};
  GlossaryTerm job{"job-focused", {}};
  job.by_lang["sv"] = GlossaryWords{"jobbinriktad", {"arbetsinriktad*"}, {}};
  return {seed, case_term, job};
}

std::string Lines(const Problems& problems) {
  std::string out;
  for (const Problem& p : problems.list()) out += p.Line() + "\n";
  return out;
}

TEST(GlossaryCheck, NamesTheWordAndTheTermToUse) {
  const TextFiles t = Texts({{"sv", "c/i18n/sv/ui.json", "a", "Samma tur (frö {seed})"},
                             {"sv", "c/i18n/sv/ui.json", "b", "Fallet har avslutats."},
                             {"sv", "c/i18n/sv/ui.json", "c", "En Arbetsinriktad insats"}});
  Problems problems;
  CheckGlossary(t, Terms(), "c/i18n/glossary.json", problems);
  EXPECT_EQ(Lines(problems),
            "c/i18n/sv/ui.json: /a: \"frö\" is against the glossary (expected \"spelnummer\" for "
            "the game number, see "
            "c/i18n/glossary.json)\n"
            "c/i18n/sv/ui.json: /b: \"Fallet\" is against the glossary (expected \"ärende\" for "
            "the case, see c/i18n/glossary.json)\n"
            "c/i18n/sv/ui.json: /c: \"Arbetsinriktad\" is against the glossary (expected "
            "\"jobbinriktad\" for job-focused, see "
            "c/i18n/glossary.json)\n");
}

TEST(GlossaryCheck, PlaceholdersExceptionsAndLongerWordsAreNotTheWord) {
  const TextFiles t = Texts({{"sv", "c/i18n/sv/ui.json", "a", "Spelnummer {seed}, {seeds} gånger"},
                             {"sv", "c/i18n/sv/ui.json", "b", "I så fall: fallskärm och nedfall"},
                             {"sv", "c/i18n/sv/ui.json", "c", "Fröken och höstfrö"}});
  Problems problems;
  CheckGlossary(t, Terms(), "g", problems);
  EXPECT_EQ(Lines(problems), "");
}

TEST(GlossaryCheck, APrefixCatchesEveryInflection) {
  const TextFiles t =
      Texts({{"sv", "f", "a", "arbetsinriktade insatser"}, {"sv", "f", "b", "två seeds"}});
  Problems problems;
  CheckGlossary(t, Terms(), "g", problems);
  EXPECT_EQ(problems.list().size(), 2u) << Lines(problems);
}

TEST(GlossaryCheck, TheProjectTextsKeepToTheProjectGlossary) {
  const std::string dir = BIPGAME_SOURCE_CONTENT_DIR;
  Problems problems;
  const std::vector<GlossaryTerm> terms =
      ReadGlossary(dir + "/i18n/glossary.json", "content/i18n/glossary.json", problems);
  EXPECT_GE(terms.size(), 7u);
  for (const GlossaryTerm& term : terms) EXPECT_EQ(term.by_lang.size(), 3u) << term.concept_name;
  const TextFiles texts = ReadTextFiles(dir, [](const std::string& p) { return p; });
  CheckGlossary(texts, terms, "content/i18n/glossary.json", problems);
  EXPECT_EQ(Lines(problems), "");
}

}  // namespace
}  // namespace bip
