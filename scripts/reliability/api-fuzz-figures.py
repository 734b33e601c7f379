"""The figures of a Schemathesis run, from its NDJSON event log: requests made (reads, writes, other
methods), answers by status class, server errors, and the failures Schemathesis reported. Exits 1 when
fewer requests than the minimum were made or any answer was a 5xx.

Usage: api-fuzz-figures.py REPORT_DIR MIN_REQUESTS
"""

import collections
import glob
import json
import sys


def main() -> int:
    report_dir, minimum = sys.argv[1], int(sys.argv[2])
    logs = glob.glob(f"{report_dir}/*.ndjson")
    if not logs:
        print("no NDJSON report was written", file=sys.stderr)
        return 1
    by_method = collections.Counter()
    by_class = collections.Counter()
    by_phase = collections.Counter()
    server_errors = []
    failed_checks = collections.Counter()
    with open(logs[0], encoding="utf-8") as events:
        for line in events:
            event = json.loads(line)
            kind, body = next(iter(event.items()))
            if kind != "ScenarioFinished":
                continue
            recorder = body.get("recorder", {})
            for checks in recorder.get("checks", {}).values():
                for check in checks:
                    if check.get("status") == "failure":
                        failed_checks[check["name"]] += 1
            for interaction in recorder.get("interactions", {}).values():
                method = interaction["request"]["method"]
                by_method[method] += 1
                by_phase[body.get("phase", "?")] += 1
                response = interaction.get("response") or {}
                status = response.get("status_code")
                if status is None:
                    by_class["no answer"] += 1
                    continue
                by_class[f"{status // 100}xx"] += 1
                if status >= 500:
                    server_errors.append(f"{method} {interaction['request']['uri']} -> {status}")
    total = sum(by_method.values())
    reads = by_method["GET"]
    writes = by_method["POST"] + by_method["PUT"] + by_method["DELETE"]
    print(f"requests: {total} (reads {reads}, writes {writes}, other methods {total - reads - writes})")
    print("by phase: " + ", ".join(f"{k} {v}" for k, v in sorted(by_phase.items())))
    print("answers: " + ", ".join(f"{k} {v}" for k, v in sorted(by_class.items())))
    print(f"server errors (5xx): {len(server_errors)}")
    for line in server_errors[:20]:
        print(f"  {line}")
    print("failed checks: " + (", ".join(f"{k} {v}" for k, v in failed_checks.items()) or "none"))
    ok = True
    if total < minimum:
        print(f"only {total} requests were made; at least {minimum} are required", file=sys.stderr)
        ok = False
    if server_errors or by_class["no answer"]:
        ok = False
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
