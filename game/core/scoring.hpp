#pragma once
// The quarter's practice score: what BIP values, each part with the finding
// behind it and the key of the feedback text.
#include <string>
#include <vector>

namespace bip {

enum class ScorePart {
  kCombinedWithJob,
  kFit,
  kLoad,
  kNoEmptyQuarter,
  kBelief,
  kContinuity,
  kResponses,
  kSparring
};
inline constexpr int kScorePartCount = 8;

struct ScoreLine {
  ScorePart part = ScorePart::kCombinedWithJob;
  double value = 0.0;             // 0..1
  const char* feedback_key = "";  // i18n key
  const char* finding = "";
  double weight = 1.0;  // the part's weight (parameters.json, score_weight_*)
  std::string subject;  // what the feedback names ({subject}), e.g. a misfit intervention's id
};

struct QuarterScore {
  std::vector<ScoreLine> lines;  // one per part that applied this quarter
  double Total() const;          // 0..100, the weighted mean of the parts
};

const char* ScorePartKey(ScorePart part);

}  // namespace bip
