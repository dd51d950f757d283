#!/usr/bin/env python3
"""Measure recoupe against an answer key.

Usage: python3 scripts/eval.py [REAL_DIR] [--bin target/release/recoupe] [-v]

REAL_DIR holds one folder per event and an ANSWERS.md (default: ../shared/real). The key lists
discrepancies as lines of the form
  - **E1-D3** · `kind` · **real error** — `file.txt`: `exact snippet` vs `other.txt`: `...`
under headings `## E1 — `folder`: ...`. A discrepancy is *found* when a finding of recoupe
(primary or related label, any severity) overlaps one of its snippets. Reported:
  - recall on real and probable errors (found / total), by kind;
  - noise: error-severity findings that overlap a snippet of a legitimate difference;
  - unexplained errors: error-severity findings that overlap no snippet of the key at all
    (not necessarily wrong: the key lists what a reader found, not every error).
The corpus is read where it is; nothing is copied.
"""
import argparse
import json
import os
import re
import subprocess
import sys
from collections import defaultdict

HEAD = re.compile(r"^## (E\d+) — `([^`]+)`")
ITEM = re.compile(r"^- \*\*(E\d+-D\d+)\*\* · `([^`]+)` · \*\*([^*]+)\*\*")
SNIP = re.compile(r"`([^`]+\.txt)`: `([^`]+)`")


def parse_key(path):
    events, items = {}, []
    cur = None
    for line in open(path, encoding="utf-8"):
        m = HEAD.match(line)
        if m:
            cur = m.group(1)
            events[cur] = m.group(2)
            continue
        m = ITEM.match(line)
        if m and cur:
            did, kind, verdict = m.groups()
            snippets = SNIP.findall(line)
            items.append({"id": did, "event": cur, "kind": kind, "verdict": verdict.strip(), "snippets": snippets})
    return events, items


def spans_of(folder, snippets):
    out = []
    for f, s in snippets:
        p = os.path.join(folder, f)
        try:
            data = open(p, "rb").read()
        except OSError:
            continue
        needle = s.encode("utf-8")
        start = 0
        while True:
            i = data.find(needle, start)
            if i < 0:
                break
            out.append((f, i, i + len(needle)))
            start = i + 1
    return out


def run(binary, folder):
    r = subprocess.run([binary, "lint", folder, "--format", "json", "--fail-on", "never"], capture_output=True)
    if r.returncode != 0:
        sys.exit(f"recoupe failed on {folder}: {r.stderr.decode()}")
    return json.loads(r.stdout)["findings"]


def labels(f):
    yield f["severity"], f["file"], f["span"]["start"], f["span"]["end"], True
    for r in f["related"]:
        yield f["severity"], r["file"], r["span"]["start"], r["span"]["end"], False


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("real", nargs="?", default=os.path.join(os.path.dirname(__file__), "..", "..", "shared", "real"))
    ap.add_argument("--bin", default=os.path.join(os.path.dirname(__file__), "..", "target", "release", "recoupe"))
    ap.add_argument("-v", action="store_true", help="list misses and noise")
    a = ap.parse_args()
    events, items = parse_key(os.path.join(a.real, "ANSWERS.md"))
    findings = {e: run(a.bin, os.path.join(a.real, folder)) for e, folder in events.items()}
    found_by_kind = defaultdict(lambda: [0, 0])
    noise, misses, hits = [], [], []
    key_spans = defaultdict(list)
    for it in items:
        folder = os.path.join(a.real, events[it["event"]])
        spans = spans_of(folder, it["snippets"])
        for s in spans:
            key_spans[it["event"]].append(s)
        matched = []
        for f in findings[it["event"]]:
            for sev, file, s, e, _ in labels(f):
                if any(os.path.basename(file) == sf and s < se and ss < e for sf, ss, se in spans):
                    matched.append(f)
                    break
        real = it["verdict"] in ("real error", "probable error")
        if real:
            found_by_kind[it["kind"]][1] += 1
            if matched:
                found_by_kind[it["kind"]][0] += 1
                hits.append((it, matched))
            else:
                misses.append(it)
        else:
            errs = [f for f in matched if f["severity"] == "error"]
            if errs:
                noise.append((it, errs))
    unexplained = []
    for e, fs in findings.items():
        for f in fs:
            if f["severity"] != "error":
                continue
            if not any(
                os.path.basename(file) == sf and s < se and ss < en
                for _, file, s, en, _ in labels(f)
                for sf, ss, se in key_spans[e]
            ):
                unexplained.append((e, f))
    total = sum(v[1] for v in found_by_kind.values())
    found = sum(v[0] for v in found_by_kind.values())
    legit = sum(1 for it in items if it["verdict"] not in ("real error", "probable error"))
    print(f"answer key: {len(items)} discrepancies ({total} real or probable errors, {legit} legitimate differences)")
    print(f"recall: {found}/{total} = {found / max(total, 1):.0%}")
    for k in sorted(found_by_kind):
        f, t = found_by_kind[k]
        print(f"  {k:<8} {f}/{t}")
    print(f"noise: {len(noise)} legitimate difference(s) raised as error ({sum(len(x[1]) for x in noise)} finding(s))")
    sev = defaultdict(int)
    for fs in findings.values():
        for f in fs:
            sev[f["severity"]] += 1
    print(f"findings: {sev['error']} errors, {sev['warning']} warnings, {sev['info']} infos; unexplained errors: {len(unexplained)}")
    if a.v:
        for it, ms in hits:
            print(f"HIT  {it['id']} {it['kind']}: " + "; ".join(f"{m['rule']}({m['severity']})" for m in ms[:3]))
        for it in misses:
            print(f"MISS {it['id']} {it['kind']}: {it['snippets'][:1]}")
        for it, errs in noise:
            print(f"NOISE {it['id']}: " + "; ".join(f"{f['rule']} {f['message']}" for f in errs))
        for e, f in unexplained:
            print(f"UNEXPLAINED {e} {os.path.basename(f['file'])}:{f['line']} {f['rule']}: {f['message']}")


if __name__ == "__main__":
    main()
