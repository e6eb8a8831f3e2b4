#include "check_content.hpp"

#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>

#include "glossary_check.hpp"
#include "json_reader.hpp"
#include "load_content.hpp"
#include "logic_check.hpp"
#include "schema_check.hpp"
#include "shown_path.hpp"
#include "text_check.hpp"

namespace bip {
namespace fs = std::filesystem;

namespace {

bool IsLanguage(const std::string& s) {
  return std::any_of(std::begin(kLanguages), std::end(kLanguages),
                     [&](std::string_view l) { return l == s; });
}

// The language of a "missing text" problem, from its i18n/<lang>[/file]
// path; empty for every other problem.
std::string MissingTextLanguage(const Problem& p) {
  if (p.message.rfind("missing text", 0) != 0) return {};
  std::string previous;
  for (const auto& part : fs::path(p.file)) {
    if (previous == "i18n" && IsLanguage(part.string())) return part.string();
    previous = part.string();
  }
  return {};
}

// Adds one phase's problems, skipping any at a file and pointer an earlier
// phase reported: the schema, the loader and the text check often see the
// same mistake. Within a phase every problem stays.
struct Collector {
  Problems& out;
  std::set<std::string> seen;
  void Add(const Problems& more) {
    std::set<std::string> now;
    for (const Problem& p : more.list()) {
      const std::string key = p.file + "\n" + p.pointer;
      if (seen.count(key)) continue;
      now.insert(key);
      out.Add(p.file, p.pointer, p.message);
    }
    seen.insert(now.begin(), now.end());
  }
};

// The loader's messages say what is wrong; a few do not say what was
// expected. Adds that, so every line reads "what is wrong (expected ...)".
std::string WithExpectation(const std::string& m) {
  if (m.find("expected") != std::string::npos) return m;
  auto starts = [&](const char* p) { return m.rfind(p, 0) == 0; };
  if (starts("duplicate key")) return m + " (expected each text key in one file per language)";
  if (starts("duplicate ")) return m + " (expected each id once)";
  if (m.find("is not in this case's palette") != std::string::npos)
    return m + " (expected an id from the case's palette)";
  if (starts("unknown event")) return m + " (expected the id of one of the case's events)";
  if (starts("unknown group")) return m + " (expected job_focused, upskilling, social or health)";
  if (starts("unknown case")) return m + " (expected the id of a case in cases/)";
  if (starts("this game reads format_version")) return m + " (expected 1)";
  if (starts("only the first group"))
    return m + " (expected job_focused: true for job_focused only)";
  if (starts("an intervention cannot move"))
    return m + " (expected no caseworker_belief in the profile)";
  if (starts("at most 32")) return m + " (expected 32 or fewer)";
  return m;
}

std::string Unescape(const std::string& token) {
  std::string out;
  for (std::size_t i = 0; i < token.size(); ++i) {
    if (token[i] == '~' && i + 1 < token.size() && (token[i + 1] == '0' || token[i + 1] == '1')) {
      out += token[i + 1] == '0' ? '~' : '/';
      ++i;
    } else {
      out += token[i];
    }
  }
  return out;
}

// Removes the temporary copy even when it holds folders copied without
// permissions (a mode-000 folder in the content): they are opened up first,
// or remove_all stops and leaves the copy behind in the temp folder.
void RemoveCopy(const fs::path& root) {
  std::error_code ec;
  fs::permissions(root, fs::perms::owner_all, fs::perm_options::add, ec);
  for (auto it = fs::recursive_directory_iterator(root, ec);
       !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    std::error_code entry_ec;
    if (it->is_directory(entry_ec) && !it->is_symlink(entry_ec))
      fs::permissions(it->path(), fs::perms::owner_all, fs::perm_options::add, entry_ec);
  }
  fs::remove_all(root, ec);
}

// When the loader refuses the content only for missing texts, the logic
// checks and plays still run: on a copy (under the same folder name, so
// files are named alike) with a placeholder for every missing text.
std::unique_ptr<Content> LoadWithPlaceholderTexts(const std::string& dir,
                                                  const Problems& problems) {
  std::map<std::string, nlohmann::json> missing;  // lang -> {key: placeholder}
  for (const Problem& p : problems.list()) {
    // The loader names a missing text's file, i18n/<lang>/<file>.json (or
    // the language's folder when no language has the key).
    const std::string lang = MissingTextLanguage(p);
    if (lang.empty() || p.pointer.size() < 2) return nullptr;
    const std::string key = Unescape(p.pointer.substr(1));
    missing[lang][key] = "[" + key + "]";
  }
  std::error_code ec;
  static int counter = 0;
  const fs::path root =
      fs::temp_directory_path(ec) /
      ("bipgame-check-" + std::to_string(::getpid()) + "-" + std::to_string(++counter));
  const fs::path copy = root / fs::path(dir).filename();
  std::unique_ptr<Content> content;
  fs::create_directories(root, ec);
  fs::copy(dir, copy, fs::copy_options::recursive, ec);
  if (!ec) {
    for (const auto& [lang, keys] : missing) {
      std::ofstream out(copy / "i18n" / lang / "zz-bipgame-check-placeholders.json");
      out << keys.dump(1);
    }
    LoadResult again = LoadContent(copy.string());
    content = std::move(again.content);
  }
  RemoveCopy(root);
  return content;
}

}  // namespace

CheckReport CheckContentDir(const CheckOptions& o) {
  CheckReport report;
  Collector collect{report.problems, {}};
  std::string dir = fs::path(o.dir).lexically_normal().string();
  while (dir.size() > 1 && dir.back() == '/') dir.pop_back();
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    report.problems.Add(
        o.dir, "",
        "not a content directory (expected a folder with model/, cases/, i18n/ and sparring.json)");
    return report;
  }
  // Files are named as the loader names them: relative to the folder that
  // holds the content directory ("content/cases/henrik.json").
  const fs::path base = fs::path(dir).parent_path();
  auto shown = [&](const std::string& p) { return ShownPath(p, base); };
  const std::string shown_dir = shown(dir);

  // (a) Each file against its schema; JSON files the game never reads.
  Problems schema_problems;
  const std::string schema_dir =
      o.schema_dir.empty() ? (fs::path(dir) / "schema").string() : o.schema_dir;
  const SchemaSet schemas = SchemaSet::Load(schema_dir, schema_problems);
  std::vector<fs::path> files;
  for (auto it = fs::recursive_directory_iterator(dir, ec);
       !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    // The error_code forms: a symlink loop or a dangling link is a problem
    // to report, not a filesystem_error to die of.
    std::error_code entry_ec;
    if (it->is_directory(entry_ec) && it.depth() == 0 && it->path().filename() == "schema") {
      it.disable_recursion_pending();
      continue;
    }
    const bool regular = it->is_regular_file(entry_ec);
    if (entry_ec && it->path().extension() == ".json")
      schema_problems.Add(
          shown(it->path().string()), "",
          "cannot be read: " + entry_ec.message() + " (expected a JSON file, or a link to one)");
    if (regular && it->path().extension() == ".json") files.push_back(it->path());
  }
  if (ec)
    schema_problems.Add(
        shown_dir, "",
        "cannot read the folder: " + ec.message() + " (expected a readable content folder)");
  std::sort(files.begin(), files.end());
  std::set<std::string> unreadable;  // files (as shown) that are not JSON
  for (const fs::path& f : files) {
    const std::string rel =
        f.lexically_relative(dir).generic_string();  // a link keeps its own name
    const std::string name = SchemaNameFor(rel);
    const bool wrong_language = name == "i18n" && !IsLanguage(f.parent_path().filename().string());
    if (name.empty() || wrong_language) {
      schema_problems.Add(shown(f.string()), "",
                          "a JSON file the game does not read (expected cases/<id>.json, "
                          "i18n/sv|da|en/*.json, i18n/glossary.json, sparring.json or "
                          "model/indicators|interventions|parameters|calibration.json)");
      continue;
    }
    auto json = ParseFile(f.string(), shown(f.string()), schema_problems);
    ++report.files;
    if (!json) unreadable.insert(rel);
    std::vector<std::string> covered;
    if (json && schemas.Has(name))
      schemas.Validate(name, *json, shown(f.string()), schema_problems, &covered);
    for (const std::string& pointer : covered)
      collect.seen.insert(shown(f.string()) + "\n" + pointer);
  }
  collect.Add(schema_problems);

  // (b) The loader: load, link, check. Its text problems name only the
  // language; the text check below names the file to edit instead.
  // Two kinds of loader problems are only echoes of one already reported:
  // "unknown <id>" in a case when the file defining the ids is not JSON, and
  // quarter ranges of "1 to 1" in a case whose own quarters are wrong.
  const bool ids_unreadable = unreadable.count("sparring.json") ||
                              unreadable.count("model/interventions.json") ||
                              unreadable.count("model/indicators.json");
  std::set<std::string> bad_quarters;
  for (const Problem& p : schema_problems.list())
    if (p.pointer == "/quarters") bad_quarters.insert(p.file);
  LoadResult loaded = LoadContent(dir);
  Problems loader_problems;
  for (const Problem& p : loaded.problems.list()) {
    const bool language_only = p.file.rfind("i18n/", 0) == 0 && IsLanguage(p.file.substr(5));
    const bool echo_of_ids = ids_unreadable && p.message.rfind("unknown ", 0) == 0;
    const bool echo_of_quarters =
        bad_quarters.count(p.file) && (p.message.find(" 1 to 1") != std::string::npos ||
                                       p.message.find("<= 1") != std::string::npos);
    if (language_only || echo_of_ids || echo_of_quarters) continue;
    // The loader names a few files without the content folder.
    const bool bare = p.file.rfind("model/", 0) == 0 || p.file.rfind("cases/", 0) == 0;
    loader_problems.Add(bare ? shown_dir + "/" + p.file : p.file, p.pointer,
                        WithExpectation(p.message));
  }
  collect.Add(loader_problems);

  // (d) Texts: every key in every language, the same placeholders, none unused.
  Problems text_problems;
  const TextFiles texts = ReadTextFiles(dir, shown);
  report.text_keys = CheckTexts(texts, RequiredKeysFromFiles(dir), shown_dir, text_problems);
  // One term per concept (a content folder without a glossary has no terms to keep).
  const fs::path glossary = fs::path(dir) / "i18n" / "glossary.json";
  if (fs::exists(glossary, ec)) {
    const std::string shown_glossary = shown(glossary.string());
    CheckGlossary(texts, ReadGlossary(glossary.string(), shown_glossary, text_problems),
                  shown_glossary, text_problems);
  }
  collect.Add(text_problems);

  // (c) and (e): logic and plays need content the loader accepted, if only
  // with placeholders for missing texts.
  if (!loaded.content) {
    if (report.problems.empty()) collect.Add(loaded.problems);  // never silent
    loaded.content = LoadWithPlaceholderTexts(dir, loaded.problems);
    if (!loaded.content) return report;
  } else {
    report.loaded = true;
  }
  report.logic_checked = true;
  const Content& content = *loaded.content;
  const OutcomeModel model(content.model);
  const LineOf100 line = LineOf100::ForGame(model);
  PlayStats stats;
  Problems logic_problems;
  for (const CaseDef& c : content.cases) {
    ++report.cases;
    report.events += static_cast<int>(c.events.size());
    for (const Event& e : c.events) report.responses += static_cast<int>(e.responses.size());
    report.policies += static_cast<int>(c.policies.size());
    CheckCaseLogic(content, c, logic_problems);
    for (const auto& [name, policy] : c.policies)
      PlayPolicy(content, model, line, c, policy, o.policy_seeds, c.file,
                 PointerJoin("/policies", name), logic_problems, stats);
    PlayRandom(content, model, line, c, o.plays, o.seed, logic_problems, stats);
  }

  // Policy files given on the command line.
  for (const std::string& path : o.policy_files) {
    Problems pp;
    auto json = ParseFile(path, path, pp);
    if (json) {
      if (schemas.Has("policy-file")) schemas.Validate("policy-file", *json, path, pp);
      const std::string case_id =
          json->is_object() && json->contains("case") && (*json)["case"].is_string()
              ? (*json)["case"].get<std::string>()
              : "";
      const CaseDef* c = content.FindCase(case_id);
      if (!c) {
        std::string known;
        for (const CaseDef& cd : content.cases) known += (known.empty() ? "" : ", ") + cd.id;
        if (!case_id.empty())
          pp.Add(path, "/case",
                 "unknown case \"" + case_id + "\" (expected one of: " + known + ")");
      } else if (auto policy = LoadPolicyFile(path, content, *c, pp)) {
        ++report.policies;
        PlayPolicy(content, model, line, *c, *policy, o.policy_seeds, path, "", pp, stats);
      }
    }
    collect.Add(pp);
  }
  collect.Add(logic_problems);
  report.plays = stats.plays;
  return report;
}

std::string SummaryLine(const CheckReport& r) {
  if (r.problems.empty() && r.loaded)
    return "content OK: " + std::to_string(r.cases) + " cases, " + std::to_string(r.events) +
           " events, " + std::to_string(r.responses) + " responses, " + std::to_string(r.policies) +
           " policies, " + std::to_string(r.text_keys) + " text keys in sv/da/en, " +
           std::to_string(r.files) + " files matching their schemas, " + std::to_string(r.plays) +
           " playthroughs without a problem";
  const std::size_t n = r.problems.size();
  std::string line = std::to_string(n) + (n == 1 ? " problem" : " problems");
  if (!r.logic_checked)
    line += " (the logic checks and test plays run once the loader accepts the content)";
  return line;
}

}  // namespace bip
