#pragma once
// View state of the facilitator's desk (vote counts being typed, the
// controls shown or hidden). Lost when the game closes.
namespace bip::ui {

struct RoomView {};

}  // namespace bip::ui
