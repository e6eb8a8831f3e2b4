#include "content_dir.hpp"

#include <filesystem>

namespace bip {
namespace fs = std::filesystem;

std::string FindContentDir(const std::string& given) {
  if (!given.empty()) return given;
  std::error_code ec;
  const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    const fs::path installed = exe.parent_path().parent_path() / "share" / "bipgame" / "content";
    if (fs::is_directory(installed, ec)) return installed.string();
  }
  return BIPGAME_SOURCE_CONTENT_DIR;
}

}  // namespace bip
