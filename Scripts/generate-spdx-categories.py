#!/usr/bin/env python3
"""Generates the policy category of every SPDX license id, for licenses the catalog has no descriptor for.

Usage (from the repository root):
    apt-get download raku-license-spdx && dpkg -x raku-license-spdx_*.deb /tmp/raku-license-spdx
    python3 Scripts/generate-spdx-categories.py /tmp/raku-license-spdx

(`apt-get install raku-license-spdx` works too, and then no argument is needed; the package data is the SPDX
License List's own `licenses.json`, with `isOsiApproved` and `isFsfLibre` for each id.)

Writes Sources/ClearanceKit/Expressions/SPDXLicenseList+Categories.swift and the table in
Sources/ClearanceKit/ClearanceKit.docc/SPDXCategories.md. The rule, first match wins:

1. the hand-kept map below (HAND): well-known copyleft and weak-copyleft ids, and non-commercial ones;
2. OSI-approved or FSF-free (libre) on the SPDX list: permissive;
3. otherwise no category: the policy's `unknown` decides.

A category from this table never passes a component on its own: the evaluator reports the license's terms as
unchecked (see the Evaluation rules in PolicyFormat.md).
"""
import glob
import gzip
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SWIFT = os.path.join(ROOT, "Sources/ClearanceKit/Expressions/SPDXLicenseList+Categories.swift")
ARTICLE = os.path.join(ROOT, "Sources/ClearanceKit/ClearanceKit.docc/SPDXCategories.md")
LIST = os.path.join(ROOT, "Sources/ClearanceKit/Expressions/SPDXLicenseList.swift")
PACKAGE = "raku-license-spdx"

# Hand-kept: (regular expression on the whole id, category). Kept small and obvious: a license family known for
# its copyleft (the GPL family, MPL, EPL, CDDL, the CeCILL, EUPL, OSL and CC BY-SA families, …), or whose id says
# non-commercial. Checked in order; the first match wins.
HAND = [
    # Strong copyleft: the whole work, or a network use, must be offered under the same terms.
    (r"AGPL-.*", "copyleft"),
    (r"GPL-2\.0-with-classpath-exception", "weak-copyleft"),
    (r"GPL-.*", "copyleft"),
    (r"GFDL-.*", "copyleft"),
    (r"CC-BY-NC-.*", "non-commercial"),
    (r"CC-BY-SA-.*", "copyleft"),
    (r"CECILL-(1\.0|1\.1|2\.0|2\.1)", "copyleft"),
    (r"CERN-OHL-S-2\.0", "copyleft"),
    (r"EUPL-.*", "copyleft"),
    (r"OSL-.*", "copyleft"),
    (r"NPOSL-3\.0", "copyleft"),
    (r"RPL-.*", "copyleft"),
    (r"Sleepycat", "copyleft"),
    (r"SimPL-2\.0", "copyleft"),
    (r"QPL-1\.0", "copyleft"),
    (r"Watcom-1\.0", "copyleft"),
    (r"NGPL", "copyleft"),
    (r"OGTSL", "copyleft"),
    (r"CAL-1\.0", "copyleft"),
    (r"LiLiQ-Rplus-1\.1", "copyleft"),
    (r"ODbL-1\.0", "copyleft"),
    # Weak copyleft: changed files (or the library) stay under the license; larger works may differ.
    (r"LGPL.*", "weak-copyleft"),
    (r"MPL-.*", "weak-copyleft"),
    (r"EPL-.*", "weak-copyleft"),
    (r"CDDL-.*", "weak-copyleft"),
    (r"CPL-1\.0", "weak-copyleft"),
    (r"CPAL-1\.0", "weak-copyleft"),
    (r"IPL-1\.0", "weak-copyleft"),
    (r"MS-RL", "weak-copyleft"),
    (r"SPL-1\.0", "weak-copyleft"),
    (r"ErlPL-1\.1", "weak-copyleft"),
    (r"APSL-.*", "weak-copyleft"),
    (r"NPL-.*", "weak-copyleft"),
    (r"Nokia", "weak-copyleft"),
    (r"RPSL-1\.0", "weak-copyleft"),
    (r"OSET-PL-2\.1", "weak-copyleft"),
    (r"CAL-1\.0-Combined-Work-Exception", "weak-copyleft"),
    (r"CERN-OHL-W-2\.0", "weak-copyleft"),
    (r"CECILL-C", "weak-copyleft"),
    (r"LiLiQ-R-1\.1", "weak-copyleft"),
    (r"Motosoto", "weak-copyleft"),
    (r"OCLC-2\.0", "weak-copyleft"),
    (r"Frameworx-1\.0", "weak-copyleft"),
    (r"YPL-1\.1", "weak-copyleft"),
    (r"Vim", "weak-copyleft"),
    (r"OFL-.*", "weak-copyleft"),
    (r"eCos-2\.0", "weak-copyleft"),
    (r"wxWindows", "weak-copyleft"),
]

# Ids on Clearance's SPDX list that the packaged SPDX data predates, with what is known of them.
EXTRA = {
    "OpenMDW-1.0": ("permissive", "joined the SPDX License List in 2026; a permissive license for models, data "
                    "and weights (no OSI or FSF flag in the packaged data)"),
}

CASE = {"permissive": "permissive", "copyleft": "copyleft", "weak-copyleft": "weakCopyleft",
        "non-commercial": "nonCommercial"}


def package_version(root):
    """The Debian version, from the package's own changelog (present installed or extracted)."""
    path = os.path.join(root, f"usr/share/doc/{PACKAGE}/changelog.Debian.gz")
    with gzip.open(path, "rt", encoding="utf-8") as f:
        return re.search(r"\(([^)]+)\)", f.readline()).group(1)


def find_data(root):
    for path in sorted(glob.glob(os.path.join(root, "usr/lib/perl6/vendor/resources/*.json"))):
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        if isinstance(data, dict) and "licenses" in data and "licenseListVersion" in data:
            return data
    sys.exit(f"no SPDX licenses.json from {PACKAGE} under {root}; see the usage in this script")


def listed_ids():
    """The license ids (current and deprecated) of SPDXLicenseList.swift, which this table must cover."""
    with open(LIST, encoding="utf-8") as f:
        text = f.read()
    ids = []
    for name in ("licenses", "deprecatedLicenses"):
        body = re.search(r"static let " + name + r": \[String\] = \[(.*?)\]", text, re.S).group(1)
        ids += re.findall(r'"([^"]+)"', body)
    return ids


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else "/"
    data = find_data(root)
    version = data["licenseListVersion"]
    released = data.get("releaseDate", "")
    debian = package_version(root)
    spdx = {entry["licenseId"].lower(): entry for entry in data["licenses"]}
    rows = []
    for id in listed_ids():
        entry = spdx.get(id.lower())
        osi = bool(entry and entry.get("isOsiApproved"))
        fsf = bool(entry and entry.get("isFsfLibre"))
        category, basis = None, "none"
        for pattern, hand in HAND:
            if re.fullmatch(pattern, id):
                category, basis = hand, "hand"
                break
        if category is None and id in EXTRA:
            category, basis = EXTRA[id][0], "hand"
        elif category is None and entry is None:
            sys.exit(f"{id} is on Clearance's SPDX list but not in the SPDX data; add it to EXTRA")
        if category is None and (osi or fsf):
            category, basis = "permissive", "osi-fsf"
        rows.append((id, category, osi, fsf, basis))
    rows.sort(key=lambda r: (r[0].lower(), r[0]))

    out = [
        "// Generated by Scripts/generate-spdx-categories.py. Do not edit; rerun the script.",
        "//",
        f"// OSI and FSF flags: the SPDX License List {version} ({released}), licenses.json, as packaged in Debian's",
        f"// {PACKAGE} {debian}. Categories: the script's hand-kept map of copyleft, weak-copyleft and",
        "// non-commercial ids first, then permissive for ids that are OSI-approved or FSF-free, else none.",
        "",
        "extension SPDXLicenseList {",
        "    /// Where ``classifications`` comes from.",
        "    public static let classificationSource =",
        f'        "SPDX License List {version} (Debian {PACKAGE} {debian}): OSI and FSF flags; a hand-kept map"',
        "",
        "    /// The classification of every license id of ``licenses`` and ``deprecatedLicenses``, by id.",
        "    static let classifications: [String: Classification] = [",
    ]
    for id, category, osi, fsf, basis in rows:
        cat = "nil" if category is None else "." + CASE[category]
        b = {"hand": ".handKept", "osi-fsf": ".osiOrFSF", "none": ".none"}[basis]
        out.append(f'        "{id}": .init({cat}, osi: {str(osi).lower()}, fsf: {str(fsf).lower()}, basis: {b}),')
    out += ["    ]", "}"]
    with open(SWIFT, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")

    counts = {}
    for row in rows:
        counts[row[1] or "none"] = counts.get(row[1] or "none", 0) + 1
    article = [
        "# Categories of SPDX licenses without a descriptor",
        "",
        "The category a policy's `categories:` sees for an SPDX license that the catalog has no descriptor for.",
        "",
        "## Overview",
        "",
        "A policy can name any id of the SPDX License List that Clearance ships (``SPDXLicenseList``) in",
        "`licenses.allow`, `review` and `deny`. When a component's license is such an id and the catalog has no",
        "descriptor for it, its terms are not checked: the policy decides by the id's list first and then by the",
        "category below, and the result says the terms were not checked (`terms-unchecked`; see the Evaluation",
        "rules in <doc:PolicyFormat>). A category match alone never passes such a license.",
        "",
        "The table is generated by `Scripts/generate-spdx-categories.py` from:",
        "",
        f"- **OSI and FSF flags**: the SPDX License List {version} ({released}), its `licenses.json`",
        f"  (`isOsiApproved`, `isFsfLibre`), as Debian's `{PACKAGE}` package ships it ({debian}).",
        "- **A hand-kept map** in the script: well-known copyleft and weak-copyleft families (GPL, AGPL, LGPL,",
        "  MPL, EPL, CDDL, CeCILL, EUPL, OSL, CC BY-SA, Sleepycat, …) and the CC BY-NC licenses",
        "  (non-commercial).",
        "",
        "First match wins: the hand-kept map; then **permissive** for an id that is OSI-approved or FSF-free; else",
        "**no category**, and the policy's `unknown` applies. `OpenMDW-1.0`, which the packaged list predates, is",
        "permissive by hand.",
        "",
        "Counts: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())) + ".",
        "",
        "## Table",
        "",
        "| id | category | OSI | FSF | from |",
        "|---|---|---|---|---|",
    ]
    for id, category, osi, fsf, basis in rows:
        frm = {"hand": "hand-kept map", "osi-fsf": "OSI/FSF", "none": "—"}[basis]
        article.append(f"| `{id}` | {category or '—'} | {'yes' if osi else ''} | {'yes' if fsf else ''} | {frm} |")
    with open(ARTICLE, "w", encoding="utf-8") as f:
        f.write("\n".join(article) + "\n")
    print(f"wrote {SWIFT} and {ARTICLE}: {len(rows)} ids; " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))


if __name__ == "__main__":
    main()
