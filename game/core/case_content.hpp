#pragma once
// A case as loaded from content/cases/<id>.json: the person, the start, the
// events and the scripted policies. See content/FORMAT.md.
#include <map>
#include <string>
#include <vector>

#include "model_content.hpp"

namespace bip {

struct Person {
  int age = 0;
  std::string sex;
  std::string education;
  std::string family;
  std::string main_health;
  int work_months_last_3_years = 0;
  int years_on_support = 0;
  bool non_western_immigrant = false;
  bool conviction = false;
  bool addiction = false;
};

enum class TriggerType {
  kQuarter,
  kAfterGroup,
  kQuartersWithoutIntervention,
  kIndicatorBelow,
  kIndicatorAbove,
  kRandom
};

struct Trigger {
  TriggerType type = TriggerType::kQuarter;
  int quarter = 0;
  Group group = Group::kJobFocused;
  int count = 0;
  std::size_t indicator = 0;
  double value = 0.0;
  double chance = 0.0;
  int from_quarter = 1;
  int to_quarter = 0;  // 0: until the case ends
};

enum class Practice { kGood, kMixed, kPoor };

struct ResponseEffects {
  IndicatorValues indicators{};
  double belief = 0.0;
  double grounding = 0.0;
  double opening_log_hazard = 0.0;
  int opening_quarters = 0;
  bool caseworker_change = false;
  bool pause_interventions = false;
};

struct Response {
  std::string id;
  Practice practice = Practice::kMixed;
  bool is_default = false;
  std::string finding;
  ResponseEffects effects;
};

struct Event {
  std::string id;
  Trigger trigger;
  bool time_critical = false;
  std::string finding;
  std::vector<Response> responses;

  const Response* Find(const std::string& response_id) const;
  const Response& Default() const;  // the loader guarantees exactly one
};

struct PolicyRule {
  int from = 1;
  int to = 1;
  std::vector<std::string> interventions;
  std::string sparring = "none";
  int belief = 3;
};

// A scripted way to play a case (karen, staircase, none, or a file).
struct Policy {
  std::string name;
  std::vector<PolicyRule> rules;
  std::map<std::string, std::string> responses;  // event id -> response id
  std::vector<int> caseworker_changes;           // quarters with a forced change
};

struct CaseDef {
  std::string id;
  std::string file;  // where it was loaded from, for messages
  int content_version = 1;
  int quarters = 12;
  Person person;
  IndicatorValues start{};
  double caseworker_effectiveness = 0.0;
  double grounding = 0.5;
  int previous_caseworker_changes = 0;
  BarrierSet barriers = 0;  // what stands between the citizen and a job (F-MORE)
  std::vector<std::string> palette;
  std::vector<Event> events;
  std::vector<std::string> reflection_questions;
  std::map<std::string, Policy> policies;
  std::string reference_policy;

  const Event* FindEvent(const std::string& event_id) const;
  const Policy* FindPolicy(const std::string& name) const;
};

}  // namespace bip
