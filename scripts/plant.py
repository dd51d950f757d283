#!/usr/bin/env python3
"""Plant mistakes in copies of a corpus, one at a time, and measure how many recoupe finds.

Usage: python3 scripts/plant.py EVENT_DIR [EVENT_DIR...] [--seeds 10] [--bin target/release/recoupe] [-v]

For each event folder and each seed, and for each kind of mistake (a wrong weekday, a shifted
date, a changed figure, a swapped capital, a person swapped for a leader of another country, a misspelt name, an altered quotation, a dropped
letter), the folder is copied to a temporary directory (the originals are never touched, and
nothing is copied into the repository), ONE mistake is planted in a random article, and
recoupe is run on the copy.

Strict counting: the untouched folder is linted first. A plant is found only when a finding
that was not there before (same file, rule and message, compared on the unplanted text)
overlaps it at warning or error level (a warning where there was only information before is
new); structure findings never count (they label whole
blocks). A plant overlapped only by a new info finding is counted apart ("info only").

Recall is printed by kind, and by whether another article carries a similar sentence (one
sharing at least half of the planted sentence's words): a plant in a sentence no other
article repeats can only be found by comparing claims across paraphrases and languages.
"""
import argparse
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor

WEEKDAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
WEEKDAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"
MONTHS_EN = "January|February|March|April|May|June|July|August|September|October|November|December"
CAPITALS = ["Pékin", "Moscou", "Washington", "Kiev", "Paris", "Londres", "Tokyo", "Berlin", "Rabat", "Rome",
            "Beijing", "Moscow", "London"]
# One place in two languages: swapping these plants no mistake.
SAME_PLACE = [("Pékin", "Beijing"), ("Moscou", "Moscow"), ("Londres", "London")]
# Full names of the gazetteer's people: one of them swapped for a leader of another country.
PEOPLE = ["Xi Jinping", "Vladimir Poutine", "Vladimir Putin", "Sergueï Lavrov", "Sergei Lavrov", "Volodymyr Zelensky",
          "Donald Trump", "Joe Biden", "Emmanuel Macron", "Pope Francis", "pape François"]
OTHER_PEOPLE = ["Emmanuel Macron", "Narendra Modi", "Olaf Scholz", "Recep Tayyip Erdogan", "Keir Starmer", "Javier Milei"]
NAMES = ["Poutine", "Putin", "Jinping", "Lavrov", "Ouchakov", "Zelensky", "Trump", "Xinhua", "Kremlin", "Marrakech"]


def plant_weekday(t, rng):
    ms = list(re.finditer(r"\b(%s) (\d{1,2}|1er) (%s)" % ("|".join(WEEKDAYS), MONTHS), t))
    ms += list(re.finditer(r"\b(%s),? (%s) \d{1,2}" % ("|".join(WEEKDAYS_EN), MONTHS_EN), t))
    if not ms:
        return None
    m = rng.choice(ms)
    w = m.group(1)
    days = WEEKDAYS if w in WEEKDAYS else WEEKDAYS_EN
    return m.start(1), m.end(1), days[(days.index(w) + 1) % 7]


def plant_date(t, rng):
    ms = list(re.finditer(r"\b(\d{1,2}) (%s)\b" % MONTHS, t))
    ms += list(re.finditer(r"\b(?:%s) (\d{1,2})\b(?!:)" % MONTHS_EN, t))
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
    same = next((p for p in SAME_PLACE if m.group(1) in p), (m.group(1),))
    other = rng.choice([c for c in CAPITALS if c not in same])
    return m.start(1), m.end(1), other


def plant_person(t, rng):
    ms = [m for m in re.finditer(r"\b(%s)\b" % "|".join(PEOPLE), t)]
    if not ms:
        return None
    m = rng.choice(ms)
    return m.start(1), m.end(1), rng.choice([p for p in OTHER_PEOPLE if p != m.group(1)])


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


PLANTERS = [("weekday", plant_weekday), ("date", plant_date), ("figure", plant_figure), ("entity", plant_entity),
            ("person", plant_person), ("name", plant_name), ("quote", plant_quote), ("typo", plant_typo)]
WORD = re.compile(r"\w+")


def lint(binary, folder):
    out = subprocess.run([binary, "lint", folder, "--format", "json", "--fail-on", "never"], capture_output=True)
    if out.returncode != 0:
        sys.exit(f"recoupe failed on {folder}: {out.stderr.decode()[:500]}")
    return json.loads(out.stdout)["findings"]


def sentence_at(t, s):
    a = max(t.rfind(". ", 0, s), t.rfind("\n", 0, s)) + 1
    e = min([x for x in (t.find(". ", s), t.find("\n", s)) if x >= 0] or [len(t)])
    return t[a:e]


def has_similar(texts, f, sentence):
    words = {w.lower() for w in WORD.findall(sentence) if len(w) > 2}
    if len(words) < 4:
        return False
    for g, t in texts.items():
        if g == f:
            continue
        for line in re.split(r"(?<=[.!?])\s+|\n", t):
            other = {w.lower() for w in WORD.findall(line) if len(w) > 2}
            if len(words & other) * 2 >= len(words):
                return True
    return False


def front_matter_end(t):
    """Offset where the text starts after a `+++` front matter block (0 without one)."""
    if t.startswith("+++"):
        end = t.find("\n+++", 3)
        if end >= 0:
            return t.find("\n", end + 4) + 1 or len(t)
    return 0


def trial(binary, event, files, texts, base_keys, kind, fn, rng):
    """Plants one mistake of `kind`; returns (file, old, new, verdict, similar) or None."""
    order = files[:]
    rng.shuffle(order)
    for f in order:
        # Mistakes go in the text, not in the metadata front matter (a source named
        # "France 24" is no figure).
        body = front_matter_end(texts[f])
        r = fn(texts[f][body:], rng)
        if r:
            break
    else:
        return None
    s, e, new = r
    s, e = s + body, e + body
    t = texts[f]
    tmp = tempfile.mkdtemp()
    try:
        dst = os.path.join(tmp, "corpus")
        shutil.copytree(event, dst, ignore=shutil.ignore_patterns("*.tsv", "*.md"))
        with open(os.path.join(dst, f), "w", encoding="utf-8") as out:
            out.write(t[:s] + new + t[e:])
        findings = lint(binary, dst)
    finally:
        shutil.rmtree(tmp)
    bs = len(t[:s].encode())
    be = bs + len(new.encode())
    delta = len(new.encode()) - len(t[s:e].encode())
    verdict = "missed"
    hit = None
    for x in findings:
        if os.path.basename(x["file"]) != f or x["category"] == "structure":
            continue
        if not (x["span"]["start"] < be and bs < x["span"]["end"]):
            continue
        # Was it there before? Compare on the unplanted offsets.
        start = x["span"]["start"]
        old_start = start if start < bs else start - delta
        # A warning where the untouched text had only information is a new warning.
        sev = "loud" if x["severity"] in ("error", "warning") else "info"
        if (f, x["rule"], old_start, sev) in base_keys or (f, x["rule"], x["message"], sev) in base_keys:
            continue
        if x["severity"] in ("error", "warning"):
            verdict, hit = "found", x
            break
        verdict, hit = "info", x
    return f, t[s:e], new, verdict, has_similar(texts, f, sentence_at(t, s)), hit, t[max(0, s - 70):e + 50].replace("\n", " ")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("events", nargs="+")
    ap.add_argument("--seeds", type=int, default=10)
    ap.add_argument("--seed", type=int, default=None, help="run this one seed only")
    ap.add_argument("--bin", default=os.path.join(os.path.dirname(__file__), "..", "target", "release", "recoupe"))
    ap.add_argument("-v", action="store_true", help="list every plant, not only the misses")
    ap.add_argument("--context", action="store_true", help="print the text around each listed plant")
    a = ap.parse_args()
    seeds = [a.seed] if a.seed is not None else list(range(1, a.seeds + 1))
    jobs = []
    for event in a.events:
        files = sorted(f for f in os.listdir(event) if f.endswith(".txt"))
        texts = {f: open(os.path.join(event, f), encoding="utf-8").read() for f in files}
        base = lint(a.bin, event)
        base_keys = set()
        for x in base:
            name = os.path.basename(x["file"])
            # An info finding there before still counts as a match for a new info finding.
            for sev in ("loud", "info") if x["severity"] in ("error", "warning") else ("info",):
                base_keys.add((name, x["rule"], x["span"]["start"], sev))
                base_keys.add((name, x["rule"], x["message"], sev))
        for seed in seeds:
            for kind, fn in PLANTERS:
                rng = random.Random(f"{seed}:{kind}:{os.path.basename(event.rstrip('/'))}")
                jobs.append((event, kind, seed, (a.bin, event, files, texts, base_keys, kind, fn, rng)))
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        results = list(pool.map(lambda j: (j[0], j[1], j[2], trial(*j[3])), jobs))
    by_kind = defaultdict(lambda: [0, 0, 0])
    by_sim = defaultdict(lambda: [0, 0])
    for event, kind, seed, r in results:
        if r is None:
            continue
        f, old, new, verdict, similar, hit, context = r
        c = by_kind[kind]
        c[1] += 1
        c[0] += verdict == "found"
        c[2] += verdict == "info"
        s = by_sim["similar sentence elsewhere" if similar else "no similar sentence"]
        s[1] += 1
        s[0] += verdict == "found"
        if a.v or verdict != "found":
            tag = f"  [{hit['rule']} {hit['severity']}]" if hit else ""
            tag += "  (similar sentence elsewhere)" if similar else ""
            print(f"{verdict.upper():<6} {kind:<8} {os.path.basename(event.rstrip('/'))}/{f} (seed {seed}): `{old}` -> `{new}`{tag}")
            if a.context:
                print(f"         … {context} …")
    total = sum(v[1] for v in by_kind.values())
    found = sum(v[0] for v in by_kind.values())
    info = sum(v[2] for v in by_kind.values())
    print(f"\nplanted {total}, found {found} ({found / max(total, 1):.0%}), info only {info} ({info / max(total, 1):.0%})")
    for k, _ in PLANTERS:
        f, t, i = by_kind[k]
        if t:
            print(f"  {k:<8} {f}/{t} ({f / t:.0%}), info only {i}")
    for k in sorted(by_sim):
        f, t = by_sim[k]
        print(f"  {k:<28} {f}/{t} ({f / t:.0%})")


if __name__ == "__main__":
    main()
