"""Prints the README's results tables (each case beside its target) from a results folder of
bench/run.sh: every Boot line's ratios to /ok side by side, then each line's full table.

Usage: python3 readme_table.py RESULTS_DIR [REPEAT_RESULTS_DIR]
(a second run adds its ratios in brackets to each line's full table, to show how far runs differ)
"""
import collections
import pathlib
import re
import sys

import results
import startup_times

all_lines = results.lines(pathlib.Path(sys.argv[1]))
repeats = {line.name: line for line in results.lines(pathlib.Path(sys.argv[2]))} if len(sys.argv) > 2 else {}


def line_table(m, repeat):
    def again(app, case):
        return f" ({repeat.ratio(app, case):.2f})" if repeat and repeat.has(app, case) else ""

    def row(label, target, app, base, case, met):
        a, b = m.rows[app][case], m.rows[base][case]
        s, r = m.ratio(app, case), m.ratio(base, case)
        print(f"| {label} | {target} | **{s:.2f}**{again(app, case)} | {r:.2f}{again(base, case)} | "
              f"{s / r:.2f} | {a['p50']} / {a['p99']} | {b['p50']} / {b['p99']} | "
              f"{a['log']} / {b['log']} | {results.yes_no(met(s, r) if met else None)} |")

    print("| case (JSON unless stated) | target | starter: ratio to /ok | Boot: ratio to /ok | starter ÷ Boot "
          "| starter p50 / p99 ms | Boot p50 / p99 ms | log bytes per request, starter / Boot | met |")
    print("|---|---|---:|---:|---:|---:|---:|---:|---|")
    for label, target, app, base, case, met in results.CASES:
        if m.has(app, case) and m.has(base, case):
            row(label, target, app, base, case, met)
    s, b = "starter", "boot"
    if m.has(s) and m.has(b):
        okr = m.ok(s) / m.ok(b)
        okr_again = f" ({repeat.ok(s) / repeat.ok(b):.2f})" if repeat and repeat.has(s) and repeat.has(b) else ""
        print(f"| `/ok` with the starter ÷ without | ≥ {results.OK_TARGET} | **{okr:.2f}**{okr_again} | 1 | | "
              f"{m.rows[s]['ok_end']['p50']} / {m.rows[s]['ok_end']['p99']} | {m.rows[b]['ok_end']['p50']} / "
              f"{m.rows[b]['ok_end']['p99']} | 0 / 0 | {results.yes_no(okr >= results.OK_TARGET)} |")
    if m.has("sentry"):
        base = m.ratio("starter_nosentry", "boom_json")
        for app, label in results.SENTRY:
            r = m.ratio(app, "boom_json") / base
            a = m.rows[app]["boom_json"]
            r_again = (f" ({repeat.ratio(app, 'boom_json') / repeat.ratio('starter_nosentry', 'boom_json'):.2f})"
                       if repeat and repeat.has(app, "boom_json") else "")
            print(f"| {label} (÷ the same path without Sentry) | ≥ {results.SENTRY_TARGET} | **{r:.2f}**{r_again} | | | "
                  f"{a['p50']} / {a['p99']} | | {a['log']} | {results.yes_no(r >= results.SENTRY_TARGET)} |")
    print()
    for app in m.rows:
        drift = m.rows[app]["ok_end"]["rps"] / m.rows[app]["ok"]["rps"] - 1
        print(f"- {app}: /ok {m.rows[app]['ok']['rps']:.0f} req/s at the start of its phase, "
              f"{m.rows[app]['ok_end']['rps']:.0f} at the end ({drift:+.0%})")
    jmh = m.folder / "jmh-summary.txt"
    if jmh.exists():
        scores = collections.defaultdict(dict)
        for text in jmh.read_text().splitlines():
            match = re.match(r"ResolveBenchmark\.(\w+)(:gc\.alloc\.rate\.norm)?\s+avgt\s+\d+\s+([\d.]+)", text)
            if match:
                scores[match.group(1)]["bytes" if match.group(2) else "ns"] = float(match.group(3))
        print("\n| resolve (`ErrorResolver.resolve`) | ns/op | bytes allocated/op |")
        print("|---|---:|---:|")
        for name, score in scores.items():
            print(f"| {name} | {score.get('ns', 0):.0f} | {score.get('bytes', 0):.0f} |")
    times = startup_times.read(m.folder)
    if times:
        med = {v: startup_times.median(t) for v, t in times.items()}
        print(f"\nStartup (median of {len(times['starter'])}): starter {med['starter']:.2f} s, "
              f"Boot {med['boot']:.2f} s, added {1000 * (med['starter'] - med['boot']):+.0f} ms")


if len(all_lines) > 1:
    print(results.lines_table(all_lines))
    for line in all_lines:
        print(f"\n#### {line.title()}\n")
        line_table(line, repeats.get(line.name))
else:
    line_table(all_lines[0], repeats.get(all_lines[0].name))
