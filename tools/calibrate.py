#!/usr/bin/env python3
"""Fits model parameters to the calibration table.

Two ways, both writing only "value" fields of content/model/parameters.json
(the sources stay as they are):

- pairs (default): each listed parameter is paired with the one row it
  mostly drives and moved towards that row's target by secant steps.
      tools/calibrate.py BIPGAME [--rounds N] [--seeds 1,2] [--only name,name]
- joint: several parameters against several rows at once, for rows that
  pull against each other through the same parameters (the S12 answers,
  belief, job shares). Levenberg-Marquardt on the rows' means over the seeds,
  each value's miss measured in half its tolerance (the centring the table
  asks for); runs `bipgame simulate --rows` on a copy of the content.
      tools/calibrate.py BIPGAME --joint belief_center,hazard_weights.caseworker_belief \
          --rows C2,C3,C9 [--seeds 1-8] [--rounds 4] [--content DIR]
"""
import argparse
import json
import pathlib
import shutil
import subprocess
import sys
import tempfile

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
    "belief_compression": ("C9", 3),
    # What the caseworker senses beyond the indicators makes the steep top of
    # C2 (selection), not the answer itself.
    "belief_unmeasured_weight": ("C2", 4),
    # The register's direct say against the indicators' (F-POWER).
    "background_recent_work": ("C10", 0),
    "caseworker_change_rate": ("C11", 0),
}


def seed_list(text):
    """"1,2" or "1-8"."""
    out = []
    for part in text.split(","):
        lo, _, hi = part.partition("-")
        out += list(range(int(lo), int(hi or lo) + 1))
    return out


def scales(spec, rows):
    """(row, index, target, scale) for every value with a target: the miss
    is counted in half its tolerance, or a quarter of a band's width."""
    out = []
    for t in spec["targets"]:
        if t["id"] not in rows:
            continue
        targets = t.get("targets", [t["target"]] if "target" in t else [])
        for k, target in enumerate(targets):
            if "tolerances" in t:
                allowed = t["tolerances"][min(k, len(t["tolerances"]) - 1)]
            elif "tolerance" in t:
                allowed = t["tolerance"]
            elif "tolerance_points" in t or "tolerance_relative" in t:
                allowed = max(t.get("tolerance_points", 0), t.get("tolerance_relative", 0) * abs(target))
            elif "min" in t and "max" in t:
                allowed = (t["max"] - t["min"]) / 2
            else:
                continue
            out.append((t["id"], k, target, allowed / 2))
    return out


def get_path(doc, name):
    group, _, key = name.partition(".")
    value = doc["parameters"][group]["value"]
    return value[key] if key else value


def set_path(doc, name, value):
    group, _, key = name.partition(".")
    if key:
        doc["parameters"][group]["value"][key] = round(value, 5)
    else:
        doc["parameters"][group]["value"] = round(value, 5)


def solve(a, b):
    """Gaussian elimination with partial pivoting for a small system."""
    n = len(b)
    m = [row[:] + [b[i]] for i, row in enumerate(a)]
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(m[r][c]))
        m[c], m[p] = m[p], m[c]
        if abs(m[c][c]) < 1e-12:
            return [0.0] * n
        for r in range(c + 1, n):
            f = m[r][c] / m[c][c]
            for k in range(c, n + 1):
                m[r][k] -= f * m[c][k]
    x = [0.0] * n
    for r in reversed(range(n)):
        x[r] = (m[r][n] - sum(m[r][k] * x[k] for k in range(r + 1, n))) / m[r][r]
    return x


def joint(args):
    names = args.joint.split(",")
    rows = args.rows.split(",")
    seeds = seed_list(args.seeds)
    spec = json.loads(TARGETS.read_text())
    values = scales(spec, rows)
    bounds = ranges()
    source = pathlib.Path(args.content) if args.content else ROOT / "content"
    work = pathlib.Path(tempfile.mkdtemp(prefix="bip-refit-"))
    content = work / "content"
    shutil.copytree(source, content)
    params = content / "model" / "parameters.json"
    doc = json.loads(params.read_text())

    def residuals(x):
        for name, v in zip(names, x):
            set_path(doc, name, v)
        params.write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n")
        sums = {}
        for seed in seeds:
            out = subprocess.run([args.binary, "simulate", "--json", "--seed", str(seed), "--rows",
                                  args.rows, "--content", str(content)], capture_output=True, text=True)
            if out.returncode not in (0, 1):
                sys.exit(out.stderr)
            for r in json.loads(out.stdout)["rows"]:
                acc = sums.setdefault(r["id"], [0.0] * len(r["values"]))
                for k, v in enumerate(r["values"]):
                    acc[k] += v / len(seeds)
        return [(sums[row][k] - target) / scale for row, k, target, scale in values]

    def cost(r):
        return sum(v * v for v in r)

    def show(x, r, label):
        print(f"{label}: cost {cost(r):.2f}; " + ", ".join(f"{n}={v:.4g}" for n, v in zip(names, x)), flush=True)
        print("   " + "  ".join(f"{row}[{k}] {v:+.2f}" for (row, k, _, _), v in zip(values, r)), flush=True)

    x = [get_path(doc, n) for n in names]
    r = residuals(x)
    show(x, r, "start")
    damping = 1.0
    for rnd in range(args.rounds):
        jac = []  # one column per parameter
        for i, name in enumerate(names):
            lo, hi = bounds.get(name.partition(".")[0], (-1e9, 1e9))
            h = max(abs(x[i]) * 0.04, 0.01)
            if x[i] + h > hi:
                h = -h
            xs = x[:]
            xs[i] += h
            jac.append([(a - b) / h for a, b in zip(residuals(xs), r)])
        jtj = [[sum(jac[i][k] * jac[j][k] for k in range(len(r))) for j in range(len(names))]
               for i in range(len(names))]
        jtr = [sum(jac[i][k] * r[k] for k in range(len(r))) for i in range(len(names))]
        while True:
            a = [[jtj[i][j] + (damping * jtj[i][i] if i == j else 0.0) for j in range(len(names))]
                 for i in range(len(names))]
            step = solve(a, [-v for v in jtr])
            trial = []
            for i, name in enumerate(names):
                lo, hi = bounds.get(name.partition(".")[0], (-1e9, 1e9))
                trial.append(max(lo, min(hi, x[i] + step[i])))
            rt = residuals(trial)
            if cost(rt) < cost(r):
                x, r = trial, rt
                damping = max(damping / 3, 1e-3)
                break
            damping *= 4
            if damping > 1e4:
                break
        show(x, r, f"round {rnd + 1}")
    for name, v in zip(names, x):
        set_path(doc, name, v)
    target = source / "model" / "parameters.json"
    real = json.loads(target.read_text())
    for name, v in zip(names, x):
        set_path(real, name, v)
    target.write_text(json.dumps(real, indent=2, ensure_ascii=False) + "\n")
    shutil.rmtree(work)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("binary")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--seeds", default="1,2")
    ap.add_argument("--only", default="")
    ap.add_argument("--joint", default="", help="parameters fitted together (a.b: key b of a)")
    ap.add_argument("--rows", default="", help="the rows the joint fit reads")
    ap.add_argument("--content", default="", help="the content folder the joint fit reads and writes")
    args = ap.parse_args()
    if args.joint:
        if not args.rows:
            sys.exit("--joint needs --rows")
        joint(args)
        return
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
