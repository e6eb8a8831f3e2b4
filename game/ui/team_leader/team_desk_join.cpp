// A participant's game and a team desk on another computer (issue 12,
// point 7): join the desk's session over the network, play its case with its
// game number, and hand the finished case in directly.
//   join          text2 = the address or the whole URL, list = [the join code]
//   join_hand_in  the finished playthrough goes to the desk joined
//   join_leave    forget the desk joined
// The requests are short and blocking (a few seconds at most when nobody
// answers): the person waits for the answer anyway, and a script sees it.
#include <iostream>

#include "file_stem.hpp"
#include "session.hpp"
#include "team_desk.hpp"
#include "team_join.hpp"

namespace bip::ui {

bool TeamDesk::CanHandInOverNetwork(const GameSession& s) const {
  const Playthrough* play = s.play();
  return join_->link && play && play->finished() && !play->history().empty() && s.profile() &&
         play->case_def().id == join_->session.case_id && play->seed() == join_->session.seed;
}

bool TeamDesk::ApplyJoin(GameSession& s, const Intent& in, std::string* error) {
  const std::string& a = in.text;
  if (a == "join") return Join(s, in, error);
  if (a == "join_hand_in") return HandInOverNetwork(s, error);
  if (a == "join_leave") {
    *join_ = TeamJoin{};
    return true;
  }
  return s.Fail(error, "notice.not_now", "unknown team action '" + a + "'");
}

bool TeamDesk::Join(GameSession& s, const Intent& in, std::string* error) {
  if (!s.profile()) return s.Fail(error, "notice.need_profile", "choose or create a profile first");
  std::string why;
  const auto link = net::ParseTeamLink(in.text2, in.list.empty() ? "" : in.list[0], &why);
  if (!link) return s.Fail(error, "team_join.notice.bad_address", why);
  net::RemoteTeamSession remote;
  const net::TeamReply reply = net::FetchTeamSession(*link, s.lang(), &remote);
  if (!reply.reached)
    return s.Fail(error, "team_join.notice.unreachable", link->Url() + ": " + reply.error,
                  {{"address", link->Url()}});
  if (reply.status == 403)
    return s.Fail(error, "team_join.notice.wrong_code", link->Url() + ": wrong join code",
                  {{"code", link->code}});
  if (!reply.ok)
    return s.Fail(error, "team_join.notice.not_a_desk", link->Url() + ": " + reply.error,
                  {{"address", link->Url()}});
  const CaseDef* c = s.content().FindCase(remote.case_id);
  if (!c)
    return s.Fail(error, "team_join.notice.unknown_case",
                  "the session plays '" + remote.case_id + "', which this game does not have",
                  {{"case", remote.case_id}});
  const std::string case_name = s.texts().Get(s.lang(), "case." + c->id + ".name");
  if (remote.content_version != c->content_version)
    return s.Fail(error, "team_join.notice.other_version",
                  "the session plays version " + std::to_string(remote.content_version) +
                      " of the case '" + c->id + "', this game has version " +
                      std::to_string(c->content_version),
                  {{"case", case_name},
                   {"theirs", std::to_string(remote.content_version)},
                   {"ours", std::to_string(c->content_version)}});
  join_->link = *link;
  join_->session = remote;
  join_->answer.reset();
  // Back where this profile is in that case: the unfinished playthrough goes
  // on, a finished one opens (to hand it in), else the case starts.
  s.RefreshSaved();
  std::int64_t unfinished = 0, finished = 0;
  for (const PlaythroughInfo& p : s.saved())
    if (p.case_id == remote.case_id && p.seed == remote.seed &&
        p.content_version == std::to_string(c->content_version)) {
      if (!p.finished && !unfinished) unfinished = p.id;
      if (p.finished && !finished) finished = p.id;
    }
  const bool ok = unfinished ? s.LoadPlaythrough(unfinished, error)
                  : finished ? s.LoadPlaythrough(finished, error)
                             : s.StartCase(remote.case_id, remote.seed, error);
  if (!ok) return false;
  s.Info("team_join.notice.joined",
         {{"session", remote.name}, {"case", case_name}, {"seed", std::to_string(remote.seed)}});
  return true;
}

bool TeamDesk::HandInOverNetwork(GameSession& s, std::string* error) {
  if (!join_->link)
    return s.Fail(error, "team_join.notice.not_joined", "join a team session first");
  if (!CanHandInOverNetwork(s))
    return s.Fail(error, "team_desk.notice.cannot_hand_in",
                  "the playthrough must be finished and of the session's case " +
                      join_->session.case_id + " with game number " +
                      std::to_string(join_->session.seed));
  auto r = CurrentResult(s, error);
  if (!r) return false;
  // The profile's own token: the same person replaces their hand-in.
  std::string token;
  try {
    token = s.store_.ProfileSetting(s.profile_id(), kHandInTokenSetting).value_or("");
    if (!ValidHandInToken(token)) {
      token = net::NewHandInToken();
      s.store_.SetProfileSetting(s.profile_id(), kHandInTokenSetting, token);
    }
  } catch (const std::exception& e) {
    return s.Fail(error, "notice.store_error", e.what());
  }
  const CaseDef& c = s.play()->case_def();
  const std::string file = "bipgame-result-" + FileStem(r->alias, "participant", 60) + "-" + c.id +
                           "-" + std::to_string(s.play()->seed()) + ".json";
  const std::string body =
      ResultToJson(*r, c.id, c.content_version, s.play()->seed()).dump(2) + "\n";
  const net::TeamReply reply = net::HandInOverNetwork(*join_->link, token, file, body, s.lang());
  TeamJoinAnswer answer;
  answer.playthrough = s.playthrough_id();
  answer.ok = reply.ok;
  answer.replaced = reply.replaced;
  answer.key = reply.key;
  if (!reply.reached) {
    join_->answer.reset();
    return s.Fail(error, "team_join.notice.unreachable", join_->link->Url() + ": " + reply.error,
                  {{"address", join_->link->Url()}});
  }
  // The desk answers in the player's language; a desk of an older game
  // may not, and then its technical line is shown.
  answer.message = reply.message.empty() ? reply.error : reply.message;
  join_->answer = answer;
  if (!reply.ok) {
    std::cerr << "hand-in refused: " << reply.error << "\n";  // the technical line, for the log
    return s.Fail(error, "team_join.notice.refused", reply.error, {{"message", answer.message}});
  }
  s.Info("team_join.notice.received", {{"session", join_->session.name}});
  return true;
}

}  // namespace bip::ui
