#pragma once
// Files and folders for store tests: a fresh temporary folder per test and
// whole-file reads for checking a file was left untouched.
#include <string>

namespace bip::test {

class TempDir {
 public:
  TempDir();   // a new folder under /tmp
  ~TempDir();  // removes it and everything in it, whatever its permissions
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::string& path() const { return path_; }
  std::string File(const std::string& name) const { return path_ + "/" + name; }

 private:
  std::string path_;
};

std::string ReadBytes(const std::string& path);
void WriteBytes(const std::string& path, const std::string& bytes);

}  // namespace bip::test
