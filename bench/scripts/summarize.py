"""Turns bench/run.sh's measurements.tsv, startup.tsv and check.txt into summary.md.

Usage: python3 summarize.py RESULTS_DIR
RESULTS_DIR is a run's folder (both lines side by side, then each line's summary) or one
line's folder, boot-3.5/ or boot-4/ (that line's summary).
"""
import pathlib
import sys

import results
import startup_times


def summarize_line(line):
    rows = line.rows

    def drift(app):
        cases = rows[app]
        return cases.get("ok_end", cases["ok"])["rps"] / cases["ok"]["rps"] - 1 if cases["ok"]["rps"] else 0

    def cell(app, case):
        m = rows.get(app, {}).get(case)
        if m is None:
            return "| | | | | "
        ratio = m["rps"] / line.ok(app) if line.ok(app) else 0
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
            text = f"| {case} "
            for app in apps:
                text += cell(app, case)
            if len(apps) > 1 and all(case in rows.get(a, {}) for a in apps[:2]):
                r0 = line.ratio(apps[0], case)
                r1 = line.ratio(apps[1], case)
                text += f"| {r0 / r1:.2f} " if r1 else "| "
            print(text + "|")
        drifts = ", ".join(f"{app} {drift(app) * 100:+.0f} %" for app in apps if app in rows)
        print(f"\n/ok drift from start to end of the phase: {drifts}")

    apps_main = [a for a in ("starter", "boot") if a in rows]
    if apps_main:
        table("Main: the starter beside Spring Boot's default error handling", apps_main,
              ["ok", "ok_end", "unknown_json", "unknown_html", "mapped_json", "boom_json", "boom_html",
               "validation_json"])
        if len(apps_main) == 2:
            print(f"\n/ok with the starter ÷ /ok without it (means of start and end): "
                  f"{line.ok('starter') / line.ok('boot'):.3f}")
    if "starter_quiet" in rows:
        table("The starter with client errors logged at DEBUG (errors.logging.client-error-level=debug)",
              ["starter_quiet", "boot"],
              ["ok", "ok_end", "unknown_json", "unknown_html", "mapped_json", "boom_json", "boom_html",
               "validation_json"])
    if "starter_nostatic" in rows:
        table("spring.web.resources.add-mappings=false", ["starter_nostatic", "boot_nostatic"],
              ["ok", "ok_end", "unknown_json", "unknown_html"])
        if "starter" in rows:
            for app, bare in (("starter", "starter_nostatic"), ("boot", "boot_nostatic")):
                for case in ("unknown_json", "unknown_html"):
                    with_static = line.ratio(app, case)
                    without = line.ratio(bare, case)
                    print(f"\nShare of the static-resource lookup in {app} {case}: {1 - with_static / without:.0%}")
    if "sentry" in rows:
        table("Sentry bridge: ingest up, ingest down", ["starter_nosentry", "sentry", "sentry_down"],
              ["ok", "ok_end", "boom_json", "boom_html"])
        base = line.ratio("starter_nosentry", "boom_json")
        for app in ("sentry", "sentry_down"):
            if app in rows:
                print(f"\n500 JSON with {app} ÷ without Sentry: {line.ratio(app, 'boom_json') / base:.2f}")
    if "resolver_door" in rows and "starter_nolog" in rows:
        experiments = [a for a in ("starter", "resolver_door", "starter_nolog", "starter_async") if a in rows]
        table("Experiments: a HandlerExceptionResolver door, the error log lines switched off, an async appender",
              experiments, ["ok", "ok_end", "unknown_json", "boom_json", "boom_html"])
        for app in experiments[1:]:
            for case in ("unknown_json", "boom_json", "boom_html"):
                share = 1 - line.ratio("starter", case) / line.ratio(app, case)
                print(f"\nShare of {case} that {app} saves: {share:.0%}")
    times = startup_times.read(line.folder)
    if times:
        print("\n### Startup (JVM start to 'Started', process running for, seconds)\n")
        for variant, values in times.items():
            print(f"- {variant}: median {startup_times.median(values):.3f} s, min {values[0]:.3f} s "
                  f"over {len(values)} starts")
        if "starter" in times and "boot" in times:
            added = startup_times.median(times["starter"]) - startup_times.median(times["boot"])
            print(f"- added by the starter (median difference): {added * 1000:+.0f} ms")
    jmh = line.folder / "jmh-summary.txt"
    if jmh.exists():
        print("\n### JMH: the resolve step\n")
        print("```")
        print(jmh.read_text().rstrip())
        print("```")
    check = line.folder / "check.txt"
    if check.exists():
        print("\n### Checks (one curl per case before measuring)\n")
        print("```")
        print(check.read_text().rstrip())
        print("```")


out = pathlib.Path(sys.argv[1])
all_lines = results.lines(out)
if len(all_lines) == 1 and all_lines[0].folder == out:
    summarize_line(all_lines[0])
else:
    print("## Both Boot lines: ratios to /ok, each line beside Boot's own error handling\n")
    for line in all_lines:
        print(f"- {line.name}: {line.title()}")
    print()
    print(results.lines_table(all_lines))
    for line in all_lines:
        print(f"\n## {line.title()}")
        summarize_line(line)
