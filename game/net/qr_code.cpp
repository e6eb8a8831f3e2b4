#include "qr_code.hpp"

#include <qrencode.h>

namespace bip::net {

QrCode MakeQrCode(const std::string& text) {
  QrCode out;
  // Level M survives a projector's glare and a phone held at an angle.
  QRcode* q = QRcode_encodeString(text.c_str(), 0, QR_ECLEVEL_M, QR_MODE_8, 1);
  if (!q) return out;
  out.width = q->width;
  out.dark.resize(static_cast<std::size_t>(q->width) * static_cast<std::size_t>(q->width));
  for (std::size_t i = 0; i < out.dark.size(); ++i) out.dark[i] = (q->data[i] & 1) != 0;
  QRcode_free(q);
  return out;
}

}  // namespace bip::net
