#pragma once
// A QR code drawn in the window: the projector's join box (the theme day's
// phones) and the team desk's hand-in card share it.
#include "qr_code.hpp"

namespace bip::ui {

// Black on white with its quiet zone, `side` pixels square, at the cursor.
void DrawQr(const net::QrCode& qr, float side);

}  // namespace bip::ui
