"""A build's time grows with its documents' size, not with its square: one document that
mentions thousands of names of its register (its name index read each document's mentions
once per name of the register: 4,000 mentions of 2,000 names took 3.9 s there)."""

from __future__ import annotations

import csv
import time
from pathlib import Path

from teikit.site import build_site


def _edition(folder: Path, names: int) -> Path:
    """An edition folder whose source mentions each of `names` registered persons twice."""
    syllables = ["ka", "lo", "mi", "ta", "ro", "ve", "shi", "no", "pa", "du", "ze", "gor"]

    def name(index: int) -> str:  # each number its own name, from its digits in base 12
        return "".join(syllables[index // 12 ** place % 12] for place in range(4)).capitalize()

    edition = folder / f"persons-{names}" / "report"
    edition.mkdir(parents=True)
    (edition / "meta.toml").write_text('title = "Report"\ndate_text = "1951-09-10"\n',
                                       encoding="utf-8")
    with (edition / "register.csv").open("w", newline="", encoding="utf-8") as register:
        rows = csv.writer(register)
        rows.writerow(["id", "type", "name", "variants", "authority", "note"])
        for index in range(names):
            rows.writerow([f"per-{index}", "person", f"{name(index)} {name(index + 7)}",
                           name(index), "", ""])
    (edition / "source.txt").write_text("**Report**\n\n" + "".join(
        f"Comrade {name(index)} {name(index + 7)} met {name(index)}.\n\n"
        for index in range(names)), encoding="utf-8")
    return edition.parent


def test_a_document_of_many_registered_names_builds_in_time_in_proportion(
        tmp_path: Path) -> None:
    def seconds(names: int) -> float:
        sources = _edition(tmp_path, names)
        started = time.process_time()
        report = build_site([sources], tmp_path / f"site-{names}", search=False)
        assert len(report.built) == 1 and not report.failed
        return time.process_time() - started

    seconds(50)  # the tools loaded
    small, large = seconds(500), seconds(2000)
    assert large < 8 * small, f"{small:.3f} s, four times the names {large:.3f} s"
