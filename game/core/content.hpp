#pragma once
// Everything loaded from a content directory.
#include <string>
#include <vector>

#include "calibration_spec.hpp"
#include "case_content.hpp"
#include "model_content.hpp"
#include "texts.hpp"

namespace bip {

struct Content {
  std::string dir;
  ModelContent model;
  std::vector<CaseDef> cases;
  Texts texts;
  CalibrationSpec calibration;

  const CaseDef* FindCase(const std::string& id) const {
    for (const CaseDef& c : cases)
      if (c.id == id) return &c;
    return nullptr;
  }
};

}  // namespace bip
