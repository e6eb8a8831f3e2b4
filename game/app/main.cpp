// bipgame: the game window, and the headless commands that share its core.
#include <CLI/CLI.hpp>
#include <cstdlib>
#include <iostream>

#include "cli_check.hpp"
#include "cli_commands.hpp"
#include "cli_team.hpp"
#ifdef BIPGAME_WITH_GUI
#include "gui_app.hpp"
#endif

int main(int argc, char** argv) {
  CLI::App app{"bipgame: a training game for caseworkers, built on the BIP findings"};
  app.require_subcommand(0, 1);

#ifdef BIPGAME_WITH_GUI
  // Without a subcommand: the game window.
  bip::GuiOptions gui;
  app.add_option("--db", gui.db_path,
                 "save database (default: bipgame/bipgame.db in the user's data folder)");
  app.add_option("--lang", gui.lang,
                 "language of the game (default: the last one used, else the system's)")
      ->check(CLI::IsMember({"sv", "da", "en"}));
  app.add_option("--content", gui.content_dir, "content directory (default: the game's own)");
  app.add_option("--script", gui.script, "play a JSON list of intents, then quit");
  app.add_option("--screenshots", gui.screenshots,
                 "save a PNG of every screen passed into this folder");
  app.add_option("--screen-log", gui.screen_log,
                 "append a line to this file for every screen shown (for programs that "
                 "drive the window)");
  app.add_option("--font-scale", gui.font_scale,
                 "text size, 0.75-2 (default: the last one used, else 1)")
      ->check(CLI::Range(0.75, 2.0));
  app.add_flag("--software", gui.software, "draw with the software renderer");
  app.add_flag("--author", gui.author,
               "author mode: F5 reads the content folder again and shows its problems");
  gui.report_timing = std::getenv("BIPGAME_REPORT_TIMING") != nullptr;
#endif

  // A seed is unsigned: "-1" must be refused, not read as 18446744073709551615.
  const CLI::Validator kSeed = CLI::NonNegativeNumber;

  bip::SimulateOptions sim;
  CLI::App* simulate = app.add_subcommand(
      "simulate", "run the synthetic BIP cohort and print the calibration table");
  simulate->add_option("--content", sim.content_dir, "content directory (default: the game's own)");
  simulate->add_option("--seed", sim.seed, "seed of the run's random generator")
      ->check(kSeed)
      ->capture_default_str();
  simulate
      ->add_option("--cohort", sim.cohort,
                   "citizens per replicate cohort (default: the protocol's)")
      ->check(CLI::Range(1, 1000000));
  simulate
      ->add_option("--replicates", sim.replicates,
                   "replicate cohorts pooled (default: the protocol's)")
      ->check(CLI::Range(1, 100));
  simulate
      ->add_option("--case-seeds", sim.case_seeds,
                   "seeds per case and policy for the case rows (default: calibration.json's)")
      ->check(CLI::Range(1, 100000));
  simulate
      ->add_option(
          "--threads", sim.threads,
          "threads for the per-case playthroughs (default: one per core; the table is the same)")
      ->check(CLI::Range(1, 256));
  simulate
      ->add_option("--rows", sim.rows,
                   "only these rows of the table, e.g. C2,C9 (a refit of a few parameters)")
      ->delimiter(',');
  simulate->add_flag("--json", sim.json, "print JSON instead of a table");

  bip::PlayOptions play;
  CLI::App* play_cmd = app.add_subcommand("play", "play a case headless with a scripted policy");
  play_cmd->add_option("--content", play.content_dir,
                       "content directory (default: the game's own)");
  play_cmd->add_option("--case", play.case_id, "case id, e.g. henrik")->required();
  play_cmd
      ->add_option("--policy", play.policy,
                   "policy name of the case (karen, staircase, none, ...) or a policy JSON file")
      ->required();
  play_cmd->add_option("--seed", play.seed, "seed of the playthrough")
      ->check(kSeed)
      ->capture_default_str();
  play_cmd->add_option("--lang", play.lang, "language of the output")
      ->check(CLI::IsMember({"sv", "da", "en"}))
      ->capture_default_str();
  play_cmd->add_flag("--json", play.json, "print JSON");

  bip::CompareOptions cmp;
  CLI::App* compare = app.add_subcommand(
      "compare", "play each case's policies over many seeds and compare job shares");
  compare->add_option("--content", cmp.content_dir, "content directory (default: the game's own)");
  compare->add_option("--case", cmp.case_id, "case id (default: every case)");
  compare->add_option("--seeds", cmp.seeds, "seeds per policy")
      ->check(CLI::Range(1, 100000))
      ->capture_default_str();
  compare->add_option("--seed", cmp.seed, "first seed")->check(kSeed)->capture_default_str();
  compare->add_flag("--json", cmp.json, "print JSON");

  bip::CheckContentOptions check;
  CLI::App* check_cmd = bip::AddCheckContentCommand(app, check);

  bip::TeamOptions team;
  const bip::TeamCommands team_cmds = bip::AddTeamCommands(app, team);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e);
  }
  if (simulate->parsed()) return bip::RunSimulate(sim);
  if (play_cmd->parsed()) return bip::RunPlay(play);
  if (compare->parsed()) return bip::RunCompare(cmp);
  if (check_cmd->parsed()) return bip::RunCheckContent(check);
  if (const int rc = bip::RunTeamCommand(team_cmds, team); rc >= 0) return rc;
#ifdef BIPGAME_WITH_GUI
  return bip::RunGui(gui);
#else
  std::cout << app.help();
  return 0;
#endif
}
