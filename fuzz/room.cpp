// A theme-day file (`bipgame room report`, the facilitator's desk).
#include "room.hpp"

#include <cstddef>
#include <cstdint>

#include "fuzz_support.hpp"
#include "team_session.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const bip::ReplayKit kit(bip::fuzz::SourceContent());
  const std::string path = bip::fuzz::WriteScratch("room.json", data, size);
  std::string error;
  if (auto room = bip::LoadRoomFile(kit.content, path, &error))
    (void)bip::PlayRoom(kit, *room, &error);
  return 0;
}
