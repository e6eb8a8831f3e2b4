// The facilitator's desk: the theme day on a projector.
#include "panel.hpp"
#include "widgets.hpp"

namespace bip::ui {

void DrawRoom(Ui& ui) {
  Title(ui, ui.T("room_desk.title"));
  ImGui::Spacing();
  Wrapped(ui.T("room_desk.intro"));
  ui.footer.has_back = true;
  ui.footer.back_label = ui.T("room_desk.close");
  ui.footer.back = Intent{IntentKind::kRoom, "close", {}, 0, 0.0, {}};
}

}  // namespace bip::ui
