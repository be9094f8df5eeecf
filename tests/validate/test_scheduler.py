"""`teikit validate --scheduler dask`: the reports of a Dask cluster (a LocalCluster of two
worker processes), in the order of the files, as a local run prints them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from shared_paths import ENCODING_EXAMPLE, ROOT

from teikit.cli import main


def test_a_dask_cluster_gives_the_same_reports(tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    seed = ENCODING_EXAMPLE.read_text(encoding="utf-8")
    for number in range(4):
        (tmp_path / f"doc{number}.xml").write_text(
            seed.replace("Top Secret", f"Top Secret {number}"), encoding="utf-8")
    (tmp_path / "doc4.xml").write_text(seed.replace("</teiHeader>", "<bogus/></teiHeader>"),
                                       encoding="utf-8")
    runner = CliRunner()
    reports = []
    for options in (["-j", "1"], ["-j", "2", "--scheduler", "dask"]):
        result = runner.invoke(main, ["validate", str(tmp_path), "--format", "json",
                                      *options])
        assert result.exit_code == 1, result.output
        found = json.loads(result.stdout)
        reports.append(found)
    local, dask = reports
    strip = [{key: value for key, value in report.items() if key != "seconds"}
             for report in local]
    assert [{k: v for k, v in r.items() if k != "seconds"} for r in dask] == strip
    assert [Path(r["path"]).name for r in local] == [f"doc{n}.xml" for n in range(5)]
    assert [r["valid"] for r in local] == [True, True, True, True, False]


def test_a_dask_worker_of_several_threads_gives_the_same_reports(tmp_path: Path) -> None:
    """A worker started by `dask worker` runs a task per thread, and the tasks share what the
    worker compiled (the Schematron keys' index of the document being checked among it):
    four threads once found a quarter of valid documents invalid ("xml:id … is used 0
    times"). The worker runs teikit's tasks one at a time."""
    distributed = pytest.importorskip("distributed")
    edition = (ROOT / "editions" / "razuvayev-1951-09-10" / "edition.xml").read_text(
        encoding="utf-8")
    for number in range(48):
        (tmp_path / f"doc{number:02d}.xml").write_text(
            edition.replace("wcda-117422", f"wcda-{number}"), encoding="utf-8")
    runner = CliRunner()
    local = runner.invoke(main, ["validate", str(tmp_path), "--format", "json", "-j", "1"])
    assert local.exit_code == 0, local.output
    with distributed.LocalCluster(n_workers=1, threads_per_worker=4, processes=True,
                                  dashboard_address=None) as cluster:
        on_dask = runner.invoke(main, ["validate", str(tmp_path), "--format", "json",
                                       "--scheduler", cluster.scheduler_address])
    assert on_dask.exit_code == 0, on_dask.output
    reports = [[{k: v for k, v in r.items() if k != "seconds"} for r in json.loads(out)]
               for out in (local.stdout, on_dask.stdout)]
    assert reports[1] == reports[0]
    assert all(report["valid"] for report in reports[0])
