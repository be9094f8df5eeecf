"""A Word paragraph's formatting and notes are put on its inlines in time that grows with the
paragraph, not with its square: each bold run once read every node of its paragraph (8,000
runs: 20 s), and each note (4,000 notes: 5.5 s). Four times the paragraph must take about four
times the CPU time; a quadratic cost would take sixteen times."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest
from growth import best_times
from readers.docx_builder import WordFile

from teikit.convert import convert_file

META = {"title": "Scaling", "date_text": "1951-09-10"}


def alternating_bold(word: WordFile, count: int) -> None:
    paragraph = word.paragraph("")
    for index in range(count):
        paragraph.add_run(f"word{index} ").bold = index % 2 == 0


def a_note_after_each_word(word: WordFile, count: int) -> None:
    paragraph = word.paragraph("")
    for index in range(count):
        paragraph.add_run(f"word{index} ")
        word.note(paragraph, f"note {index}")


SHAPES: dict[str, tuple[Callable[[WordFile, int], None], int]] = {
    "bold runs in one paragraph": (alternating_bold, 1500),
    "notes in one paragraph": (a_note_after_each_word, 1000),
}


@pytest.mark.usefixtures("without_gc")
@pytest.mark.parametrize("shape", list(SHAPES))
def test_four_times_the_paragraph_takes_about_four_times_the_time(shape: str,
                                                                  tmp_path: Path) -> None:
    make, n = SHAPES[shape]

    def seconds(count: int) -> float:
        word = WordFile()
        make(word, count)
        path = word.save(tmp_path / f"{count}.docx")
        started = time.process_time()
        convert_file(path, overrides=META).to_bytes()
        return time.process_time() - started

    seconds(n // 4)  # the reader's tools loaded
    small, large = best_times(seconds, n)
    assert large < 8 * small, f"{shape}: {small:.3f} s, four times the paragraph {large:.3f} s"
