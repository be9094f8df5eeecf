"""Cues: each fires on the lines it names and stays silent on running text."""

from __future__ import annotations

import pytest

from teikit.readers.furniture.cues import LineView, is_short_sentence, line_cues, reads_as_name


def cues(text: str, zone: str = "closer", **context: object) -> set[str]:
    return {c for c in line_cues(LineView(text, zone, **context)) if "@" not in c}  # type: ignore[arg-type]


@pytest.mark.parametrize(("text", "cue"), [
    ("G R O M Y K O", "spaced_capitals"),
    ("12 [January] 1947", "date_only"),  # the month the translator supplied
    ("周恩来", "name_like"),  # a name in Chinese characters
    ("外交部", "name_like"),  # a body's
    ("C H A N F U [BULGANIN]", "spaced_capitals"),
    ("[signature] /A. PUZANOV/", "signature_mark"),
    ("Authenticated: [illegible signature]", "signature_mark"),
    ("Authenticated by [illegible surname]", "signature_mark"),  # the colon left out
    ("Authenticated [by]. K [Novosel’yets]", "signature_mark"),  # the `by` supplied
    ("[Signature: illegible]", "signature_mark"),
    ("Signed V. Zorin", "signature_mark"),
    ("/-/ Zawadzki", "signature_mark"),  # a Polish typescript's mark for the signature
    ("(-) Cyrankiewicz", "signature_mark"),
    ("(–) Willmann", "signature_mark"),  # (its dash typeset as a dash)
    ("Recorded by: Petrov", "signature_mark"),  # who wrote the conversation down
    ("Sgd. A. Petrov", "signature_mark"),  # signed, abbreviated
    ("f.to Salviati", "signature_mark"),  # `firmato`, an Italian copy's mark before the name
    ("F.to [signed] Benassi", "signature_mark"),
    ("s/ A. Petrov", "signature_mark"),
    ("(sig.) A. Petrov", "signature_mark"),
    ("Minutes taken by: Schneidewind", "signature_mark"),
    ("Faithfully, KIM IL SUNG, Chairman of the Cabinet of Ministers DPRK.", "valediction"),
    ("Faithfully, KIM IL SUNG, Chairman of the Cabinet of Ministers DPRK.", "valediction_name"),
    ("Respectfully yours, Zhou Enlai", "valediction_name"),
    ("With communist greetings, [Vaclav] David", "valediction_name"),
    ("On behalf of the Government of the USSR,", "valediction"),
    ("Salute!", "valediction"),  # a Chinese letter's farewell
    ("By order of the Minister", "valediction"),
    ("FILIPPOV [Stalin]", "name_like"),
    ("Transmitted 22:55 16.2.51", "time"),
    ("sent at 9.05 in the morning", "time"),
    ("DEL RIO", "name_in_caps"),
    ("Pavlíček 388.", "name_like"),
    ("Van Roijen 934 ++", "name_like"),
    ("[Chinese] Embassy in [North] Korea", "signing_body"),
    ("Military Attaché Office of the [Chinese] Embassy in Cuba", "signing_body"),
    ("Division of Soviet and East European Affairs", "signing_body"),
    ("[Chinese Embassy] in the USSR", "signing_body"),
    ("Already send to: [Zhou] Enlai, Chen Yun, Chen Yi", "distribution_head"),
    ("FYI: Trojanowski, Thee, Chodorek", "distribution_head"),
    ("For information:", "distribution_head"),
    ("From Pyongyang. Sent 8.7.50. 9:26", "sending"),
    ("Transmitting from Havana 10/26/1962 20:06", "sending"),
    ("From: Warsaw dispatched on 03.14.1963 at 10:00 and received on 03.14.1963", "sending"),
    ("Date: 3.XI 1962", "sending"),
    ("Date and time: 29 October 1964, 7:00 p.m. to 8:10 p.m.", "sending"),
    ("From SOFIA No. 88 17 hours 30 minutes, 4.5.1953", "sending"),
    ("Date of receipt: 14 March 1961", "receipt"),
    ("Dispatched to the 2nd Directorate of the General Staff 4.3.52 9:10", "receipt"),
    ("Prepared for distribution: 3 April 1979, 9.15 am", "receipt"),
    ("Rank: expedited", "precedence"),
    ("Grade    Very Urgent", "precedence"),  # the label's colon a column's gap
    ("IMMEDIATELY", "precedence"),
    ("Special Urgency & Priority Demanded", "precedence"),
    ("Completely Secret", "classification_line"),
    ("Flash. For immediate delivery", "precedence"),
    ("Spets. NºNº 204 205", "number_at_start"),
    ("Destroy after reading", "classification_line"),
    ("No copies!", "classification_line"),
    ("PLEASE RETURN IMMEDIATELY FOLLOWING DISCUSSIONS!", "classification_line"),
    ("S e c r e t", "classification_line"),
    ("Read By: Liu [Shaoqi], [Li] Fuchun, Zhangyan, Geng Biao", "distribution_head"),
    ("Must be returned after use.", "classification_line"),
    ("SUBJECT TO RETURN WITHIN 48 HOURS", "classification_line"),
    ("Date: 3.XI 1962", "has_date"),
    ("Received in Tokyo 11/29/1962 05:14", "receipt"),
    ("Came into the Deciphering Department on 11.01.1962 at 7:00", "receipt"),
    ("Reg. 12.III.59", "receipt"),  # (registered on that day)
    ("Printed on 28 October 1958", "receipt"),  # (when the copies were made)
    ("Came in to the Decoding Department…03.12.63. at 14:30 hours………", "receipt"),
    ("Pyongyang. 8 July 1950.", "date_only"),
    ("Rio de Janeiro, 8 May 1964.", "date_only"),  # a particle inside the place's name
    ("10:00 a.m., 27 July [1958]", "date_only"),
    ("12:00 noon, 20 August [1955]", "date_only"),
    ("Date and time: 16:00 hours on the afternoon of March 2nd, 1962", "date_only"),
    ("Night of December 9 [1950]", "date_only"),
    ("13 September of this year", "date_only"),  # the year a Soviet clerk does not name
    ("(A. Vasilevsky) (A. Gromyko)", "name_like"),  # two names typed side by side
    ("From: Peking, 15:00, 30 June 1951.", "sent_when"),  # the labelled place, hour, date
    ("Date of dispatch: 22.X.71, 17.40 hrs.", "sent_when"),  # a form's labelled field
    ("H i g h l y c l a s s i f i e d !", "classification_line"),  # spaced out for emphasis
    ("Time: 11:00 a.m. to 2:00 p.m., 3 September 1965", "date_only"),
    # a news agency's byline after the place and date, whose report it is
    ("HANOI, 18 February. (TASS special correspondent V. Serov)", "date_only"),
    ("Pyongyang, 3 May (KCNA)", "date_only"),
    ("Copy Nº 1", "number_at_start"),
    ("Special No. 550", "number_at_start"),
    ("No 12", "number_at_start"),
    ("Foreign Ministry Incoming (64) You (949)", "number_sign"),  # a Chinese registry's number
    ("Number: (TA) R058140", "number_at_start"),
    ("# P78/118", "number_sign"),
    ("CIPHERED TELEGRAM No. 709", "form_name"),
    ("CIPHERED TELEGRAM", "form_name_only"),
    ("ENCODED TELEGRAM", "form_name_only"),
    ("Outgoing Airgram", "form_name_only"),
    ("Telephone message via VCh", "form_name_only"),
    ("CLASSIFICATION: SECRET", "classification_line"),
    ("Making copies is prohibited", "classification_line"),
    ("Single Copy", "classification_line"),
    ("(Limited Distribution)", "classification_line"),
    ("TOP PRIORITY", "precedence"),
    ("Level: Extra Urgent Advance", "precedence"),
    ("Status: Extremely Urgent, Advance Dispatch", "precedence"),
    ("Grade: Urgent", "precedence"),
    ("Priority: Special Rush", "precedence"),
    ("Priority: Average", "precedence"),
    ("Level: Normal", "precedence"),
    ("Status: Regular", "precedence"),  # a Chinese Foreign Ministry cable's lowest grade
    ("SECURITY INFORMATION", "classification_line"),  # an American paper's caveat
    ("Level: Secret", "classification_line"),
    ("Forward to: Zhang, Liu, Asia Department", "distribution_head"),
    ("Copies: Stalin (2), Molotov, Beria", "distribution_head"),
    ("Received by:", "distribution_head"),
    ("Made in: 12 copies", "distribution_head"),
    ("Written: in four copies", "distribution_head"),
    ("Received by: Petrov, 12.5.62", "receipt"),
    ("Received by: members and substitute members of the Politburo,", "distribution_head"),
    ("Received by: Comrades Pullai, Hollai,", "distribution_head"),
    ("Five copies printed v[i]", "distribution_head"),
    ("To: Cmrds. Malenkov, Bulganin, Vasilevsky", "plural_recipients"),
    ("1 - Cde. A. A. Gromyko", "enumerated"),
    ("Copy 1 and 2 addressee", "enumerated"),  # the copies by number, then where they went
    ("Copy 3 for the files", "enumerated"),
    ("stamped: confidential matter", "stamp_mark"),
    ("RE: # 1298", "reference"),
    ("- 2 -", "page_number"),
    ("Page 3 of 4", "page_number"),
])
def test_cue_fires(text: str, cue: str) -> None:
    assert cue in cues(text)


@pytest.mark.parametrize(("text", "cue"), [
    ("I received your telegram No. 3153.", "number_at_start"),
    ("DWK [German Economic Commission] Oct.", "signing_body"),  # a body only in its gloss
    ("No dispossession, still too early", "number_at_start"),  # the word `no`, no number
    ("Number of Pages: 2", "number_at_start"),  # a count, not the document's number
    ("Confirm receipt.", "name_like"),
    ("Have a peaceful morning!", "name_like"),
    ("Upon the directive of Instantsia", "name_like"),
    ("Pyongyang. 8 July 1950.", "name_like"),
    ("By telegraph.", "date_only"),
    ("the night of the 9th", "date_only"),
    ("de Gaulle, 8 May 1964", "date_only"),  # a particle opens no place's name
    ("Rio de, 8 May 1964", "date_only"),  # nor ends one
    ("13 September of this year", "beyond_dateline"),
    ("(see above) (and below)", "name_like"),
    ("H i g h l y c l a s s i f i e d !", "sentence"),
    ("H i g h l y c l a s s i f i e d !", "words_16_plus"),  # its letters are no words
    ("The documents were highly classified and kept apart.", "classification_line"),
    ("the visit of this year was long", "date_only"),
    # (words in parentheses no agency's: `(see the annex)`; an agency's byline inside a line)
    ("Hanoi, 18 February (see the annex below)", "date_only"),
    ("Hanoi, 18 February (TASS) reported fighting", "date_only"),
    ("Telephone message via VCh", "number_sign"),
    ("Faithfully yours,", "valediction_name"),
    ("With greetings to all of you, and we hope for peace", "valediction_name"),
    ("With respect to your cable no. 12/331 of 4 May, we report the following:", "valediction"),
    ("With regard to the visit, the Minister agreed", "valediction"),
    # (a letter's first sentence, its full stop at the line's end)
    ("On behalf of the Korean government delegation we express to You our gratitude.",
     "valediction"),
    ("Received by:", "receipt"),  # alone, it heads who received the copies
    ("Received by: Petrov, 12.5.62", "distribution_head"),  # the clerk, and when
    ("Signed protocols were sent to the ministries", "signature_mark"),
    ("/-/ see the previous telegram", "signature_mark"),
    # (a name's capital after the label, in whatever case the label is printed)
    ("Recorded by the embassy staff on the same day", "signature_mark"),
    ("Sgd. copy to the Embassy", "signature_mark"),
    ("Drafted by the embassy staff on the same day", "signature_mark"),
    ("drafted by Ivanov", "signature_mark"),  # (the cipher office's, without its colon)
    ("Reg. No. 145", "receipt"),  # (the registry's number, no receipt)
    ("Prepared by: Ivanov", "signature_mark"),  # (who drafted it, under the signer: a docket)
    ("Authenticated by the embassy's consular section", "signature_mark"),
    ("Article IV", "name_like"),  # a heading over a part of an agreement
    ("Chapter 2", "name_like"),
    ("Naturally, the", "name_like"),  # a sentence cut off at the page's end
    ("根据手稿刊印。", "name_like"),  # a sentence
    ("Normal", "precedence"),  # a grade below urgent only under its label
    ("Forward to the First Division the following", "distribution_head"),
    ("From BEIJING Received 6 hours 10 minutes, 16.11.1950", "sending"),  # a receipt
    ("From SOFIA No. 88 17 hours 30 minutes, 4.5.1953", "record_kind"),  # an hour's minutes
    # (a share in figures, in a file's list of whose papers it holds: no hour, no code)
    ("The copy was authenticated by the ministry", "signature_mark"),
    ("46.34% -- Mil. Advisers", "time"),
    ("46.34% -- Mil. Advisers", "code_token"),
    ("2.Foreign policy", "code_token"),  # a minutes' point glued to its first word
    ("the vote was 27.65 to 12", "time"),  # no hour of the day has 27
])
def test_cue_silent(text: str, cue: str) -> None:
    assert cue not in cues(text)


def test_a_sentence_is_a_sentence_and_a_valediction_is_not() -> None:
    assert "sentence" in cues("I received the following letter from KIM IL SUNG addressed to us.")
    assert "sentence" not in cues("Faithfully, KIM IL SUNG, Chairman of the Cabinet of "
                                  "Ministers DPRK.")


@pytest.mark.parametrize("text", [
    "From BEIJING Sent 12.10.50 at 3 hrs 20 min.",
    "Sent from Pyongyang 5.7.50 at 15 hours 45 minutes.",
])
def test_a_time_in_hours_and_minutes_makes_no_sentence(text: str) -> None:
    """`hrs` and `min` are not prose: a telegram's sending line is not a sentence for them."""
    found = cues(text, "opener")
    assert ("time" in found, "sentence" in found) == (True, False), found


def test_every_cue_also_fires_with_its_zone() -> None:
    fired = line_cues(LineView("G R O M Y K O", "closer"))
    plain = [c for c in fired if "@" not in c]
    assert {f"{c}@closer" for c in plain} == {c for c in fired if "@" in c}


def test_context_cues() -> None:
    assert "prev_valediction" in cues("Zhou Enlai", previous="Humbly submitted,")
    assert "prev_receipt" in cues("12 October 1948", previous="received by Novoselova")
    assert "name_after_prose" in cues("Mao Zedong", zone="main", after_prose=True)
    assert "label_before_note" in cues("Notes", before_note=True)


def test_a_name_in_slashes_is_a_signature_mark_words_of_the_text_are_not() -> None:
    from teikit.readers.furniture.line_patterns import SIGNATURE_MARK

    assert SIGNATURE_MARK.search("SOVIET AMBASSADOR IN THE DPRK [signature] /A. PUZANOV/")
    assert SIGNATURE_MARK.search("/Signature/")
    assert not SIGNATURE_MARK.search("/after checking/")


def test_the_cipher_offices_check_is_a_receipt_not_a_signature() -> None:
    from teikit.readers.furniture.line_patterns import RECEIPT, SIGNATURE_MARK

    assert SIGNATURE_MARK.search("Verified: V. Popova")
    assert not SIGNATURE_MARK.search("Verified: shift chief Mokr[uko]")
    assert RECEIPT.match("Verified: shift chief Mokr[uko]")


@pytest.mark.parametrize("text", [
    "Confirm receipt.", "Telegraph the fulfillment.", "I ask for corresponding orders.",
    "Greetings to the friends!", "Please examine [it].", "Communicate your opinion.”",
])
def test_a_short_sentence_is_told_by_its_form(text: str) -> None:
    assert is_short_sentence(text)


@pytest.mark.parametrize("text", [
    "[Handwriting in the left margin: “to Cde. Torbenkov” followed by illegible initials]",
    "With communist greetings.", "Received 8.7.50 11:15.", "Sent to Cde. Molotov.",
    "Top secret.", "Moscow, 5 May 1950.", "Signed: Aurelian Lazar.", "GROMYKO.",
    "Comrade Ivanov.", "Two copies printed.",
    "This line has far too many words to be a short closing sentence of the text, however "
    "it ends.",
])
def test_furniture_and_long_lines_are_no_short_sentence(text: str) -> None:
    assert not is_short_sentence(text)


def test_a_bodys_name_signs_with_its_linking_words() -> None:
    """`Office of the General Bureau for Economic Relations with Foreign Countries`: a body's
    name, capitalised but for its linking words (`with` among them), signs as a body does."""
    from teikit.readers.furniture.cues import signing_body

    assert signing_body("Office of the General Bureau for Economic Relations with Foreign "
                        "Countries")
    assert not signing_body("Office staff met with the delegation")


def test_a_cable_forms_precedence_labelled_in_other_words() -> None:
    """`Priority: Special`, `Degree of Urgency: Urgent`: a Chinese cable form's precedence,
    not its classification (`Degree of Secrecy: Secret` is that)."""
    from teikit.readers.furniture.line_patterns import PRECEDENCE

    assert PRECEDENCE.match("Priority: Special")
    assert PRECEDENCE.match("Degree of Urgency: Urgent")
    assert not PRECEDENCE.match("Degree of Secrecy: Secret")
    assert not PRECEDENCE.match("Special")


@pytest.mark.parametrize(("line", "name"), [
    ("— I. Ivanov", True), ("—I. Ivanov", True), ("-- GROMYKO", True), ("– IVANOV", True),
    # (a hyphen alone is a list's bullet as often; a dash before words is a sentence's)
    ("- I. Ivanov", False), ("— the talks went on", False),
])
def test_a_dash_before_the_signers_name_leaves_it_a_name(line: str, name: bool) -> None:
    """`— I. Ivanov`, `-- GROMYKO`: the dash a cable or a typescript sets before the signer;
    the line was loose text in the closer."""
    assert reads_as_name(line) is name
