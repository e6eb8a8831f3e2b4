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
  std::vector<double> targets;
  std::vector<double> tolerances;   // one per target, or
  double tolerance_points = 0.0;    // max(points, relative * target)
  double tolerance_relative = 0.0;
  std::optional<double> min, max;   // bounds on the value (or on the ratio with ratio_to)
  std::string ratio_to;             // another row's id
  bool strictly_increasing = false;
};

struct CalibrationSpec {
  CohortProtocol protocol;
  std::string case_id;
  int case_seeds = 1000;
  std::vector<CalibrationTarget> targets;
};

}  // namespace bip
