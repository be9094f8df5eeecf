"""Joining: units made from blocks as they are read, the lines that go on with the ones before
them, brackets left open over lines."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from shared_paths import DEV_RAW
from tei_text import converted_text, texts

from teikit.readers.blocks import iter_blocks
from teikit.readers.joining import MAX_BRACKET_SPAN, join_open_brackets, make_units
from teikit.readers.page_header import parse_page_header
from teikit.readers.units import LB, PB, Run, Unit


def _numbered_units(count: int, taken: list[int]) -> Iterator[Unit]:
    for number in range(count):
        taken.append(number)
        text = "Sent to [the Ministry" if number == 0 else f"line {number}]"
        yield Unit("text", text, Run(number * 100), number + 1, number)


def test_an_open_bracket_is_joined_reading_only_the_units_it_may_close_in() -> None:
    taken: list[int] = []
    units = join_open_brackets(_numbered_units(1000, taken))
    first = next(units)
    assert first.text == f"Sent to [the Ministry{LB}line 1]"
    assert first.offsets[len("Sent to [the Ministry") + 1] == 100
    assert len(taken) <= MAX_BRACKET_SPAN + 2  # not the thousand units after it
    assert [u.text for u in units][:2] == ["line 2]", "line 3]"]


def _texts(body: str) -> list[str]:
    return [unit.text for unit in make_units(iter_blocks(body))]


def test_a_hard_break_does_not_make_lines_one_unit() -> None:
    """Two trailing spaces on every line (an editor's export) leave each line a unit, as
    without them: a signature stays apart from the date above it."""
    plain = "Pyongyang, 8 July 1950\nSHTYKOV\nNo. 481/sh\n"
    with_breaks = "Pyongyang, 8 July 1950  \nSHTYKOV  \nNo. 481/sh  \n"
    assert _texts(with_breaks) == _texts(plain) == ["Pyongyang, 8 July 1950", "SHTYKOV",
                                                    "No. 481/sh"]


def test_a_line_left_on_a_function_word_goes_on_in_the_next_line() -> None:
    body = "Received by diplomatic pouch from  \nCde. Razuvayev, the Soviet Ambassador  \n" \
           "to the DPRK, 2 October 1951\n"
    assert _texts(body) == [f"Received by diplomatic pouch from{LB}Cde. Razuvayev, the Soviet "
                            f"Ambassador{LB}to the DPRK, 2 October 1951"]

def test_a_code_in_capitals_ending_a_line_leaves_nothing_hanging() -> None:
    """`… Office of the President, G, Ku, 6, TO` is an office's code, not `to` left for the
    next line; a line in capitals may end on one (`… SENT TO`)."""
    body = ("Processed: 28.10.62 20:30 Office of the President, G, Ku, 6, TO\n"
            "Dispatched: 28.10.62 22:00\n")
    assert _texts(body) == ["Processed: 28.10.62 20:30 Office of the President, G, Ku, 6, TO",
                            "Dispatched: 28.10.62 22:00"]
    assert len(_texts("COPIES OF THE REPORT SENT TO\nCOMRADE STALIN\n")) == 1


def test_a_block_left_on_a_function_word_goes_on_in_the_next_block() -> None:
    """An export that sets every line apart (a blank line after each) still leaves no line on
    `from`: a short line goes on in the next as a line break, prose after a page break."""
    assert _texts("Telegram from\n\nMoscow\n") == [f"Telegram from{LB}Moscow"]
    prose = "The delegation of the Korean Workers' Party met with the\n\nChinese comrades.\n"
    assert _texts(prose) == [f"The delegation of the Korean Workers' Party met with the{PB}"
                             "Chinese comrades."]
    assert _texts("Telegram from Moscow.\n\nSecond block.\n") == [
        "Telegram from Moscow.", "Second block."]


def test_a_short_line_left_on_of_under_lines_it_was_joined_to_goes_on_as_a_line() -> None:
    """`from the journal of` / `V. I. Bazykin` under the translator's note a journal's heading
    prints (a blank line after every line): the short line's own words tell a heading going
    on from prose that a page cut, not the words of the note it was joined to."""
    body = ("[Translator’s note: “olas” expands to\n\n“Department of the Latin American "
            "Countries”]\n\nfrom the journal of\n\nV. I. Bazykin\n")
    assert not any(PB in text for text in _texts(body))
    assert any(text.endswith(f"from the journal of{LB}V. I. Bazykin") for text in _texts(body))


def test_the_next_point_of_an_enumeration_begins_anew_after_a_point_left_on_and() -> None:
    """`2. … separation of the people, and` / `3. The Republic wishes …`: the enumeration's
    next point, not the same point going on across a page; a point that is not the next one
    (`5.` after `2.`) may be a page's."""
    second = ("2. The Democratic People's Republic of Korea will oppose the continued "
              "separation of the Korean people, and")
    assert _texts(f"{second}\n\n3. The Republic wishes to conclude a peace agreement.\n") == [
        second, "3. The Republic wishes to conclude a peace agreement."]
    assert _texts("b) the delegation will travel by train to the capital and\n\n"
                  "c) stay there for two weeks.\n") == [
        "b) the delegation will travel by train to the capital and", "c) stay there for two weeks."]
    # (one newline between paragraphs: the same two points)
    assert _texts(f"{second}\n3. The Republic wishes to conclude a peace agreement.\n") == [
        second, "3. The Republic wishes to conclude a peace agreement."]
    assert _texts(f"{second}\n\n5. The Republic wishes to conclude a peace agreement.\n") == [
        f"{second}{PB}5. The Republic wishes to conclude a peace agreement."]


def test_a_paragraph_on_one_line_left_open_goes_on_after_a_page_break() -> None:
    """In the layout of one paragraph per line (a single newline between paragraphs), a
    sentence left open at a line's end, going on in lower case, was split by a page; a wrapped
    line is never that long."""
    first = ("The Chinese comrades said that, in the present military situation, it would be "
             "better for all the troops to")
    assert len(first) > 100
    assert _texts(f"{first}\nremain where they are for now.\n") == [
        f"{first}{PB}remain where they are for now."]
    assert _texts(f"{first[:60]}\nremain where they are.\n") == [
        f"{first[:60]}{LB}remain where they are."]
    bracket = f"{first} [narodnye\nvoyska] now.\n"
    assert _texts(bracket) == [f"{first} [narodnye{PB}voyska] now."]
    # (a blank line between, a name's words on either side of the break, capitalised: `[the
    # Political` / `Bureau].`; a word in lower case before a capital too, as a German noun
    # after the page: `[gegenseitiger` / `Beistand]`; it was a line's end)
    assert _texts(f"{first} [the Political\n\nBureau].\n") == [
        f"{first} [the Political{PB}Bureau]."]
    assert _texts(f"{first} [the comrades\n\nWang and Li].\n") == [
        f"{first} [the comrades{PB}Wang and Li]."]
    german = f"{first} [gegenseitiger\n\nBeistand] were formulated alike in both. " * 2
    assert _texts(german.rstrip() + "\n")[0].startswith(f"{first} [gegenseitiger{PB}Beistand]")
    # (a line no longer than a wrapped one leaving a bracket open, a blank line, the bracket's
    # words going on in lower case: a page came inside it, in either layout)
    short = "Assad asked that the number of Soviet military advisers [voennye"
    assert len(short) < 80
    assert _texts(f"{short}\n\nsovetniki] be increased.\n") == [
        f"{short}{PB}sovetniki] be increased."]


def test_a_paragraph_cut_before_a_figure_goes_on_after_a_page_break() -> None:
    """`… they harvested` / (a blank line) / `6,000 to 7,000 kg of wheat per mu …`: a sentence
    the page cut before a figure (the figure opened a paragraph); a point's number, or a
    sentence's stop before the figure, opens one."""
    first = ("According to them, the grain harvest of the commune was a record, and according to "
             "the boards placed at the edge of the fields, they harvested")
    assert len(first) > 100
    assert _texts(f"{first}\n\n6,000 to 7,000 kg of wheat per mu.\n") == [
        f"{first}{PB}6,000 to 7,000 kg of wheat per mu."]
    assert len(_texts(f"{first}.\n\n6,000 to 7,000 kg of wheat per mu.\n")) == 2
    assert len(_texts(f"{first}\n\n6. The harvest was good.\n")) == 2


def test_a_paragraph_on_one_line_ending_on_of_goes_on_after_a_page_break() -> None:
    """`… on the occasion of` / `President Diem’s visit …`: a paragraph on one line that ends
    on a word no line ends on went on over a page, whatever case the next line opens in; a
    wrapped line's `of` is a line's end."""
    first = ("The letter of invitation has been transmitted to you in the last pouch. As you "
             "will have to return to Korea on the occasion of")
    assert len(first) > 100
    assert _texts(f"{first}\nPresident Diem’s visit there is no necessity to come.\n") == [
        f"{first}{PB}President Diem’s visit there is no necessity to come."]
    assert _texts(f"{first[-40:]}\nPresident Diem’s visit.\n") == [
        f"{first[-40:]}{LB}President Diem’s visit."]


@pytest.mark.parametrize("path", sorted(DEV_RAW.glob("*.txt")), ids=lambda p: p.stem)
def test_every_unit_character_stands_where_its_offset_says(path) -> None:
    text = path.read_text(encoding="utf-8")
    start = parse_page_header(text).body_start
    for unit in make_units(iter_blocks(text, start=start,
                                       first_line=text.count("\n", 0, start) + 1)):
        for index, char in enumerate(unit.text):
            if char != LB and char != "\f":
                assert text[unit.offsets[index]] == char


def test_a_label_alone_takes_the_short_lines_under_it_when_each_is_a_block() -> None:
    """`[Handwritten:]` over `f.45`, `op.7`, `d.347`, with a blank line after every line (the
    archive's pages saved as text): the label's lines are one unit, as in one block; a line
    in capitals or a bracket after them is not the label's. A hand's label has the block under
    it whatever it is, a sentence too (`Memo:` / `A telegram was sent. 25 June`: the label
    was left a remark), and the short lines after it up to the name in brackets that signs
    them."""
    assert _texts("[Handwritten:]\n\nf.45\n\nop.7\n\nd.347\n\nTOP SECRET\n") == [
        f"[Handwritten:]{LB}f.45{LB}op.7{LB}d.347", "TOP SECRET"]
    assert _texts("[stamp:]\n\n[illegible]\n") == ["[stamp:]", "[illegible]"]
    assert _texts("[Handwritten:]\n\nThe reply was sent on 14 October.\n") == [
        f"[Handwritten:]{LB}The reply was sent on 14 October."]
    assert _texts("[handwritten:]\n\nMemo:\n\nA telegram was sent. 25 June\n\n[V. Fedorov]\n\n"
                  "3.3oe\n\nThe decision was sent to all the regional committees on that day.\n"
                  ) == [
        f"[handwritten:]{LB}Memo:{LB}A telegram was sent. 25 June{LB}[V. Fedorov]", "3.3oe",
        "The decision was sent to all the regional committees on that day."]
    # a date in figures is no line in capitals: the hand's date under its words is its own
    assert _texts("[Handwritten on top:]\n\nComrade Fischer\n\nE. Honecker\n\n24. 8. 82\n\n"
                  "Dear Comrade Honecker!\n") == [
        f"[Handwritten on top:]{LB}Comrade Fischer{LB}E. Honecker{LB}24. 8. 82",
        "Dear Comrade Honecker!"]


def test_a_hands_note_at_the_foot_runs_on_over_the_archives_notations_to_the_end() -> None:
    """`[handwritten:]` / `Memo:` / … / `[V. Fedorov]` / `3.3oe` / `to I. T. Vinogradov archive`
    / … / `28 June 1955` at the foot of a Central Committee paper, and `[handwritten]:` / `Memo`
    / … / `Sector Chief I. Kozlov` / `21 May 1955` / …: short lines under a hand's label to the
    end of the document are all the hand's (the readers of both pages read them so), in either
    layout; a line of the text after them ends the note where it ended before."""
    lines = ["[handwritten:]", "Memo:", "A telegram was sent. 25 June", "[V. Fedorov]", "3.3oe",
             "to I. T. Vinogradov archive", "to Vl. [Voronin]", "25 June 1955",
             " [other illegible signatures]", "28 June 1955"]
    assert _texts("\n\n".join(lines) + "\n") == [LB.join(line.strip() for line in lines)]
    assert _texts("\n".join(lines) + "\n") == [LB.join(line.strip() for line in lines)]
    kozlov = ["[handwritten]:", "Memo", "Cde. A. A. Surkov has", "been informed of the",
              "agreement to grant the", "request of Cde. Radmanesh", "Sector Chief I. Kozlov",
              "21 May 1955", "to Cde. B. N. Ponomarev", "Vl. [illegible surname]",
              "3.3la 6 May 1955"]
    assert _texts("\n\n".join(kozlov) + "\n") == [LB.join(kozlov)]


def test_a_hands_label_with_its_colon_after_the_bracket_takes_the_same_lines_in_either_layout(
) -> None:
    """`[handwritten]:` / `Memo` / `Cde. A. A. Surkov has` / …: the short lines under the
    label are its, with a blank line after every line or none (on one block only a first
    line in lower case was taken, and the add was lost)."""
    lines = ["[handwritten]:", "Memo", "Cde. A. A. Surkov has", "been informed of the",
             "request of Cde. Radmanesh", "Sector Chief I. Kozlov and the rest of the office"]
    parted = _texts("\n\n".join(lines) + "\n")
    assert parted[0] == LB.join(lines[:5])
    assert _texts("\n".join(lines) + "\n")[0] == parted[0]


def test_a_hands_label_without_its_colon_takes_the_short_lines_of_its_block() -> None:
    """`[handwritten]` / `b 8.06.91` / `Com. Stawiarski`, under a code message's dateline on
    a page of no blank lines: what the hand wrote, as under `[handwritten:]`, in either layout;
    the sentence after them is the text's. A heading in capitals is no hand's line."""
    lines = ["[handwritten]", "b 8.06.91", "Com. Stawiarski",
             "Com. Dedo by message no 105 of 8 of this month informs:"]
    assert _texts("\n".join(lines) + "\n")[:2] == [LB.join(lines[:3]), lines[3]]
    assert _texts("\n\n".join(lines) + "\n")[:2] == [LB.join(lines[:3]), lines[3]]
    assert _texts("[Handwritten]\n\n1- ISSUE: WAR MATERIAL\n")[0] == "[Handwritten]"


def test_a_hands_lines_in_the_labels_own_block_end_with_it() -> None:
    """`[Handwritten:]` / `Copy to Comrade Münnich` / `28/X`, a blank line, then the typed
    signature: the hand wrote the block's lines; the signature under the blank line is the
    text's (it was taken into the hand's note, and the document had no signature)."""
    hand = ["[Handwritten:]", "Copy to Comrade Münnich", "28/X"]
    signed = ["Colonel Gábor [illegible signature]", "Head of the Operative Staff"]
    texts = _texts("\n".join(hand) + "\n\n" + "\n".join(signed) + "\n")
    assert texts[0] == LB.join(hand)
    assert texts[1].startswith("Colonel Gábor")


def test_a_hands_label_in_a_page_of_single_newlines_stops_at_the_typed_marking() -> None:
    """`[Handwritten:]` / `f. 0102` / `op. 14` / `d. 6` / `SECRET` / … in a page saved with
    single newlines, one block: the hand wrote the archive's numbers; the marking in capitals
    and what follows are typed (the hand's note took the page to its next bracket)."""
    lines = ["[Handwritten:]", "f. 0102", "op. 14", "d. 6", "SECRET", "Copy Nº 2",
             "Today, at the invitation of Kim Il Sung, I visited him at the CC KWP and we "
             "spoke for two hours about the withdrawal of the Volunteers."]
    texts = _texts("\n".join(lines) + "\n")
    assert texts[:3] == [LB.join(lines[:4]), "SECRET", "Copy Nº 2"]


def test_a_hands_label_in_a_page_of_single_newlines_stops_at_the_typed_list() -> None:
    """`[Handwritten:]` / `Agreed. Send to …` / `Mao Zedong 22 June` / `Copies to: Chairman,
    Liu, Zhu, …`: the list on its line under its heading is typed (it was the hand's last
    line); a copy sent to one, as a hand writes it, stays the hand's."""
    hand = ["[Handwritten:]", "Agreed. Send to Comrades Shaoqi, Zhu De and Zhou Enlai.",
            "Mao Zedong 22 June"]
    typed = "Copies to: Chairman, Liu, Zhu, Zhou, Deng Xiaoping, file (1)"
    assert _texts("\n".join([*hand, typed]) + "\n") == [LB.join(hand), typed]
    assert _texts("\n".join([*hand, "Copy to: Zhou"]) + "\n") == [
        LB.join([*hand, "Copy to: Zhou"])]


def test_a_hands_first_line_under_its_label_is_the_hands_however_long() -> None:
    """`[Handwritten:]` / `To be distributed to the members and candidate members of the
    Politburo and …` / `[illegible signature]` / `12.V.1975`, one block: the hand wrote the
    long line too (it was read as the typed text going on, longer than a wrapped line, and the
    opener ended there); a line that long after the hand's lines stays typed."""
    hand = ["[Handwritten:]", "To be distributed to the members and candidate members of the "
            "Politburo and to the secretaries of the CC of the BCP.", "[illegible signature]",
            "12.V.1975"]
    assert _texts("\n".join(hand) + "\n")[0] == LB.join(hand)
    typed = ("From 18 to 26 April 1975 Comrade Kim Il Sung paid an official visit to the "
             "People's Republic of China at the invitation of its leadership.")
    assert _texts("\n".join(["[Handwritten:]", "Seen. K. 12.V.", typed]) + "\n")[1] == typed


def test_a_peoples_adjective_after_its_article_goes_on_over_the_page() -> None:
    """`… in the KWP the Chinese` / (a page) / `People's Volunteers must not …`: the adjective
    wants its noun, one paragraph with a page break; `… by the Chinese and the Koreans.` ends
    its sentence, and the next paragraph is its own."""
    first = ("Speaking about the Korean comrades, he noted that after the August events in the "
             "KWP the Chinese")
    second = "People's Volunteers must not be seen as interfering in the affairs of Korea."
    assert _texts(f"{first}\n\n{second}\n") == [f"{first}{PB}{second}"]
    ended = "A difference can be observed in the approach to them by the Chinese and the Koreans."
    assert len(_texts(f"{ended}\n\n{second}\n")) == 2


def test_a_bracket_wrapped_open_at_a_line_end_goes_on_in_the_next_line() -> None:
    """A name and its standard form, the bracket left open where the line was wrapped, in a
    paragraph long enough that its later lines were joined before the bracket is looked at:
    one text, whatever the rest of the paragraph."""
    body = ("On the second day the deputy minister Pak Song-chol [Pak\n"
            "Song Chol] met the envoys of several countries and handed them\n"
            "a note on the question, which he asked them to pass on\n"
            "to their governments with the request that they take up the\n"
            "matter in the coming session without delay.\n")
    assert len(_texts(body)) == 1
    assert _texts("The line ends [with\nits bracket] closed.\n") == [
        f"The line ends [with{LB}its bracket] closed."]


def test_a_short_line_goes_on_after_a_blank_line_in_a_function_word() -> None:
    """A layout with a blank line after every line: a heading's next line, beginning with a
    function word in lower case, goes on with it; a sentence's end or a longer line does not
    go on so."""
    assert _texts("JOURNAL\n\nof Cde. V. I. Petrov for the period\n") == [
        f"JOURNAL{LB}of Cde. V. I. Petrov for the period"]
    assert _texts("The talks ended.\n\nof course nobody came.\n") == [
        "The talks ended.", "of course nobody came."]
    assert _texts("[…]\n\nand then he left.\n") == ["[…]", "and then he left."]


def test_a_line_opening_on_an_account_of_a_hand_or_stamp_begins_anew() -> None:
    """`[handwriting] No. 77/secret/56` under a stamp's line left open is the next annotation,
    not the same sentence going on (as `[the] talks went on` would)."""
    body = ("[stamp] Office of the Deputy Minister Nº 3301/56 - 4 V\n\n"
            "[handwriting] No. 77/secret/56\n")
    assert _texts(body) == ["[stamp] Office of the Deputy Minister Nº 3301/56 - 4 V",
                            "[handwriting] No. 77/secret/56"]
    prose = ("The delegation of the Korean Workers' Party discussed the plan with the\n\n"
             "[Chinese] comrades.\n")
    assert len(_texts(prose)) == 1
    # (a signature marked as signed, under a line of the text left open)
    signed = ("Attachment: six pages of text, copy no. 4, secret; copy no. 5 to the file\n\n"
              "[signed] N. Mesyatsev\n")
    assert _texts(signed)[-1] == "[signed] N. Mesyatsev"


def test_a_short_line_going_on_after_a_blank_line_is_a_heading_not_a_page_break() -> None:
    """With a blank line after every line, a heading's line going on in lower case is the same
    heading (a line break), where a paragraph's part longer than any wrapped line, going on so,
    was split by a page."""
    heading = "The Journal of the Soviet Ambassador to the Republic of Finland V. Z. LEBEDEV"
    assert len(heading) <= 100
    assert _texts(f"{heading}\n\nfor the period 1 through 15 May 1957\n") == [
        f"{heading}{LB}for the period 1 through 15 May 1957"]
    paragraph = ("The Ambassador said that the government would not change its position on the "
                 "question of the border before the elections, which")
    assert len(paragraph) > 100
    assert _texts(f"{paragraph}\n\nwill be held in the spring.\n") == [
        f"{paragraph}{PB}will be held in the spring."]


def test_a_headings_subject_goes_on_after_a_blank_line() -> None:
    """`MEMORANDUM` / `concerning the …`, `INFORMATION` / `about the …`: one heading."""
    assert _texts("INFORMATION\n\nabout the session of the Council of Ministers held on "
                  "3 May 1961 in the House of the Government\n") == [
        f"INFORMATION{LB}about the session of the Council of Ministers held on 3 May 1961 in "
        "the House of the Government"]


def test_an_address_of_several_short_lines_goes_on_line_by_line_after_blank_lines() -> None:
    body = ("The Chairman\n\nof the Council of Ministers\n\nof the Union of Soviet Socialist "
            "Republics\n\nDear Mr. Chairman,\n")
    assert _texts(body)[0] == (f"The Chairman{LB}of the Council of Ministers{LB}of the Union of "
                               "Soviet Socialist Republics")


def test_a_line_wholly_in_parentheses_under_a_title_is_a_remark_of_its_own() -> None:
    title = "Record of Conversation from Premier Zhou Enlai's Reception of the Ambassador of Nepal"
    assert _texts(f"{title}\n\n(not yet proofread)\n") == [title, "(not yet proofread)"]


def test_a_notes_marker_wrapped_to_the_next_line_goes_on_with_the_sentence() -> None:
    """`Before Günther` / `[1] speaks, I have …`: the marker and the sentence go on (a note's
    own text begins with a capital: `[1] Günther Schabowski …`)."""
    body = "Krenz: Comrades! Before Günther\n[1] speaks, I have to digress from the agenda.\n"
    assert _texts(body) == [
        f"Krenz: Comrades! Before Günther{LB}[1] speaks, I have to digress from the agenda."]
    assert len(_texts("The plenum ended.\n[1] Günther Schabowski, a Politburo member.\n")) == 2


def test_a_salutation_ending_its_line_is_not_joined_to_the_letter_in_lower_case() -> None:
    """`Dear Comrade,` / `in an appendix I am sending you …` (a German letter's salutation,
    the text going on in lower case): two units, the salute and the text."""
    body = "Dear Comrade,\nin an appendix I am sending you the information of the Ministry.\n"
    assert _texts(body) == ["Dear Comrade,",
                            "in an appendix I am sending you the information of the Ministry."]


def test_a_hands_note_over_many_lines_is_one_unit_though_its_first_line_ends_on_a_stop(
) -> None:
    """`[handwriting: "Please show to Cdes.` opens a note of names a line each: its stop is an
    abbreviation's, and the bracket its label opened closes eight lines further on."""
    lines = ["[handwriting: \"Please show to Cdes.", "Ivanov", "Petrov", "Sidorov", "Orlov",
             "Kuznetsov", "Smirnov", "N. Popov", "2 June 1958\"]"]
    texts = _texts("JOURNAL\n\n" + "\n".join(lines) + "\n\nPyongyang\n")
    assert texts == ["JOURNAL", LB.join(lines), "Pyongyang"]


def test_a_sentence_left_with_a_stray_bracket_open_joins_nothing() -> None:
    texts = _texts("We went to the [ministry and asked.\n\nIvanov\n\nPetrov]\n")
    assert texts == ["We went to the [ministry and asked.", "Ivanov", "Petrov]"]


def test_an_editors_closed_bracket_and_a_stamp_under_it_are_no_split_sentence() -> None:
    """`[Attachment to a letter …; 23 February 1968]` / `stamped: personal, strictly
    confidential`: a bracket closed on its line ends what it says, and a stamp's account
    labelled without brackets begins anew (a label alone, `[Handwritten:]`, still takes the
    lines under it)."""
    texts = _texts("[Attachment to a letter of Comrade Hegen, GDR Foreign Ministry, to Comrades "
                   "Ulbricht and Stoph; 23 February 1968]\n\nstamped: personal, strictly "
                   "confidential\n\nFirst to the events in South Korea.\n")
    assert texts[1] == "stamped: personal, strictly confidential"
    assert not any(PB in text for text in texts)


def test_a_hands_note_signed_by_a_syllable_and_dated_without_a_comma_ends_there() -> None:
    """`[Handwritten:]` / `Send a copy to the Border Defense Department.` / `Ji 27/3` /
    `Secret` / `(69) Meng Zi No. 027`: a Chinese name's syllable and the day sign the note,
    no comma between them (the note took the form's lines to the text)."""
    root = converted_text("[Handwritten:]\nSend a copy to the Border Defense Department.\nJi "
                          "27/3\nSecret\n(69) Meng Zi No. 027\nMinistry of Foreign Affairs:\n"
                          "The reactions in Mongolia to the incident are reported as follows, "
                          "by the embassy's staff.\n", "March 25, 1969")
    assert texts(root, "//t:opener/t:add") == [
        "Send a copy to the Border Defense Department. Ji 27/3"]
    assert texts(root, "//t:opener/t:fw[@type='classification']") == ["Secret"]


def test_a_hands_note_signed_and_dated_ends_on_its_signature() -> None:
    """`[Handwritten:]` / `Premier Zhou:` / `Please read. …` / `Li Kenong, 25/8` / `Top Secret` /
    `Sent from Pyongyang …`: the hand signs and dates its note; the typed telegram's form goes
    on under it (the hand's note took the form's lines to the salute)."""
    root = converted_text("[Handwritten:]\nPremier Zhou:\nPlease read. Kim's views on aid are "
                          "worth noting.\nLi Kenong, 25/8\nTop Secret\nSent from Pyongyang 22 "
                          "August 1953, 23:40\nIncoming Telegram No. 0587\nTo the Ministry of "
                          "Foreign Affairs:\n"
                          "(1) On the evening of 21 August, Chairman Kim Il Sung received the "
                          "chargé d'affaires of our Embassy at his residence.\n", "August 22, 1953")
    assert texts(root, "//t:opener/t:add") == [
        "Premier Zhou: Please read. Kim's views on aid are worth noting. Li Kenong, 25/8"]
    assert texts(root, "//t:opener/t:fw[@type='classification']") == ["Top Secret"]
