#!/usr/bin/env python3
"""Where a JSON check's CPU goes, from a JFR recording of the service under load (issue 20 item 5).

    jcmd PID JFR.start duration=60s filename=check.jfr settings=profile   # while wrk runs
    benchmarks/jfr-split.py check.jfr

Prints two Markdown tables of execution samples: one sample counts once, in the first part that
claims it (the rules when Checker.check is on the stack; otherwise the innermost frame of the
database, logging, JSON or metrics code; the rest is HTTP and service code); and the share of
samples with each step of the check on the stack (steps nest, so these do not add up).
"""
import collections
import json
import subprocess
import sys

PARTS = [
    ("database (JDBC, driver, pool, commit)",
     ["org.springframework.jdbc", "org.h2.", "org.postgresql", "com.zaxxer", "DataSourceTransactionManager"]),
    ("logging", ["ch.qos.logback", "org.slf4j", "org.springframework.boot.logging"]),
    ("JSON (Jackson)", ["com.fasterxml.jackson"]),
    ("metrics (Micrometer)", ["io.micrometer"]),
    ("ULIDs", ["com.github.f4b6a3"]),
]
RULES = "org.yici.rules.check.Checker.check"
STEPS = [
    ("API key lookup", "ApiKeys.authenticate"),
    ("pool checkout", "HikariDataSource.getConnection"),
    ("idempotency key lookup", "CheckRepository.idempotent"),
    ("licence directory select", "LicenceDirectory.licencesOf"),
    ("dishonesty list select", "DishonestyList.basisFor"),
    ("rules (Checker.check)", RULES),
    ("check_record insert (with its JSON)", "CheckRepository.insert"),
    ("handed_in_material insert", "HandedInMaterials.record"),
    ("audit_event insert", "AuditTrail.record"),
    ("commit", "Manager.commit"),
    ("per-check log line", "CheckService.doCheck|Logger.info"),
    ("request JSON read", "AbstractJackson2HttpMessageConverter.read"),
    ("response JSON write", "AbstractJackson2HttpMessageConverter.writeInternal"),
    ("response body (the recorded JSON) written", "ByteArrayHttpMessageConverter.writeInternal"),
]


def stacks(path):
    out = subprocess.run(
        ["jfr", "print", "--json", "--stack-depth", "300", "--events", "jdk.ExecutionSample", path],
        capture_output=True, text=True, check=True).stdout
    for event in json.loads(out)["recording"]["events"]:
        trace = event["values"].get("stackTrace")
        frames = trace["frames"] if trace else []
        # Innermost frame first.
        yield [(f["method"]["type"]["name"] + "." + f["method"]["name"]).replace("/", ".") for f in frames]


def has(names, pattern):
    if "|" in pattern:  # caller|callee: callee directly under caller
        caller, callee = pattern.split("|")
        return any(callee in names[i] and caller in names[i + 1] for i in range(len(names) - 1))
    return any(pattern in n for n in names)


def main(path):
    parts, steps, total = collections.Counter(), collections.Counter(), 0
    for names in stacks(path):
        total += 1
        if has(names, RULES):
            parts["rules (Checker.check)"] += 1
        else:
            part = next((label for n in names for label, patterns in PARTS if any(p in n for p in patterns)), None)
            parts[part or "HTTP (Tomcat, Spring MVC, filters) and service code"] += 1
        for label, pattern in STEPS:
            if has(names, pattern):
                steps[label] += 1
    print(f"{total} samples in {path}\n")
    print("| part | share of samples |\n|---|---|")
    for label, count in parts.most_common():
        print(f"| {label} | {100 * count / total:.0f} % |")
    print("\n| step on the stack | share of samples |\n|---|---|")
    for label, _ in STEPS:
        print(f"| {label} | {100 * steps[label] / total:.1f} % |")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: jfr-split.py RECORDING.jfr")
    main(sys.argv[1])
