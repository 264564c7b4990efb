"""Turns bench/run.sh's measurements.tsv, startup.tsv and check.txt into summary.md.

Usage: python3 summarize.py RESULTS_DIR
"""
import collections
import pathlib
import sys

import startup_times

out = pathlib.Path(sys.argv[1])
rows = collections.defaultdict(dict)
for line in (out / "measurements.tsv").read_text().splitlines():
    app, case, rps, p50, p99, requests, non2xx, log_bytes, *errors = line.split("\t")
    rows[app][case] = dict(rps=float(rps or 0), p50=p50, p99=p99, log=log_bytes, errors=" ".join(errors).strip())


def ok_mean(app):
    cases = rows[app]
    return (cases["ok"]["rps"] + cases.get("ok_end", cases["ok"])["rps"]) / 2


def drift(app):
    cases = rows[app]
    return cases.get("ok_end", cases["ok"])["rps"] / cases["ok"]["rps"] - 1 if cases["ok"]["rps"] else 0


def cell(app, case):
    m = rows.get(app, {}).get(case)
    if m is None:
        return "| | | | | "
    ratio = m["rps"] / ok_mean(app) if ok_mean(app) else 0
    err = " (" + m["errors"] + ")" if m["errors"] else ""
    return f"| {m['rps']:.0f}{err} | {m['p50']} | {m['p99']} | {ratio:.3f} | {m['log']} "


def table(title, apps, cases):
    print(f"\n### {title}\n")
    header = "| case "
    rule = "|---"
    for app in apps:
        header += f"| {app} req/s | p50 ms | p99 ms | ratio to /ok | log B/req "
        rule += "|---:|---:|---:|---:|---:"
    if len(apps) > 1:
        header += f"| {apps[0]} ÷ {apps[1]} (ratio) "
        rule += "|---:"
    print(header + "|")
    print(rule + "|")
    for case in cases:
        line = f"| {case} "
        for app in apps:
            line += cell(app, case)
        if len(apps) > 1 and all(case in rows.get(a, {}) for a in apps[:2]):
            r0 = rows[apps[0]][case]["rps"] / ok_mean(apps[0])
            r1 = rows[apps[1]][case]["rps"] / ok_mean(apps[1])
            line += f"| {r0 / r1:.2f} " if r1 else "| "
        print(line + "|")
    drifts = ", ".join(f"{app} {drift(app) * 100:+.0f} %" for app in apps if app in rows)
    print(f"\n/ok drift from start to end of the phase: {drifts}")


apps_main = [a for a in ("starter", "boot") if a in rows]
if apps_main:
    table("Main: the starter beside Spring Boot's default error handling", apps_main,
          ["ok", "ok_end", "unknown_json", "unknown_html", "mapped_json", "boom_json", "boom_html", "validation_json"])
    if len(apps_main) == 2:
        print(f"\n/ok with the starter ÷ /ok without it (means of start and end): "
              f"{ok_mean('starter') / ok_mean('boot'):.3f}")
if "starter_quiet" in rows:
    table("The starter with client errors logged at DEBUG (errors.logging.client-error-level=debug)",
          ["starter_quiet", "boot"],
          ["ok", "ok_end", "unknown_json", "unknown_html", "mapped_json", "boom_json", "boom_html", "validation_json"])
if "starter_nostatic" in rows:
    table("spring.web.resources.add-mappings=false", ["starter_nostatic", "boot_nostatic"],
          ["ok", "ok_end", "unknown_json", "unknown_html"])
    if "starter" in rows:
        for app, bare in (("starter", "starter_nostatic"), ("boot", "boot_nostatic")):
            for case in ("unknown_json", "unknown_html"):
                with_static = rows[app][case]["rps"] / ok_mean(app)
                without = rows[bare][case]["rps"] / ok_mean(bare)
                print(f"\nShare of the static-resource lookup in {app} {case}: {1 - with_static / without:.0%}")
if "sentry" in rows:
    table("Sentry bridge: ingest up, ingest down", ["starter_nosentry", "sentry", "sentry_down"],
          ["ok", "ok_end", "boom_json", "boom_html"])
    base = rows["starter_nosentry"]["boom_json"]["rps"] / ok_mean("starter_nosentry")
    for app in ("sentry", "sentry_down"):
        if app in rows:
            r = rows[app]["boom_json"]["rps"] / ok_mean(app)
            print(f"\n500 JSON with {app} ÷ without Sentry: {r / base:.2f}")
if "resolver_door" in rows and "starter_nolog" in rows:
    experiments = [a for a in ("starter", "resolver_door", "starter_nolog", "starter_async") if a in rows]
    table("Experiments: a HandlerExceptionResolver door, the error log lines switched off, an async appender",
          experiments, ["ok", "ok_end", "unknown_json", "boom_json", "boom_html"])
    for app in experiments[1:]:
        for case in ("unknown_json", "boom_json", "boom_html"):
            share = 1 - (rows["starter"][case]["rps"] / ok_mean("starter")) / (rows[app][case]["rps"] / ok_mean(app))
            print(f"\nShare of {case} that {app} saves: {share:.0%}")
times = startup_times.read(out)
if times:
    print("\n### Startup (JVM start to 'Started', process running for, seconds)\n")
    for variant, values in times.items():
        print(f"- {variant}: median {startup_times.median(values):.3f} s, min {values[0]:.3f} s over {len(values)} starts")
    if "starter" in times and "boot" in times:
        added = startup_times.median(times["starter"]) - startup_times.median(times["boot"])
        print(f"- added by the starter (median difference): {added * 1000:+.0f} ms")
check = out / "check.txt"
if check.exists():
    print("\n### Checks (one curl per case before measuring)\n")
    print("```")
    print(check.read_text().rstrip())
    print("```")
