#!/usr/bin/python3
"""The team hand-in over the loopback network, end to end with the real game:
a colleague's game (its own save database) plays henrik with game number 7
and exports its result file; the team leader's game (a second instance,
SDL's offscreen driver) creates the session and opens the hand-in on
127.0.0.1; a headless chromium opens the address, hands in a file played with
another game number (refused, with the reason in the page's language, the
session file unchanged) and then the good one (received). Meanwhile a third
game joins the session from its start screen with the address, plays the
session's case and game number and hands in over the network from its end
screen (the desk's answer shown in Swedish). The leader's desk takes both
over, and the session file and the comparison hold both colleagues.

Usage: team_hand_in_browser_test.py BIPGAME WEB_DIR [SCREENSHOT_DIR]
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

SKIP = 77


def skip(why):
    print(f"SKIPPED: {why} (scripts/setup.sh installs chromium, chromium-driver and python3-selenium)")
    sys.exit(SKIP)


try:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait
except ImportError:
    skip("python3-selenium is not installed")
CHROMIUM = shutil.which("chromium")
DRIVER = shutil.which("chromedriver")
if not CHROMIUM or not DRIVER:
    skip("chromium or chromedriver is not installed")

game, web = sys.argv[1], sys.argv[2]
shots_out = sys.argv[3] if len(sys.argv) > 3 else None
work = tempfile.mkdtemp(prefix="bip-team-lan-")
env = dict(os.environ, SDL_VIDEODRIVER="offscreen")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def quarters_of(policy):
    out = subprocess.run([game, "play", "--case", "henrik", "--policy", policy, "--seed", "7", "--json"],
                         check=True, capture_output=True, text=True).stdout
    return json.loads(out)["quarters"]


def quarters(policy):
    """The quarters of a policy as a player at the keyboard plays them."""
    steps = []
    for q in quarters_of(policy):
        steps += [{"intent": "belief", "answer": q["belief"]}, {"intent": "next"}]
        if q["events"]:
            steps += [{"intent": "respond", "event": e, "response": r} for e, r in q["responses"].items()]
            steps.append({"intent": "next"})
        steps += [{"intent": "set_interventions", "ids": q["interventions"]}, {"intent": "next"},
                  {"intent": "sparring", "id": q["sparring"]}, {"intent": "play_quarter"}, {"intent": "next"}]
    return steps


def team(action, **kw):
    return {"intent": "team", "action": action, **kw}


def run_script(db, steps, name):
    path = os.path.join(work, name + ".json")
    json.dump(steps, open(path, "w"))
    return [game, "--db", db, "--script", path, "--screenshots", os.path.join(work, "shots")]


try:
    # The colleague's machine: its own database; the debrief exports the result.
    os.makedirs(os.path.join(work, "other"))
    os.makedirs(os.path.join(work, "leader"))
    result = os.path.join(work, "other", "bipgame-result-cecilie.json")
    colleague = [{"intent": "create_profile", "alias": "Cecilie"}, {"intent": "set_language", "lang": "da"},
                 {"intent": "start_case", "case": "henrik", "seed": 7}, {"intent": "next"}] + quarters("none") + [
                 {"intent": "open_debrief"}, team("export_result", arg=result)]
    subprocess.run(run_script(os.path.join(work, "other", "bipgame.db"), colleague, "colleague"),
                   check=True, env=env, timeout=120)
    good = json.load(open(result))
    other_seed = os.path.join(work, "other", "played-with-8.json")
    json.dump({**good, "seed": "8"}, open(other_seed, "w"))

    # The team leader's machine: the hand-in is open while the browser works.
    port = free_port()
    leader = [{"intent": "set_language", "lang": "en"}, team("open"),
              team("create", arg="Team North", n=7, list=["henrik", "Anna", "Cecilie"]),
              team("tab", arg="participants"),
              team("lan_start", arg="127.0.0.1", n=port),
              # Until both colleagues handed in (this test makes the file), at most 90 s.
              {"intent": "wait", "until_file": os.path.join(work, "handed-in"), "ms": 90000},
              {"intent": "screenshot", "name": "team-11-hand-in-network"},
              team("tab", arg="compare"), {"intent": "screenshot", "name": "team-12-compare-after-hand-in"},
              team("lan_stop")]
    desk = subprocess.Popen(run_script(os.path.join(work, "leader", "bipgame.db"), leader, "leader"), env=env)

    session_file = None
    deadline = time.time() + 15
    while time.time() < deadline and not session_file:
        for f in glob.glob(os.path.join(work, "leader", "team-sessions", "*.json")):
            doc = json.load(open(f))
            if doc.get("lan", {}).get("code"):
                session_file, code = f, doc["lan"]["code"]
        time.sleep(0.2)
    assert session_file, "the leader's session never got a join code"

    # The join code is saved just before the server listens.
    deadline = time.time() + 15
    while time.time() < deadline:
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                break
        time.sleep(0.1)

    # Dag's game joins from its start screen and hands in from its end screen.
    os.makedirs(os.path.join(work, "dag"))
    joined = [{"intent": "create_profile", "alias": "Dag"}, {"intent": "set_language", "lang": "sv"},
              {"intent": "screenshot", "name": "team-16-join-start"},
              team("join", arg=f"http://127.0.0.1:{port}/{code}/", n=1), {"intent": "next"}] + quarters("staircase") + [
              team("join_hand_in", n=1), {"intent": "screenshot", "name": "team-15-game-handed-in"}]
    dag = subprocess.Popen(run_script(os.path.join(work, "dag", "bipgame.db"), joined, "dag"), env=env,
                           stderr=subprocess.PIPE, text=True)

    o = webdriver.ChromeOptions()
    o.binary_location = CHROMIUM
    for a in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--lang=sv",
              "--window-size=800,900"):
        o.add_argument(a)
    o.add_experimental_option("prefs", {"intl.accept_languages": "sv"})
    d = webdriver.Chrome(service=Service(DRIVER), options=o)
    try:
        url = f"http://127.0.0.1:{port}/{code.lower()}/"
        d.get(url)
        WebDriverWait(d, 15).until(lambda _: "Team North" in d.find_element(By.ID, "connected").text,
                                   message="the page says which session it is connected to")
        assert "spelnummer 7" in d.find_element(By.ID, "session").text, d.find_element(By.ID, "session").text
        before = open(session_file, "rb").read()

        def hand_in(path):
            f = d.find_element(By.ID, "file")
            d.execute_script("arguments[0].value = ''", f)
            f.send_keys(path)
            m = d.find_element(By.ID, "message")
            earlier = m.text if m.is_displayed() else ""
            d.find_element(By.ID, "send").click()
            WebDriverWait(d, 15).until(lambda _: m.is_displayed() and m.text and m.text != earlier,
                                       message="an answer to the hand-in")
            return m.text, m.get_attribute("class")

        text, cls = hand_in(other_seed)
        assert "error" in cls and "spelnummer 8" in text, (text, cls)  # the desk's own refusal text, in Swedish
        assert open(session_file, "rb").read() == before, "a refused hand-in changed the session file"
        if shots_out:
            d.save_screenshot(os.path.join(work, "shots", "team-13-hand-in-page-refused.png"))
        text, cls = hand_in(result)
        assert "error" not in cls and "Cecilie" in text, (text, cls)
        if shots_out:
            d.save_screenshot(os.path.join(work, "shots", "team-14-hand-in-page-received.png"))
    finally:
        d.quit()

    _, dag_err = dag.communicate(timeout=120)
    assert dag.returncode == 0, "Dag's game failed to join or hand in: " + dag_err
    open(os.path.join(work, "handed-in"), "w").close()  # the leader's script goes on
    assert desk.wait(timeout=120) == 0, "the leader's game failed"
    doc = json.load(open(session_file))
    assert sorted(p["alias"] for p in doc["participants"]) == ["Cecilie", "Dag"], doc["participants"]
    assert sorted(h["alias"] for h in doc["lan"]["hand_ins"]) == ["Cecilie", "Dag"], doc["lan"]
    assert "Cecilie" in doc["roster"] and "Dag" in doc["roster"]
    dag_quarters = [len(p["quarters"]) for p in doc["participants"] if p["alias"] == "Dag"][0]
    assert dag_quarters == len(quarters_of("staircase")), dag_quarters
    # Nothing listens once the desk stopped it.
    with socket.socket() as s:
        assert s.connect_ex(("127.0.0.1", port)) != 0, "still listening after lan_stop"
    for name in ("team-11-hand-in-network", "team-12-compare-after-hand-in", "team-15-game-handed-in",
                 "team-16-join-start"):
        assert os.path.exists(os.path.join(work, "shots", name + ".png")), name
    if shots_out:
        os.makedirs(shots_out, exist_ok=True)
        for f in glob.glob(os.path.join(work, "shots", "team-1[1-6]-*.png")):
            shutil.copy(f, shots_out)
    print("team hand-in over the network: refused and received as expected, from a browser and a game")
finally:
    shutil.rmtree(work, ignore_errors=True)
