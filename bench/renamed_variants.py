r"""Do the rules know conventions, or the dev documents' words? The dev pages with other names
and other years, scored against their inventories changed the same way (run by hand).

    .venv/bin/python bench/renamed_variants.py [--set ../shared/dev] [--seeds 1,2,3]
        [--show]

Each page is written again, and its inventory with it:
- renamed: each word of the names its inventory lists as persons (`Zhou`, `Enlai`) becomes a
  surname of the same family of languages that no dev page holds (`Zhou` → `Tan`), the same
  word the same way throughout the page, header and inventory alike;
- dated later: each year from 1900 to 1989 three years later, wherever it stands.
Offsets in the inventory are recomputed from the changed text. A rule keyed to the words of
the dev set, not to a convention, loses what it found there: the figures print beside the
pages as published, and `--show` prints the scorer's notes (a miss, an element no occurrence
accounts for) that the pages as published do not have: a renamed name's note among them.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from teikit.convert import convert_text
from teikit.profiles import load_profile
from teikit.readers.context import ReadingContext

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("TEIKIT_SHARED", ROOT.parent / "shared"))
SCORER = SHARED / "tools" / "fidelity.py"

# Surnames by family of languages: one is picked for a name's word of the same family, told by
# the letters it is spelt with (below), so that a Chinese name stays one.
SURNAMES = {
    "chinese": ["Tan", "Bo", "Ye", "Luo", "Peng", "Gao", "Xu", "Huang", "Song", "Fu", "Lin",
                "Qiao", "Geng", "Yao", "Pan", "Kang", "Hu", "Cao", "Rao", "Tao"],
    "korean": ["Pak", "Choe", "Nam", "Ho", "Han", "Chong", "Yun", "Paek", "Hong", "Kang"],
    "slavic": ["Zhdanov", "Voroshilov", "Suslov", "Kosygin", "Podgorny", "Shepilov",
               "Pervukhin", "Zorin", "Kuznetsov", "Panyushkin", "Chervonenko", "Ponomarev",
               "Ochab", "Cyrankiewicz", "Zawadzki", "Siroky", "Zapotocky", "Kardelj", "Dimitrov",
               "Chervenkov", "Zhivkov", "Kolarov", "Yudin", "Lavrentiev", "Firyubin"],
    "other": ["Ulbricht", "Grotewohl", "Honecker", "Kadar", "Rakosi", "Munnich", "Gheorghiu",
              "Maurer", "Hoxha", "Shehu", "Tsedenbal", "Togliatti", "Thorez", "Duclos",
              "Nehru", "Sukarno", "Nasser", "Mossadegh", "Castro", "Dorticos"],
}
_CHINESE = re.compile(r"(?:[BPMFDTNLGKHJQXZCSRYW]|Zh|Ch|Sh)?[aeiouü]{1,3}(?:ng?|r)?", re.I)
_KOREAN = re.compile(r"(?:Kim|Pak|Park|Ri|Yi|Lee|Choe|Choi|Ho|Han|Kang|Chong|Yun|Nam|"
                     r"[A-Z][a-z]+-[a-z]+)")


def family(word: str) -> str:
    if _KOREAN.fullmatch(word):
        return "korean"
    parts = _syllables(word)
    if len(word) <= 7 and "".join(parts) == word and all(map(_CHINESE.fullmatch, parts)):
        return "chinese"
    if re.search(r"(?:ov|ev|in|sky|ski|ko|ich|ik|ak)$", word):
        return "slavic"
    return "other"


def _syllables(word: str) -> list[str]:
    return re.findall(r"(?:Zh|Ch|Sh|[^aeiouü])?[aeiouü]+(?:ng|n|r)?(?![aeiouü])", word,
                      re.I) or [word]


def renaming(gold: dict, raw: str, rng: random.Random) -> dict[str, str]:
    """Each word of the listed persons' names (capitalised, two letters or more) to a surname
    of its family that neither the page nor the dev set holds."""
    words = sorted({w for person in gold.get("persons", [])
                    for w in re.findall(r"\b[A-Z][a-z]+(?:-[a-z]+)?\b", person) if len(w) > 1})
    mapping: dict[str, str] = {}
    for word in words:
        pool = [s for s in SURNAMES[family(word)]
                if s not in mapping.values() and not re.search(rf"\b{s}\b", raw)]
        if pool:
            mapping[word] = rng.choice(pool)
    return mapping


def later_years(text: str) -> str:
    return re.sub(r"(?<!\d)(19[0-8]\d)(?!\d)", lambda m: str(int(m[1]) + 3), text)


def changed(raw: str, gold: dict, change: Callable[[str], str]) -> tuple[str, dict]:
    """The page and its inventory with `change` applied to every text, offsets recomputed."""
    new_gold = json.loads(json.dumps(gold))
    new_gold["body_start"] = len(change(raw[: gold["body_start"]]))
    for field in ("title", "date", "archive"):
        if isinstance(new_gold.get(field), str):
            new_gold[field] = change(new_gold[field])
    new_gold["persons"] = [change(p) for p in gold.get("persons", [])]
    for occurrence in new_gold["phenomena"]:
        start = occurrence["start"]
        occurrence["text"] = change(occurrence["text"])
        occurrence["start"] = len(change(raw[:start]))
    return change(raw), new_gold


def renamed(raw: str, gold: dict, rng: random.Random) -> Callable[[str], str]:
    mapping = renaming(gold, raw, rng)
    if not mapping:
        return lambda text: text
    pattern = re.compile(r"\b(" + "|".join(map(re.escape, sorted(mapping, key=len,
                                                                   reverse=True))) + r")\b")
    return lambda text: pattern.sub(lambda m: mapping[m[1]], text)


def score(folder: Path) -> dict:
    done = subprocess.run([sys.executable, str(SCORER), "--gold", str(folder), "--tei",
                           str(folder / "tei")], check=True, capture_output=True, text=True)
    lines = done.stdout.strip().splitlines()
    missed: dict[str, list[str]] = {}
    page = ""
    for line in lines[:-1]:
        if not line.startswith(" "):
            page = line.split(":", 1)[0]
        elif line.strip().startswith(("missed", "extra")):
            missed.setdefault(page, []).append(line.strip())
    return {"summary": json.loads(lines[-1]), "notes": missed}


def write_set(pages: list[Path], gold_dir: Path, folder: Path, seed: int, kind: str) -> None:
    (folder / "raw").mkdir(parents=True)
    (folder / "gold").mkdir()
    (folder / "tei").mkdir()
    profile, context = load_profile("wilson"), ReadingContext()
    for page in pages:
        raw = page.read_text(encoding="utf-8")
        gold = json.loads((gold_dir / f"{page.stem}.json").read_text(encoding="utf-8"))
        rng = random.Random(f"{seed}-{page.stem}")
        if kind == "renamed":
            raw, gold = changed(raw, gold, renamed(raw, gold, rng))
        elif kind == "dated later":
            raw, gold = changed(raw, gold, later_years)
        (folder / "raw" / page.name).write_text(raw, encoding="utf-8")
        (folder / "gold" / f"{page.stem}.json").write_text(json.dumps(gold), encoding="utf-8")
        result = convert_text(raw, source_name=page.name, profile=profile, context=context)
        (folder / "tei" / f"{page.stem}.xml").write_bytes(result.to_bytes())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", type=Path, default=SHARED / "dev")
    parser.add_argument("--seeds", default="1,2,3")
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args()
    pages = sorted((args.set / "raw").glob("*.txt"))
    runs = [("as published", 0)] + [("dated later", 0)] + [
        ("renamed", int(seed)) for seed in args.seeds.split(",")]
    with tempfile.TemporaryDirectory() as temporary:
        published: dict = {}
        for index, (kind, seed) in enumerate(runs):
            folder = Path(temporary) / str(index)
            write_set(pages, args.set / "gold", folder, seed, kind)
            result = score(folder)
            summary = result["summary"]
            label = kind + (f" (seed {seed})" if kind == "renamed" else "")
            print(f"{label}: recall {summary['phenomena_recall']:.2%}, precision "
                  f"{summary['precision']:.2%}, title {summary['metadata']['title']}, "
                  f"date {summary['metadata']['date']}")
            if not published:
                published = result["notes"]
            elif args.show:
                for page, notes in sorted(result["notes"].items()):
                    for note in (n for n in notes if n not in published.get(page, [])):
                        print(f"    {page}: {note}")


if __name__ == "__main__":
    main()
