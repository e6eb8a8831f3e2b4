#pragma once
// The project's own content, loaded once for all core tests.
#include "content.hpp"
#include "outcome_model.hpp"

namespace bip::test {

const Content& ProjectContent();
const OutcomeModel& ProjectModel();

}  // namespace bip::test
