"""Prints the README's results table (each case beside its target) from a results folder of
bench/run.sh.

Usage: python3 readme_table.py RESULTS_DIR [REPEAT_RESULTS_DIR]
(a second run adds a column with its ratios, to show how far runs differ)
"""
import collections
import pathlib
import sys

import startup_times

out = pathlib.Path(sys.argv[1])


def load(folder):
    runs = collections.defaultdict(dict)
    for line in (folder / "measurements.tsv").read_text().splitlines():
        app, case, rps, p50, p99, requests, non2xx, log_bytes, *errors = line.split("\t")
        runs[app][case] = dict(rps=float(rps or 0), p50=p50, p99=p99, log=log_bytes)
    return runs


m = load(out)
repeat = load(pathlib.Path(sys.argv[2])) if len(sys.argv) > 2 else None


def ok(app, runs=None):
    runs = runs or m
    return (runs[app]["ok"]["rps"] + runs[app]["ok_end"]["rps"]) / 2


def ratio(app, case, runs=None):
    runs = runs or m
    return runs[app][case]["rps"] / ok(app, runs)


def again(app, case):
    return f" ({ratio(app, case, repeat):.2f})" if repeat and case in repeat.get(app, {}) else ""


def row(label, target, app, base, case, met):
    a, b = m[app][case], m[base][case]
    print(f"| {label} | {target} | **{ratio(app, case):.2f}**{again(app, case)} | {ratio(base, case):.2f}{again(base, case)} | "
          f"{ratio(app, case) / ratio(base, case):.2f} | {a['p50']} / {a['p99']} | {b['p50']} / {b['p99']} | "
          f"{a['log']} / {b['log']} | {met} |")


print("| case (JSON unless stated) | target | starter: ratio to /ok | Boot: ratio to /ok | starter ÷ Boot "
      "| starter p50 / p99 ms | Boot p50 / p99 ms | log bytes per request, starter / Boot | met |")
print("|---|---|---:|---:|---:|---:|---:|---:|---|")
s, b, sn, bn = "starter", "boot", "starter_nostatic", "boot_nostatic"
q = lambda cond: "yes" if cond else "no"
row("unknown URL", "≥ 1.3 × Boot", s, b, "unknown_json", q(ratio(s, "unknown_json") >= 1.3 * ratio(b, "unknown_json")))
row("unknown URL, HTML page", "≥ 1.3 × Boot", s, b, "unknown_html",
    q(ratio(s, "unknown_html") >= 1.3 * ratio(b, "unknown_html")))
row("unknown URL, `add-mappings=false`", "≥ 0.6", sn, bn, "unknown_json", q(ratio(sn, "unknown_json") >= 0.6))
row("unknown URL, HTML, `add-mappings=false`", "", sn, bn, "unknown_html", "")
row("`@ResponseStatus` exception", "≥ 0.6", s, b, "mapped_json", q(ratio(s, "mapped_json") >= 0.6))
row("unhandled exception (500)", "≥ 0.4", s, b, "boom_json", q(ratio(s, "boom_json") >= 0.4))
row("unhandled exception, HTML page", "≥ 0.35", s, b, "boom_html", q(ratio(s, "boom_html") >= 0.35))
row("validation failure (400)", "", s, b, "validation_json", "")
okr = ok(s) / ok(b)
okr_again = f" ({ok(s, repeat) / ok(b, repeat):.2f})" if repeat else ""
print(f"| `/ok` with the starter ÷ without | ≥ 0.98 | **{okr:.2f}**{okr_again} | 1 | | {m[s]['ok_end']['p50']} / "
      f"{m[s]['ok_end']['p99']} | {m[b]['ok_end']['p50']} / {m[b]['ok_end']['p99']} | 0 / 0 | {q(okr >= 0.98)} |")
if "sentry" in m:
    base = ratio("starter_nosentry", "boom_json")
    for app, label in (("sentry", "500 with Sentry, ingest up"), ("sentry_down", "500 with Sentry, ingest down")):
        r = ratio(app, "boom_json") / base
        a = m[app]["boom_json"]
        r_again = (f" ({ratio(app, 'boom_json', repeat) / ratio('starter_nosentry', 'boom_json', repeat):.2f})"
                   if repeat and "sentry" in repeat else "")
        print(f"| {label} (÷ the same path without Sentry) | ≥ 0.8 | **{r:.2f}**{r_again} | | | {a['p50']} / {a['p99']} | | "
              f"{a['log']} | {q(r >= 0.8)} |")
print()
for app in m:
    drift = m[app]["ok_end"]["rps"] / m[app]["ok"]["rps"] - 1
    print(f"- {app}: /ok {m[app]['ok']['rps']:.0f} req/s at the start of its phase, {m[app]['ok_end']['rps']:.0f} "
          f"at the end ({drift:+.0%})")
jmh = out / "jmh-summary.txt"
if jmh.exists():
    import re

    scores = collections.defaultdict(dict)
    for line in jmh.read_text().splitlines():
        match = re.match(r"ResolveBenchmark\.(\w+)(:gc\.alloc\.rate\.norm)?\s+avgt\s+\d+\s+([\d.]+)", line)
        if match:
            scores[match.group(1)]["bytes" if match.group(2) else "ns"] = float(match.group(3))
    print("\n| resolve (`ErrorResolver.resolve`) | ns/op | bytes allocated/op |")
    print("|---|---:|---:|")
    for name, score in scores.items():
        print(f"| {name} | {score.get('ns', 0):.0f} | {score.get('bytes', 0):.0f} |")
times = startup_times.read(out)
if times:
    med = {v: startup_times.median(t) for v, t in times.items()}
    print(f"\nStartup (median of {len(times['starter'])}): starter {med['starter']:.2f} s, "
          f"Boot {med['boot']:.2f} s, added {1000 * (med['starter'] - med['boot']):+.0f} ms")
