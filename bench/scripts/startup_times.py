"""Startup times the load script writes to startup.tsv (variant, seconds), shared by the reports."""
import collections


def read(out):
    """Return {variant: sorted seconds}, empty when the run measured no startup."""
    startup = out / "startup.tsv"
    times = collections.defaultdict(list)
    if startup.exists():
        for line in startup.read_text().splitlines():
            variant, seconds = line.split("\t")
            times[variant].append(float(seconds))
    return {variant: sorted(values) for variant, values in times.items()}


def median(values):
    return values[len(values) // 2]
