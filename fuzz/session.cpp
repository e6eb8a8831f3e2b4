// A team session file, opened by the team leader's desk and `bipgame session`.
#include <cstddef>
#include <cstdint>

#include "fuzz_support.hpp"
#include "team_session.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const bip::ReplayKit kit(bip::fuzz::SourceContent());
  const std::string path = bip::fuzz::WriteScratch("session.json", data, size);
  std::string error;
  if (auto s = bip::LoadSessionFile(kit, path, &error)) (void)bip::SessionToJson(*s).dump();
  return 0;
}
