#include "qr_widget.hpp"

#include <imgui.h>

namespace bip::ui {

void DrawQr(const net::QrCode& qr, float side) {
  const ImVec2 p = ImGui::GetCursorScreenPos();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddRectFilled(p, ImVec2(p.x + side, p.y + side), IM_COL32(255, 255, 255, 255));
  if (qr.width > 0) {
    const float cell =
        side / static_cast<float>(qr.width + 8);  // 4 modules of quiet zone each side
    for (int y = 0; y < qr.width; ++y)
      for (int x = 0; x < qr.width; ++x)
        if (qr.dark[static_cast<std::size_t>(y * qr.width + x)]) {
          const ImVec2 a(p.x + cell * static_cast<float>(x + 4),
                         p.y + cell * static_cast<float>(y + 4));
          dl->AddRectFilled(a, ImVec2(a.x + cell + 0.5f, a.y + cell + 0.5f),
                            IM_COL32(0, 0, 0, 255));
        }
  }
  ImGui::Dummy(ImVec2(side, side));
}

}  // namespace bip::ui
