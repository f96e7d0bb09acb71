#!/usr/bin/env python3
"""Validates SARIF files against the SARIF 2.1.0 JSON schema.

Usage (from anywhere):
    python3 Scripts/validate-sarif.py FILE.sarif [FILE.sarif ...]
    clearance check ... --format sarif | python3 Scripts/validate-sarif.py -

The schema is read from ../shared/corpus/schemas/sarif-schema-2.1.0.json relative to the repository root
(it is not copied into the repository); --schema PATH overrides it. Needs the `jsonschema` package
(draft-04 validator). Exits 0 when every file is valid, 1 when one is not, 2 on a usage or read error.
"""
import argparse
import json
import os
import sys

try:
    import jsonschema
except ImportError:
    sys.exit("validate-sarif: the Python package 'jsonschema' is needed (pip install jsonschema, or apt-get install python3-jsonschema)")

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_SCHEMA = os.path.normpath(os.path.join(ROOT, "..", "shared", "corpus", "schemas", "sarif-schema-2.1.0.json"))


def load(path):
    if path == "-":
        return json.load(sys.stdin)
    with open(path, encoding="utf-8") as handle:
        return json.load(handle)


def main():
    parser = argparse.ArgumentParser(description="Validate SARIF files against the SARIF 2.1.0 schema.")
    parser.add_argument("files", nargs="+", metavar="FILE", help="a SARIF file, or - for standard input")
    parser.add_argument("--schema", default=DEFAULT_SCHEMA, help="the schema file (default: %(default)s)")
    args = parser.parse_args()

    try:
        schema = load(args.schema)
    except (OSError, ValueError) as error:
        print(f"validate-sarif: cannot read the schema {args.schema}: {error}", file=sys.stderr)
        return 2
    validator_class = jsonschema.validators.validator_for(schema, default=jsonschema.Draft4Validator)
    validator_class.check_schema(schema)
    validator = validator_class(schema, format_checker=validator_class.FORMAT_CHECKER)

    status = 0
    for path in args.files:
        try:
            document = load(path)
        except (OSError, ValueError) as error:
            print(f"{path}: error: cannot read: {error}", file=sys.stderr)
            status = max(status, 2)
            continue
        errors = sorted(validator.iter_errors(document), key=lambda e: list(map(str, e.absolute_path)))
        if not errors:
            results = sum(len(run.get("results", [])) for run in document.get("runs", []))
            print(f"{path}: valid SARIF {document.get('version')} ({results} results)")
            continue
        status = max(status, 1)
        for error in errors:
            where = "/".join(str(part) for part in error.absolute_path) or "(root)"
            print(f"{path}: error: {where}: {error.message}", file=sys.stderr)
    return status


if __name__ == "__main__":
    sys.exit(main())
