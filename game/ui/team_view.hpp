#pragma once
// View state of the team leader's desk (typed, not yet committed text,
// selections, the sparring timer's display). Lost when the game closes.
namespace bip::ui {

struct TeamView {};

}  // namespace bip::ui
