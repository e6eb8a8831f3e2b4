#pragma once
// Words for the model's explanations, in the trainee's language.
#include <string>
#include <vector>

#include "content.hpp"
#include "outcome_model.hpp"
#include "scoring.hpp"

namespace bip {

// One line per cause that moved this indicator, largest first; small
// chance movements are summed into one line.
struct ExplainedChange {
  std::size_t indicator = 0;
  double before = 0.0;
  double after = 0.0;
  std::vector<std::pair<std::string, double>> reasons;  // text, amount
};

std::string CauseText(const Content& content, const std::string& lang, const std::string& case_id,
                      const Effect& effect);
std::vector<ExplainedChange> ExplainIndicators(const Content& content, const std::string& lang,
                                               const std::string& case_id,
                                               const QuarterOutcome& outcome,
                                               const std::vector<Effect>& effects);
// A practice-score line's feedback, with the intervention it names.
std::string ScoreFeedback(const Content& content, const std::string& lang,
                          const std::string& case_id, const ScoreLine& line);
// The display name of a content id (intervention, sparring move or event response).
std::string SourceName(const Content& content, const std::string& lang, const std::string& case_id,
                       std::string_view source);

}  // namespace bip
