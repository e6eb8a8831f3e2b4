#pragma once
// Runs the calibration protocol and compares each measurement with its
// target from content/model/calibration.json.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "content.hpp"
#include "outcome_model.hpp"

namespace bip {

struct CalibrationRow {
  std::string id;
  std::string finding;
  std::string target;     // as printed
  std::string tolerance;  // as printed
  std::string measured;   // as printed
  std::vector<double> values;
  std::vector<std::string> labels;  // per-case rows: the case of each value
  std::string worst;                // per-case rows: the case closest to failing
  bool pass = false;
};

struct CalibrationReport {
  std::vector<CalibrationRow> rows;
  std::int64_t person_quarters = 0;
  bool AllPass() const;
};

// Job share within the case's quarters for a policy over `seeds` seeds.
double CasePolicyJobShare(const Content& content, const OutcomeModel& model, const CaseDef& c,
                          const Policy& policy, int seeds, std::uint64_t first_seed);

// Every policy of a case over `seeds` seeds, and whether its reference
// policy clearly beats staircase and no intervention.
struct CaseComparison {
  std::map<std::string, double> shares;  // policy -> job share, %
  bool reference_clearly_best = false;
};
CaseComparison CompareCasePolicies(const Content& content, const OutcomeModel& model,
                                   const CaseDef& c, int seeds, std::uint64_t first_seed);

// How far a row's k-th value may lie from its target.
double Allowed(const CalibrationTarget& t, std::size_t k);

// Cuts the table to the rows named (and the rows they are measured
// against), as a refit of a few parameters uses; names a row that is not
// in the table.
std::optional<std::string> KeepRows(CalibrationSpec& spec, const std::vector<std::string>& ids);

// `threads` spreads the per-case playthroughs; the table is the same for any number.
CalibrationReport RunCalibration(const Content& content, const OutcomeModel& model,
                                 const CohortProtocol& protocol, std::uint64_t seed,
                                 int threads = 1);

}  // namespace bip
