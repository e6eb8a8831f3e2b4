#pragma once
// The calibration targets as data (content/model/calibration.json): the code
// measures, the file says what the measurement must come to.
#include <optional>
#include <string>
#include <vector>

#include "cohort.hpp"

namespace bip {

struct CalibrationTarget {
  std::string id;       // C1a ... H4
  std::string finding;  // F-id
  std::string measure;  // which measurement (see calibration.cpp)
  std::string shape;    // for line moves: none, single_other, ...
  std::string policy;   // for case rows
  std::string versus;   // for per-case rows that compare two generated policies
  std::vector<double> targets;
  std::vector<double> tolerances;  // one per target, or
  double tolerance_points = 0.0;   // max(points, relative * target)
  double tolerance_relative = 0.0;
  std::optional<double> min, max;  // bounds on the value (or on the ratio with ratio_to)
  std::string ratio_to;            // another row's id
  bool strictly_increasing = false;
};

// How clearly a case's reference policy must beat the others over many
// seeds: staircase at most `staircase` times its job share, none at most `none`.
struct ReferenceMargins {
  double staircase = 0.75;
  double none = 0.5;
};

struct CalibrationSpec {
  CohortProtocol protocol;
  std::string case_id;
  int case_seeds = 1000;
  ReferenceMargins reference_margins;
  std::vector<CalibrationTarget> targets;
};

}  // namespace bip
