// The save database the game opens: a damaged or foreign file must be
// refused or read, never crash. Reads everything a session would.
#include <cstddef>
#include <cstdint>
#include <exception>

#include "fuzz_support.hpp"
#include "save_store.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string path = bip::fuzz::WriteScratch("save.db", data, size);
  auto opened = bip::SaveStore::Open(path);
  if (!opened.store) return 0;
  bip::SaveStore& store = *opened.store;
  try {  // documented: a damaged row throws std::runtime_error
    (void)store.IntegrityCheck();
    (void)store.Setting(bip::kLastProfileSetting);
    for (const bip::ProfileRow& p : store.Profiles()) {
      (void)store.LatestUnfinished(p.id);
      for (const bip::PlaythroughRow& pt : store.Playthroughs(p.id)) {
        (void)store.Quarters(pt.id);
        (void)store.QuarterSnapshots(pt.id);
        (void)store.Note(pt.id);
        (void)store.ReflectionAnswers(pt.id);
      }
      (void)store.ExportProfile(p.id).dump();
    }
  } catch (const std::runtime_error&) {
  }
  return 0;
}
