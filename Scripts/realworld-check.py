#!/usr/bin/env python3
"""Runs Clearance on every case of a real-world set and compares its verdicts with a reviewer's.

Usage: python3 Scripts/realworld-check.py [CORPUS_DIR] [--binary PATH] [--verbose]

CORPUS_DIR holds cases.yaml (each case: a file, the reviewer's expected verdict and why) and the policy it names;
by default ../shared/corpus/realworld beside the repository. Each file is checked alone, as the case says:
    clearance check FILE --policy POLICY --format json --as-of AS_OF
Prints agreement, dangerous passes (Clearance passes where the reviewer says review or fail), softer and stricter
verdicts, exits 2, and each disagreement with the reviewer's reason. Exits 1 when any verdict is a dangerous pass.
"""
import argparse
import json
import os
import subprocess
import sys

import yaml  # PyYAML: the cases file is plain YAML

RANK = {"pass": 0, "review": 1, "fail": 2}


def main() -> int:
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.dirname(here)
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", default=os.path.join(root, "..", "shared", "corpus", "realworld"))
    parser.add_argument("--binary", default=os.path.join(root, ".build", "release", "clearance"))
    parser.add_argument("--verbose", action="store_true", help="print every case, not only disagreements")
    args = parser.parse_args()
    args.binary = os.path.abspath(args.binary)
    if not os.access(args.binary, os.X_OK):
        print(f"no binary at {args.binary}; run `swift build -c release` first", file=sys.stderr)
        return 2
    with open(os.path.join(args.corpus, "cases.yaml"), encoding="utf-8") as f:
        spec = yaml.safe_load(f)
    policy = os.path.join(args.corpus, spec["policy"])
    counts = {"agree": 0, "dangerous": 0, "softer": 0, "stricter": 0, "error": 0}
    lines = []
    for case in spec["cases"]:
        expected = case["expected"]["verdict"]
        run = subprocess.run(
            [args.binary, "check", case["file"], "--policy", os.path.abspath(policy), "--format", "json",
             "--as-of", str(spec["as-of"])],
            cwd=args.corpus, capture_output=True, text=True)
        if run.returncode == 2:
            counts["error"] += 1
            first = next((l for l in run.stderr.splitlines() if ": error: " in l), run.stderr.strip()[:200])
            lines.append(f"EXIT 2    {case['file']}: expected {expected}; {first}")
            continue
        report = json.loads(run.stdout)
        actual = report["verdict"]
        licenses = ", ".join(r["license"] for r in report["results"])
        rules = sorted({f["rule"] for r in report["results"] for f in r["findings"] if f["verdict"] != "pass"})
        if actual == expected:
            counts["agree"] += 1
            kind = "agree"
        elif RANK[actual] < RANK[expected]:
            counts["softer"] += 1
            kind = "DANGEROUS" if actual == "pass" else "softer"
            if actual == "pass":
                counts["dangerous"] += 1
        else:
            counts["stricter"] += 1
            kind = "stricter"
        if kind != "agree" or args.verbose:
            lines.append(
                f"{kind:<9} {case['file']}: {actual} (expected {expected}); license {licenses}; "
                f"open rules {', '.join(rules) or '-'}\n          reviewer: {case['expected'].get('why', '').strip()}")
    total = len(spec["cases"])
    for line in lines:
        print(line)
    print(f"\n{total} cases: {counts['agree']} agree ({100 * counts['agree'] / total:.0f}%), "
          f"{counts['dangerous']} dangerous passes, {counts['softer']} softer, {counts['stricter']} stricter, "
          f"{counts['error']} exit 2")
    return 1 if counts["dangerous"] else 0


if __name__ == "__main__":
    sys.exit(main())
