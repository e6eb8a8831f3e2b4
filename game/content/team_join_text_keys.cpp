// Text keys of a participant's game joining a team session over the
// network (ui/team_leader/*join*.cpp).
#include "ui_text_keys.hpp"

namespace bip {
namespace {

constexpr std::string_view kKeys[] = {
    "team_join.title",
    "team_join.hint",
    "team_join.address_hint",
    "team_join.code_hint",
    "team_join.button",
    "team_join.joined",
    "team_join.play_again",
    "team_join.leave",
    "team_join.hand_in_text",
    "team_join.hand_in",
    "team_join.notice.bad_address",
    "team_join.notice.unreachable",
    "team_join.notice.wrong_code",
    "team_join.notice.not_a_desk",
    "team_join.notice.unknown_case",
    "team_join.notice.other_version",
    "team_join.notice.joined",
    "team_join.notice.not_joined",
    "team_join.notice.refused",
    "team_join.notice.received",
};

}  // namespace

std::span<const std::string_view> TeamJoinTextKeys() {
  return kKeys;
}

}  // namespace bip
