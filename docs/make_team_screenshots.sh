#!/bin/sh
# Makes the team desk's screenshots (docs/screenshots/team-*.png) and an
# example report (docs/team/report.html, .csv, and report.png rendered by
# Chromium). Three participants play henrik with seed 7: Anna (the skilled
# caseworker's way) and Bo (the staircase) at the team leader's machine,
# Cecilie (no intervention) on another machine with her own save database,
# whose result file is imported; four bad files are refused on the way.
# Usage: docs/make_team_screenshots.sh [path/to/bipgame]
# Needs python3 (to write the scripts) and, for report.png, chromium
# (apt-get install -y chromium; only here, never in setup or CI).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
game=${1:-"$here/../build/game/bipgame"}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export SDL_VIDEODRIVER=offscreen

# The quarters of a policy as a player at the keyboard plays them.
quarters() {
  "$game" play --case henrik --policy "$1" --seed 7 --json | python3 -c '
import json, sys
out = []
for q in json.load(sys.stdin)["quarters"]:
    out.append({"intent": "belief", "answer": q["belief"]})
    out.append({"intent": "next"})
    if q["events"]:
        for e, r in q["responses"].items():
            out.append({"intent": "respond", "event": e, "response": r})
        out.append({"intent": "next"})
    out.append({"intent": "set_interventions", "ids": q["interventions"]})
    out.append({"intent": "next"})
    out.append({"intent": "sparring", "id": q["sparring"]})
    out.append({"intent": "play_quarter"})
    out.append({"intent": "next"})
print(json.dumps(out))'
}
quarters karen > "$work/karen.json"
quarters staircase > "$work/staircase.json"
quarters none > "$work/none.json"

# Cecilie's machine: her own database; her debrief exports the result file.
mkdir -p "$work/other" "$work/leader/team-sessions"
python3 - "$work" <<'EOF'
import json, sys
work = sys.argv[1]
q = lambda name: json.load(open(f"{work}/{name}.json"))
team = lambda action, **kw: {"intent": "team", "action": action, **kw}
cecilie = [{"intent": "create_profile", "alias": "Cecilie"}, {"intent": "set_language", "lang": "da"},
           {"intent": "start_case", "case": "henrik", "seed": 7}, {"intent": "next"}] + q("none") + [
           {"intent": "open_debrief"},
           team("export_result", arg=f"{work}/leader/team-sessions/cecilie.json"),
           {"intent": "screenshot", "name": "team-09-debrief-export-da"}]
json.dump(cecilie, open(f"{work}/cecilie-script.json", "w"))

leader = [{"intent": "set_language", "lang": "en"},
          team("open"),
          team("create", arg="Team North", n=7, list=["henrik", "Anna", "Bo", "Cecilie"]),
          team("tab", arg="sessions"), {"intent": "screenshot", "name": "team-01-sessions"},
          team("tab", arg="participants"), {"intent": "screenshot", "name": "team-02-participants"},
          team("play", arg="Anna"), {"intent": "next"}] + q("karen") + [
          {"intent": "screenshot", "name": "team-03-end-hand-in"},
          team("hand_in"),
          team("play", arg="Bo"), {"intent": "next"}] + q("staircase") + [
          {"intent": "open_debrief"}, {"intent": "screenshot", "name": "team-04-debrief-hand-in"},
          team("hand_in"),
          team("tab", arg="participants"),
          team("import", arg="malformed.json", optional=True),
          team("import", arg="oversized.json", optional=True),
          team("import", arg="other-version.json", optional=True),
          team("import", arg="other-case.json", optional=True),
          {"intent": "screenshot", "name": "team-05-import-refused"},
          team("import", arg="cecilie.json"),
          team("tab", arg="compare"), {"intent": "screenshot", "name": "team-06-compare"},
          team("quarter", n=1), {"intent": "screenshot", "name": "team-06-compare-quarter"},
          team("quarter", n=0),
          team("draw", arg="challenge_not_ready"),
          team("note", arg="“Not ready” – ready for what? Anna: everyone is ready for something; "
                           "the internship was chosen with him.\nBo: we waited for stability that "
                           "comes with the right match.", n=1),
          team("timer_start"), {"intent": "wait", "ms": 2500},
          {"intent": "screenshot", "name": "team-07-rounds"},
          team("timer_pause"),
          team("tab", arg="export"), team("export_html"), team("export_csv"),
          {"intent": "screenshot", "name": "team-08-export"},
          {"intent": "set_language", "lang": "sv"}, team("tab", arg="compare"),
          {"intent": "screenshot", "name": "team-10-compare-sv"},
          {"intent": "set_language", "lang": "en"}, team("export_html"), team("export_csv")]
json.dump(leader, open(f"{work}/leader-script.json", "w"))
EOF
"$game" --db "$work/other/bipgame.db" --script "$work/cecilie-script.json" --screenshots "$work/shots"

# Files the team leader's import must refuse, next to the good one.
python3 - "$work/leader/team-sessions" <<'EOF'
import json, sys
d = sys.argv[1]
good = json.load(open(f"{d}/cecilie.json"))
open(f"{d}/malformed.json", "w").write('{"format": "bipgame-team-result", ')
open(f"{d}/oversized.json", "w").write(json.dumps(good)[:-1] + " " * (1024 * 1024) + "}")
json.dump({**good, "content_version": good["content_version"] + 1}, open(f"{d}/other-version.json", "w"))
json.dump({**good, "case": "emil"}, open(f"{d}/other-case.json", "w"))
EOF
"$game" --db "$work/leader/bipgame.db" --script "$work/leader-script.json" --screenshots "$work/shots"

rm -f "$here"/screenshots/team-*.png
cp "$work"/shots/team-*.png "$here/screenshots/"
mkdir -p "$here/team"
cp "$work/leader/team-sessions/team-north-report.html" "$here/team/report.html"
cp "$work/leader/team-sessions/team-north-report.csv" "$here/team/report.csv"
if command -v chromium >/dev/null 2>&1; then
  chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --screenshot="$here/team/report.png" \
    --window-size=1200,1600 "file://$here/team/report.html" 2>/dev/null
else
  echo "chromium not found: docs/team/report.png not made (apt-get install -y chromium)" >&2
fi
ls -l "$here"/screenshots/team-*.png "$here"/team/report*
