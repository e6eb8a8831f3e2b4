#include "loaded_content.hpp"

#include <iostream>

#include "content_dir.hpp"
#include "load_content.hpp"
#include "logic_check.hpp"

namespace bip {

std::unique_ptr<Content> LoadContentOrReport(const std::string& given_dir) {
  LoadResult r = LoadContent(FindContentDir(given_dir));
  // The same fast checks as check-content (unreachable events, policy gaps,
  // an empty palette): content it rejects must not run. Only its random
  // test plays are its own.
  if (r.content) {
    for (const CaseDef& c : r.content->cases) CheckCaseLogic(*r.content, c, r.problems);
    if (!r.problems.empty()) r.content.reset();
  }
  for (const std::string& line : r.problems.Lines()) std::cerr << "error: " << line << "\n";
  return std::move(r.content);
}

}  // namespace bip
