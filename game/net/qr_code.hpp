#pragma once
// A QR code of a short text (the join URL), made with Debian's libqrencode.
#include <string>
#include <vector>

namespace bip::net {

struct QrCode {
  int width = 0;           // modules per side; 0: could not be made
  std::vector<bool> dark;  // width * width, row by row
};

QrCode MakeQrCode(const std::string& text);

}  // namespace bip::net
