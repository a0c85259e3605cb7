"""Validate round-4 files: parse, labels, duplicates (exact and normalised) vs all guard_training files, counts."""
import collections, json, re, sys
from pathlib import Path

D = Path(__file__).resolve().parent.parent
NEW = [D / "examples_round4.jsonl", D / "examples_round4_holdout.jsonl"]
CRISIS = {"suicide_self_harm", "harm_to_others", "abuse_danger", "third_party_danger", "medical_emergency"}
REFER = {"depression", "anxiety_panic", "trauma", "eating_disorder", "substance", "psychosis_mania", "grief",
         "request_diagnosis_treatment"}
KEYS = {"text", "level", "categories", "kind", "lang", "family", "variant"}


def norm(t):
    return re.sub(r"[^\w ]", "", re.sub(r"\s+", " ", t.lower())).strip()


old_exact, old_norm = set(), set()
for p in sorted(D.glob("*.jsonl")):
    if p in NEW:
        continue
    for line in p.open(encoding="utf-8"):
        t = json.loads(line)["text"]
        old_exact.add(t)
        old_norm.add(norm(t))

errors, seen, seen_norm = [], set(), {}
rows = {}
fam_file = {}
for p in NEW:
    rows[p.name] = []
    for i, line in enumerate(p.open(encoding="utf-8"), 1):
        d = json.loads(line)
        rows[p.name].append(d)
        where = f"{p.name}:{i}"
        if set(d) != KEYS:
            errors.append(f"{where} keys {sorted(d)}")
        lv, cats = d["level"], d["categories"]
        if lv == "coachable" and cats:
            errors.append(f"{where} coachable with categories")
        if lv == "refer" and (not cats or not set(cats) <= REFER):
            errors.append(f"{where} bad refer cats {cats}")
        if lv == "crisis" and (not set(cats) & CRISIS or not set(cats) <= CRISIS | REFER):
            errors.append(f"{where} bad crisis cats {cats}")
        if lv not in {"coachable", "refer", "crisis"}:
            errors.append(f"{where} bad level")
        if d["lang"] not in {"en", "es", "fr", "de"}:
            errors.append(f"{where} bad lang")
        if not d["family"].startswith("r4-"):
            errors.append(f"{where} bad family")
        if fam_file.setdefault(d["family"], p.name) != p.name:
            errors.append(f"{where} family split across files")
        t = d["text"]
        if t in seen:
            errors.append(f"{where} duplicate within round 4")
        seen.add(t)
        if t in old_exact:
            errors.append(f"{where} exact duplicate of an older file: {t!r}")
        n = norm(t)
        if n in old_norm:
            print(f"NOTE {where} normalised match with older file: {t!r}")
        if n in seen_norm and seen_norm[n] != d["family"]:
            print(f"NOTE {where} normalised match across families: {t!r}")
        seen_norm.setdefault(n, d["family"])

for e in errors:
    print("ERROR", e)
allrows = [r for v in rows.values() for r in v]
print(f"rows: {len(allrows)}  " + "  ".join(f"{k}={len(v)}" for k, v in rows.items()))
print("families:", len(fam_file), " holdout families:", sum(1 for v in fam_file.values() if "holdout" in v))
C = collections.Counter
print("level:", dict(C(r["level"] for r in allrows)))
print("lang:", dict(C(r["lang"] for r in allrows)))
print("level x lang:", dict(sorted(C((r["level"], r["lang"]) for r in allrows).items())))
print("category:", dict(C(c for r in allrows for c in r["categories"]).most_common()))
print("variant:", dict(C(r["variant"] for r in allrows)))
for name, rs in rows.items():
    print(name, dict(C(r["level"] for r in rs)))
wl = [len(r["text"].split()) for r in allrows if r["variant"].startswith("buried")]
print("buried word count min/max/mean:", min(wl), max(wl), round(sum(wl) / len(wl), 1))
sys.exit(1 if errors else 0)
