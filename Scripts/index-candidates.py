#!/usr/bin/env python3
"""Bases that real model cards name and Clearance's index of well-known models does not know.

A research aid for growing `WellKnownModels+Shipped.swift`, not run by CI. It reads snapshots of public mirrors
of Hugging Face READMEs (git directories, as the `fetch` tool leaves them), collects every `base_model` their
cards name, asks the built binary which of those the index already matches (one tiny card per base,
`clearance check DIR --format json`), and lists the unknown ones, most named first, with what the base's OWN card
in the mirrors declares (`license`, `license_name`, `license_link`, its own `base_model`) and where it was read.

    python3 Scripts/index-candidates.py /work/.mirror/YinanWusoymilk+hf-readme/repo \\
        /work/.mirror/asgaardlab+model-card-reorganization/repo --binary .build/debug/clearance --top 100

Card ids are read from the mirrors' layouts: `readme_files/ORG_NAME.md` (hf-readme; the first `_` splits),
`verified_model_cards/ORG@NAME/…` (model-card-reorganization), `ORG'NAME.md`; a card elsewhere counts for its
bases but cannot be looked up as a base itself. `--tsv` writes every unknown base, not only the top ones.
"""

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile

import yaml

FORMAT_TOKENS = {
    "gguf", "ggml", "gptq", "awq", "exl2", "mlx", "onnx", "bnb", "hqq", "nf4", "marlin", "imat", "imatrix", "i1",
    "unsloth", "2bit", "3bit", "4bit", "5bit", "6bit", "8bit", "int4", "int8", "fp16", "bf16", "fp8", "fp32", "f16",
    "f32",
}


def git(snapshot, *args, data=None):
    return subprocess.run(["git", "--git-dir", snapshot, *args], input=data, capture_output=True, check=True).stdout


def card_files(snapshot):
    """(path, blob) of every Markdown file at HEAD, with its commit."""
    commit = git(snapshot, "rev-parse", "HEAD").decode().strip()
    out = git(snapshot, "ls-tree", "-r", "HEAD").decode("utf-8", "replace")
    files = []
    for line in out.splitlines():
        meta, path = line.split("\t", 1)
        _, kind, blob = meta.split()
        if kind == "blob" and path.lower().endswith(".md"):
            files.append((path, blob))
    return commit, files


def read_blobs(snapshot, blobs):
    """The contents of `blobs`, through one `git cat-file --batch`."""
    out = git(snapshot, "cat-file", "--batch", data="".join(b + "\n" for b in blobs).encode())
    result, i = {}, 0
    for blob in blobs:
        header_end = out.index(b"\n", i)
        size = int(out[i:header_end].split()[2])
        result[blob] = out[header_end + 1 : header_end + 1 + size].decode("utf-8", "replace")
        i = header_end + 1 + size + 1
    return result


def front_matter(text):
    """The card's YAML front matter as a dict, or {} when it has none or it does not parse."""
    text = text.lstrip("\ufeff")
    if not text.startswith("---"):
        return {}
    end = re.search(r"^---\s*$", text[3:], re.M)
    if not end:
        return {}
    try:
        data = yaml.safe_load(text[3 : 3 + end.start()])
    except yaml.YAMLError:
        return {}
    return data if isinstance(data, dict) else {}


def card_id(path):
    """The Hub id a mirror's path stands for, or None."""
    name = os.path.basename(path)
    parts = path.split("/")
    if "verified_model_cards" in parts:
        directory = parts[parts.index("verified_model_cards") + 1]
        return directory.replace("@", "/", 1) if "@" in directory else None
    if "readme_files" in parts and name.endswith(".md") and "_" in name:
        return name[:-3].replace("_", "/", 1)
    if "'" in name:
        return name[:-3].replace("'", "/", 1)
    return None


def normalized(reference):
    """A reference as `ModelReference` reads it first: lowercased, no URL prefix or tail, revision or `/`."""
    s = str(reference).strip().strip("'\"").lower()
    for prefix in ("https://huggingface.co/", "http://huggingface.co/", "https://www.huggingface.co/",
                   "huggingface.co/", "https://hf.co/", "hf.co/", "pkg:huggingface/"):
        if s.startswith(prefix):
            s = s[len(prefix):]
            s = re.split(r"/tree/|/blob/|/resolve/|/commit/|[?#]", s)[0]
            break
    s = s.split("@", 1)[0].rstrip("/")
    return s


PROSE = re.compile(r"fine-?tun|finetuned|based on|base[ -]model|trained (?:from|on top)|derived from|quantiz|merge",
                   re.I)
LINK = re.compile(r"huggingface\.co/([A-Za-z0-9][\w.-]*/[A-Za-z0-9][\w.-]*)")


def prose_bases(text):
    """Hub models linked on the card's lines that speak of a base (not datasets, spaces or the front matter)."""
    body = text.split("\n---", 2)[-1] if text.lstrip().startswith("---") else text
    found = []
    for line in body.splitlines():
        if PROSE.search(line):
            for m in LINK.finditer(line):
                ref = m.group(1).rstrip(".")
                if not ref.split("/")[0] in ("datasets", "spaces", "docs", "blog", "papers", "models"):
                    found.append(ref)
    return list(dict.fromkeys(found))


def listify(value):
    if value is None:
        return []
    if isinstance(value, list):
        return [str(v) for v in value if v is not None]
    return [str(value)]


def known_bases(binary, bases):
    """{base: index pattern or None} as the built binary matches each base (one card per base, one run)."""
    result = {}
    with tempfile.TemporaryDirectory() as directory:
        names = {}
        for i, base in enumerate(bases):
            os.makedirs(os.path.join(directory, f"c{i}"))
            with open(os.path.join(directory, f"c{i}", "README.md"), "w") as f:
                f.write("---\nlicense: mit\nbase_model: " + json.dumps(base) + "\n---\n")
            names[f"c{i}"] = base
        out = subprocess.run([binary, "check", directory, "--format", "json"], capture_output=True).stdout
        report = json.loads(out)
        for r in report.get("results", []):
            base = names.get(r.get("component"))
            if base is None:
                continue
            pattern = None
            for finding in r.get("findings", []):
                m = re.search(r"from Clearance's index of well-known models \(([^:]+):", finding.get("message", ""))
                if finding.get("rule") == "base-model" and m:
                    pattern = m.group(1)
            result[base] = pattern
    return result


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("snapshots", nargs="+", help="git directories of mirror snapshots")
    parser.add_argument("--binary", default=".build/debug/clearance")
    parser.add_argument("--top", type=int, default=60, help="unknown bases to show (most named first)")
    parser.add_argument("--tsv", help="write every unknown base to this file")
    parser.add_argument("--prose", action="store_true",
                        help="also count Hub links on card lines about a base (fine-tuned from, based on, …)")
    args = parser.parse_args()

    cards = {}  # lowercased id -> (repository path, commit, path, front matter)
    named = {}  # normalized base -> set of card paths naming it
    spelled = {}  # normalized base -> a spelling as written
    for snapshot in args.snapshots:
        repository = os.path.basename(os.path.dirname(os.path.abspath(snapshot))).replace("+", "/", 1)
        commit, files = card_files(snapshot)
        texts = read_blobs(snapshot, [b for _, b in files])
        for path, blob in files:
            fm = front_matter(texts[blob])
            if not fm:
                continue
            cid = card_id(path)
            if cid:
                cards.setdefault(cid.lower(), (repository, commit, path, fm))
            bases = listify(fm.get("base_model"))
            if args.prose:
                bases += prose_bases(texts[blob])
            for base in bases:
                key = normalized(base)
                if not key:
                    continue
                named.setdefault(key, set()).add(f"{repository}:{path}")
                spelled.setdefault(key, base.strip())
    print(f"{len(cards)} cards with front matter and an id, {len(named)} distinct bases", file=sys.stderr)

    known = known_bases(args.binary, [spelled[k] for k in named])
    unknown = sorted((k for k in named if known.get(spelled[k]) is None), key=lambda k: (-len(named[k]), k))
    mentions = sum(len(v) for v in named.values())
    unknown_mentions = sum(len(named[k]) for k in unknown)
    print(f"{len(named) - len(unknown)} bases known ({mentions - unknown_mentions} of {mentions} mentions), "
          f"{len(unknown)} unknown ({unknown_mentions} mentions)", file=sys.stderr)

    rows = []
    for key in unknown:
        own = cards.get(key)
        if own:
            repository, commit, path, fm = own
            where = f"{repository} @{commit[:7]} {path}"
            facts = (str(fm.get("license", "")), str(fm.get("license_name", "")), str(fm.get("license_link", "")),
                     ", ".join(listify(fm.get("base_model"))))
        else:
            where, facts = "", ("", "", "", "")
        rows.append((len(named[key]), spelled[key], where) + facts)
    if args.tsv:
        with open(args.tsv, "w") as f:
            f.write("count\tbase\town card\tlicense\tlicense_name\tlicense_link\tits base_model\n")
            for row in rows:
                f.write("\t".join(str(c).replace("\t", " ").replace("\n", " ") for c in row) + "\n")
    for row in rows[: args.top]:
        count, base, where, lic, name, link, its = row
        own = f"license={lic!r}" + (f" name={name!r}" if name else "") + (f" link={link!r}" if link else "")
        own += f" base={its!r}" if its else ""
        print(f"{count:4}  {base}\n      {where or '(no own card in the mirrors)'}  {own if where else ''}")


if __name__ == "__main__":
    main()
