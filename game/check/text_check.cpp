#include "text_check.hpp"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <optional>
#include <set>
#include <sstream>

#include "content.hpp"
#include "edit_distance.hpp"
#include "json_read.hpp"
#include "json_reader.hpp"
#include "load_content.hpp"

namespace bip {
namespace fs = std::filesystem;

namespace {

std::optional<Json> ReadJson(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::stringstream text;
  text << in.rdbuf();
  JsonError ignored;  // the schema phase reports why the file does not parse
  return ParseJsonText(text.str(), ignored);
}

// The "id" strings of the objects in obj[key] (an array), skipping anything malformed.
std::vector<std::string> Ids(const Json& obj, const char* key) {
  std::vector<std::string> ids;
  if (!obj.is_object() || !obj.contains(key) || !obj[key].is_array()) return ids;
  for (const Json& item : obj[key])
    if (item.is_object() && item.contains("id") && item["id"].is_string())
      ids.push_back(item["id"].get<std::string>());
  return ids;
}

std::set<std::string> Placeholders(const std::string& text) {
  std::set<std::string> out;
  for (std::size_t open = text.find('{'); open != std::string::npos;
       open = text.find('{', open + 1)) {
    const std::size_t close = text.find('}', open);
    if (close == std::string::npos) break;
    std::string name = text.substr(open + 1, close - open - 1);
    // A plural choice {n|one|other} counts as {n}; any other shape is shown as written.
    const std::size_t bar = name.find('|');
    if (bar != std::string::npos && name.find('|', bar + 1) != std::string::npos &&
        name.find('|', name.find('|', bar + 1) + 1) == std::string::npos)
      name.resize(bar);
    else if (bar != std::string::npos && bar > 0) {
      out.insert("{" + name + "}");
      continue;
    }
    const bool word = !name.empty() && std::all_of(name.begin(), name.end(), [](char c) {
      return std::isalnum(static_cast<unsigned char>(c)) || c == '_';
    });
    if (word) out.insert("{" + name + "}");
  }
  // printf-style specifiers: never filled in, so one in a text is a mistake
  // (and one added in a single language is a difference like any other).
  for (std::size_t at = text.find('%'); at != std::string::npos && at + 1 < text.size();
       at = text.find('%', at + 1))
    if (std::isalpha(static_cast<unsigned char>(text[at + 1]))) out.insert(text.substr(at, 2));
  return out;
}

// The names the game fills in (Texts::Format's arguments). A text with any
// other name would show it literally; a new name goes here with the code
// that passes it.
const std::set<std::string>& KnownPlaceholders() {
  static const std::set<std::string> names = {
      "alias",  "answered",     "before",  "capacity", "case",     "cases",   "chance",
      "csv",    "detail",       "dir",     "error",    "event",    "file",    "from",
      "html",   "intervention", "job",     "load",     "majority", "mean",    "n",
      "name",   "names",        "new",     "old",      "option",   "path",    "place",
      "policy", "present",      "quarter", "quarters", "response", "score",   "seed",
      "seeds",  "source",       "table",   "to",       "total",    "url",     "value",
      "why",    "time",         "code",    "session",  "address",  "message", "theirs",
      "ours"};
  return names;
}

std::string Join(const std::set<std::string>& s) {
  std::string out;
  for (const std::string& x : s) out += (out.empty() ? "" : " ") + x;
  return out.empty() ? "none" : out;
}

std::size_t CommonPrefix(const std::string& a, const std::string& b) {
  std::size_t n = 0;
  while (n < a.size() && n < b.size() && a[n] == b[n]) ++n;
  return n;
}

}  // namespace

TextFiles ReadTextFiles(const std::string& dir,
                        const std::function<std::string(const std::string&)>& shown) {
  TextFiles t;
  for (std::string_view lang_view : kLanguages) {
    const std::string lang(lang_view);
    std::error_code ec;
    std::vector<fs::path> paths;
    const fs::path ldir = fs::path(dir) / "i18n" / lang;
    if (fs::is_directory(ldir, ec))
      for (fs::directory_iterator it(ldir, ec), end; !ec && it != end; it.increment(ec))
        if (it->path().extension() == ".json") paths.push_back(it->path());
    if (ec || !fs::is_directory(ldir)) t.missing_languages.insert(lang);
    std::sort(paths.begin(), paths.end());
    for (const fs::path& p : paths) {
      const std::string file = shown(p.string());
      t.files[lang].push_back(file);
      const auto json = ReadJson(p);
      if (!json || !json->is_object()) {
        t.unread[lang].insert(p.filename().string());
        continue;
      }
      for (const auto& [key, value] : json->items()) {
        if (!value.is_string() || t.file[lang].count(key)) continue;
        t.file[lang][key] = file;
        t.text[lang][key] = value.get<std::string>();
      }
    }
  }
  return t;
}

RequiredKeys RequiredKeysFromFiles(const std::string& dir) {
  Content c;
  RequiredKeys out;
  const fs::path root(dir);
  auto readable = [&](const fs::path& p, std::initializer_list<const char*> prefixes) {
    auto j = ReadJson(p);
    if (!j || !j->is_object())
      for (const char* prefix : prefixes) out.unknown_prefixes.emplace_back(prefix);
    return j;
  };
  if (auto j = readable(root / "model" / "indicators.json", {"indicator.", "question."})) {
    for (const std::string& id : Ids(*j, "indicators"))
      c.model.indicators.push_back(IndicatorDef{id, Strength::kWeak, ""});
    for (const std::string& id : Ids(*j, "questions")) {
      QuestionDef q;
      q.id = id;
      c.model.questions.push_back(q);
    }
  }
  if (auto j = readable(root / "model" / "interventions.json", {"intervention.", "barrier."})) {
    for (const std::string& id : Ids(*j, "interventions")) {
      InterventionDef d;
      d.id = id;
      c.model.interventions.push_back(d);
    }
    for (const std::string& id : Ids(*j, "barriers")) {
      BarrierDef d;
      d.id = id;
      c.model.barriers.push_back(d);
    }
  }
  if (auto j = readable(root / "sparring.json", {"sparring."}))
    for (const std::string& id : Ids(*j, "moves")) {
      SparringMove m;
      m.id = id;
      c.model.sparring.push_back(m);
    }
  std::error_code ec;
  std::vector<fs::path> cases;
  if (fs::is_directory(root / "cases", ec))
    for (const auto& entry : fs::directory_iterator(root / "cases", ec))
      if (entry.path().extension() == ".json") cases.push_back(entry.path());
  std::sort(cases.begin(), cases.end());
  for (const fs::path& p : cases) {
    const auto j = ReadJson(p);
    if (!j || !j->is_object() || !j->contains("id") || !(*j)["id"].is_string()) {
      out.unknown_prefixes.push_back("case." + p.stem().string() + ".");
      continue;
    }
    CaseDef cd;
    cd.id = (*j)["id"].get<std::string>();
    std::set<std::string> event_ids;
    bool duplicates = false;
    if (j->contains("events") && (*j)["events"].is_array())
      for (const Json& ev : (*j)["events"]) {
        if (!ev.is_object() || !ev.contains("id") || !ev["id"].is_string()) continue;
        Event e;
        e.id = ev["id"].get<std::string>();
        duplicates = duplicates || !event_ids.insert(e.id).second;
        std::set<std::string> response_ids;
        for (const std::string& rid : Ids(ev, "responses")) {
          duplicates = duplicates || !response_ids.insert(rid).second;
          Response r;
          r.id = rid;
          e.responses.push_back(r);
        }
        cd.events.push_back(std::move(e));
      }
    // Duplicate ids make the case's keys ambiguous: judge them once the ids are fixed.
    if (duplicates) out.unknown_prefixes.push_back("case." + cd.id + ".");
    if (j->contains("reflection_questions") && (*j)["reflection_questions"].is_array())
      for (const Json& q : (*j)["reflection_questions"])
        if (q.is_string()) cd.reflection_questions.push_back(q.get<std::string>());
    c.cases.push_back(std::move(cd));
  }
  out.keys = RequiredTextKeys(c);
  return out;
}

int CheckTexts(const TextFiles& t, const RequiredKeys& req, const std::string& shown_dir,
               Problems& problems) {
  const std::vector<std::string>& required_list = req.keys;
  const std::set<std::string> required(required_list.begin(), required_list.end());
  auto unjudged = [&](const std::string& key) {
    return std::any_of(req.unknown_prefixes.begin(), req.unknown_prefixes.end(),
                       [&](const std::string& prefix) { return key.rfind(prefix, 0) == 0; });
  };
  const auto empty = std::map<std::string, std::string>{};
  auto files_of = [&](const std::string& lang) -> const std::map<std::string, std::string>& {
    const auto it = t.file.find(lang);
    return it == t.file.end() ? empty : it->second;
  };
  auto texts_of = [&](const std::string& lang) -> const std::map<std::string, std::string>& {
    const auto it = t.text.find(lang);
    return it == t.text.end() ? empty : it->second;
  };

  // Where a missing key belongs in a language: the file of the same name as
  // where another language has it, else the file with the nearest keys.
  auto home = [&](const std::string& lang, const std::string& key) {
    for (std::string_view other : kLanguages) {
      const auto& f = files_of(std::string(other));
      const auto it = f.find(key);
      if (it != f.end())
        return shown_dir + "/i18n/" + lang + "/" + fs::path(it->second).filename().string();
    }
    std::string best = shown_dir + "/i18n/" + lang + "/";
    std::size_t best_len = 0;
    for (const auto& [k, file] : files_of(lang)) {
      const std::size_t n = CommonPrefix(k, key);
      if (n > best_len) {
        best_len = n;
        best = file;
      }
    }
    return best;
  };
  auto present_in = [&](const std::string& key) {
    std::string where;
    for (std::string_view other : kLanguages) {
      const auto& f = files_of(std::string(other));
      const auto it = f.find(key);
      if (it != f.end()) where += (where.empty() ? "" : ", ") + it->second;
    }
    return where;
  };

  // Every key the content needs, in every language. A language whose folder
  // or file could not be read is said once (the loader's line names it), not
  // key by key.
  std::map<std::string, int> in_unread;  // home file -> keys
  for (const std::string& key : required_list)
    for (std::string_view lang_view : kLanguages) {
      const std::string lang(lang_view);
      if (files_of(lang).count(key) || unjudged(key) || t.missing_languages.count(lang)) continue;
      const std::string file = home(lang, key);
      const auto unread = t.unread.find(lang);
      if (unread != t.unread.end() && unread->second.count(fs::path(file).filename().string())) {
        in_unread[file] += 1;
        continue;
      }
      const std::string where = present_in(key);
      problems.Add(file, PointerJoin("", key),
                   "missing text (expected it in sv, da and en" +
                       (where.empty() ? std::string() : "; present in " + where) + ")");
    }
  for (const auto& [file, count] : in_unread)
    problems.Add(file, "",
                 std::to_string(count) + " texts missing because this file could not be read");

  // Keys nobody needs: typos and leftovers.
  std::set<std::string> all;
  for (std::string_view lang : kLanguages)
    for (const auto& [key, file] : files_of(std::string(lang))) all.insert(key);
  for (const std::string& key : all) {
    if (required.count(key) || unjudged(key)) continue;
    std::string best;
    std::size_t best_distance = 3;
    for (const std::string& r : required_list) {
      if (r.size() + 2 < key.size() || key.size() + 2 < r.size()) continue;
      const std::size_t d = EditDistance(key, r);
      if (d < best_distance) {
        best_distance = d;
        best = r;
      }
    }
    for (std::string_view lang : kLanguages) {
      const auto& f = files_of(std::string(lang));
      const auto it = f.find(key);
      if (it == f.end()) continue;
      problems.Add(
          it->second, PointerJoin("", key),
          "unused text key" + (best.empty() ? std::string() : ", did you mean \"" + best + "\"?") +
              " (expected only keys the content or the game uses; see content/FORMAT.md, Texts)");
    }
  }

  // The same placeholders in every language ({n} in sv means {n} in da and en).
  std::set<std::string> differing;  // "lang\nkey": said once, below it is not said again
  for (const std::string& key : all) {
    if (!required.count(key)) continue;
    const auto& sv = texts_of("sv");
    const auto ref = sv.find(key);
    if (ref == sv.end()) continue;
    const std::set<std::string> want = Placeholders(ref->second);
    for (std::string_view lang_view : {std::string_view("da"), std::string_view("en")}) {
      const std::string lang(lang_view);
      const auto& tx = texts_of(lang);
      const auto it = tx.find(key);
      if (it == tx.end()) continue;
      const std::set<std::string> got = Placeholders(it->second);
      if (got != want) differing.insert(lang + "\n" + key);
      if (got != want)
        problems.Add(files_of(lang).at(key), PointerJoin("", key),
                     "placeholders " + Join(got) + " differ from sv (expected " + Join(want) +
                         ", as in " + files_of("sv").at(key) + ")");
    }
  }
  // Placeholders the game never fills in, in any language.
  for (std::string_view lang_view : kLanguages) {
    const std::string lang(lang_view);
    for (const auto& [key, text] : texts_of(lang)) {
      if (!required.count(key) || differing.count(lang + "\n" + key)) continue;
      for (const std::string& p : Placeholders(text)) {
        if (p[0] == '%')
          problems.Add(
              files_of(lang).at(key), PointerJoin("", key),
              "a printf-style " + p + " is shown as it is (expected {name} placeholders only)");
        else if (!KnownPlaceholders().count(p.substr(1, p.size() - 2)))
          problems.Add(files_of(lang).at(key), PointerJoin("", key),
                       "unknown placeholder " + p +
                           " is shown as it is (expected one the game fills in, such as {n}, "
                           "{name} or {quarter})");
      }
    }
  }
  return static_cast<int>(all.size());
}

}  // namespace bip
