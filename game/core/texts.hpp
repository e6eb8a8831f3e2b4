#pragma once
// Keyed user-visible texts in Swedish, Danish and English.
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace bip {

inline constexpr std::string_view kLanguages[] = {"sv", "da", "en"};

class Texts {
 public:
  void Set(const std::string& lang, const std::string& key, std::string text);
  bool Has(const std::string& lang, const std::string& key) const;
  // The text, or the key itself in brackets when missing (tests forbid that).
  const std::string& Get(const std::string& lang, const std::string& key) const;
  // Replaces {name} placeholders.
  std::string Format(const std::string& lang, const std::string& key,
                     const std::vector<std::pair<std::string, std::string>>& args) const;
  const std::map<std::string, std::string>& All(const std::string& lang) const;

 private:
  std::map<std::string, std::map<std::string, std::string>> by_lang_;
  mutable std::map<std::string, std::string> missing_;
};

}  // namespace bip
