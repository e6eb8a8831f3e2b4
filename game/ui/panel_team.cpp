// The team leader's desk: sessions, participants, comparison, exports.
#include "panel.hpp"
#include "widgets.hpp"

namespace bip::ui {

void DrawTeam(Ui& ui) {
  Title(ui, ui.T("team_desk.title"));
  ImGui::Spacing();
  Wrapped(ui.T("team_desk.intro"));
  ui.footer.has_back = true;
  ui.footer.back_label = ui.T("team_desk.close");
  ui.footer.back = Intent{IntentKind::kTeam, "close", {}, 0, 0.0, {}};
}

}  // namespace bip::ui
