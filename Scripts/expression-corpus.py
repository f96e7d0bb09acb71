#!/usr/bin/env python3
"""Runs the peer expression corpus through the built `clearance` binary and prints agreement figures.

Usage (from the repository root, after `swift build`):
    python3 Scripts/expression-corpus.py [--binary PATH] [--corpus PATH] [--verbose]

The corpus (../shared/corpus/expressions/cases.jsonl by default) holds cases from other projects' test
suites with the outcome each suite asserts. The file is read where it is; it is not part of this repository.
Every case runs twice, `clearance expression --format json -- INPUT` (the lenient default) and with
`--strict`. The script compares:

  - validity: the lenient exit status (0 parses, 2 does not) against the suite's `valid`;
  - spec: the strict exit status against `strict_spec`, where the corpus states what SPDX allows;
  - normalized, ast, requirements, equivalent_to: the shape and text of the parse, where the suite asserts them
    (license ids compared case-insensitively: suites keep ids as written, Clearance spells them as SPDX does).

Each disagreement is printed with the reason when it is deliberate (see DELIBERATE below and the article
Sources/ClearanceKit/ClearanceKit.docc/LicenseExpressions.md); any other is marked UNEXPLAINED and makes
the exit status 1.
"""
import argparse
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# Why Clearance deliberately differs, by reason; each reason lists the (suite, input) pairs it covers.
REASONS = {
    "slash": "'/' is not read as OR: in model cards 'A/B' often means code under A and weights under B (AND), "
             "so reading it as a choice could pass what should fail; Clearance asks for OR or AND.",
    "names": "Free-text names inside an expression are not fixed up to ids ('simplified bsd license', bare "
             "'apache', 'gpl v2'): that is guessing. A whole field that the catalog knows as a name or URL is "
             "read as that license; names combined with operators are errors.",
    "deprecated-kept": "Deprecated ids are kept as written in the normalized form (GPL-2.0 stays GPL-2.0, "
                       "GPL-3.0+ stays GPL-3.0+) with a warning naming the replacement: normalizing never "
                       "changes which license is named.",
    "lexer-only": "The suite asserts a token stream, not a parse; the input is not a well-formed expression.",
    "unlisted-lenient": "Ids that are not on the SPDX lists parse in the lenient reading, by position (they "
                        "are resolved against the catalog, and an unknown one is reported with suggestions, "
                        "never guessed); --strict rejects them, as the suite (with its own symbol table) does.",
    "document-refs": "Whether a LicenseRef or DocumentRef is declared in an SPDX document is a check on the "
                     "document, not on the expression; the expression parses.",
    "whitespace": "Tabs and line breaks are whitespace (SPDX is silent; YAML block scalars and tag:value "
                  "files produce them).",
    "trailing-operator": "A trailing operator is an error, never dropped: 'mit or' might have lost a license.",
    "spaces-in-keys": "Words separated by spaces are separate ids; two ids without an operator are an error "
                      "(no multi-word keys inside an expression).",
    "leading-plus": "A '+' before a license is an error; only 'id+' means or later.",
    "noassertion": "NONE and NOASSERTION are values of a whole license field; inside an expression they are "
                   "an error, never a license.",
    "exception-unknown-lenient": "An exception id that is not on the SPDX exception list parses in the "
                                 "lenient reading (reported as an unknown exception, terms unknown); "
                                 "--strict rejects it.",
    "plus-deprecated": "'GPL-2.0+' is accepted: SPDX 2.3's grammar allows '+' after any listed id, and "
                       "GPL-2.0 is still on the list (deprecated); Clearance warns and names GPL-2.0-or-later.",
    "with-license-lenient": "'A WITH MIT' is an error in both readings: MIT is a license, not an exception.",
    "empty": "Empty input is an error (nothing to check), not an absent expression.",
    "unlisted-plus": "'+' follows only an SPDX-listed id; 'GFDL-1.1-invariants' is not on the list (only "
                     "GFDL-1.1-invariants-only and -or-later are), so 'GFDL-1.1-invariants+' is not rewritten.",
    "spdx3": "--strict follows SPDX 2.3 annex D plus SPDX 3.0's additions (all-lowercase operators, "
             "AdditionRef- after WITH); the corpus's strict_spec is SPDX 2.3 alone.",
    "minimal-parentheses": "The normalized form has only the parentheses precedence needs: '(a AND b) OR c' "
                           "is written 'a AND b OR c'; the two parse to the same tree.",
}

DELIBERATE = {
    "slash": [
        ("EmbarkStudios/spdx", "Apache-2.0/MIT"),
        ("EmbarkStudios/spdx", "apache with LLVM-exception/mpl"),
        ("EmbarkStudios/spdx", "apache with LLVM-exception/gpl-2.0"),
        ("EmbarkStudios/spdx", "apache with LLVM-exception / gpl-3.0 or mit"),
        ("EmbarkStudios/spdx", "MIT/Apache"),
        ("EmbarkStudios/spdx", "gpl v2 / bsd 2-clause"),
        ("EmbarkStudios/spdx", "Apache/ MIT"),
    ],
    "names": [
        ("EmbarkStudios/spdx", "simplified bsd license or gpl-2.0+"),
        ("EmbarkStudios/spdx", "simplified bsd license or gpl-3.0+"),
        ("spdx/tools-python", "First License"),
        ("spdx/tools-python", "Second License"),
    ],
    "deprecated-kept": [
        ("EmbarkStudios/spdx", "MIT and GPL-3.0+"),
        ("EmbarkStudios/spdx", "GPL-2.0 and mit"),
        ("EmbarkStudios/spdx", "mit and gpl-3.0+"),
    ],
    "lexer-only": [
        ("EmbarkStudios/spdx",
         "MIT+ OR () Apache-2.0 WITH AND LicenseRef-World Classpath-exception-2.0 "
         "DocumentRef-Test:LicenseRef-Hello AdditionRef-add1 DocumentRef-add-doc:AdditionRef-add2"),
    ],
    "unlisted-lenient": [
        ("aboutcode-org/license-expression", "cool-license"),
        ("aboutcode-org/license-expression", "exception with gpl"),
        ("aboutcode-org/license-expression", "gpl with gpl"),
        ("aboutcode-org/license-expression", "gpl and bsd or lgpl with exception"),
        ("spdx/tools-python", "nope with 389-exception and _.- or LicenseRef-10"),
    ],
    "document-refs": [
        ("spdx/tools-python", "LicenseRef-1 or LicenseRef-22"),
        ("spdx/tools-python", "DocumentRef-unknown:LicenseRef-1"),
    ],
    "whitespace": [
        ("jslicense/spdx-expression-parse.js", "MIT\t"),
        ("jslicense/spdx-expression-parse.js", "\nMIT"),
    ],
    "trailing-operator": [
        ("aboutcode-org/license-expression", " mit or mit or "),
        ("aboutcode-org/license-expression", "mit or mit or"),
    ],
    "spaces-in-keys": [
        ("aboutcode-org/license-expression", " GPL-2.0 or (mit and LGPL 2.1) or bsd Or GPL-2.0  or (mit and LGPL 2.1)"),
        ("aboutcode-org/license-expression", "this\t \tis \n\n an expression"),
        ("aboutcode-org/license-expression", "LGPL2.1+ + and mit"),
        ("aboutcode-org/license-expression",
         "\n        EPL-1.0 AND Apache-1.1 AND Apache-2.0 AND BSD-Modified AND CPL-1.0 AND\n"
         "        ICU-Composite-License AND JPEG-License AND JDOM-License AND LGPL-2.0 AND\n"
         "        MIT-Open-Group AND MPL-1.1 AND SAX-PD AND Unicode-Inc-License-Agreement\n"
         "        AND W3C-Software-Notice and License AND W3C-Documentation-License"),
        ("aboutcode-org/license-expression",
         " GPL-2.0 or later with classpath-Exception and mit or  LPL-2.1 and mit or later "),
    ],
    "leading-plus": [
        ("aboutcode-org/license-expression", "+l-a"),
    ],
    "noassertion": [
        ("EmbarkStudios/spdx", "NOASSERTION AND OpenSSL"),
    ],
    "exception-unknown-lenient": [
        ("EmbarkStudios/spdx", "terrible and (Apache-2.0 with even-worse or superbad)"),
    ],
    "plus-deprecated": [
        ("EmbarkStudios/spdx", "GPL-2.0+"),
    ],
    "empty": [
        ("aboutcode-org/license-expression", ""),
    ],
    "unlisted-plus": [
        ("EmbarkStudios/spdx", "GFDL-1.1-invariants+"),
    ],
}

REASON_OF = {case: reason for reason, cases in DELIBERATE.items() for case in cases}
OPERATORS = {"and", "or", "with"}


def reason_for(name, case):
    """The deliberate reason for a disagreement: listed by case, or by rule for the SPDX 3.0 additions."""
    if name == "normalized (same text)":
        return "minimal-parentheses"
    words = case["input"].replace("(", " ").replace(")", " ").split()
    if name == "spec" and case.get("strict_spec") is False and (
            any(word in OPERATORS for word in words) or "AdditionRef-" in case["input"]):
        return "spdx3"
    return REASON_OF.get((case["suite"], case["input"]))


def run(binary, text, strict):
    args = [binary, "expression", "--format", "json"] + (["--strict"] if strict else []) + ["--", text]
    result = subprocess.run(args, capture_output=True, text=True, env={**os.environ, "NO_COLOR": "1"})
    if result.returncode == 0:
        return True, json.loads(result.stdout), result.stderr
    if result.returncode == 2:
        return False, None, result.stderr
    raise SystemExit(f"unexpected exit {result.returncode} for {text!r}: {result.stderr}")


def leaf_text(node):
    text = node["license"] + ("+" if node.get("orLater") else "")
    if "exception" in node:
        text += " WITH " + node["exception"]
    return text


def to_spdx_parse_ast(node):
    """Our tree as spdx-expression-parse writes it: binary, right-nested, lowercase conjunctions."""
    if "and" in node or "or" in node:
        conjunction = "and" if "and" in node else "or"
        operands = [to_spdx_parse_ast(child) for child in node[conjunction]]
        result = operands[-1]
        for operand in reversed(operands[:-1]):
            result = {"left": operand, "conjunction": conjunction, "right": result}
        return result
    ast = {"license": node["license"].lower()}
    if node.get("orLater"):
        ast["plus"] = True
    if "exception" in node:
        ast["exception"] = node["exception"].lower()
    return ast


def lower_ast(ast):
    if "conjunction" in ast:
        return {"left": lower_ast(ast["left"]), "conjunction": ast["conjunction"], "right": lower_ast(ast["right"])}
    result = {"license": ast["license"].lower()}
    if ast.get("plus"):
        result["plus"] = True
    if "exception" in ast:
        result["exception"] = ast["exception"].lower()
    return result


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", default=os.path.join(ROOT, ".build/debug/clearance"))
    parser.add_argument("--corpus", default=os.path.join(ROOT, "../shared/corpus/expressions/cases.jsonl"))
    parser.add_argument("--verbose", action="store_true", help="print every case, not only disagreements")
    options = parser.parse_args()
    with open(options.corpus, encoding="utf-8") as f:
        cases = [json.loads(line) for line in f if line.strip()]

    figures = {name: [0, 0] for name in
               ["validity", "spec", "normalized", "normalized (same text)", "ast", "requirements", "equivalent_to"]}
    disagreements = []

    def count(name, agree, case, detail):
        figures[name][0] += 1
        if agree:
            figures[name][1] += 1
        else:
            disagreements.append((name, case, detail))

    for case in cases:
        text = case["input"]
        ok, out, err = run(options.binary, text, strict=False)
        strict_ok, _, strict_err = run(options.binary, text, strict=True)
        first_error = (err.splitlines() or [""])[0]
        count("validity", ok == case["valid"], case,
              f"clearance: {'parses' if ok else 'error: ' + first_error}")
        if "strict_spec" in case:
            count("spec", strict_ok == case["strict_spec"], case,
                  f"clearance --strict: {'parses' if strict_ok else 'error: ' + (strict_err.splitlines() or [''])[0]}")
        if ok and case["valid"]:
            if "normalized" in case:
                ours, theirs = out["normalized"], case["normalized"]
                identical = ours.lower() == theirs.lower()
                if identical:
                    figures["normalized (same text)"][1] += 1
                else:
                    # The same tree with other parentheses is agreement; the text differs deliberately.
                    again_ok, again, _ = run(options.binary, theirs, strict=False)
                    if again_ok and again["normalized"].lower() == ours.lower():
                        disagreements.append(("normalized (same text)", case,
                                              f"clearance normalized: {ours!r}, suite: {theirs!r}"))
                        identical = True
                figures["normalized (same text)"][0] += 1
                count("normalized", identical, case, f"clearance normalized: {ours!r}, suite: {theirs!r}")
            if "ast" in case:
                count("ast", to_spdx_parse_ast(out["tree"]) == lower_ast(case["ast"]), case,
                      f"clearance tree: {json.dumps(out['tree'])}")
            if "requirements" in case:
                ours = [leaf_text(term_node) for term_node in leaves(out["tree"])]
                count("requirements", [r.lower() for r in ours] == [r.lower() for r in case["requirements"]],
                      case, f"clearance terms: {ours}")
            if "equivalent_to" in case:
                other_ok, other, _ = run(options.binary, case["equivalent_to"], strict=False)
                count("equivalent_to", other_ok and other["normalized"].lower() == out["normalized"].lower(),
                      case, f"clearance: {out['normalized']!r} vs {other['normalized'] if other else 'error'!r}")
        if options.verbose:
            print(f"{'ok ' if ok else 'err'} {text!r} ({case['suite']})")

    print(f"Corpus: {len(cases)} cases from {len({c['suite'] for c in cases})} suites ({options.corpus})")
    print()
    for name, (total, agree) in figures.items():
        if total:
            print(f"  {name:<23} {agree:>3}/{total:<3} agree ({100.0 * agree / total:.1f}%)")
    print()
    unexplained = 0
    by_reason = {}
    for name, case, detail in disagreements:
        reason = reason_for(name, case)
        if reason is None:
            unexplained += 1
        by_reason.setdefault(reason, []).append((name, case, detail))
    print(f"Disagreements: {len(disagreements)} ({len(disagreements) - unexplained} deliberate, "
          f"{unexplained} unexplained)")
    for reason in sorted(by_reason, key=lambda r: (r is None, r or "")):
        print()
        print(f"[{reason or 'UNEXPLAINED'}] {REASONS.get(reason, 'no reason recorded')}")
        for name, case, detail in by_reason[reason]:
            expected = "valid" if case["valid"] else "invalid"
            if name == "spec":
                expected = f"strict_spec={case['strict_spec']}"
            print(f"  - {name}: {case['input']!r} ({case['suite']}, {case['mode']}; suite says {expected})")
            print(f"      {detail}")
    return 1 if unexplained else 0


def leaves(node):
    if "and" in node:
        return [leaf for child in node["and"] for leaf in leaves(child)]
    if "or" in node:
        return [leaf for child in node["or"] for leaf in leaves(child)]
    if "license" in node:
        return [node]
    return []


if __name__ == "__main__":
    sys.exit(main())
