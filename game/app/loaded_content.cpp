#include "loaded_content.hpp"

#include <iostream>

#include "content_dir.hpp"
#include "load_content.hpp"

namespace bip {

std::unique_ptr<Content> LoadContentOrReport(const std::string& given_dir) {
  LoadResult r = LoadContent(FindContentDir(given_dir));
  for (const Problem& p : r.problems.list()) std::cerr << "error: " << p.Line() << "\n";
  return std::move(r.content);
}

}  // namespace bip
