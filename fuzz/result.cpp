// A participant's result file imported into a team session (untrusted).
#include <cstddef>
#include <cstdint>

#include "fuzz_support.hpp"
#include "team_session.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const bip::ReplayKit kit(bip::fuzz::SourceContent());
  bip::TeamSession session;
  session.name = "Team";
  session.case_id = "henrik";
  session.seed = 7;
  session.content_version = kit.content.FindCase("henrik")->content_version;
  const std::string path = bip::fuzz::WriteScratch("result.json", data, size);
  std::string error;
  if (auto r = bip::ImportResultFile(kit, session, path, &error)) bip::AddParticipant(session, *r);
  return 0;
}
