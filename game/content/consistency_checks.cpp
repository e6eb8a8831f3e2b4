#include "consistency_checks.hpp"

#include <cmath>
#include <sstream>

#include "parameters.hpp"

namespace bip {
namespace {

std::string Number(double v) {
  std::ostringstream s;
  s << v;
  return s.str();
}

// The scalar parameters whose names start with prefix, and their sum.
double SumOf(const Parameters& p, std::string_view prefix, std::string& names, int& count) {
  double sum = 0;
  for (const ParameterSlot& slot : ParameterRegistry()) {
    if (!slot.scalar || slot.name.substr(0, prefix.size()) != prefix) continue;
    sum += p.*slot.scalar;
    names += (names.empty() ? "" : ", ") + std::string(slot.name);
    ++count;
  }
  return sum;
}

}  // namespace

void CheckModelConsistency(const Content& content, const std::string& parameters_file,
                           const std::string& calibration_file, Problems& problems) {
  // F-MIX: the shares of plan kinds are one distribution.
  std::string names;
  int count = 0;
  const double mix = SumOf(content.model.params, "mix_", names, count);
  if (count > 0 && std::abs(mix - 1.0) > 0.05)  // published shares are rounded: 0.99 is fine
    problems.Add(parameters_file, "/parameters",
                 "the plan-kind shares " + names + " add up to " + Number(mix) +
                     " (expected them to add up to 1 within 0.05, F-MIX)");

  const CalibrationSpec& spec = content.calibration;
  for (std::size_t i = 0; i < spec.targets.size(); ++i)
    if (!spec.targets[i].ratio_to.empty() && spec.targets[i].ratio_to == spec.targets[i].id)
      problems.Add(calibration_file, "/targets/" + std::to_string(i) + "/ratio_to",
                   "row \"" + spec.targets[i].id +
                       "\" is measured against itself (expected the id of an earlier row)");
  if (spec.protocol.window > spec.protocol.quarters)
    problems.Add(calibration_file, "/protocol/window",
                 "a window of " + std::to_string(spec.protocol.window) +
                     " quarters is longer than the follow-up of " +
                     std::to_string(spec.protocol.quarters) +
                     " (expected at most protocol.quarters)");
}

}  // namespace bip
