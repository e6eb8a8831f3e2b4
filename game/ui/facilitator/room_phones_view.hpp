#pragma once
// View state of the desk's phone box: the interface and port being chosen.
#include <array>
#include <cstddef>

namespace bip::ui {

struct RoomPhonesView {
  std::size_t interface_index = 0;
  std::array<char, 6> port{'8', '0', '8', '0'};
  bool listed = false;  // the interfaces were listed once
};

}  // namespace bip::ui
