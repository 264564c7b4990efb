"""Where the time goes: aggregates a JFR recording's execution samples (from `jfr print --json
--events jdk.ExecutionSample`) into the top frames by self and by inclusive time.

Usage: jfr print --json --stack-depth 96 --events jdk.ExecutionSample rec.jfr | python3 jfr_top.py [N]
"""
import collections
import json
import sys

top = int(sys.argv[1]) if len(sys.argv) > 1 else 25
events = json.load(sys.stdin)["recording"]["events"]
self_time = collections.Counter()
inclusive = collections.Counter()
for event in events:
    frames = event["values"]["stackTrace"]["frames"]
    names = [f["method"]["type"]["name"].replace("/", ".") + "." + f["method"]["name"] for f in frames]
    if not names:
        continue
    self_time[names[0]] += 1
    for name in set(names):
        inclusive[name] += 1
total = len(events) or 1
print(f"{len(events)} samples")
print("\n-- self --")
for name, n in self_time.most_common(top):
    print(f"{100 * n / total:5.1f} % {name}")
print("\n-- inclusive (error-starter, Spring MVC, Tomcat, logging, Thymeleaf, Jackson) --")
keep = ("io.github", "org.springframework.web", "org.apache.catalina", "ch.qos.logback", "org.thymeleaf",
        "com.fasterxml", "org.springframework.boot", "java.lang.Throwable")
for name, n in inclusive.most_common(400):
    if name.startswith(keep):
        print(f"{100 * n / total:5.1f} % {name}")
        top -= 1
        if top < -15:
            break
