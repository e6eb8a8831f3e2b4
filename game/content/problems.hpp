#pragma once
// Problems found in content: each names the file, the JSON pointer and what
// was expected, and prints as one line.
#include <string>
#include <vector>

namespace bip {

struct Problem {
  std::string file;
  std::string pointer;  // JSON pointer, "" for the whole file
  std::string message;  // what is wrong and what was expected
  std::string Line() const;
};

class Problems {
 public:
  void Add(std::string file, std::string pointer, std::string message);
  bool empty() const { return list_.empty(); }
  std::size_t size() const { return list_.size(); }
  const std::vector<Problem>& list() const { return list_; }

 private:
  std::vector<Problem> list_;
};

}  // namespace bip
