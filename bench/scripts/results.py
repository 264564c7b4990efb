"""Reads a results folder of bench/run.sh, shared by the reports.

A run's folder holds one folder per Spring Boot line (boot-3.5/, boot-4/), each with
measurements.tsv, startup.tsv, check.txt, versions.txt and jmh-summary.txt. The folder of a run
from before the Boot 4 line holds those files itself: it is read as one line, 3.5.
"""
import collections
import pathlib


class Line:
    """One Boot line's figures: rows[app][case] = dict(rps, p50, p99, log, errors)."""

    def __init__(self, name, folder):
        self.name = name
        self.folder = folder
        self.rows = collections.defaultdict(dict)
        measurements = folder / "measurements.tsv"
        if measurements.exists():
            for line in measurements.read_text().splitlines():
                app, case, rps, p50, p99, requests, non2xx, log_bytes, *errors = line.split("\t")
                self.rows[app][case] = dict(rps=float(rps or 0), p50=p50, p99=p99, log=log_bytes,
                                            errors=" ".join(errors).strip())
        self.versions = {}
        versions = folder / "versions.txt"
        if versions.exists():
            for line in versions.read_text().splitlines():
                artifact, version = line.split("\t")
                self.versions[artifact] = version

    def title(self):
        boot = self.versions.get("spring-boot", self.name + ".x")
        details = [f"{name} {self.versions[key]}" for key, name in
                   (("spring-core", "Spring Framework"), ("jackson-databind", "Jackson"), ("sentry", "Sentry"))
                   if key in self.versions]
        return f"Spring Boot {boot}" + (f" ({', '.join(details)})" if details else "")

    def has(self, app, case="ok"):
        return case in self.rows.get(app, {})

    def ok(self, app):
        """Mean req/s of /ok at the start and at the end of the app's phase."""
        cases = self.rows[app]
        return (cases["ok"]["rps"] + cases.get("ok_end", cases["ok"])["rps"]) / 2

    def ratio(self, app, case):
        ok = self.ok(app)
        return self.rows[app][case]["rps"] / ok if ok else 0


def lines(out):
    """The Boot lines of a results folder, oldest line first."""
    out = pathlib.Path(out)
    folders = [p for p in out.glob("boot-*") if p.is_dir()]
    if not folders:
        # one line's folder of a run, or the folder of a run from before the Boot 4 line
        return [Line(out.name[len("boot-"):] if out.name.startswith("boot-") else "3.5", out)]
    folders.sort(key=lambda p: tuple(int(part) for part in p.name[len("boot-"):].split(".")))
    return [Line(p.name[len("boot-"):], p) for p in folders]


# the targets of the issue, each case beside Boot's own error handling in the same line
CASES = [
    ("unknown URL", "≥ 1.3 × Boot", "starter", "boot", "unknown_json", lambda s, b: s >= 1.3 * b),
    ("unknown URL, HTML page", "≥ 1.3 × Boot", "starter", "boot", "unknown_html", lambda s, b: s >= 1.3 * b),
    ("unknown URL, `add-mappings=false`", "≥ 0.6", "starter_nostatic", "boot_nostatic", "unknown_json",
     lambda s, b: s >= 0.6),
    ("unknown URL, HTML, `add-mappings=false`", "", "starter_nostatic", "boot_nostatic", "unknown_html", None),
    ("`@ResponseStatus` exception", "≥ 0.6", "starter", "boot", "mapped_json", lambda s, b: s >= 0.6),
    ("unhandled exception (500)", "≥ 0.4", "starter", "boot", "boom_json", lambda s, b: s >= 0.4),
    ("unhandled exception, HTML page", "≥ 0.35", "starter", "boot", "boom_html", lambda s, b: s >= 0.35),
    ("validation failure (400)", "", "starter", "boot", "validation_json", None),
]

OK_TARGET = 0.98

SENTRY = [("sentry", "500 with Sentry, ingest up"), ("sentry_down", "500 with Sentry, ingest down")]

SENTRY_TARGET = 0.8


def yes_no(met):
    return "" if met is None else ("yes" if met else "no")


def lines_table(all_lines):
    """A table of every line's ratios to /ok, case by case, each beside Boot's of its line."""
    header = "| case (JSON unless stated) | target "
    rule = "|---|---"
    for line in all_lines:
        header += f"| starter {line.name} | Boot {line.name} | starter ÷ Boot {line.name} "
        rule += "|---:|---:|---:"
    header += "| met (" + " / ".join(line.name for line in all_lines) + ") |"
    out = [header, rule + "|---|"]
    for label, target, app, base, case, met in CASES:
        # a row only for what the run measured (PHASES may leave phases out)
        if not any(line.has(app, case) and line.has(base, case) for line in all_lines):
            continue
        cells, verdicts = "", []
        for line in all_lines:
            if line.has(app, case) and line.has(base, case):
                s, b = line.ratio(app, case), line.ratio(base, case)
                cells += f"| **{s:.2f}** | {b:.2f} | {s / b:.2f} " if b else f"| **{s:.2f}** | {b:.2f} | "
                verdicts.append(yes_no(met(s, b)) if met else "")
            else:
                cells += "| | | "
                verdicts.append("")
        out.append(f"| {label} | {target} {cells}| {' / '.join(verdicts) if any(verdicts) else ''} |")
    cells, verdicts = "", []
    for line in all_lines:
        if line.has("starter") and line.has("boot"):
            r = line.ok("starter") / line.ok("boot")
            cells += f"| **{r:.2f}** | 1 | "
            verdicts.append(yes_no(r >= OK_TARGET))
        else:
            cells += "| | | "
            verdicts.append("")
    if any(verdicts):
        out.append(f"| `/ok` with the starter ÷ without | ≥ {OK_TARGET} {cells}| {' / '.join(verdicts)} |")
    for app, label in SENTRY:
        cells, verdicts = "", []
        for line in all_lines:
            if line.has(app, "boom_json") and line.has("starter_nosentry", "boom_json"):
                r = line.ratio(app, "boom_json") / line.ratio("starter_nosentry", "boom_json")
                cells += f"| **{r:.2f}** | | "
                verdicts.append(yes_no(r >= SENTRY_TARGET))
            else:
                cells += "| | | "
                verdicts.append("")
        if any(verdicts):
            out.append(f"| {label} (÷ the same path without Sentry) | ≥ {SENTRY_TARGET} {cells}| "
                       f"{' / '.join(verdicts)} |")
    return "\n".join(out)
