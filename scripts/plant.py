#!/usr/bin/env python3
"""Plant mistakes in a copy of a corpus and measure how many recoupe finds.

Usage: python3 scripts/plant.py EVENT_DIR [--seed N] [--bin target/release/recoupe] [-v]

The folder is copied to a temporary directory (the originals are never touched, and nothing
is copied into the repository). In randomly chosen articles one mistake of each kind is
planted: a wrong weekday, a shifted date, a changed figure, a swapped capital, a misspelt
name, an altered quotation, a dropped letter. A plant is found when a finding of recoupe
(any severity, structure findings excepted: they label whole blocks) overlaps it. Prints
found/planted by kind.
"""
import argparse
import json
import os
import random
import re
import shutil
import subprocess
import tempfile

WEEKDAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
MONTHS = "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"
CAPITALS = ["Pékin", "Moscou", "Washington", "Kiev", "Paris", "Londres", "Tokyo", "Berlin", "Rabat", "Rome"]
NAMES = ["Poutine", "Jinping", "Lavrov", "Ouchakov", "Zelensky", "Trump", "Farrell", "Xinhua", "Kremlin", "Marrakech"]


def plant_weekday(t, rng):
    ms = list(re.finditer(r"\b(%s) (\d{1,2}|1er) (%s)" % ("|".join(WEEKDAYS), MONTHS), t))
    if not ms:
        return None
    m = rng.choice(ms)
    w = m.group(1)
    new = WEEKDAYS[(WEEKDAYS.index(w) + 1) % 7]
    return m.start(1), m.end(1), new


def plant_date(t, rng):
    ms = list(re.finditer(r"\b(\d{1,2}) (%s)\b" % MONTHS, t))
    if not ms:
        return None
    m = rng.choice(ms)
    d = int(m.group(1))
    return m.start(1), m.end(1), str(d + 1 if d < 27 else d - 1)


def plant_figure(t, rng):
    ms = [m for m in re.finditer(r"(?<![\d/.,-])(\d{2,4})(?![\d/.,:h-])", t) if not (1900 <= int(m.group(1)) <= 2100)]
    if not ms:
        return None
    m = rng.choice(ms)
    v = int(m.group(1))
    return m.start(1), m.end(1), str(v + max(2, v // 10))


def plant_entity(t, rng):
    ms = [m for m in re.finditer(r"\b(%s)\b" % "|".join(CAPITALS), t)]
    if not ms:
        return None
    m = rng.choice(ms)
    other = rng.choice([c for c in CAPITALS if c != m.group(1)])
    return m.start(1), m.end(1), other


def plant_name(t, rng):
    ms = [m for m in re.finditer(r"\b(%s)\b" % "|".join(NAMES), t)]
    if not ms:
        return None
    m = rng.choice(ms)
    w = m.group(1)
    i = rng.randrange(1, len(w) - 1)
    return m.start(1), m.end(1), w[:i] + w[i + 1 :] if rng.random() < 0.5 else w[:i] + w[i] + w[i:]


def plant_quote(t, rng):
    ms = list(re.finditer(r"[«\"“]\s?([^»\"”]{30,200})\s?[»\"”]", t))
    if not ms:
        return None
    m = rng.choice(ms)
    words = list(re.finditer(r"\b\w{5,}\b", m.group(1)))
    if not words:
        return None
    w = rng.choice(words)
    s = m.start(1) + w.start()
    return s, s + len(w.group(0)), "absolument"


def plant_typo(t, rng):
    ms = [m for m in re.finditer(r"\b[a-zéèêàç]{8,}\b", t)]
    if not ms:
        return None
    m = rng.choice(ms)
    w = m.group(0)
    i = rng.randrange(2, len(w) - 2)
    return m.start(), m.end(), w[:i] + w[i + 1 :]


PLANTERS = [("weekday", plant_weekday), ("date", plant_date), ("figure", plant_figure), ("entity", plant_entity), ("name", plant_name), ("quote", plant_quote), ("typo", plant_typo)]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("event")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--bin", default=os.path.join(os.path.dirname(__file__), "..", "target", "release", "recoupe"))
    ap.add_argument("-v", action="store_true")
    a = ap.parse_args()
    rng = random.Random(a.seed)
    tmp = tempfile.mkdtemp()
    dst = os.path.join(tmp, "corpus")
    shutil.copytree(a.event, dst, ignore=shutil.ignore_patterns("*.tsv", "*.md"))
    files = sorted(f for f in os.listdir(dst) if f.endswith(".txt"))
    plants = []
    for kind, fn in PLANTERS:
        for _ in range(20):
            f = rng.choice(files)
            p = os.path.join(dst, f)
            t = open(p, encoding="utf-8").read()
            r = fn(t, rng)
            if r and not any(pf == f for pf, *_ in plants):
                s, e, new = r
                t2 = t[:s] + new + t[e:]
                open(p, "w", encoding="utf-8").write(t2)
                bs = len(t[:s].encode())
                plants.append((f, kind, bs, bs + len(new.encode()), t[s:e], new))
                break
    out = subprocess.run([a.bin, "lint", dst, "--format", "json", "--fail-on", "never"], capture_output=True, env={**os.environ})
    findings = json.loads(out.stdout)["findings"]
    found = 0
    for f, kind, s, e, old, new in plants:
        # Structure findings label whole blocks (a missing date labels the first paragraph):
        # overlapping one of them finds nothing.
        hit = [x for x in findings if os.path.basename(x["file"]) == f and x["span"]["start"] < e and s < x["span"]["end"] and x["category"] != "structure"]
        found += bool(hit)
        if a.v or not hit:
            print(f"{'FOUND' if hit else 'MISSED'} {kind:<8} {f}: `{old}` -> `{new}`" + (f"  [{hit[0]['rule']} {hit[0]['severity']}]" if hit else ""))
    print(f"planted {len(plants)}, found {found}")
    shutil.rmtree(tmp)


if __name__ == "__main__":
    main()
