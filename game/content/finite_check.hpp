#pragma once
// A parameter inside its allowed range can still make the model compute NaN
// or infinity (change_hazard_factor 0 takes a log of 0). Every command that
// loads content plays each case's reference policy once and, when a number
// is not finite, names the parameter that caused it.
#include <string>

#include "content.hpp"
#include "problems.hpp"

namespace bip {

// Adds a problem at parameters_file per parameter found to cause it (or one
// at /parameters when no single one does).
void CheckModelStaysFinite(const Content& content, const std::string& parameters_file,
                           Problems& problems);

}  // namespace bip
