// Situation: what comes up in the case this quarter, and how to respond.
#include "panel.hpp"
#include "widgets.hpp"

namespace bip::ui {

void DrawSituation(Ui& ui) {
  const GameSession& s = ui.s;
  const Playthrough& play = *s.play();
  const CaseDef& c = play.case_def();
  const Draft& d = s.draft();
  Title(ui, ui.F("situation.title", {{"n", std::to_string(play.quarter())}}));
  Muted(ui.T("situation.intro"));
  ImGui::Spacing();
  // Number keys answer the first event without an answer (else the first).
  const Event* target = play.pending_events().empty() ? nullptr : play.pending_events().front();
  for (const Event* e : play.pending_events())
    if (!d.choices.responses.count(e->id)) {
      target = e;
      break;
    }
  for (const Event* e : play.pending_events()) {
    const std::string base = "case." + c.id + ".event." + e->id;
    BeginCard(e->id.c_str());
    Heading(ui, ui.T(base + ".title"));
    if (e->time_critical) Pill(ui, ui.T("situation.time_critical"), colour::kBadSoft, colour::kBad);
    ImGui::Spacing();
    Wrapped(ui.T(base + ".text"));
    ImGui::Spacing();
    Bold(ui, ui.T("situation.what_do_you_do"));
    const auto chosen = d.choices.responses.find(e->id);
    for (std::size_t i = 0; i < e->responses.size(); ++i) {
      const Response& r = e->responses[i];
      const bool sel = chosen != d.choices.responses.end() && chosen->second == r.id;
      const std::string badge =
          e == target ? ui.F("situation.key", {{"n", std::to_string(i + 1)}}) : "";
      if (ChoiceRow(ui, r.id.c_str(), ui.T(base + ".response." + r.id), "", sel, Mark::kRadio,
                    colour::kAccent, badge))
        ui.Emit(Intent{IntentKind::kRespond, e->id, r.id, 0, 0.0, {}});
      if (i == 0 && chosen == d.choices.responses.end()) DefaultFocus();
    }
    Small(ui,
          ui.F("situation.default", {{"response", ui.T(base + ".response." + e->Default().id)}}));
    EndCard();
    ImGui::Spacing();
  }
  Small(ui, ui.T("situation.keys_hint"));

  ui.footer.has_primary = true;
  ui.footer.primary = Intent{IntentKind::kNext, {}, {}, 0, 0.0, {}};
  ui.footer.primary_label = ui.T("situation.to_plan");
  ui.footer.has_back = true;
  ui.footer.back_label = ui.T("step.meeting");
  ui.footer.back = Intent{IntentKind::kBack, {}, {}, 0, 0.0, {}};
}

}  // namespace bip::ui
