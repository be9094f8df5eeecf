"""A decision's numbered points under its text are running text, not a list of copies: the
closer began at the first point, which was read as a copy's recipient."""

from __future__ import annotations

import pytest
from tei_text import NS, converted_text, texts

TEXT = ("The delegation arrived in the capital on Monday and the talks were held in a friendly "
        "atmosphere over two days.")
BODY = "/t:TEI/t:text/t:body/t:div"


def test_a_decisions_points_under_its_text_are_paragraphs_of_it() -> None:
    root = converted_text(f"{TEXT}\n\nThe Politburo decides:\n\n1. To approve the proposal.\n\n"
                          "2. To instruct Comrade Gromyko.\n\n3. To report by 1 October.\n\n"
                          "I. IVANOV\n", "September 12, 1951")
    assert texts(root, f"{BODY}/t:p")[1:] == [
        "The Politburo decides:", "1. To approve the proposal.",
        "2. To instruct Comrade Gromyko.", "3. To report by 1 October."]
    assert texts(root, f"{BODY}/t:closer/t:signed") == ["I. IVANOV"]
    assert root.xpath("//t:list | //t:postscript", namespaces=NS) == []


@pytest.mark.parametrize("verb", ["DECIDES:", "Resolves:"])
def test_who_decides_over_the_decisions_verb_is_text_not_a_signature(verb: str) -> None:
    """`The Politburo of the CC of the BCP` / `DECIDES:` / `1. Approves …`: the subject of the
    decision over its verb, both text (the subject signed, and the decision under it was the
    postscript); the place and date under the points close it."""
    root = converted_text(f"{TEXT}\n\nThe Politburo of the CC of the BCP\n\n{verb}\n\n1. Approves "
                          "the activity of the delegation.\n\n2. Approves the participation of "
                          "the army in the action.\n\nSofia, 20 August 1968\n", "August 20, 1968")
    assert texts(root, f"{BODY}/t:p")[1:3] == ["The Politburo of the CC of the BCP", verb]
    assert root.xpath("//t:signed | //t:postscript", namespaces=NS) == []
    assert texts(root, f"{BODY}/t:closer/t:dateline") == ["Sofia, 20 August 1968"]


@pytest.mark.parametrize("points", [
    "a) the Ministry is to send the trucks;\nb) the Ministry is to report on it.",
    "1. The army will receive the trucks.\n2. The engineers go in October.",
])
def test_points_worded_as_clauses_on_lines_of_one_block_are_running_text(points: str) -> None:
    root = converted_text(f"{TEXT}\n\n{points}\n\nI. IVANOV\n", "September 12, 1951")
    paragraphs = " ".join(texts(root, f"{BODY}/t:p"))
    assert all(line in paragraphs for line in points.split("\n"))
    assert root.xpath("//t:list | //t:postscript", namespaces=NS) == []


@pytest.mark.parametrize("copies", [
    "Copies:\n1. Comr. Stalin\n2. Comr. Molotov",
    "1. To Comrade Stalin\n2. To Comrade Molotov\n3. To the file",
    "1 - to Cde. Gromyko\n2 - to file",
    # (the items after the first named with small words, as clauses have them: they were
    # paragraphs, numbered on from the list's first item)
    "Copies to:\n1. H.E. the Minister of Foreign Affairs\n2. Directorate of Asia and the "
    "Pacific\n3. Embassy of the Republic of Indonesia in Peking\n4. Archive",
])
def test_copies_numbered_for_their_recipients_stay_a_list(copies: str) -> None:
    root = converted_text(f"{TEXT}\n\nI. IVANOV\n\n{copies}\n", "September 12, 1951")
    assert len(root.xpath("//t:list[@type='distribution']/t:item", namespaces=NS)) == len(
        [line for line in copies.split("\n") if not line.endswith(":")])


def test_points_out_of_order_are_no_run() -> None:
    """`1.` then `3.`: two lines that do not count on from each other are no run of points."""
    root = converted_text(f"{TEXT}\n\nI. IVANOV\n\n1. To approve the proposal.\n\n"
                          "3. To instruct Comrade Gromyko.\n", "September 12, 1951")
    assert "1. To approve the proposal." not in texts(root, f"{BODY}/t:p")


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_resolution_of_points_under_the_signature_is_its_postscript(gap: str) -> None:
    """`I. IVANOV` / `Resolution:` / `1. To approve …` / `2. To …` / `STALIN`: the points and
    their lead-in a resolution on the paper, signed again; the first signer's initial is no
    part's Roman number (`I. IVANOV` was a section's heading)."""
    root = converted_text(f"{TEXT}\n\nI. IVANOV\n\nResolution:{gap}1. To approve the proposal."
                          f"{gap}2. To instruct Comrade Gromyko.{gap}3. To report.\n\nSTALIN\n",
                          "September 12, 1951")
    assert texts(root, f"{BODY}/t:closer/t:signed") == ["I. IVANOV"]
    assert texts(root, f"{BODY}/t:postscript/t:p") == [
        "Resolution:", "1. To approve the proposal.", "2. To instruct Comrade Gromyko.",
        "3. To report."]
    assert texts(root, f"{BODY}/t:postscript/t:closer/t:signed") == ["STALIN"]
    assert root.xpath("//t:head | //t:list", namespaces=NS) == []


def test_a_decisions_points_after_a_copys_first_line_still_count() -> None:
    """A run of clauses numbered from 1 under a line that is no numbered item stays the text's
    points, the line under them its signer."""
    root = converted_text(f"{TEXT}\n\nThe Ministry proposes:\n\n1. To approve the proposal of "
                          "the embassy.\n\n2. To send the answer to the embassy by cable.\n\n"
                          "I. IVANOV\n", "September 12, 1951")
    assert "2. To send the answer to the embassy by cable." in texts(root, f"{BODY}/t:p")
    assert texts(root, f"{BODY}/t:closer/t:signed") == ["I. IVANOV"]
