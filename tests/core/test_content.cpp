#include "test_content.hpp"

#include <stdexcept>

#include "load_content.hpp"

namespace bip::test {

const Content& ProjectContent() {
  static const std::unique_ptr<Content> content = [] {
    LoadResult r = LoadContent(BIPGAME_SOURCE_CONTENT_DIR);
    if (!r.content)
      throw std::runtime_error("content/ does not load: " + r.problems.list().front().Line());
    return std::move(r.content);
  }();
  return *content;
}

const OutcomeModel& ProjectModel() {
  static const OutcomeModel model(ProjectContent().model);
  return model;
}

}  // namespace bip::test
