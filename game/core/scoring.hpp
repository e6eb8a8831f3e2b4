#pragma once
// The quarter's practice score: what BIP values, each part with the finding
// behind it and the key of the feedback text.
#include <string>
#include <vector>

namespace bip {

enum class ScorePart { kCombinedWithJob, kNoEmptyQuarter, kBelief, kContinuity, kResponses, kSparring };
inline constexpr int kScorePartCount = 6;

struct ScoreLine {
  ScorePart part = ScorePart::kCombinedWithJob;
  double value = 0.0;        // 0..1
  std::string feedback_key;  // i18n key
  std::string finding;
};

struct QuarterScore {
  std::vector<ScoreLine> lines;  // one per part that applied this quarter
  double Total() const;          // 0..100
};

const char* ScorePartKey(ScorePart part);

}  // namespace bip
