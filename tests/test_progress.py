"""The progress line: documents done, documents/s and the time left, on a stream that is a
terminal or when asked for; nothing otherwise."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

from click.testing import CliRunner
from shared_paths import ENCODING_EXAMPLE

from teikit.cli import main
from teikit.progress import ProgressLine, eta


def test_the_line_says_rate_and_time_left() -> None:
    line = ProgressLine(1000, label="documents")
    line.start(200)  # 200 unchanged documents: not counted in the rate
    text = line.line(300, line.started + 4.0)
    assert text == "300/1000 documents, 25.0 documents/s, 0:28 left"
    assert line.line(1000, line.started + 10.0).endswith("80.0 documents/s")


def test_eta_in_minutes_or_hours() -> None:
    assert [eta(59.6), eta(61), eta(3725)] == ["1:00", "1:01", "1:02:05"]


def test_shown_only_when_enabled_and_ended_by_a_newline() -> None:
    stream = io.StringIO()
    quiet = ProgressLine(10, enabled=False, stream=stream)
    quiet.update(5)
    quiet.close()
    assert stream.getvalue() == ""
    shown = ProgressLine(10, enabled=True, stream=stream)
    for done in range(1, 11):
        shown.update(done)
    shown.close()
    text = stream.getvalue()
    # The first update is shown; then at most four a second, and always the last one.
    assert text.startswith("\r1/10 documents") and text.count("\r") < 10
    assert "\r10/10 documents" in text and text.endswith("\n")
    assert not ProgressLine.wanted(False, stream) and ProgressLine.wanted(True, stream)


def test_validate_shows_files_per_second_when_asked(tmp_path: Path) -> None:
    for number in range(3):
        shutil.copyfile(ENCODING_EXAMPLE, tmp_path / f"doc{number}.xml")
    result = CliRunner().invoke(main, ["validate", str(tmp_path), "-j", "1", "--progress"])
    assert result.exit_code == 0, result.output
    assert "\r3/3 files, " in result.output and " files/s" in result.output
    assert "3 files, 3 valid" in result.output
