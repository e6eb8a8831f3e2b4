#include "scoring.hpp"

namespace bip {

double QuarterScore::Total() const {
  double sum = 0.0, weights = 0.0;
  for (const ScoreLine& l : lines) {
    sum += l.weight * l.value;
    weights += l.weight;
  }
  return weights > 0.0 ? 100.0 * sum / weights : 0.0;
}

const char* ScorePartKey(ScorePart part) {
  switch (part) {
    case ScorePart::kCombinedWithJob:
      return "score.part.combined";
    case ScorePart::kFit:
      return "score.part.fit";
    case ScorePart::kLoad:
      return "score.part.load";
    case ScorePart::kNoEmptyQuarter:
      return "score.part.no_empty";
    case ScorePart::kBelief:
      return "score.part.belief";
    case ScorePart::kContinuity:
      return "score.part.continuity";
    case ScorePart::kResponses:
      return "score.part.responses";
    case ScorePart::kSparring:
      return "score.part.sparring";
  }
  return "score.part.combined";
}

}  // namespace bip
