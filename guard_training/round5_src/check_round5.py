#!/usr/bin/env python3
"""Checks round 5 files: every line parses, valid levels/categories, family
ids unique, holdout split rule, no exact duplicate texts within round 5 or
against the other guard_training/*.jsonl files (case-insensitive)."""
import collections
import glob
import json
import os
import sys

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FILES = ["examples_round5.jsonl", "examples_round5_holdout.jsonl"]
LEVELS = {"coachable", "refer", "crisis"}
CRISIS = {"suicide_self_harm", "abuse_danger", "third_party_danger",
          "harm_to_others", "medical_emergency"}
REFER = {"depression", "anxiety_panic", "substance", "eating_disorder",
         "trauma", "grief", "psychosis_mania", "request_diagnosis_treatment"}

other = set()
for f in glob.glob(os.path.join(OUT, "*.jsonl")):
    if os.path.basename(f) in FILES:
        continue
    with open(f, encoding="utf-8") as fh:
        for line in fh:
            other.add(json.loads(line)["text"].strip().lower())

errors, seen, fams = [], set(), set()
counts = collections.Counter()
for name in FILES:
    with open(os.path.join(OUT, name), encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            d = json.loads(line)
            t = d["text"]
            key = t.strip().lower()
            if d["level"] not in LEVELS:
                errors.append((name, n, "level"))
            cats = set(d["categories"])
            ok = {"coachable": not cats, "crisis": cats and cats <= CRISIS,
                  "refer": cats and cats <= REFER}.get(d["level"])
            if not ok:
                errors.append((name, n, "categories"))
            if key in seen:
                errors.append((name, n, "dup within round5"))
            if key in other:
                errors.append((name, n, "dup vs other file"))
            seen.add(key)
            if d["family"] in fams:
                errors.append((name, n, "family reused"))
            fams.add(d["family"])
            idx = int(d["family"].split("-")[1])
            if (idx % 5 == 4) != (name == FILES[1]):
                errors.append((name, n, "split rule"))
            counts[(d["level"], d["lang"])] += 1
for k in sorted(counts):
    print(k, counts[k])
print("errors:", errors)
sys.exit(1 if errors else 0)
