"""The role table decides, says how sure it is, and names the cues that decided."""

from __future__ import annotations

from teikit.readers.furniture.classifier import (
    ROLES,
    UNSURE_MARGIN,
    LineClassifier,
    Weights,
    classify,
    decide,
    packaged_weights,
    with_previous,
)
from teikit.readers.furniture.cues import LineView


def test_the_packaged_table_weighs_every_role() -> None:
    table = packaged_weights().table
    assert set(table) == set(ROLES)
    assert all(table[role] for role in ROLES)


def test_decision_names_its_strongest_cues_and_its_lead() -> None:
    weights = Weights({"signed": {"name_like": 3.0, "b": 1.0, "c": -1.0},
                       "text": {"bias": 1.5}})
    decision = decide(["name_like", "b", "c", "bias"], weights)
    assert decision.role == "signed"
    assert decision.score == 3.0
    assert decision.margin == 1.5
    assert decision.cues == ("name_like", "b")


def test_a_role_needs_its_cues_whatever_the_weights() -> None:
    weights = Weights({"signed": {"bias": 9.0}, "text": {"bias": 1.0}})
    assert decide(["bias"], weights).role == "text"  # nothing shows a signer
    assert decide(["bias", "name_like", "sentence"], weights).role == "text"  # a sentence
    assert decide(["bias", "name_like", "page_number"], weights).role == "text"  # `Page 3 of 4`


def test_a_close_call_is_unsure() -> None:
    weights = Weights({"signed": {"name_like": 1.0}, "text": {"name_like": 1 - UNSURE_MARGIN / 2}})
    assert decide(["name_like"], weights).unsure
    assert not decide(["name_like"], Weights({"signed": {"name_like": 5.0}, "text": {}})).unsure


def test_the_role_before_is_a_cue() -> None:
    cues = with_previous(["name_like", "sentence"], "distribution")
    assert "previous=distribution" in cues
    assert "previous=distribution+name_like" in cues
    assert "previous=distribution+sentence" not in cues  # only the cues that pair


def test_lines_in_sequence_follow_a_list_heading() -> None:
    lines = [LineView("Distributed to", "closer", next="Molotov"),
             LineView("Molotov", "closer", previous="Distributed to", next="Beria"),
             LineView("Beria", "closer", previous="Molotov")]
    assert [d.role for d in classify(lines)] == ["distribution"] * 3


def test_typical_furniture_lines_of_a_telegram() -> None:
    lines = [LineView("TOP SECRET", "opener"),
             LineView("Copy Nº 1", "opener", previous="TOP SECRET"),
             LineView("Dispatched from Havana on 10.31.1962 at 13:30", "opener"),
             LineView("G R O M Y K O", "closer", after_prose=True)]
    assert [d.role for d in classify(lines)] == ["classification", "number", "dateline",
                                                  "signed"]


def test_lines_with_the_same_cues_share_one_decision() -> None:
    lines = [LineView("Molotov", "closer", next="Molotov"),
             LineView("Molotov", "closer", previous="Molotov", next="Molotov"),
             LineView("Molotov", "closer", previous="Molotov", next="Molotov"),
             LineView("Molotov", "closer", previous="Molotov")]
    classifier = LineClassifier()
    decisions = [classifier.decide(line) for line in lines]
    assert decisions[1] is decisions[2]  # same text, neighbours and role before: same cues
    assert decisions[0] is not decisions[1]  # no line before it: other cues
    assert decisions == classify(lines)  # one at a time decides as the whole list does


def dateline_allowed(text: str) -> bool:
    from teikit.readers.furniture.classifier import allowed_roles
    from teikit.readers.furniture.cues import text_cues

    return "dateline" in allowed_roles(sorted(text_cues(text)))


def test_a_dateline_says_where_and_when_and_nothing_else() -> None:
    # Titles that name a record, headings going on, sentences: dated, but no datelines.
    assert not dateline_allowed("Record of the Meeting of the Presidium, 12 May 1957")
    assert not dateline_allowed("Journal of the Ambassador, 3 March 1961, Secret")
    assert not dateline_allowed("with the Minister of Foreign Affairs of Burma, 2 June 1958")
    assert not dateline_allowed("On June 6 at 4 P.M. the consulate sent a courier to the port")
    assert not dateline_allowed("That visit took place on Monday, 9 March 1964")
    # Sending and receipt, the hour, the time of day, the editor's asides: datelines.
    assert dateline_allowed("Dispatched from Sofia on 11.03.1963 at 16:00 and received on "
                            "11.04.1963 at 01:50")
    assert dateline_allowed("In the late evening of the 4th of May")
    assert dateline_allowed("Time: 10:00 a.m. to 1:30 p.m., 5 August 1966")
    assert dateline_allowed("Date: 2/14/1981 (partially illegible)")
    assert dateline_allowed("[date left blank] March 1950")
    # The minutes of an hour are no minutes of a meeting.
    assert dateline_allowed("From KABUL No. 427 9 hours 40 minutes, 2.4.1952")
    assert not dateline_allowed("Minutes of the Meeting of the Presidium, 12 May 1957")


def roles_for(text: str) -> list[str]:
    from teikit.readers.furniture.classifier import allowed_roles
    from teikit.readers.furniture.cues import text_cues

    return allowed_roles(sorted(text_cues(text)))


def test_a_stamp_signs_nothing_and_copies_and_subjects_are_no_numbers_or_recipients() -> None:
    assert "signed" not in roles_for("Stamp APPROVED")
    assert "signed" in roles_for("[signature and stamp] K. Petrov")
    assert "number" not in roles_for("Three copies printed. Nº 3 to file.")
    assert "distribution" not in roles_for("2. On the Delivery of Tractors")
    assert "distribution" in roles_for("2. Comrade Molotov")


def test_a_date_among_the_opening_lines_names_no_recipient() -> None:
    from teikit.readers.furniture.classifier import allowed_roles

    under_a_list = ["previous=distribution+title_case", "title_case", "words_2_4"]
    assert "distribution" in allowed_roles(under_a_list)
    assert "distribution" not in allowed_roles(
        [*under_a_list, "date_only", "has_date", "date_only@opener"])
    # (under the text a date stays possible in the copies' list: `5 copies` / `14 May 1950`)
    assert "distribution" in allowed_roles([*under_a_list, "date_only", "has_date"])
