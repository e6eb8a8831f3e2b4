#include "scoring.hpp"

namespace bip {

double QuarterScore::Total() const {
  if (lines.empty()) return 0.0;
  double sum = 0.0;
  for (const ScoreLine& l : lines) sum += l.value;
  return 100.0 * sum / static_cast<double>(lines.size());
}

const char* ScorePartKey(ScorePart part) {
  switch (part) {
    case ScorePart::kCombinedWithJob: return "score.part.combined";
    case ScorePart::kNoEmptyQuarter: return "score.part.no_empty";
    case ScorePart::kBelief: return "score.part.belief";
    case ScorePart::kContinuity: return "score.part.continuity";
    case ScorePart::kResponses: return "score.part.responses";
    case ScorePart::kSparring: return "score.part.sparring";
  }
  return "score.part.combined";
}

}  // namespace bip
