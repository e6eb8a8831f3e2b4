#!/usr/bin/python3
"""The participant page in real browsers (headless chromium through selenium)
against the phone server: three phones at three tables vote a whole quarter
(belief, an event, the room composing its own plan from the palette, the
plan, sparring), one changes its mind, one taps twice,
one reloads; the game is "killed" and reopened mid-quarter; a pause answer
with a script tag; the survey once per phone; a wrong join code. The counts,
the day file and what the pages show are checked.

Usage: phones_browser_test.py PHONE_DESK_DRIVER WEB_DIR
Exit 77 (skipped) when chromium, chromium-driver or python3-selenium is missing.
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import urllib.error
import urllib.request

SKIP = 77


def skip(why):
    print(f"SKIPPED: {why} (scripts/setup.sh installs chromium, chromium-driver and python3-selenium)")
    sys.exit(SKIP)


try:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.common.exceptions import StaleElementReferenceException
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select, WebDriverWait
except ImportError:
    skip("python3-selenium is not installed")
CHROMIUM = shutil.which("chromium")
DRIVER = shutil.which("chromedriver")
if not CHROMIUM or not DRIVER:
    skip("chromium or chromedriver is not installed")


class Desk:
    """The desk stand-in: one command, one JSON line back."""

    def __init__(self, exe, day, web):
        self.p = subprocess.Popen([exe, day, web], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        self.url = json.loads(self.p.stdout.readline())["url"]

    def __call__(self, line):
        self.p.stdin.write(line + "\n")
        self.p.stdin.flush()
        out = json.loads(self.p.stdout.readline())
        assert out.get("ok"), out
        return out

    def close(self):
        try:
            self("quit")
        except Exception:
            pass
        self.p.wait(timeout=10)


def phone(lang):
    o = webdriver.ChromeOptions()
    o.binary_location = CHROMIUM
    for a in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", f"--lang={lang}",
              "--window-size=412,915"):
        o.add_argument(a)
    o.add_experimental_option("prefs", {"intl.accept_languages": lang})
    return webdriver.Chrome(service=Service(DRIVER), options=o)


def wait(d, what, cond, timeout=15):
    # The page rebuilds its form when the state changes: an element found a
    # moment ago may be gone; look again.
    return WebDriverWait(d, timeout, ignored_exceptions=(StaleElementReferenceException,)).until(
        lambda _: cond(), message=what)


def vote(d, key, option, table=None, double=False):
    wait(d, f"vote {key} shown", lambda: key in d.find_element(By.ID, "question").text and
         d.find_elements(By.CSS_SELECTOR, f"label[for=option-{option}]"))
    if table is not None:
        Select(d.find_element(By.ID, "table")).select_by_value(str(table))
    # The label is tied to its option: clicking the words picks it.
    label = d.find_element(By.CSS_SELECTOR, f"label[for=option-{option}]")
    words = label.text
    label.click()
    button = d.find_element(By.ID, "send")
    if double:  # a double tap: the page sends once (the server's idempotence is in net_tests)
        d.execute_script("arguments[0].click(); arguments[0].click();", button)
    else:
        button.click()
    message = lambda: d.find_element(By.ID, "message")
    wait(d, f"vote {key} received", lambda: message().is_displayed() and message().get_attribute("class") == "status" and
         words in message().text)


PALETTE = ["job_search", "mentor", "health_check", "course", "debt_advice", "sport"]


def compose(d, key, picks):
    """Picks interventions by tapping their labels (name and description tied
    to the checkbox) and sends the plan."""
    wait(d, f"compose {key} shown", lambda: key in d.find_element(By.ID, "question").text)
    for box in d.find_elements(By.CSS_SELECTOR, "input[name=pick]"):
        if box.is_selected() != (box.get_attribute("value") in picks):
            d.find_element(By.CSS_SELECTOR, f"label[for=pick-{box.get_attribute('value')}]").click()
    assert sorted(b.get_attribute("value") for b in d.find_elements(By.CSS_SELECTOR, "input[name=pick]")
                  if b.is_selected()) == sorted(picks)
    d.find_element(By.ID, "send").click()
    message = lambda: d.find_element(By.ID, "message")
    wait(d, f"plan {key} received", lambda: message().is_displayed() and message().get_attribute("class") == "status"
         and all(p in message().text for p in picks))


def main():
    exe, web = sys.argv[1], sys.argv[2]
    tmp = tempfile.mkdtemp(prefix="bip-phones-")
    day = os.path.join(tmp, "day.json")
    desk = Desk(exe, day, web)
    phones = []
    try:
        # A wrong join code is refused, the right one serves the page.
        base = desk.url
        wrong = base.rsplit("/", 2)[0] + "/WRONG1/"
        try:
            urllib.request.urlopen(wrong, timeout=5)
            raise AssertionError("a wrong join code was served")
        except urllib.error.HTTPError as e:
            assert e.code == 403, e.code

        phones = [phone(lang) for lang in ("sv-SE", "da-DK", "en-GB")]
        for p in phones:
            p.get(base)
        # Each page follows its browser's language and names the day as text.
        connected = [wait(p, "connected", lambda p=p: p.find_element(By.ID, "connected").text) for p in phones]
        assert connected[0].startswith("Du är ansluten till Finsam <b>dag</b>"), connected[0]
        assert connected[1].startswith("Du er forbundet til"), connected[1]
        assert connected[2].startswith("You are connected to"), connected[2]
        assert not phones[0].find_elements(By.CSS_SELECTOR, "#connected b"), "the day's name became markup"

        # A quarter: belief (5 options), an event (3), the plan (4), sparring (5).
        votes = [("1-0", 5), ("1-1", 3), ("1-2", 4), ("1-3", 5)]
        expected = {}
        for n, (key, options) in enumerate(votes):
            desk(f"vote {key} {options} 3")
            picks = [(n + i) % options for i in range(3)]
            for i, p in enumerate(phones):
                if n != 2:  # the plan vote comes after the room composed its plan (below)
                    vote(p, key, picks[i], table=i + 1 if n == 0 else None, double=(i == 1))
            if n == 0:  # phone 0 changes its mind
                picks[0] = (picks[0] + 1) % options
                vote(phones[0], key, picks[0])
            if n == 2:
                # Before the plan vote, the room composes its own plan on the phones.
                desk("compose 1-2 3 " + " ".join(PALETTE))
                plans = [["mentor", "course"], ["course"], ["course", "sport", "mentor"]]
                for i, p in enumerate(phones):
                    compose(p, "1-2", plans[i])
                # At most 5: a sixth box cannot be ticked; a label explains each option.
                p = phones[1]
                boxes = p.find_elements(By.CSS_SELECTOR, "input[name=pick]")
                assert len(boxes) == len(PALETTE)
                for b in boxes[:5]:
                    if not b.is_selected():
                        p.find_element(By.CSS_SELECTOR, f"label[for={b.get_attribute('id')}]").click()
                assert not boxes[5].is_enabled(), "a sixth pick was allowed"
                assert p.find_element(By.ID, "hint-mentor").text == "What mentor is"
                assert boxes[1].get_attribute("aria-describedby") == "hint-mentor"
                # Phone 1 changes its plan; phone 2 reloads and sees its own.
                compose(phones[1], "1-2", ["course", "health_check"])
                plans[1] = ["course", "health_check"]
                phones[2].refresh()
                wait(phones[2], "plan after reload",
                     lambda: phones[2].find_element(By.ID, "pick-sport").is_selected())
                with open(day, encoding="utf-8") as f:
                    saved = json.load(f)["phones"]["plans"]["1-2"]
                assert sorted(sorted(v["picks"]) for v in saved.values()) == sorted(sorted(x) for x in plans), saved
                adopted = desk("adopt 1-2 3 " + " ".join(PALETTE))
                # Per table (phone i at table i+1), per palette entry.
                want = [[1 if x in plans[i] else 0 for x in PALETTE] for i in range(3)]
                assert adopted["counts"] == want, (adopted["counts"], want)
                # Sizes 2, 2, 3 -> 2: course (3) then mentor (2).
                assert adopted["plan"] == ["course", "mentor"], adopted["plan"]
                desk(f"vote {key} {options} 3")
                for i, p in enumerate(phones):
                    vote(p, key, picks[i], double=(i == 1))
                # Phone 2 reloads: its answer is still shown; then the game is killed and reopened.
                phones[2].refresh()
                wait(phones[2], "answer after reload",
                     lambda: phones[2].find_element(By.ID, f"option-{picks[2]}").is_selected())
                desk("restart")
                phones[2].refresh()
                wait(phones[2], "answer after restart",
                     lambda: phones[2].find_element(By.ID, f"option-{picks[2]}").is_selected())
            counts = desk(f"close {key} {options} 3")["counts"]
            want = [[0] * options for _ in range(3)]
            for i in range(3):
                want[i][picks[i]] += 1
            assert counts == want, (key, counts, want)
            expected[key] = picks
            wait(phones[0], f"{key} closed", lambda: not phones[0].find_element(By.ID, "send").is_enabled())

        # The day file holds every acknowledged vote, once.
        with open(day, encoding="utf-8") as f:
            ballots = json.load(f)["phones"]["ballots"]
        for key, picks in expected.items():
            got = sorted(b[1] for b in ballots[key].values())
            assert got == sorted(picks), (key, got, picks)

        # A pause: a written answer with a script tag is kept as typed.
        desk("pause 0 What did you notice?")
        p = phones[0]
        area = wait(p, "pause shown", lambda: p.find_element(By.ID, "answer"))
        area.send_keys("<script>alert(1)</script> Henrik needs time")
        p.find_element(By.ID, "send").click()
        wait(p, "answer received", lambda: p.find_element(By.ID, "message").is_displayed())
        written = desk("phones")["phones"]["written"]
        assert [w["text"] for w in written] == ["<script>alert(1)</script> Henrik needs time"], written
        scripts = [e.get_attribute("src").rsplit("/", 1)[-1] for e in p.find_elements(By.TAG_NAME, "script")]
        assert scripts == ["common.js", "app.js"], "only the page's own scripts run: %s" % scripts

        # The survey, once per phone.
        desk("survey")
        for i, p in enumerate(phones):
            wait(p, "survey shown", lambda p=p: p.find_element(By.ID, "statement-0"))
            for q in range(4):
                p.find_element(By.CSS_SELECTOR, f"label[for=rating-{q}-{(i + q) % 5 + 1}]").click()
            p.find_element(By.ID, "open").send_keys(f"phone {i}")
            p.find_element(By.ID, "send").click()
            wait(p, "survey thanks", lambda p=p: not p.find_elements(By.ID, "survey"))
        phones[0].refresh()
        wait(phones[0], "no second survey", lambda: phones[0].find_element(By.ID, "message").is_displayed())
        assert not phones[0].find_elements(By.ID, "survey")
        survey = desk("phones")["phones"]["survey"]
        assert sorted(s["open"] for s in survey) == ["phone 0", "phone 1", "phone 2"], survey
        print("phones_browser: the room's own plan composed, a quarter's votes, a reload, a restart, a pause answer and the survey from 3 browsers: ok")
    finally:
        for p in phones:
            p.quit()
        desk.close()
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
