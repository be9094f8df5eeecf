"""Name suggestions: the seed's gold persons and places, and the rules that keep noise out."""

from __future__ import annotations

import csv
import io
import json
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from growth import best_times
from shapes import distinct_name
from shared_paths import SEED_REGISTER

from teikit.cli import main
from teikit.name_suggestions import candidates_in_text, suggest_names
from teikit.names import load_register

SEED_STEM = "000_79d039120a78d3ba"


def found_names(text: str) -> list[str]:
    return [name for name, _, _ in candidates_in_text(text)]


def test_suggest_finds_at_least_90_percent_of_the_seed_gold(shared: Path) -> None:
    gold = json.loads((shared / "dev" / "gold" / f"{SEED_STEM}.json").read_text("utf-8"))
    wanted = gold["persons"] + gold["places"]
    names = {c.name for c in suggest_names([shared / "dev" / "raw" / f"{SEED_STEM}.txt"])}
    found = [name for name in wanted if name in names]
    assert len(found) / len(wanted) >= 0.9, sorted(set(wanted) - names)


def test_header_is_skipped_and_lines_are_counted_in_the_file(shared: Path) -> None:
    candidates = {c.name: c for c in suggest_names([shared / "dev" / "raw" / f"{SEED_STEM}.txt"])}
    assert "Leon Levy Foundation" not in candidates  # a header field
    kim = candidates["Kim Il Sung"]
    assert kim.count == 19 and kim.first is not None and kim.first.line == 49
    assert candidates["Molotov"].contexts["distribution"] == 1


def test_sentence_initial_words_are_not_names_unless_seen_inside_a_sentence() -> None:
    text = "Although it rained, Kim went out. Naturally he was wet. Kim came back."
    assert found_names(text) == ["Kim", "Kim"]


def test_rare_words_at_sentence_start_are_kept() -> None:
    assert found_names("Heonyeong arrived late.") == ["Heonyeong"]


def test_titles_initials_brackets_and_editorial_words() -> None:
    text = 'Cde. Malin met V. Razuvayev and [Li An Muk] [SIC, Ridzhuehya] "Unification now".'
    assert found_names(text) == ["Malin", "V. Razuvayev", "Li An Muk"]


def test_merged_names_are_split_and_dates_are_not_names() -> None:
    text = (
        "He met the Soviet Union. He met Kim Il Sung. On 27 May Kim Il Sung wrote to the "
        "Soviet Union Kim Il Sung said. Later Kim Il Sung left."
    )
    assert found_names(text) == ["Soviet Union"] + ["Kim Il Sung"] * 2 + [
        "Soviet Union",
        "Kim Il Sung",
        "Kim Il Sung",
    ]


def test_distribution_lists_give_one_name_a_line() -> None:
    text = "Distributed to\nCdes: Stalin\nMolotov\nBeria"
    assert found_names(text) == ["Stalin", "Molotov", "Beria"]


def test_nationality_adjectives_are_left_out() -> None:
    assert found_names("The talks in Kaesong pleased the Chinese and the North Korean side.") == [
        "Kaesong"
    ]


def test_cli_text_and_csv_draft(shared: Path, tmp_path: Path) -> None:
    source = shared / "dev" / "raw" / f"{SEED_STEM}.txt"
    runner = CliRunner()
    shown = runner.invoke(main, ["names", "suggest", str(source)])
    assert shown.exit_code == 0, shown.output
    assert "Kim Il Sung" in shown.output
    draft = tmp_path / "draft.csv"
    written = runner.invoke(
        main,
        [
            "names",
            "suggest",
            str(source),
            "--register",
            str(SEED_REGISTER),
            "--format",
            "csv",
            "-o",
            str(draft),
        ],
    )
    assert written.exit_code == 0, written.output
    rows = list(csv.DictReader(io.StringIO(draft.read_text("utf-8"))))
    known = {spelling.text for _, spelling in load_register(SEED_REGISTER).spellings()}
    assert rows and not {row["name"] for row in rows} & known
    assert load_register(draft).entries  # the draft is a register that loads


def test_cli_reports_a_bad_register(shared: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("id,type,name\nx,ship,Chao\n", "utf-8")
    result = CliRunner().invoke(
        main, ["names", "suggest", str(shared / "dev" / "raw" / "w001.txt"), "--register", str(bad)]
    )
    assert result.exit_code != 0
    assert "bad.csv:2" in result.output


@pytest.mark.usefixtures("without_gc")
def test_time_grows_with_the_text_not_with_its_square() -> None:
    """Thousands of distinct names: checking each sentence-initial word once copied the count
    of every word, per run of capitals (8,000 lines took 31 s). Four times the text must take
    about four times the CPU time; a quadratic cost would take sixteen times."""
    def text(lines: int) -> str:
        names = (distinct_name(index) for index in range(3 * lines))
        return "".join(f"Comrade {next(names)} met Comrade {next(names)} in "
                       f"{next(names)}grad.\n\n" for _ in range(lines))

    def seconds(lines: int) -> float:
        source = text(lines)
        started = time.process_time()
        assert candidates_in_text(source)
        return time.process_time() - started

    seconds(100)  # the word tables loaded
    small, large = best_times(seconds, 1_000)
    assert large < 8 * small, f"{small:.3f} s, four times the text {large:.3f} s"
