#pragma once
// Checks across values of the model files that each value's own range
// cannot express: shares that must add up, a calibration row measured
// against itself, a protocol window longer than the follow-up.
#include <string>

#include "content.hpp"
#include "problems.hpp"

namespace bip {

void CheckModelConsistency(const Content& content, const std::string& parameters_file,
                           const std::string& calibration_file, Problems& problems);

}  // namespace bip
