#!/usr/bin/env python3
"""Fits a few model parameters to the calibration table by secant steps.

Each listed parameter is paired with the one row it mostly drives; the
script runs `bipgame simulate --json` over several seeds, moves each
parameter towards its row's target and writes content/model/parameters.json.
It only ever changes "value" fields; the sources stay as they are.

usage: tools/calibrate.py BIPGAME [--rounds N] [--seeds 1,2] [--only name,name]
"""
import argparse
import json
import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
PARAMS = ROOT / "content" / "model" / "parameters.json"
TARGETS = ROOT / "content" / "model" / "calibration.json"


def ranges():
    """The ranges the loader accepts, read from the parameter registry."""
    import re
    src = (ROOT / "game" / "core" / "parameters.cpp").read_text()
    return {m[0]: (float(m[1]), float(m[2]))
            for m in re.findall(r'Scalar\("(\w+)", &P::\w+, ([-\d.]+), ([-\d.]+)\)', src)}


def measure(binary, seeds):
    """Mean of each row's values over the seeds."""
    rows = {}
    for seed in seeds:
        # The cohort rows are what this script fits; a few case seeds keep
        # the per-case rows cheap (fit those with the cases' content).
        out = subprocess.run([binary, "simulate", "--json", "--seed", str(seed), "--case-seeds", "20"],
                             capture_output=True, text=True)
        if out.returncode not in (0, 1):
            sys.exit(out.stderr)
        for r in json.loads(out.stdout)["rows"]:
            rows.setdefault(r["id"], []).append(r["values"])
    return {k: [sum(v[i] for v in vs) / len(vs) for i in range(len(vs[0]))] for k, vs in rows.items()}


def target_of(spec, row, index):
    t = next(t for t in spec["targets"] if t["id"] == row)
    if "target" in t and index == 0:
        return t["target"]
    if "targets" in t:
        return t["targets"][index]
    if "target" in t:
        return t["target"]
    lo, hi = t.get("min"), t.get("max")
    return (lo + hi) / 2 if lo is not None and hi is not None else (lo if lo is not None else hi)


CITIZEN_WEIGHTS = "hazard_weights*"


def get_value(doc, name):
    if name == CITIZEN_WEIGHTS:
        return doc["parameters"]["hazard_weights"]["value"]["job_search"]
    return doc["parameters"][name]["value"]


def set_value(doc, name, value):
    """Sets a parameter; for the citizen weights, scales them all alike."""
    if name != CITIZEN_WEIGHTS:
        doc["parameters"][name]["value"] = value
        return
    weights = doc["parameters"]["hazard_weights"]["value"]
    factor = value / weights["job_search"]
    for k in weights:
        if k != "caseworker_belief":
            weights[k] = round(weights[k] * factor, 5)


# parameter -> (row, value index, how the row's value is read)
PAIRS = {
    "hazard_intercept": ("C5", 0),
    "decay_no_intervention": ("C1a", 0),
    "synergy": ("C1d", 0),
    "strength_job_focused": ("C1c", 0),
    "drift_without_job": ("C1b", 0),
    "belief_center": ("C9", 0),
    "belief_trait_weight": ("C3", 0),
    "change_hazard_factor": ("C4", 0),
    "effectiveness_scale": ("C6", 0),
    "effectiveness_skew": ("C6", 1),
    "hazard_floor": ("C2", 1),
    "reversion": ("C1a", 0),
    "alone_factor_other": ("C1b", 0),
    "effectiveness_progress": ("C7", 0),
    "belief_saturation": ("C9", 3),
    # What the caseworker senses beyond the indicators makes the steep top of
    # C2 (selection), not the answer itself.
    "belief_unmeasured_weight": ("C2", 4),
    # The register's direct say against the indicators' (F-POWER).
    "background_recent_work": ("C10", 0),
    "caseworker_change_rate": ("C11", 0),
}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("binary")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--seeds", default="1,2")
    ap.add_argument("--only", default="")
    args = ap.parse_args()
    seeds = [int(s) for s in args.seeds.split(",")]
    only = [s for s in args.only.split(",") if s] or list(PAIRS)
    spec = json.loads(TARGETS.read_text())
    bounds = ranges()
    bounds[CITIZEN_WEIGHTS] = (0.0, 3.0)  # the registry's range for hazard_weights
    for rnd in range(args.rounds):
        for name in only:
            row, idx = PAIRS[name]
            doc = json.loads(PARAMS.read_text())
            x0 = get_value(doc, name)
            y0 = measure(args.binary, seeds)[row][idx] - target_of(spec, row, idx)
            lo, hi = bounds[name]
            x1 = x0 * 1.05 if x0 != 0 else 0.01
            if x1 > hi:
                x1 = x0 * 0.95
            set_value(doc, name, x1)
            PARAMS.write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n")
            y1 = measure(args.binary, seeds)[row][idx] - target_of(spec, row, idx)
            if y1 == y0:
                x2 = x0
            else:
                x2 = x1 - y1 * (x1 - x0) / (y1 - y0)
                step = max(abs(x0) * 0.5, 0.05)
                x2 = round(max(lo, min(hi, max(x0 - step, min(x0 + step, x2)))), 4)
            set_value(doc, name, x2)
            PARAMS.write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n")
            print(f"round {rnd + 1}: {name} {x0} -> {x2} ({row} off by {y0:+.3f})", flush=True)


if __name__ == "__main__":
    main()
