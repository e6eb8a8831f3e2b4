#!/usr/bin/python3
"""A theme day end to end against the real game: the game (offscreen, driven
by a script) runs a Henrik day with three tables and lets phones join on
127.0.0.1; three headless Chromium "phones" (sv, da, en) vote the whole first
quarter, compose the room's own plan from the palette before the plan vote,
answer a reflection pause (with a script tag) that the facilitator puts on
the projector, and fill in the survey. The day file and the exported report
must hold every answer exactly once. The script waits for the phones with
"wait" + "until_file": this test makes the file when the phones are done.

Usage: theme_day_browser_test.py BIPGAME [SHOTS_DIR]
Exit 77 (skipped) when chromium, chromium-driver or python3-selenium is missing.
"""
import glob
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from phones_browser_test import By, Select, phone, wait  # noqa: E402  (skips when selenium is missing)

game = sys.argv[1]
shots_out = sys.argv[2] if len(sys.argv) > 2 else None
work = tempfile.mkdtemp(prefix="bip-theme-day-")
env = dict(os.environ, SDL_VIDEODRIVER="offscreen")
LIMIT = 50  # seconds: the whole run stays well inside ctest's 60 s


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def room(action, **kw):
    return {"intent": "room", "action": action, **kw}


def until(name):
    return {"intent": "wait", "until_file": os.path.join(work, name), "ms": LIMIT * 1000}


def signal(name):
    open(os.path.join(work, name), "w").close()


def stage(d):
    """What the phone's page last heard from the game (its own poll)."""
    return d.execute_script("return typeof last === 'undefined' || !last ? null : last")


def day_file():
    files = glob.glob(os.path.join(work, "theme-days", "*.json"))
    return files[0] if files else None


def day():
    with open(day_file(), encoding="utf-8") as f:
        return json.load(f)


def wait_for(what, cond, timeout=20):
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            v = cond()
            if v:
                return v
        except (OSError, ValueError, KeyError, TypeError):
            pass  # the file is being replaced, or not there yet
        time.sleep(0.05)
    raise AssertionError("timed out: " + what)


def vote(d, key, option, table=None):
    wait(d, f"vote {key} open", lambda: (stage(d) or {}).get("stage", {}).get("vote", {}).get("key") == key
         and stage(d)["stage"]["kind"] == "vote" and stage(d)["stage"]["vote"]["open"]
         and d.find_elements(By.CSS_SELECTOR, f"label[for=option-{option}]"))
    if table is not None:
        Select(d.find_element(By.ID, "table")).select_by_value(str(table))
    d.find_element(By.CSS_SELECTOR, f"label[for=option-{option}]").click()
    d.find_element(By.ID, "send").click()
    m = lambda: d.find_element(By.ID, "message")
    wait(d, f"vote {key} received", lambda: m().is_displayed() and m().get_attribute("class") == "status")


def compose(d, picks):
    wait(d, "the palette", lambda: (stage(d) or {}).get("stage", {}).get("kind") == "compose"
         and d.find_elements(By.CSS_SELECTOR, "input[name=pick]"))
    for p in picks:
        d.find_element(By.CSS_SELECTOR, f"label[for=pick-{p}]").click()
    d.find_element(By.ID, "send").click()
    m = lambda: d.find_element(By.ID, "message")
    wait(d, "plan received", lambda: m().is_displayed() and m().get_attribute("class") == "status")


def main():
    start = time.time()
    out = subprocess.run([game, "play", "--case", "henrik", "--policy", "none", "--seed", "7", "--json"],
                         check=True, capture_output=True, text=True).stdout
    events = len(json.loads(out)["quarters"][0]["events"])
    votes = 3 + events  # belief, each event, the plan, sparring
    plan_vote = votes - 2
    port = free_port()
    steps = [{"intent": "set_language", "lang": "sv"}, room("open"),
             room("new", arg="Finsam", list=["henrik", "7", "3"]),
             room("phones_start", arg="127.0.0.1", n=port), room("phones_compose", n=1)]
    for i in range(votes):
        if i == plan_vote:
            steps += [until("composed"), room("phones_adopt")]
        steps += [until(f"voted-{i}"), room("close_vote"), room("next")]
    steps += [room("pause"), until("written"), room("phones_pick", n=0), room("controls", n=0),
              room("present", n=1), {"intent": "screenshot", "name": "theme-day-pause-projector"},
              room("present", n=0), room("controls", n=1), room("end_pause"), room("finish"),
              room("survey"), until("surveyed"), room("end"), room("export"),
              {"intent": "screenshot", "name": "theme-day-end"}, room("phones_stop")]
    script = os.path.join(work, "day.json")
    json.dump(steps, open(script, "w"))
    db = os.path.join(work, "bipgame.db")
    shots = os.path.join(work, "shots")
    g = subprocess.Popen([game, "--db", db, "--script", script, "--screenshots", shots], env=env,
                         stderr=subprocess.PIPE, text=True)
    phones = []
    try:
        code = wait_for("the day file with its join code", lambda: day()["phones"]["code"])
        url = f"http://127.0.0.1:{port}/{code}/"
        phones = [phone(lang) for lang in ("sv-SE", "da-DK", "en-GB")]
        for p in phones:
            p.get(url)
        wait(phones[0], "connected", lambda: "Finsam" in phones[0].find_element(By.ID, "connected").text)

        # The first quarter: phone j sits at table j + 1.
        palette_picks = [["workplace_mentor", "health_coping_course"], ["workplace_mentor"],
                         ["workplace_mentor", "social_mentor", "diet_exercise"]]
        for i in range(votes):
            key = f"1-{i}"
            if i == plan_vote:
                for j, p in enumerate(phones):
                    compose(p, palette_picks[j])
                plans = wait_for("the plans in the day file", lambda: day()["phones"]["plans"][key])
                assert sorted(sorted(v["picks"]) for v in plans.values()) == sorted(map(sorted, palette_picks)), plans
                assert sorted(v["table"] for v in plans.values()) == [1, 2, 3], plans
                signal("composed")
            options = wait_for(f"vote {key} open", lambda: (stage(phones[0]) or {}).get("stage", {}).get("vote", {})
                               .get("key") == key and stage(phones[0])["stage"]["vote"]["open"]
                               and stage(phones[0])["stage"]["vote"]["options"])
            picks = [0, 0, 0] if i == plan_vote else [(i + j) % len(options) for j in range(3)]
            for j, p in enumerate(phones):
                vote(p, key, picks[j], table=j + 1 if i == 0 else None)
            signal(f"voted-{i}")
            wait_for(f"vote {key} closed in the day file",
                     lambda: len((day().get("current") or {}).get("steps", [])) > i or day().get("decisions"))
        d = wait_for("the quarter played", lambda: day()["decisions"])
        dec = d[0]
        # Every phone's vote counted at its table, once: in the steps and the plan vote.
        for step in dec["steps"]:
            assert sum(map(sum, step["tables"])) == 3, step
        room_option = [o for o in dec["options"] if o["id"] == "room"]
        assert room_option, dec["options"]
        # Sizes 1, 2, 3: two interventions; workplace mentor (3), then the first in the palette of the ones picked once.
        assert room_option[0]["choices"]["interventions"] == ["workplace_mentor", "social_mentor"], room_option
        assert sum(map(sum, dec["tables"])) == 3, dec

        # A reflection pause: an answer with a script tag, put on the projector.
        p = phones[1]
        area = wait(p, "pause shown", lambda: p.find_element(By.ID, "answer"))
        answer = "<script>alert(1)</script> Henrik behöver tid"
        area.send_keys(answer)
        p.find_element(By.ID, "send").click()
        wait(p, "answer received", lambda: p.find_element(By.ID, "message").is_displayed())
        signal("written")
        written = wait_for("the answer picked", lambda: [w for w in day()["phones"]["written"] if w["picked"]])
        assert [w["text"] for w in written] == [answer], written

        # The survey, once per phone.
        for j, p in enumerate(phones):
            wait(p, "survey shown", lambda p=p: p.find_element(By.ID, "statement-0"))
            for q in range(4):
                p.find_element(By.CSS_SELECTOR, f"label[for=rating-{q}-{(j + q) % 5 + 1}]").click()
            p.find_element(By.ID, "open").send_keys(f"=telefon {j}")
            p.find_element(By.ID, "send").click()
            wait(p, "survey thanks", lambda p=p: not p.find_elements(By.ID, "survey"))
        signal("surveyed")
        _, err = g.communicate(timeout=max(5, LIMIT - (time.time() - start)))
        assert g.returncode == 0, "the game's script failed: " + err

        doc = day()
        assert sorted(s["open"] for s in doc["phones"]["survey"]) == ["=telefon 0", "=telefon 1", "=telefon 2"]
        html = open(day_file()[:-5] + ".html", encoding="utf-8").read()
        csv = open(day_file()[:-5] + ".csv", encoding="utf-8-sig").read()
        assert "<script>alert" not in html
        assert html.count("&lt;script&gt;alert(1)&lt;/script&gt; Henrik behöver tid") == 1, "the answer once"
        for j in range(3):
            assert html.count(f"=telefon {j}") == 1, j
            assert csv.count(f"'=telefon {j}") == 1 and f";=telefon {j}" not in csv, j
        for name in ("theme-day-pause-projector", "theme-day-end"):
            assert os.path.exists(os.path.join(shots, name + ".png")), name
        if shots_out:
            os.makedirs(shots_out, exist_ok=True)
            for f in glob.glob(os.path.join(shots, "theme-day-*.png")):
                shutil.copy(f, shots_out)
        print(f"theme_day_browser: a quarter ({votes} votes, the room's own plan composed on 3 phones), "
              f"a pause answer on the projector and the survey from 3 phones against the game: ok "
              f"({time.time() - start:.1f} s)")
    finally:
        for p in phones:
            p.quit()
        if g.poll() is None:
            g.kill()
            g.wait()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
