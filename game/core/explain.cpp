#include "explain.hpp"

#include <algorithm>
#include <cmath>
#include <map>

namespace bip {
namespace {

const char* CauseKey(Cause c) {
  switch (c) {
    case Cause::kIntervention:
      return "cause.intervention";
    case Cause::kCombination:
      return "cause.combination";
    case Cause::kNoIntervention:
      return "cause.no_intervention";
    case Cause::kNoJobFocus:
      return "cause.no_job_focus";
    case Cause::kBeliefPush:
      return "cause.belief_push";
    case Cause::kBeliefShift:
      return "cause.belief_shift";
    case Cause::kEvent:
      return "cause.event";
    case Cause::kCaseworkerChange:
      return "cause.caseworker_change";
    case Cause::kCaseworker:
      return "cause.caseworker";
    case Cause::kMisfit:
      return "cause.misfit";
    case Cause::kOverload:
      return "cause.overload";
    case Cause::kDropout:
      return "cause.dropout";
    case Cause::kBeliefCarry:
      return "cause.belief_carry";
    case Cause::kPace:
      return "cause.pace";
    case Cause::kReversion:
      return "cause.reversion";
    case Cause::kChance:
      return "cause.chance";
    case Cause::kScaleLimit:
      return "cause.scale_limit";
  }
  return "cause.chance";
}

}  // namespace

std::string SourceName(const Content& content, const std::string& lang, const std::string& case_id,
                       std::string_view source) {
  const std::string id(source);
  if (id.empty()) return "";
  if (content.model.InterventionIndex(id) < content.model.interventions.size())
    return content.texts.Get(lang, "intervention." + id + ".name");
  if (content.model.SparringIndex(id) < content.model.sparring.size())
    return content.texts.Get(lang, "sparring." + id + ".name");
  if (const CaseDef* c = content.FindCase(case_id))
    for (const Event& e : c->events)
      if (e.Find(id))
        return content.texts.Get(lang, "case." + c->id + ".event." + e.id + ".response." + id);
  return id;
}

std::string ScoreFeedback(const Content& content, const std::string& lang,
                          const std::string& case_id, const ScoreLine& line) {
  return content.texts.Format(lang, line.feedback_key,
                              {{"intervention", SourceName(content, lang, case_id, line.subject)}});
}

std::string CauseText(const Content& content, const std::string& lang, const std::string& case_id,
                      const Effect& e) {
  const std::string source = SourceName(content, lang, case_id, e.source);
  std::string text = content.texts.Format(lang, CauseKey(e.cause), {{"source", source}});
  if (!e.finding.empty()) text += " (" + std::string(e.finding) + ")";
  return text;
}

std::vector<ExplainedChange> ExplainIndicators(const Content& content, const std::string& lang,
                                               const std::string& case_id,
                                               const QuarterOutcome& outcome,
                                               const std::vector<Effect>& effects) {
  std::vector<ExplainedChange> out;
  for (std::size_t i = 0; i < kIndicatorCount; ++i) {
    ExplainedChange ch;
    ch.indicator = i;
    ch.before = outcome.before[i];
    ch.after = outcome.after[i];
    std::map<std::string, double> by_text;
    std::vector<std::string> order;
    for (const Effect& e : effects) {
      if (e.target != i) continue;
      const std::string t = CauseText(content, lang, case_id, e);
      if (!by_text.count(t)) order.push_back(t);
      by_text[t] += e.amount;
    }
    for (const std::string& t : order) ch.reasons.emplace_back(t, by_text[t]);
    std::stable_sort(ch.reasons.begin(), ch.reasons.end(), [](const auto& a, const auto& b) {
      return std::abs(a.second) > std::abs(b.second);
    });
    out.push_back(std::move(ch));
  }
  return out;
}

}  // namespace bip
