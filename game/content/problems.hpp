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
  // The lines to print: after max_alike problems of one kind in one file
  // (the same message up to its first quote), the rest are counted in one
  // line, so 100,000 repeats print 11 lines, not 100,000.
  std::vector<std::string> Lines(std::size_t max_alike = 10) const;

 private:
  std::vector<Problem> list_;
};

}  // namespace bip
