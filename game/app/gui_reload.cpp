#include "gui_reload.hpp"

#include "check_content.hpp"
#include "content_dir.hpp"
#include "load_content.hpp"

namespace bip {
namespace {

// Random plays per case on reload: enough to catch a dead end an edit made,
// few enough that F5 answers at once (check-content runs 200).
constexpr int kReloadPlays = 20;

}  // namespace

void ReloadContent(const std::string& given_dir, std::unique_ptr<Content>& content,
                   std::unique_ptr<ui::GameSession>& session, ui::SessionStore& store,
                   const std::string& store_problem, ui::SessionOptions options) {
  const std::string dir = FindContentDir(given_dir);
  CheckOptions check;
  check.dir = dir;
  check.plays = kReloadPlays;
  const CheckReport report = CheckContentDir(check);
  LoadResult loaded;
  if (report.problems.list().empty()) loaded = LoadContent(dir);
  const Problems& problems = report.problems.list().empty() ? loaded.problems : report.problems;
  if (!problems.list().empty() || !loaded.content) {
    std::vector<std::string> lines = problems.Lines();
    if (lines.empty())
      lines.push_back(dir + ": the content could not be read (expected a content folder)");
    session->ShowContentProblems(std::move(lines));
    return;
  }
  const std::int64_t open_playthrough = session->play() ? session->playthrough_id() : 0;
  options.lang = session->lang();
  options.font_scale = session->font_scale();
  auto fresh = std::make_unique<ui::GameSession>(*loaded.content, store, store_problem, options);
  fresh->ContentReloaded(dir, open_playthrough);
  session = std::move(fresh);  // the old session goes first: it refers to the old content
  content = std::move(loaded.content);
}

}  // namespace bip
