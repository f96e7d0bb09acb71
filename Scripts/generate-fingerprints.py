#!/usr/bin/env python3
"""Generates Licenses/Fingerprints/*.fp: the hashed, normalized words of licensors' texts, never the texts.

Usage (from the repository root):
    python3 Scripts/generate-fingerprints.py [LICENSE_FILES_DIR]          # writes Licenses/Fingerprints/
    python3 Scripts/generate-fingerprints.py [LICENSE_FILES_DIR] --check  # exit 1 if a committed file differs
    python3 Scripts/generate-fingerprints.py --words FILE                 # prints FILE's normalized words

LICENSE_FILES_DIR defaults to $CLEARANCE_LICENSE_FILES, else /work/shared/corpus/license-files (real license
files, unchanged, whose README names each file's source repository, path and commit). SOURCES below says which
file each fingerprint is made from, the URL of that text, and which of its lines are the license (a copier's
note above a text is left out).

The normalization here must stay byte-for-byte the same as Swift's `LicenseNormalizer`
(Sources/ClearanceKit/Identification/LicenseNormalizer.swift); the rules are written once, in
Sources/ClearanceKit/ClearanceKit.docc/LicenseIdentification.md ("Normalization"), and
Tests/ClearanceKitTests/Identification/FingerprintTests.swift checks that Swift's normalization of each source
gives the committed fingerprint.
"""
import hashlib
import os
import re
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUTPUT = os.path.join(ROOT, "Licenses", "Fingerprints")
DEFAULT_FILES = os.environ.get("CLEARANCE_LICENSE_FILES", "/work/shared/corpus/license-files")

LLAMA = "https://github.com/meta-llama/llama-models/blob/a9c89c471f793423afd4cc3ca8671d6e56fe64cb/models"
SPDX = "https://github.com/spdx/license-list-data/blob"
GITEA = "https://github.com/go-gitea/gitea/blob"
OILED = "https://github.com/orsonteodoro/oiledmachine-overlay/blob/1b888cc52413458b434a0a0e4dd3ca11a12c72f8/licenses"

# (fingerprint file name, catalog id, document, corpus file, URL of the text, first line, last line or None).
# `document` is `license` or `use-policy` (an acceptable use policy a license incorporates by reference).
# Lines are 1-based and inclusive; lines outside the range are a copier's note, not the licensor's text.
SOURCES = [
    ("agpl-3.0", "agpl-3.0", "license", "agpl-3.0-only.spdx.txt",
     f"{SPDX}/fc7713996288cc9ceeab6375ff40cdc772a0fb13/text/AGPL-3.0-only.txt", 1, None),
    ("apache-2.0", "apache-2.0", "license", "apache-2.0.gitea.Apache-2.0",
     f"{GITEA}/34071af9b3eb10f3c61a65b4b9905746fca2af4b/options/license/Apache-2.0", 1, None),
    ("apple-sample-code-license", "apple-sample-code-license", "license", "apple-sample-code.ml-depth-pro.LICENSE",
     "https://github.com/apple/ml-depth-pro/blob/9efe5c1def37a26c5367a71df664b18e1306c708/LICENSE", 1, None),
    ("bigcode-openrail-m", "bigcode-openrail-m", "license",
     "bigcode-openrail-m-v1.BigCode-Open-RAIL-M-v1-License-Agreement",
     f"{OILED}/BigCode-Open-RAIL-M-v1-License-Agreement", 4, None),
    ("bigscience-bloom-rail-1.0", "bigscience-bloom-rail-1.0", "license", "bigscience-bloom-rail-1.0.BLOOMLICENSE.txt",
     "https://github.com/celdond/Moniker-Model/blob/94d78b609c3c7260f16ccf20d63dd9983a4f4251/BLOOMLICENSE.txt", 1,
     None),
    ("bsd-2-clause", "bsd-2-clause", "license", "bsd-2-clause.spdx.html.txt",
     f"{SPDX}/ce0a3af3c21198e9d6bfc83e8851d47edb0957af/text/BSD-2-Clause.html.txt", 1, None),
    ("bsd-3-clause", "bsd-3-clause", "license", "bsd-3-clause.spdx.txt",
     f"{SPDX}/199db90ccf10c7014419d6055dfebf488f04fed1/text/BSD-3-Clause.txt", 1, None),
    ("bsl-1.0", "bsl-1.0", "license", "bsl-1.0.gitea.BSL-1.0",
     f"{GITEA}/13b2af579bdb7c287aec2a376fdda359966a3085/options/license/BSL-1.0", 1, None),
    ("cc-by-4.0", "cc-by-4.0", "license", "cc-by-4.0.spdx.html.txt",
     f"{SPDX}/ce0a3af3c21198e9d6bfc83e8851d47edb0957af/text/CC-BY-4.0.html.txt", 1, None),
    ("cc-by-nc-4.0", "cc-by-nc-4.0", "license", "cc-by-nc-4.0.spdx.html.txt",
     f"{SPDX}/ce0a3af3c21198e9d6bfc83e8851d47edb0957af/text/CC-BY-NC-4.0.html.txt", 1, None),
    ("cc-by-nc-nd-4.0", "cc-by-nc-nd-4.0", "license", "cc-by-nc-nd-4.0.spdx.html.txt",
     f"{SPDX}/3cc8acd5a57dfd52878185af80b404dd1ec45435/text/CC-BY-NC-ND-4.0.html.txt", 1, None),
    ("cc-by-nc-sa-4.0", "cc-by-nc-sa-4.0", "license", "cc-by-nc-sa-4.0.spdx.txt",
     f"{SPDX}/199db90ccf10c7014419d6055dfebf488f04fed1/text/CC-BY-NC-SA-4.0.txt", 1, None),
    ("cc-by-nd-4.0", "cc-by-nd-4.0", "license", "cc-by-nd-4.0.spdx.html.txt",
     f"{SPDX}/3cc8acd5a57dfd52878185af80b404dd1ec45435/text/CC-BY-ND-4.0.html.txt", 1, None),
    ("cc-by-sa-4.0", "cc-by-sa-4.0", "license", "cc-by-sa-4.0.spdx.txt",
     f"{SPDX}/199db90ccf10c7014419d6055dfebf488f04fed1/text/CC-BY-SA-4.0.txt", 1, None),
    ("cc0-1.0", "cc0-1.0", "license", "cc0-1.0.spdx.txt",
     f"{SPDX}/199db90ccf10c7014419d6055dfebf488f04fed1/text/CC0-1.0.txt", 1, None),
    ("cdla-permissive-2.0", "cdla-permissive-2.0", "license", "cdla-permissive-2.0.gitea.CDLA-Permissive-2.0",
     f"{GITEA}/cf4bef2a35b40a46a919ff6e019150f4c4b7eebd/options/license/CDLA-Permissive-2.0", 1, None),
    ("cdla-sharing-1.0", "cdla-sharing-1.0", "license", "cdla-sharing-1.0.gitea.CDLA-Sharing-1.0",
     f"{GITEA}/09d3e0ef43f958258e39ed5331c27a921dbbf1cc/options/license/CDLA-Sharing-1.0", 1, None),
    ("creativeml-openrail-m", "creativeml-openrail-m", "license", "creativeml-openrail-m.LICENSE",
     "https://github.com/CompVis/stable-diffusion/blob/21f890f9da3cfbeaba8e2ac3c425ee9e998d5229/LICENSE", 1, None),
    ("deepseek", "deepseek", "license", "deepseek-v3.LICENSE-MODEL",
     "https://github.com/deepseek-ai/DeepSeek-V3/blob/9b4e9788e4a3a731f7567338ed15d3ec549ce03b/LICENSE-MODEL", 1,
     None),
    ("epl-2.0", "epl-2.0", "license", "epl-2.0.gitea.EPL-2.0",
     f"{GITEA}/0fd39aebf01a99573c9d1c040f5a8c1dfb8641d0/options/license/EPL-2.0", 1, None),
    ("falcon-2-11b", "falcon-2-11b", "license", "falcon-2-11b-tii-1.0.Falcon-2-11B-TII-License-1.0",
     f"{OILED}/Falcon-2-11B-TII-License-1.0", 3, None),
    ("flux-1-dev-non-commercial-license", "flux-1-dev-non-commercial-license", "license",
     "flux-1-dev-non-commercial.LICENSE-FLUX1-dev",
     "https://github.com/black-forest-labs/flux/blob/802fb4713906133fcbd0d8dc5351620ca4773036/model_licenses/"
     "LICENSE-FLUX1-dev", 1, None),
    ("gemma", "gemma", "license", "gemma.GEMMA_TERMS_OF_USE.md",
     "https://github.com/Sir-Ripley/Affy_AI/blob/2c0f3a6bbfac6dd3f32ecdef010b041db6568fa0/GEMMA_TERMS_OF_USE.md "
     "(a copy of https://ai.google.dev/gemma/terms, last modified March 24, 2025)", 1, None),
    ("gemma.2024-02-21", "gemma", "license", "gemma.Gemma-Terms-of-Use-20240221",
     f"{OILED}/Gemma-Terms-of-Use-20240221 (a copy of https://ai.google.dev/gemma/terms-archive/terms_02_21_24)",
     3, None),
    ("gpl-2.0", "gpl-2.0", "license", "gpl-2.0-or-later.spdx.txt",
     f"{SPDX}/6f844c725faa6230c66f0551bba0ea49ed018bb7/text/GPL-2.0-or-later.txt", 1, None),
    ("gpl-3.0", "gpl-3.0", "license", "gpl-3.0-only.spdx.txt",
     f"{SPDX}/5909af54b8973be15c7a63d751bde6cec3ad6ffa/text/GPL-3.0-only.txt", 1, None),
    ("isc", "isc", "license", "isc.gitea.ISC",
     f"{GITEA}/13b2af579bdb7c287aec2a376fdda359966a3085/options/license/ISC", 1, None),
    ("lgpl-2.1", "lgpl-2.1", "license", "lgpl-2.1-or-later.spdx.txt",
     f"{SPDX}/6f844c725faa6230c66f0551bba0ea49ed018bb7/text/LGPL-2.1-or-later.txt", 1, None),
    ("lgpl-3.0", "lgpl-3.0", "license", "lgpl-3.0-or-later.spdx.txt",
     f"{SPDX}/199db90ccf10c7014419d6055dfebf488f04fed1/text/LGPL-3.0+.txt", 1, None),
    ("llama2", "llama2", "license", "llama2.LICENSE", f"{LLAMA}/llama2/LICENSE", 1, None),
    ("llama2.use-policy", "llama2", "use-policy", "llama2.USE_POLICY.md", f"{LLAMA}/llama2/USE_POLICY.md", 1, None),
    ("llama3", "llama3", "license", "llama3.LICENSE", f"{LLAMA}/llama3/LICENSE", 1, None),
    ("llama3.use-policy", "llama3", "use-policy", "llama3.USE_POLICY.md", f"{LLAMA}/llama3/USE_POLICY.md", 1, None),
    ("llama3.1", "llama3.1", "license", "llama3_1.LICENSE", f"{LLAMA}/llama3_1/LICENSE", 1, None),
    ("llama3.1.use-policy", "llama3.1", "use-policy", "llama3_1.USE_POLICY.md", f"{LLAMA}/llama3_1/USE_POLICY.md",
     1, None),
    ("llama3.2", "llama3.2", "license", "llama3_2.LICENSE", f"{LLAMA}/llama3_2/LICENSE", 1, None),
    ("llama3.2.use-policy", "llama3.2", "use-policy", "llama3_2.USE_POLICY.md", f"{LLAMA}/llama3_2/USE_POLICY.md",
     1, None),
    ("llama3.3", "llama3.3", "license", "llama3_3.LICENSE", f"{LLAMA}/llama3_3/LICENSE", 1, None),
    ("llama3.3.use-policy", "llama3.3", "use-policy", "llama3_3.USE_POLICY.md", f"{LLAMA}/llama3_3/USE_POLICY.md",
     1, None),
    ("llama4", "llama4", "license", "llama4.LICENSE", f"{LLAMA}/llama4/LICENSE", 1, None),
    ("llama4.use-policy", "llama4", "use-policy", "llama4.USE_POLICY.md", f"{LLAMA}/llama4/USE_POLICY.md", 1, None),
    ("microsoft-research-license", "microsoft-research-license", "license",
     "microsoft-research-license.MICROSOFT-RESEARCH-LICENSE-TERMS", f"{OILED}/MICROSOFT-RESEARCH-LICENSE-TERMS", 1,
     None),
    ("mit", "mit", "license", "mit.gitea.MIT",
     f"{GITEA}/527a22beea72f05db7bfa0fb4798967fd25dc910/options/license/MIT", 1, None),
    ("mnpl", "mnpl", "license", "mistral-non-production-license.MNPL-0.1.md",
     f"{OILED}/MNPL-0.1.md (a copy of https://mistral.ai/licenses/MNPL-0.1.md)", 3, None),
    ("mpl-2.0", "mpl-2.0", "license", "mpl-2.0.gitea.MPL-2.0",
     f"{GITEA}/040e565e08706d77eccdd95c11aa3c3db943b96d/options/license/MPL-2.0", 1, None),
    ("mrl", "mrl", "license", "mistral-research-license.MRL-0.1.md", f"{OILED}/MRL-0.1.md", 1, None),
    ("nvidia-open-model-license", "nvidia-open-model-license", "license",
     "nvidia-open-model-and-apache-2.0.gr00t-wbc.LICENSE",
     "https://github.com/NVlabs/GR00T-WholeBodyControl/blob/1983e88888217f6c69283cf3a9d1af01e87f07af/LICENSE "
     "(part 2: the NVIDIA Open Model License Agreement, last modified October 24, 2025)", 37, None),
    ("odbl", "odbl", "license", "odbl-1.0.spdx.txt",
     f"{SPDX}/31f52f1d0af86948d0f79e35083296c624782084/text/ODbL-1.0.txt", 1, None),
    ("odc-by", "odc-by", "license", "odc-by-1.0.gitea.ODC-By-1.0",
     f"{GITEA}/44d69739bd46d2cdacb05537cbe670fcc8fe3e0b/options/license/ODC-By-1.0", 1, None),
    ("openmdw-1.1", "openmdw-1.1", "license", "openmdw-1.1.nemotron-3-embed.MODEL_LICENSE",
     "https://github.com/shihanqu/nemotron-3-embed-webgpu/blob/1076fcf428036b4577a2796e12e5d7986869a586/"
     "MODEL_LICENSE (without NVIDIA's preamble and copyright line)", 7, None),
    ("openrail++", "openrail++", "license", "sdxl-1.0.LICENSE-SDXL1.0",
     "https://github.com/Stability-AI/generative-models/blob/0ad7de9a5cb53fd63d6d30a4f385485e72e08597/"
     "model_licenses/LICENSE-SDXL1.0", 1, None),
    ("openrail++.2022-11-24", "openrail++", "license", "creativeml-openrail-pp-m.stablediffusion.LICENSE-MODEL",
     "https://github.com/Stability-AI/stablediffusion/blob/cf1d67a6fd5ea1aa600c4df58e5b47da45f6bdbf/LICENSE-MODEL",
     1, None),
    ("pddl", "pddl", "license", "pddl-1.0.gitea.PDDL-1.0",
     f"{GITEA}/588bd557d90191cb98395fcbd4e182417fc91200/options/license/PDDL-1.0", 1, None),
    ("qwen-research", "qwen-research", "license", "qwen-research.roboflow.LICENSE.txt",
     "https://github.com/roboflow/inference/blob/f22bd024ef9edcc3a51b61a72077b78c10b22220/inference/models/qwen25vl/"
     "LICENSE.txt", 1, None),
    ("stabilityai-ai-community", "stabilityai-ai-community", "license", "stabilityai-community.LICENSE.md",
     "https://github.com/Stability-AI/stable-fast-3d/blob/ff21fc491b4dc5314bf6734c7c0dabd86b5f5bb2/LICENSE.md", 1,
     None),
    ("tongyi-qianwen", "tongyi-qianwen", "license", "tongyi-qianwen.LICENSE-AGREEMENT",
     "https://github.com/QwenLM/Qwen/blob/2df8e8ac450fa185c421a08b0090ef81826caa6e/Tongyi%20Qianwen%20LICENSE%20AGREEMENT",
     1, None),
    ("tongyi-qianwen-research", "tongyi-qianwen-research", "license", "tongyi-qianwen-research.LICENSE-AGREEMENT",
     "https://github.com/QwenLM/Qwen/blob/2df8e8ac450fa185c421a08b0090ef81826caa6e/"
     "Tongyi%20Qianwen%20RESEARCH%20LICENSE%20AGREEMENT", 1, None),
    ("unlicense", "unlicense", "license", "unlicense.spdx.txt",
     f"{SPDX}/a5d3679c7d5d7cde9916ecff442c861976382bcb/text/Unlicense.txt", 1, None),
    ("zlib", "zlib", "license", "zlib.spdx.html.txt",
     f"{SPDX}/ce0a3af3c21198e9d6bfc83e8851d47edb0957af/text/Zlib.html.txt", 1, None),
]

# ---- Normalization (the rules of LicenseIdentification.md, "Normalization"; keep in step with Swift) ----

LINE_BREAK = re.compile(r"\r\n|\r|\n")
SPDX_MARKUP = re.compile(r"<<.*?>>")
LEADING_MARKUP = " \t#*>-_+|\u2022\u00b7"
MARKER = re.compile(r"^(?:\(?(?:[0-9]{1,2}[.)])*(?:[0-9]{1,2}|[a-z]|[ivx]{1,5})[.)]|[0-9]{1,2}(?:\.[0-9]{1,2})+\.?"
                    r"|\((?:[0-9]{1,2}|[a-z]|[ivx]{1,5})\))$")
NOT_MARKERS = {"i.e.", "e.g."}
ENUMERATOR = re.compile(r"\((?:[0-9]{1,2}|[a-z]|[ivx]{1,5})\)")
EQUIVALENT = {
    "licence": "license", "licences": "licenses", "licenced": "licensed", "licencing": "licensing",
    "acknowledgement": "acknowledgment", "acknowledgements": "acknowledgments",
    "organisation": "organization", "organisations": "organizations", "https": "http",
}


def lower(line):
    # Character by character (no final-sigma context), as Swift's per-scalar lowercase mapping.
    return "".join(c.lower() for c in line)


def is_word_char(c):
    if c.isascii():
        return c.isalnum()
    category = unicodedata.category(c)
    return category[0] in "LM" or category == "Nd"


def is_copyright_line(line):
    s = line.lstrip(LEADING_MARKUP)
    if s.startswith("\u00a9"):
        return True
    if s.startswith("(c)"):
        # `(c) 2024 …` is a notice; `(c) You must …` is a list item.
        rest = s[3:].lstrip(" \t")
        return rest[:1].isdigit() and rest[:1].isascii()
    if not s.startswith("copyright"):
        return False
    rest = s[len("copyright"):].lstrip(" \t:")
    return rest[:1] in ("\u00a9", "[", "<", "{") or rest[:1].isdigit() and rest[:1].isascii() or rest.startswith("(c)")


def strip_markers(line):
    """Drops list markers at the start of a line: `1.`, `(a)`, `iv.`, `2.1`, `b)`, after markup characters."""
    i = 0
    while True:
        while i < len(line) and line[i] in LEADING_MARKUP:
            i += 1
        j = i
        while j < len(line) and line[j] not in " \t":
            j += 1
        chunk = line[i:j].strip("*_")
        if not chunk or chunk in NOT_MARKERS or not MARKER.match(chunk):
            return line[i:]
        i = j


def words(text):
    """The normalized words of `text` (a str) with their 1-based line numbers."""
    if text.startswith("\ufeff"):
        text = text[1:]
    result = []
    for number, raw in enumerate(LINE_BREAK.split(text), start=1):
        line = lower(raw)
        line = SPDX_MARKUP.sub(" ", line)
        if is_copyright_line(line):
            continue
        line = strip_markers(line)
        line = ENUMERATOR.sub(" ", line)
        word = []
        for c in line + " ":
            if is_word_char(c):
                word.append(c)
            elif word:
                w = "".join(word)
                result.append((EQUIVALENT.get(w, w), number))
                word = []
    return result


def fnv1a32(word):
    h = 0x811C9DC5
    for b in word.encode("utf-8"):
        h = ((h ^ b) * 0x01000193) & 0xFFFFFFFF
    return h


def token(word):
    # Numbers stay readable, so that a changed number can be named; every other word is only its hash.
    return "=" + word if word.isascii() and word.isdigit() else "%08x" % fnv1a32(word)


def fingerprint(name, license_id, document, file, data, url, first, last):
    text = data.decode("utf-8", errors="replace")
    lines = LINE_BREAK.split(text[1:] if text.startswith("\ufeff") else text)
    chosen = lines[first - 1:last]
    normalized = words("\n".join(chosen))
    # The title: the words of the first line that has any, when it has at most 12 (SPDX: a title may be omitted).
    title = 0
    if normalized:
        first_line = normalized[0][1]
        count = sum(1 for _, line in normalized if line == first_line)
        title = count if count <= 12 else 0
    span = "all" if first == 1 and last is None else f"{first}-{last if last else len(lines)}"
    out = [
        "# A license fingerprint: the hashed normalized words of the text named below, in order (numbers in clear",
        "# after '='). Not the text. Generated by Scripts/generate-fingerprints.py; do not edit.",
        "schema: 1",
        f"license: {license_id}",
        f"document: {document}",
        f"source: {url}",
        f"corpus-file: {file}",
        f"source-sha256: {hashlib.sha256(data).hexdigest()}",
        f"source-lines: {span}",
        f"title-words: {title}",
        f"words: {len(normalized)}",
        "---",
    ]
    tokens = [token(w) for w, _ in normalized]
    for i in range(0, len(tokens), 12):
        out.append(" ".join(tokens[i:i + 12]))
    return "\n".join(out) + "\n"


def main(argv):
    if len(argv) >= 2 and argv[0] == "--words":
        with open(argv[1], "rb") as f:
            for w, line in words(f.read().decode("utf-8", errors="replace")):
                print(line, w)
        return 0
    check = "--check" in argv
    args = [a for a in argv if a != "--check"]
    directory = args[0] if args else DEFAULT_FILES
    os.makedirs(OUTPUT, exist_ok=True)
    expected = set()
    status = 0
    for name, license_id, document, file, url, first, last in SOURCES:
        with open(os.path.join(directory, file), "rb") as f:
            data = f.read()
        content = fingerprint(name, license_id, document, file, data, url, first, last)
        path = os.path.join(OUTPUT, name + ".fp")
        expected.add(name + ".fp")
        if check:
            try:
                with open(path, encoding="utf-8") as f:
                    if f.read() != content:
                        print(f"{path}: differs from what {file} gives", file=sys.stderr)
                        status = 1
            except FileNotFoundError:
                print(f"{path}: missing", file=sys.stderr)
                status = 1
        else:
            with open(path, "w", encoding="utf-8") as f:
                f.write(content)
    for stale in sorted(set(os.listdir(OUTPUT)) - expected):
        if stale.endswith(".fp"):
            if check:
                print(f"{os.path.join(OUTPUT, stale)}: no source for it", file=sys.stderr)
                status = 1
            else:
                os.remove(os.path.join(OUTPUT, stale))
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
