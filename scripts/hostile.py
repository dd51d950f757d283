#!/usr/bin/env python3
"""Builds the hostile corpora of issue 11 and times `recoupe lint` on each.

    python3 scripts/hostile.py [--bin target/release/recoupe] [--only NAME] [--keep DIR]

Each case must finish in under 60 s and 1 GB, with output under 50 MB. The script prints wall
time, peak RSS (from /usr/bin/time -v when present, else getrusage of the child) and output size,
and exits 1 when a case goes over a limit.
"""
import argparse
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time

SENTENCES = [
    "Le président chinois Xi Jinping s'est entretenu mercredi 4 février 2026 avec Vladimir Poutine.",
    "La conversation a duré 1 heure et 25 minutes, selon le Kremlin.",
    "Les deux dirigeants ont évoqué la coopération énergétique et la situation en Ukraine.",
    "Au moins 12 personnes ont été blessées lors de l'incident survenu à Lyon.",
    "The meeting took place in Beijing on Wednesday, officials said.",
    "Le budget atteint 3,4 milliards d'euros, soit une hausse de 7 %.",
]


def one_line_30mb(d):
    rng = random.Random(1)
    with open(os.path.join(d, "big.txt"), "w", encoding="utf-8") as f:
        f.write("Titre\n\n")
        n = 0
        while n < 30_000_000:
            s = rng.choice(SENTENCES) + " "
            f.write(s)
            n += len(s.encode())
        f.write("\n")


def million_lines(d):
    rng = random.Random(2)
    with open(os.path.join(d, "lines.txt"), "w", encoding="utf-8") as f:
        f.write("Titre\n\n")
        for i in range(1_000_000):
            # short lines, some with a typo so that findings land all over the file
            w = rng.choice(["Bonjour.", "Le gouvernemnt a parlé.", "Xi Jinping.", "12 morts."])
            f.write(f"{w}\n")


def one_line_files(d):
    rng = random.Random(3)
    for i in range(20_000):
        with open(os.path.join(d, f"a{i:05}.txt"), "w", encoding="utf-8") as f:
            f.write(rng.choice(SENTENCES) + "\n")


def near_copies(d):
    base = "\n\n".join(
        [
            "Xi et Poutine s'entretiennent par visioconférence",
            "Pékin, 4 février 2026",
        ]
        + [" ".join(SENTENCES[:4])] * 1
        + [
            "Selon le bilan officiel, 632 personnes sont mortes et 1 450 ont été blessées "
            "dans les inondations qui ont touché la province."
        ]
        + [" ".join(SENTENCES[2:]) + " " + SENTENCES[0]] * 6
    )
    rng = random.Random(4)
    for i in range(2_000):
        text = base
        if i % 2 == 1:
            text = text.replace("632 personnes", f"{rng.randint(700, 990)} personnes")
        with open(os.path.join(d, f"copy{i:04}.txt"), "w", encoding="utf-8") as f:
            f.write(text + "\n")


CASES = {
    "30mb-one-line": (one_line_30mb, ["--format", "json"]),
    "1m-lines-human": (million_lines, ["--format", "human"]),
    "20k-one-line-files": (one_line_files, ["--format", "json"]),
    "2k-near-copies": (near_copies, ["--format", "json"]),
}


def run(bin_, corpus, extra):
    out = tempfile.NamedTemporaryFile(delete=False)
    cmd = [bin_, "lint", corpus] + extra
    timev = shutil.which("time") or ("/usr/bin/time" if os.path.exists("/usr/bin/time") else None)
    t0 = time.monotonic()
    if timev:
        err = tempfile.NamedTemporaryFile(delete=False)
        p = subprocess.run([timev, "-v"] + cmd, stdout=out, stderr=err, timeout=600)
        wall = time.monotonic() - t0
        rss = 0
        for line in open(err.name, encoding="utf-8", errors="replace"):
            if "Maximum resident set size" in line:
                rss = int(line.split(":")[1]) * 1024
        os.unlink(err.name)
    else:
        p = subprocess.run(cmd, stdout=out, stderr=subprocess.DEVNULL, timeout=600)
        wall = time.monotonic() - t0
        rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024
    size = os.path.getsize(out.name)
    return p.returncode, wall, rss, size, out.name


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default="target/release/recoupe")
    ap.add_argument("--only")
    ap.add_argument("--keep", help="write the corpora under this folder and keep them")
    a = ap.parse_args()
    bad = False
    for name, (make, extra) in CASES.items():
        if a.only and a.only != name:
            continue
        root = a.keep or tempfile.mkdtemp()
        d = os.path.join(root, name)
        if not os.path.isdir(d):
            os.makedirs(d)
            make(d)
        rc, wall, rss, size, outp = run(a.bin, d, extra)
        ok = rc in (0, 1) and wall < 60 and rss < 1 << 30 and size < 50 << 20
        bad |= not ok
        print(f"{name:20} exit {rc}  {wall:6.1f} s  {rss / 2**20:7.0f} MB peak  "
              f"{size / 2**20:7.1f} MB out  {'ok' if ok else 'OVER LIMIT'}", flush=True)
        if name == "2k-near-copies":
            # the changed figures must still be reported
            txt = open(outp, encoding="utf-8").read()
            print(f"{'':20} figure/conflict findings mention: {txt.count('figure/conflict')}")
        os.unlink(outp)
        if not a.keep:
            shutil.rmtree(root)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
