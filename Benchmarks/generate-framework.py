"""Writes a large, valid framework to stdout, for Scripts/benchmark-validate.

Usage: python3 Benchmarks/generate-framework.py [MIB]   (default 5)
The same size always gives the same text. Items carry long texts so the file stays under the
loader's 100,000-node limit while reaching several MiB.
"""
import random
import sys

target = float(sys.argv[1] if len(sys.argv) > 1 else 5) * 1024 * 1024
random.seed(1)
WORDS = ("migration policy labour agreement recruitment protection remittance diaspora development "
         "return reintegration border data health trade security rights integration").split()


def text(n):
    return " ".join(random.choice(WORDS) for _ in range(n))


out = ['framework:\n  id: big\n  version: "1"\n  title: Generated\n  default_scale: maturity\n'
       '  default_target: 3\nscales:\n  maturity:\n    levels:\n']
for value, label in enumerate(["Absent", "Initiated", "Adopted", "Implemented", "Monitored"]):
    out.append(f'      - {{value: {value}, label: {label}, meaning: "{text(12)}"}}\n')
out.append("dimensions:\n  - {id: national, title: N}\n  - {id: interstate, title: I}\n"
           "  - {id: institutional, title: S}\n  - {id: cross-domain, title: C}\n"
           "profile:\n  origin: {type: bool}\nsections:\n")
size = sum(map(len, out))
items = 0
section = 0
while size < target:
    section += 1
    chunk = [f"  - id: s{section}\n    title: Section {section}\n    items:\n"]
    for _ in range(20):
        items += 1
        chunk.append(
            f'      - id: I-{items}\n        question: "{text(25)}?"\n        guidance: "{text(60)}"\n'
            f'        levels: {{0: "{text(15)}", 2: "{text(15)}", 4: "{text(15)}"}}\n'
            f'        dimensions: {{national: 1, cross-domain: 0.5}}\n        applies_if: "profile.origin"\n')
    out += chunk
    size += sum(map(len, chunk))
out.append("rules:\n")
for rule in range(50):
    out.append(f"  - id: R-{rule}\n    title: Rule {rule}\n"
               f"    when: \"level('I-{rule + 1}') >= 3 && level('I-{rule + 2}') <= 1\"\n"
               f"    severity: high\n    finding: {text(10)}\n")
sys.stdout.write("".join(out))
