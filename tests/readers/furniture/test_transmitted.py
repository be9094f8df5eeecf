"""A message relayed in quotation marks is a document of its own."""

from __future__ import annotations

import pytest
from lxml import etree
from shared_paths import DEV_RAW
from tei_text import ATTACHED, CLOSER, converted_text, texts

from teikit import TEI_NS
from teikit.convert import convert_file, convert_text

NS = {"t": TEI_NS}
META = {"title": "T", "date_text": "May 12, 1950"}
# The document a text relays, wherever it stands.
RELAYED = "//t:floatingText[@type='transmitted']"


def test_an_unclosed_letter_ends_with_its_own_signature_and_date() -> None:
    root = convert_file(DEV_RAW / "w004.txt").tree.getroot()
    floating = root.xpath(RELAYED, namespaces=NS)
    assert len(floating) == 1
    inner = floating[0]
    assert "".join(inner.xpath("string(.//t:closer/t:signed)", namespaces=NS)).startswith(
        "Faithfully, KIM IL SUNG")
    assert inner.xpath("string(.//t:closer/t:dateline)", namespaces=NS) == (
        "Pyongyang. 8 July 1950.")
    outer_signed = root.xpath("//t:div[@type='document'][not(ancestor::t:floatingText)]"
                              "/t:closer/t:signed", namespaces=NS)
    assert [s.xpath("string()") for s in outer_signed] == ["SHTYKOV"]


def test_a_quoted_message_closed_by_its_signature() -> None:
    root = convert_file(DEV_RAW / "w011.txt").tree.getroot()
    signed = root.xpath("//t:floatingText//t:closer/t:signed", namespaces=NS)
    assert [" ".join(s.xpath("string()").split()) for s in signed] == [
        "With greetings. FILIPPOV Stalin.”"]


def test_a_quotation_in_the_text_is_not_a_transmitted_document() -> None:
    text = ("He said that we must wait for the answer before anything else is done here.\n\n"
            "\"I request that the British government not try to establish anything at all "
            "in this matter, he wrote in his letter of that week.\n\n"
            "The answer came two days later and it was negative in every respect.\n")
    root = convert_text(text, overrides=META, enrich=False).tree.getroot()
    assert root.xpath("//t:floatingText", namespaces=NS) == []


def test_the_transmitted_letter_gives_the_source_back() -> None:
    # The lossless check runs on every conversion; this one must hold with the nesting.
    result = convert_file(DEV_RAW / "w010.txt")
    assert etree.tostring(result.tree).count(b"floatingText") == 2


def test_the_dev_documents_one_after_another_convert(tmp_path) -> None:
    """Telegrams that relay letters, followed by more telegrams: the zones of the whole stay in
    order (the lossless check fails a conversion that moves a line)."""
    import json

    from shared_paths import DEV_GOLD

    bodies = []
    for gold_file in sorted(DEV_GOLD.glob("*.json")):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        raw = (DEV_RAW / gold["file"].split("/")[-1]).read_text(encoding="utf-8")
        bodies.append(raw[gold["body_start"]:])
    source = tmp_path / "all.txt"
    source.write_text("**May 5, 1950**\n\n**All the dev documents**\n\n**Summary:** S.\n\n"
                      + "\n\n".join(bodies), encoding="utf-8")
    root = convert_file(source).tree.getroot()
    assert len(root.xpath("//t:floatingText", namespaces=NS)) >= 4


def _outer_and_sent(source: str) -> tuple[list[str], str]:
    root = convert_text(source, overrides=META, enrich=False).tree.getroot()
    outer = root.xpath("//t:div[@type='document'][not(ancestor::t:floatingText)]/t:closer",
                       namespaces=NS)
    sent = root.xpath("string(//t:floatingText[@type='transmitted'])", namespaces=NS)
    return [" ".join(c.xpath("string()").split()) for c in outer], " ".join(sent.split())


@pytest.mark.parametrize(("source", "closer", "sent_opening"), [
    ("Upon the instruction of the Minister, the Secretariat is sending you the minutes of the "
     "conversation with Comrade Mao Zedong.\n\n/W. Lewandowska/\n\nMinutes of the "
     "Conversation carried out by the Premier with the Leader of the PRC in his "
     "headquarters.\n\nFirst, the Premier passed on greetings from the First Secretary and a "
     "letter from the President of the Council of State.\n",
     "/W. Lewandowska/", "Minutes of the Conversation carried out"),
    ("I send you a Russian translation of a telegram I received from comrade Mao Zedong.\n\n"
     "I ask you to familiarize yourself with it and indicate a time of meeting.\n\n"
     "With communist greetings.\n\nZhou Enlai.\n\n16 September 1952.\n\n"
     "1. According to our information, the Korean question will be discussed at the "
     "forthcoming session of the General Assembly of the United Nations.\n",
     "With communist greetings. Zhou Enlai. 16 September 1952.",
     "1. According to our information"),
    ("I submit the memorandum of Lt. Col. Fedorov about the work of the military "
     "commandants' offices.\n\nATTACHMENT: The aforementioned, on 19 pages, to the addressee "
     "only.\n\n/signature/ KALASHNIKOV\n\nTwo copies printed\n\n1 - to the addressee\n\n"
     "2 - to file\n\nDrafted by Chukov\n\nCarrying out your assignment to study agrarian "
     "relations in Korea, we interested ourselves in the situation on the ground.\n",
     "/signature/ KALASHNIKOV", "Carrying out your assignment"),
    ("We are forwarding a copy of the transcript of Premier Zhou’s conversation with a "
     "delegation of the National Front on 30 September.\n\nThe Party Organization of the "
     "Chinese People’s Committee for Safeguarding World Peace\n\nOctober 11, 1962.\n\n"
     "Record of Talks from the Premier’s Meeting with the Delegation of the National Front"
     "\n\nThe Premier welcomed the delegation and spoke at length of the struggle in the "
     "South.\n",
     "The Party Organization of the Chinese People’s Committee for Safeguarding World Peace "
     "October 11, 1962.", "Record of Talks from the Premier’s Meeting"),
    ("For your information, we attached a recorded conversation of the ambassador with the "
     "Soviet ambassador.\n\nHead of department\n\n[Signature: illegible]\n\nRecord of a "
     "conversation\n\nOn 12 March I invited the Soviet ambassador to lunch and we spoke of the "
     "situation in the country.\n",
     "Head of department Signature", "Record of a conversation"),
    ("I send you the letter of the Korean friends.\n\nA. Gromyko\n\n20 November 1951\n\n"
     "No. 334/ag\n\nCopies: Mikoyan, Kaganovich, Khrushchev\n\nWe draw your attention to "
     "the inadmissibility of your actions in connection with the appeal.\n",
     "A. Gromyko 20 November 1951 No. 334/ag", "We draw your attention"),
    ("I attach for the Comrade General a note sent by the Military Attaché in Prague.\n\n"
     "HEAD OF DEPARTMENT II GENERAL STAFF\n\n[handwritten signature]\n\nBrigadier General "
     "W. OLIWA\n\nSERVICE NOTE\n\nThe following two events have defined the political "
     "situation in the country this week.\n",
     "HEAD OF DEPARTMENT II GENERAL STAFF handwritten signature Brigadier General W. OLIWA",
     "SERVICE NOTE"),
    ("We herewith forward a 7 July 1957 resolution about the anti-Party group, adopted at a "
     "meeting of an expanded plenum of the CC of the People's Party of Iran\n\nThe CC of the "
     "People's Party of Iran\n\n[signed] Radmanesh\n\n7 July 1957\n\n[to the archives]\n\n"
     "[signed] Ivanov\n\nV. Gorbunov\n\n    12 July\n\n\n\nAn expanded plenum of the CC of "
     "the People's Party of Iran has found out about the decision of a CPSU CC plenum.\n\n"
     "Adopted at the 7 July 1957 meeting.\n\n[signed] Radmanesh\n",
     "The CC of the People's Party of Iran signed Radmanesh 7 July 1957 to the archives "
     "signed Ivanov V. Gorbunov 12 July", "An expanded plenum"),
], ids=["undated-signature", "farewell-name-and-date", "submitted-with-copies-kept",
        "a-body-signs", "we-attached", "number-and-copies-kept",
        "handwritten-signature-then-the-papers-title", "a-resolution-and-the-receivers-remarks"])
def test_what_a_covering_note_says_it_sends_follows_its_signature(
        source: str, closer: str, sent_opening: str) -> None:
    """`… the Secretariat is sending you the minutes …` / `/W. Lewandowska/` / `Minutes of the
    Conversation …`: the note's signature (a farewell's name and date with it) closes it, and
    what follows is what it sent."""
    closers, sent = _outer_and_sent(source)
    assert closers == [closer]
    assert sent.startswith(sent_opening)


def test_a_signature_without_a_note_that_sends_anything_keeps_the_text_after_it() -> None:
    """A signature between paragraphs of a text that sends nothing: no attachment made of
    the paragraphs after it."""
    root = convert_text(
        "The delegation arrived on Monday and was received by the Premier.\n\n"
        "/W. Lewandowska/\n\nThe talks lasted two hours and touched on trade between the two "
        "countries and the coming visit of the Premier.\n", overrides=META,
        enrich=False).tree.getroot()
    assert not root.xpath("//t:floatingText", namespaces=NS)


def test_a_report_that_submits_what_follows_it_sends_nothing_after_its_signature() -> None:
    """`… submits the following information on this question:` and the paragraphs under it:
    the report's own text; the editor's lines under its signature (a gloss, whom it was sent
    to) stay the report's postscript, no attached paper."""
    root = convert_text(
        "The empowered representative of the Ministry submits the following information on "
        "this question:\n\nDuring the second half of the year the number of defections has "
        "genuinely increased, according to the data of the police.\n\nThe increase is "
        "explained by the propaganda carried out among the inhabitants.\n\n“6” May 1953\n\n"
        "Witness: [signature]\n\nMinisterstvo Vnutrennykh Del', Ministry of Internal "
        "Affairs.\n\nThis memorandum was sent to Malenkov, Molotov and Khrushchev.\n",
        overrides=META, enrich=False).tree.getroot()
    assert not root.xpath("//t:floatingText", namespaces=NS)
    postscript = root.xpath("//t:postscript/t:p", namespaces=NS)
    assert [p.xpath("string()")[:26] for p in postscript] == [
        "Ministerstvo Vnutrennykh D", "This memorandum was sent t"]


def test_the_translators_word_for_the_attached_letter_opens_it() -> None:
    """`With communist greetings!` / two signers / the date / `[attached handwritten letter].`
    / the letter: the note closes on its date, the letter is the transmitted text."""
    closers, sent = _outer_and_sent(
        "We have received a reply telegram from Comrade Mao Zedong and ask you to receive us "
        "today.\n\nWith communist greetings!\n\nGao Gang\nKim Il Sung\n\n14 June 1951\n\n"
        "[attached handwritten letter].\n\n“To Comrades Gao Gang and Kim Il Sung:\n\nI "
        "received your telegram of 13 June and agree with the course you propose.\n")
    assert closers == ["With communist greetings! Gao Gang Kim Il Sung 14 June 1951"]
    assert sent.startswith("attached handwritten letter.")


def test_a_hands_label_over_an_attached_letter_in_single_newlines() -> None:
    """`[handwritten:]` / `Dear Cde.` / `I. V. Stalin` / the letter, in a page saved with single
    newlines: the label reaches the salutation the hand wrote, and the letter under the
    covering note's signature, date and number is a document of its own, not the hand's
    addition to that note's closer."""
    text = ("to Cde. I. V. STALIN\n"
            "I am sending by diplomatic post the original of a letter of Kim Il Sung addressed "
            "to you received on 28 September from Cde. Shtykov.\n"
            "At the same time I report to you that the originals of his other letters were "
            "sent to Cde. Shtykov by agreement with Cde. N. A. Bulganin.\n"
            "(A. Gromyko)\n28 September 1950\nNº 328/ag\n[handwritten:]\nDear Cde.\n"
            "I. V. Stalin\nWe are deeply touched by your attention.\n"
            "We wish you many years of life and health.\nDevotedly yours,\nKim Il Sung\n"
            "Pyongyang\n31 August 1950\n")
    root = convert_text(text, overrides=META).tree.getroot()
    floating = root.xpath(RELAYED, namespaces=NS)
    assert len(floating) == 1
    added = floating[0].xpath("t:body/t:div/t:opener/t:add[@hand]", namespaces=NS)
    assert [" ".join(a.xpath("string()").split()) for a in added] == ["Dear Cde. I. V. Stalin"]
    assert [" ".join(s.xpath("string()").split()) for s in floating[0].xpath(
        ".//t:closer/t:signed", namespaces=NS)] == ["Devotedly yours, Kim Il Sung"]
    assert root.xpath("string(//t:div[not(ancestor::t:floatingText)]/t:closer/t:signed)",
                      namespaces=NS) == "(A. Gromyko)"


@pytest.mark.parametrize(("begins", "ends"), [
    ("Beginning of text:", "End of text."), ("Text begins", "Text ends"),
    ("Begin text:", "End text.")])
def test_a_text_relayed_between_its_beginning_and_end_marks(begins: str, ends: str) -> None:
    """`Beginning of text:` / the letter / `End of text.`: the letter relayed, without quotation
    marks, with its salutation and signature (its signature closed the telegram, whose own
    signer was the second); the marks stay the telegram's paragraphs."""
    source = ("To Comrade Filippov.\n\nI transmit the text of the letter of Kim Il Sung to you.\n\n"
              f"{begins}\n\nDear Comrade Stalin!\n\nWe ask you to send us additional arms for the "
              f"Korean People's Army.\n\nWith deep respect,\nKim Il Sung\n\n{ends}\n\nSHTYKOV\n")
    root = converted_text(source, "July 12, 1950")
    assert texts(root, f"{RELAYED}//t:salute") == ["Dear Comrade Stalin!"]
    assert texts(root, f"{RELAYED}//t:signed") == ["With deep respect, Kim Il Sung"]
    assert texts(root, f"{CLOSER}/t:signed") == ["SHTYKOV"]
    assert ends in texts(root, "/t:TEI/t:text/t:body/t:div/t:p")


def test_a_letter_announced_and_signed_under_is_relayed_without_quotation_marks() -> None:
    """`… transmit to you the following letter:` / `Dear Comrade Stalin!` / … / `With deep
    respect,` / `Kim Il Sung` / `SHTYKOV`: the letter relayed, its signature its own (the
    letter's signature and the telegram's were one closer)."""
    source = ("To Comrade Filippov.\n\nKim Il Sung asked me to transmit to you the following "
              "letter:\n\nDear Comrade Stalin!\n\nWe ask you to send us additional arms for the "
              "Korean People's Army.\n\nWith deep respect,\nKim Il Sung\n\nSHTYKOV\n")
    root = converted_text(source, "July 12, 1950")
    assert texts(root, f"{RELAYED}//t:signed") == ["With deep respect, Kim Il Sung"]
    assert texts(root, f"{CLOSER}/t:signed") == ["SHTYKOV"]
    # (no one signing under it: the letter the text ends on may be the document's own)
    alone = converted_text(source.replace("\n\nSHTYKOV", ""), "July 12, 1950")
    assert alone.xpath(RELAYED, namespaces=NS) == []


def test_a_short_sentence_under_the_relayed_letter_is_the_relaying_text() -> None:
    root = converted_text(
        "Kim Il Sung asked me to transmit to you the following letter:\n"
        "\"Dear Iosif Vissarionovich!\nThe Korean People's Army has liberated Seoul. I ask you "
        "to deliver to us as quickly as possible the ammunition requested.\n"
        "With deep respect,\nKIM IL SUNG\n30 June 1950\"\n"
        "I ask for your instructions.\nSHTYKOV\n", "June 30, 1950")
    assert texts(root, "/t:TEI/t:text/t:body/t:div/t:p")[-1] == "I ask for your instructions."
    assert texts(root, f"{CLOSER}/t:signed") == ["SHTYKOV"]


def test_a_quotation_announced_as_the_note_attached_is_relayed_from_its_letterhead() -> None:
    """`… the following note, which I attach in translation:` / `"Ministry of Foreign Affairs
    of the USSR` (a letterhead, no address) / … / `Moscow, 20 February 1948"`: the note
    relayed to its closing mark, and the ambassador's text and signature after it his own (the
    note's letterhead was signed as the embassy's, and all after it relayed)."""
    root = converted_text(
        "Today I received from Deputy Minister V. A. Zorin the following note, which I attach "
        "in translation:\n\n\"Ministry of Foreign Affairs of the USSR\nMoscow, 20 February "
        "1948\nNo. 37/ev\n\nTo the Embassy of the Czechoslovak Republic in Moscow\n\nThe "
        "Ministry of Foreign Affairs of the USSR presents its compliments to the Embassy and "
        "informs it that the grain will be delivered in March.\n\nMoscow, 20 February "
        "1948\"\n\nIn the conversation that followed, Zorin asked me about the situation in "
        "Prague and the government's plans for the spring.\n\nThe Ambassador:\nJ. Horák\n",
        "February 21, 1948")
    assert texts(root, f"{RELAYED}//t:closer/t:dateline") == ['Moscow, 20 February 1948"']
    assert texts(root, f"{CLOSER}/t:signed") == ["The Ambassador:", "J. Horák"]
    assert texts(root, "/t:TEI/t:text/t:body/t:div/t:p")[-1].startswith("In the conversation")


def test_a_relayed_letters_place_and_date_before_its_closing_mark_date_it() -> None:
    """`With deep respect, KIM IL SUNG.` / `Pyongyang. 29 March 1953."`: the letter's place and
    date, set off by a stop, its dateline (read as one more signer for the closing mark)."""
    root = converted_text(
        "Today at 14:00 Kim Il Sung handed me the following letter for immediate "
        "transmission.\n\"To the Chairman of the Council of Ministers, Comrade G. M. Malenkov."
        "\nDear Comrade Malenkov!\nThe Government of the DPRK has acquainted itself with the "
        "proposal and considers it timely.\nWith deep respect, KIM IL SUNG.\nPyongyang. 29 March "
        "1953.\"\nRAZUVAYEV\n", "March 29, 1953")
    assert texts(root, f"{RELAYED}//t:closer/t:dateline") == ['Pyongyang. 29 March 1953."']
    assert texts(root, f"{RELAYED}//t:closer/t:signed") == ["With deep respect, KIM IL SUNG."]


def test_a_letter_in_quotation_marks_opening_on_its_salutations_words_is_relayed() -> None:
    """`"Respected Chairman Mao Zedong and Comrade Liu Shaoqi:` … `Kim Il Sung` / `14 February
    1965, Pyongyang"`, a blank line between its lines: the letter relayed, its signature and
    date its own (its lines were paragraphs of the cable)."""
    root = converted_text(
        "Comrade Pak handed me a letter from Comrade Kim Il Sung to Chairman Mao.\n\n"
        "\"Respected Chairman Mao Zedong and Comrade Liu Shaoqi:\n\nThe Soviet delegation "
        "visited our country from 11 to 14 February and raised the question of a meeting.\n\n"
        "With revolutionary greetings,\n\nKim Il Sung\n\n14 February 1965, Pyongyang\"\n\n"
        "When handing over the letter, Pak said the delegation had also visited Hamhung.\n\n"
        "Embassy in Korea\n", "February 16, 1965")
    assert texts(root, f"{RELAYED}//t:closer/t:dateline") == ['14 February 1965, Pyongyang"']
    assert texts(root, f"{RELAYED}//t:salute")[0].startswith('"Respected Chairman Mao')


def test_those_present_at_a_conversation_send_no_paper_under_the_signature() -> None:
    """`Present at the conversation were …` says who was there, not that the record sends a
    paper: the copies' list under the signature stays the record's own (the list and what
    followed it were wrapped as an attached document)."""
    source = ("I visited Ngo Quang Thuan at his request. Present at the conversation were the "
              "head of the Department of the USSR of the DRV MFA, Comrade Nguyen Van Hien, and "
              "the second secretary of the Embassy, Cde. Kalinin S.I.\n\n"
              "Thuan said that the group of specialists would be met at the border.[1]\n\n"
              "I thanked him for the information and said that I would report it to Moscow.\n\n"
              "USSR AMBASSADOR IN THE DRV [signature] /N. ORLOVSKY/\n\n"
              "4 copies printed  \n1 - Cde. A. A. Gromyko  \n2 - Cde. N. P. Firyubin  \n"
              "3 - to file\n\nNº 412 - 26 March 1965\n\n"
              "[1] Reference is to the American air raids on the DRV in March 1965.\n")
    root = converted_text(source, "March 12, 1965")
    assert root.xpath("//t:floatingText", namespaces=NS) == []
    assert texts(root, "//t:list[@type='distribution']/t:item") == [
        "Cde. A. A. Gromyko", "Cde. N. P. Firyubin", "to file"]


def test_a_covering_notes_closer_over_the_quoted_letter_it_sends() -> None:
    """`… forwards a translation of the letter …` / `Head of the Department` / `Yu. Andropov` /
    `26 April 1962` / `No. 25-S-1147` / `Translation from Korean` / `"Dear Comrade …! …"`: the
    note signs and dates above the letter it sends, which is its attachment (the note's
    signature, date and number were paragraphs of its text)."""
    source = ("The Department of the CC CPSU forwards a translation of the letter of Comrade Kim "
              "Il Sung to Comrade N. S. Khrushchev of 18 April 1962.\n"
              "The Department considers it expedient to instruct the State Committee to examine "
              "the requests of the Korean comrades.\nAttachment: on 4 pages.\n"
              "Head of the Department of the CC CPSU\nYu. Andropov\n26 April 1962\n"
              "No. 25-S-1147\nTranslation from Korean\n"
              '"Dear Comrade Nikita Sergeyevich!\nAllow me first of all to express to you deep '
              "gratitude for the help which the Soviet Union gives our people.\n"
              "With communist greetings,\nKIM IL SUNG\nPyongyang, 18 April 1962\"\n")
    root = converted_text(source, "April 26, 1962")
    assert texts(root, f"{CLOSER}/t:signed") == ["Head of the Department of the CC CPSU",
                                                 "Yu. Andropov"]
    assert texts(root, f"{CLOSER}/t:dateline") == ["26 April 1962"]
    (letter,) = root.xpath(f"{ATTACHED}", namespaces=NS)
    assert "KIM IL SUNG" in texts(letter, ".//t:closer/t:signed")[0]


def test_a_quotation_a_sentence_says_it_transmits_is_relayed() -> None:
    """`For your information [we transmit] the assessment … sent by our Embassy in
    Washington:` / `“The resolution …` / `Washington, 27 July 1964` / `Mićunović”`: the report
    relayed to its closing mark, its place, date and signer its own (they were paragraphs)."""
    root = converted_text(
        "For your information and orientation [we transmit] the assessment of the meeting sent "
        "by our Embassy in Washington:\n“The resolution on the breaking of relations with Cuba "
        "was adopted on 26 July by fifteen votes against four.\nRusk insisted in the closing "
        "session that the resolution binds all members.\nWashington, 27 July 1964\nMićunović”\n"
        "The Embassies should show understanding for the position of those governments.\n"
        "Vidić\n", "July 29, 1964")
    assert texts(root, f"{RELAYED}//t:closer/t:dateline") == ["Washington, 27 July 1964"]
    assert texts(root, f"{RELAYED}//t:closer/t:signed") == ["Mićunović”"]
    assert texts(root, f"{CLOSER}/t:signed") == ["Vidić"]


def test_a_letter_announced_by_a_long_sentence_with_a_doubted_name_is_relayed() -> None:
    """`Today I was handed the following letter by Comrade Raúl León [?], head of the
    department … [MINCEX]:` / `"Havana, 3 June 1963` / … / `Minister of Foreign Trade"`: the
    letter relayed (the doubt's question mark was read as the sentence's end, and the sentence
    ran past the words looked at)."""
    root = converted_text(
        "Today I was handed the following letter by Comrade Raúl León [?], head of the "
        "department for the socialist countries of the Ministry of Foreign Trade [MINCEX]:\n"
        "\"Havana, 3 June 1963\nComrade Minister of Foreign Trade of the ČSSR,\nOn behalf of "
        "the Revolutionary Government of Cuba I turn to you with an urgent request for spare "
        "parts.\nPatria o Muerte. Venceremos.\n[illegible signature]\nMinister of Foreign "
        "Trade\"\nComrade León added orally that the Cuban side would pay in sugar.\nKohout\n",
        "June 4, 1963")
    assert texts(root, f"{RELAYED}//t:opener/t:dateline") == ['"Havana, 3 June 1963']
    assert texts(root, f"{CLOSER}/t:signed") == ["Kohout"]


def test_a_message_in_quotation_marks_opening_on_your_excellency_is_relayed() -> None:
    """`"Your Excellency Foreign Minister Ohira:` / … / `Ji Pengfei"`: the message relayed,
    its salutation and its signer its own (they were paragraphs)."""
    root = converted_text(
        "Please deliver the following oral message from Foreign Minister Ji Pengfei to Foreign "
        "Minister Ohira in person, and report his reaction by cable at once.\n\n\"Your "
        "Excellency Foreign Minister Ohira:\n\nI am glad to learn that Your Excellency will "
        "visit China from 3 to 6 January.\n\nJi Pengfei\"\n\nWhen delivering the message, you "
        "may read it out to him.\n\nForeign Ministry\n", "December 24, 1973")
    assert texts(root, f"{RELAYED}//t:salute") == ['"Your Excellency Foreign Minister Ohira:']
    assert texts(root, f"{RELAYED}//t:closer/t:signed") == ['Ji Pengfei"']


def test_a_communique_announced_and_given_in_full_is_relayed() -> None:
    """`… the following communiqué, which I give in full:` / `"The Revolutionary Government …`
    / … / `New York, 26 October 1962"`: the communiqué relayed, and the ciphergram's own
    points after it are its text, signed (they were the closer's postscript)."""
    root = converted_text(
        "4. The Cuban Mission distributed tonight the following communiqué, which I give in "
        "full:\n\"The Revolutionary Government of Cuba declares once more that it will not "
        "accept any inspection of its territory.\nMario García-Incháustegui\nAmbassador, "
        "Permanent Representative of Cuba to the United Nations\nNew York, 26 October 1962\"\n"
        "5. Zorin, with whom I spoke after the session, assessed the situation as very "
        "serious.\nLEWANDOWSKI\n", "October 26, 1962")
    assert texts(root, f"{RELAYED}//t:closer/t:dateline") == ['New York, 26 October 1962"']
    assert texts(root, f"{CLOSER}/t:signed") == ["LEWANDOWSKI"]
    assert texts(root, "/t:TEI/t:text/t:body/t:div/t:p")[-1].startswith("5. Zorin")


def test_points_drafted_and_quoted_with_their_place_and_date_are_relayed() -> None:
    """`I drafted the following points and handed them to Mendès-France and Eden:` / `"Points
    concerning …` / … / `Geneva, 17 July 1954"`: the paper drafted, its place and date its
    closer's (they were paragraphs of the cable)."""
    root = converted_text(
        "6. After consultation with the Vietnamese comrades, I drafted the following points and "
        "handed them to Mendès-France and Eden:\n\"Points concerning the Settlement of the Laos "
        "Question\n(1) The fighting units of the resistance forces shall be regrouped in the "
        "two northern provinces.\n(2) General elections shall be held in Laos in 1955.\nGeneva, "
        "17 July 1954\"\n7. Mendès-France said that he accepted the points in principle.\n"
        "Zhou Enlai\n", "July 18, 1954")
    assert texts(root, f"{RELAYED}//t:closer/t:dateline") == ['Geneva, 17 July 1954"']
    assert texts(root, f"{CLOSER}/t:signed") == ["Zhou Enlai"]


def test_an_information_handed_over_in_quotation_marks_is_relayed() -> None:
    """`… handed over the following information:` / `“Information` / `on the official visit …`
    / … / `Ministry of Foreign Affairs of the DPRK` / `Pyongyang, 28 April 1975”`: a paper of
    that name, relayed (its signer and its place and date were paragraphs of the telegram)."""
    root = converted_text(
        "Today Deputy Minister Pak Chang-ryun received the ambassadors of the socialist "
        "countries and handed over the following information:\n“Information\non the official "
        "friendship visit of the delegation of the DPRK to the People’s Republic of China\n"
        "The delegation led by Comrade Kim Il Sung paid an official friendship visit to the "
        "People’s Republic of China from 18 to 26 April 1975.\nMinistry of Foreign Affairs of "
        "the DPRK\nPyongyang, 28 April 1975”\nThe Embassy will report in detail by courier.\n"
        "Everhartz\n", "April 28, 1975")
    assert texts(root, f"{RELAYED}//t:closer/t:dateline") == ["Pyongyang, 28 April 1975”"]
    assert texts(root, f"{RELAYED}//t:closer/t:signed") == [
        "Ministry of Foreign Affairs of the DPRK"]
    assert texts(root, f"{CLOSER}/t:signed") == ["Everhartz"]


def test_a_note_whose_text_a_sentence_says_it_reads_is_relayed() -> None:
    """`… The text of the note reads:` / `"The Revolutionary Government …` / `Havana, 18 March
    1963` / `Dr. Raúl Roa` / `Minister of Foreign Relations"`: the note relayed (its place and
    date, its signer were paragraphs of the cable), its signer one with his office, the
    quotation's closing mark after it."""
    root = converted_text(
        "I delivered to the State Department the note of the Cuban government of 18 March. The "
        "text of the note reads:\n\"The Revolutionary Government of the Republic of Cuba "
        "protests most energetically against the criminal attack.\nHavana, 18 March 1963\n"
        "Dr. Raúl Roa\nMinister of Foreign Relations\"\nHurvič replied that the American "
        "government had already condemned the raid publicly.\nRůžek\n", "March 20, 1963")
    assert texts(root, f"{RELAYED}//t:closer/t:dateline") == ["Havana, 18 March 1963"]
    assert texts(root, f"{RELAYED}//t:closer/t:signed") == [
        'Dr. Raúl Roa Minister of Foreign Relations"']


def test_a_relayed_messages_signer_with_his_two_offices_a_comma_apart() -> None:
    """`Kim Ir Sen` / `General Secretary of the Central Committee of the Workers' Party of
    Korea, President of the Democratic People's Republic of Korea`: both offices the signer's
    (the line, longer than one office, was loose text in the closer)."""
    root = converted_text(
        "Kim Il Sung asked me to transmit the following message:\n\"Dear Comrade Ceaușescu,\n"
        "The Korean people consider that your visit will contribute to the strengthening of the "
        "unity of our two parties.\nWith comradely greetings,\nKim Ir Sen\nGeneral Secretary "
        "of the Central Committee of the Workers' Party of Korea, President of the Democratic "
        "People's Republic of Korea\nPyongyang, 10 May 1978\"\nWe propose that the message be "
        "submitted to the leadership.\nPopa\n", "May 11, 1978")
    (signed,) = texts(root, f"{RELAYED}//t:closer/t:signed")
    assert signed.endswith("Kim Ir Sen General Secretary of the Central Committee of the "
                           "Workers' Party of Korea, President of the Democratic People's "
                           "Republic of Korea")


def test_a_reports_parts_numbered_in_roman_figures_are_no_attached_paper() -> None:
    """`… of the 22nd and 26th of the present month, and to inform you …` / `I. THE OFFICIAL
    REACTION` / `1. The news …`: the report's first part under its heading (the heading
    signed, and the rest was a paper attached; `the present month` is no sending)."""
    root = converted_text(
        "Mr. Secretary:\n\nI have the honour to refer to my coded telegrams numbers 231 and 236, "
        "of the 22nd and 26th of the present month, and to inform you in greater detail of the "
        "reactions which the Resolution has provoked in this country.\n\nI. THE OFFICIAL "
        "REACTION\n\n1. The news of the approval of the Resolution reached Havana on the "
        "afternoon of Sunday the 26th, while the Prime Minister was in Santiago.\n\n2. In his "
        "speech the Prime Minister devoted a long part to the Resolution and its authors.\n\n"
        "II. THE PRESS\n\n3. The newspapers of the capital published the text of the speech in "
        "full and commented on it at length.\n\nI renew the assurances of my consideration.\n\n"
        "FERNANDO PAMANES\n", "July 31, 1964")
    assert root.xpath("//t:floatingText", namespaces=NS) == []
    assert "I. THE OFFICIAL REACTION" not in texts(root, "//t:signed")


def test_a_relayed_letters_signer_his_office_and_its_place_and_date() -> None:
    """`Ho Dam` / `Minister of Foreign Affairs of the D.P.R.K.` / `Phenian [Pyongyang], May 8,
    1975”`: the office under the name signs with it (its initials' stop was a sentence's end,
    and it and the dateline were a postscript), and the place the dateline opens with is a
    place."""
    root = converted_text(
        "Comrade Kim Jae-suk handed me the following letter:\n\n“Dear Comrade Minister,\n\n"
        "With regard to the program of the visit, our side proposes that the delegation arrive "
        "in Bucharest on [May] 22 by special train.\n\nWith comradely greetings,\n\nHo Dam\n\n"
        "Minister of Foreign Affairs of the D.P.R.K.\n\nPhenian [Pyongyang], May 8, 1975”\n\n"
        "Comrade Kim Jae-suk added that the Korean side wishes to learn the composition of the "
        "escort.\n\nPopa\n", "May 9, 1975")
    assert texts(root, f"{RELAYED}//t:closer/t:signed") == [
        "With comradely greetings, Ho Dam Minister of Foreign Affairs of the D.P.R.K."]
    assert texts(root, f"{RELAYED}//t:closer/t:dateline/t:placeName") == ["Phenian Pyongyang"]


def test_a_note_the_sentence_says_it_transcribes_below_is_relayed() -> None:
    """`… delivered to this Embassy today the note verbale transcribed below, in reply to …`
    over `"No. 214/OLA` / … / `Moscow, 14 December 1962."`: the note is a document of its own,
    its number and dateline its (they were paragraphs of the telegram)."""
    root = converted_text(
        "311 – SATURDAY – The Ministry of Foreign Affairs of the USSR delivered to this Embassy "
        "today the note verbale transcribed below, in reply to the aide-mémoire of 22 November.\n"
        "\"No. 214/OLA\nThe Ministry of Foreign Affairs of the USSR presents its compliments to "
        "the Embassy of the United States of Brazil and has the honour to reply as follows.\n"
        "The Soviet Government has studied with attention the proposal of the Government of "
        "Brazil on the transformation of Latin America into a zone free of nuclear weapons.\n"
        "Moscow, 14 December 1962.\"\n2. In handing me the note, the Director told me that the "
        "Minister attaches great importance to the question.\n", "December 15, 1962")
    assert texts(root, "//t:floatingText//t:idno") == ['"No. 214/OLA']
    assert texts(root, "//t:floatingText//t:dateline") == ['Moscow, 14 December 1962."']


def test_a_paper_the_writer_says_he_transcribes_below_is_relayed() -> None:
    """`… handed me … the aide-mémoire that I transcribe below, with the request …:` over
    `“AIDE-MÉMOIRE` / … / `Department of State,` / `Washington, October 27, 1962.”`: the
    present tense announces the paper as the past does (its signing body and dateline were
    paragraphs of the telegram)."""
    root = converted_text(
        "511 – SATURDAY – I was called this afternoon to the Department of State by Mr. Edwin "
        "Martin, who handed me the aide-mémoire that I transcribe below, with the request that it "
        "reach Your Excellency still tonight:\n“AIDE-MÉMOIRE\nThe Government of the United "
        "States has taken note of the message of Chairman Khrushchev broadcast this morning by "
        "Radio Moscow.\nDepartment of State,\nWashington, October 27, 1962.”\n2. In handing me "
        "the document, Mr. Martin said that the next forty-eight hours would be decisive.\n",
        "October 27, 1962")
    assert texts(root, f"{RELAYED}//t:closer/t:signed") == ["Department of State,"]
    assert texts(root, f"{RELAYED}//t:closer/t:dateline") == ["Washington, October 27, 1962.”"]


def test_a_note_announced_by_a_sentence_ending_on_a_footnotes_mark_is_relayed() -> None:
    """`… handed me the following note, …, for which this Embassy acts as protecting power:[1]`
    over `"No. 1721` / … / `Havana, 2 November 1962`: the footnote's mark after the colon ends
    no sentence of the cable's; the note is relayed (its number and dateline were paragraphs
    of the cable)."""
    root = converted_text(
        "Today the Chief of Protocol handed me the following note, with the request that it be "
        "transmitted to the Government of the United States, for which this Embassy acts as "
        "protecting power:[1]\n\n\"No. 1721\n\nThe Ministry of Foreign Relations presents its "
        "compliments to the Embassy of Switzerland and has the honour to protest against the "
        "flights of military aircraft over the national territory.\n\nHavana, 2 November 1962\"\n"
        "\nThe atmosphere in the city is calm and the Embassy continues its work.\n\n"
        "STADELHOFER\n\n[1] Switzerland represented the interests of the United States in "
        "Cuba.\n", "November 2, 1962")
    assert texts(root, f"{RELAYED}//t:idno") == ['"No. 1721']
    assert texts(root, f"{RELAYED}//t:dateline") == ['Havana, 2 November 1962"']


def test_the_cuban_years_name_after_the_relayed_notes_date_is_its_dateline() -> None:
    """`Havana, 5 November 1962, "Year of Planning" [Año de la Planificación]."` closing a
    relayed Cuban note: the year's name is the dateline's (it left the line a paragraph)."""
    root = converted_text(
        "211. Ministry of Foreign Relations circulated yesterday the following note, whose text I "
        "transmit:\n\"The Ministry of Foreign Relations of the Republic of Cuba presents its "
        "compliments to the Embassy and has the honor to inform it that the Revolutionary "
        "Government will not accept any inspection of national territory.\nHavana, 5 November "
        "1962, \"Year of Planning\" [Año de la Planificación].\"\nMikoyan continues "
        "conversations with the Prime Minister.\nBOSQUES\n", "November 6, 1962")
    assert texts(root, f"{RELAYED}//t:closer/t:dateline")[0].startswith("Havana, 5 November 1962")


def test_a_note_opening_on_excellency_alone_is_relayed() -> None:
    """`"Excellency,` / `On instructions from my Government …` / `Accept, Excellency, …` /
    `Permanent Representative of Cuba to the United Nations` / `New York, 7 February 1964"`:
    `Excellency,` alone opens a diplomatic note as `Your Excellency` does (its signer and
    dateline were paragraphs of the telegram)."""
    root = converted_text(
        "He handed me the text of a letter which he will deliver tomorrow to the President of "
        "the Council:\n\"Excellency,\nOn instructions from my Government I have the honour to "
        "bring to your attention that naval units of the United States seized four Cuban "
        "fishing vessels.\nAccept, Excellency, the assurances of my highest consideration.\n"
        "Permanent Representative of Cuba to the United Nations\nNew York, 7 February 1964\"\n"
        "I request instructions by return telegram.\n", "February 7, 1964")
    assert texts(root, f"{RELAYED}//t:closer/t:signed") == [
        "Permanent Representative of Cuba to the United Nations"]


def test_an_attachment_described_at_length_in_its_brackets_follows_the_closer() -> None:
    """`Embassy in Vietnam` / `Hanoi, 14 May 1966` / `[Attachment: Notice of the Hanoi
    Administrative Committee on …, translated from the Vietnamese]` / `"Notice` / …: the
    report's signature and date close it, the notice is its attachment (they were paragraphs,
    the notice's closer the report's)."""
    root = converted_text(
        "5. In view of the air raids, we ask the Ministry to approve the reduction of the "
        "Embassy staff in Hanoi.\nPlease instruct whether the above is appropriate.\nEmbassy in "
        "Vietnam\nHanoi, 14 May 1966\n[Attachment: Notice of the Hanoi Administrative Committee "
        "on the second stage of evacuation, translated from the Vietnamese]\n\"Notice\n1. All "
        "offices in the inner city are to complete their evacuation by 31 May.\n2. Families "
        "with children are to send the children to the evacuation areas.\nHanoi Administrative "
        "Committee\n[date left blank] May 1966\"\nDistribution:\nChairman, Liu, Zhou\n",
        "May 14, 1966")
    assert texts(root, f"{CLOSER}/t:signed") == ["Embassy in Vietnam"]
    assert texts(root, f"{CLOSER}/t:dateline") == ["Hanoi, 14 May 1966"]


@pytest.mark.parametrize("announcement", [
    "Attachment: List of the incidents reported to the consulate in Medan, 2-9 March",
    "*Attachment: List of the incidents reported to the consulate in Medan, 2-9 March*",
])
def test_an_attachment_titled_at_length_after_its_colon_follows_the_closer(
        announcement: str) -> None:
    """`Embassy in Indonesia` / `10 March 1960` / `Attachment: List of the incidents …` / the
    list: the cable's signature and date close it, the list is its attachment, the title in
    emphasis or not (the date opened a journal's entry, the signature a paragraph)."""
    root = converted_text(
        "2. The consulate advises the overseas Chinese to remain calm and to report every case "
        "to it at once.\n\nPlease give instructions.\n\nEmbassy in Indonesia\n\n10 March 1960"
        f"\n\n{announcement}\n\n1. Medan: four shops closed by the military on 2 March and "
        "their owners detained.\n\n2. Pematang Siantar: a school of the overseas Chinese "
        "searched by the police.\n", "March 10, 1960")
    assert texts(root, f"{CLOSER}/t:signed") == ["Embassy in Indonesia"]
    assert texts(root, f"{CLOSER}/t:dateline") == ["10 March 1960"]
    assert root.xpath("//t:div[@type='entry']", namespaces=NS) == []
    (attached,) = root.xpath(ATTACHED, namespaces=NS)
    assert "Pematang Siantar" in " ".join(texts(attached, ".//t:p"))


def test_the_text_of_a_communication_which_reads_is_relayed_with_its_signer() -> None:
    """`… handed over the text of a communication of the MFA of the DPRK, which reads:` /
    `"On 18 August …` / `Ministry of Foreign Affairs of the DPRK` / `Pyongyang, 18 August
    1976"`: the communication relayed, its signer and dateline its own (they were paragraphs
    of the telegram)."""
    root = converted_text(
        "Kim Jae-suk handed over the text of a communication of the MFA of the DPRK, which "
        "reads:\n\n\"On 18 August 1976 the American imperialist aggressors committed a grave "
        "provocation in the joint security area of Panmunjom.\n\nMinistry of Foreign Affairs of "
        "the DPRK\n\nPyongyang, 18 August 1976\"\n\nKim Jae-suk said further that the army has "
        "been brought to a state of combat readiness.\n\nSUDARIKOV\n", "August 19, 1976")
    assert _relayed_closer(root) == {"signed": ["Ministry of Foreign Affairs of the DPRK"],
                                     "dateline": ["Pyongyang, 18 August 1976\""]}


def _relayed_closer(root: etree._Element) -> dict[str, list[str]]:
    """The relayed paper's signers and datelines, each as text."""
    return {name: texts(root, f"{RELAYED}//t:closer/t:{name}") for name in ("signed", "dateline")}


def test_a_statement_a_sentence_says_what_it_says_is_relayed_with_its_signer() -> None:
    """`The statement of the Revolutionary Government, read on radio … by Dorticos, says in its
    concluding part:` / `“The Revolutionary Government declares …` / `Osvaldo Dorticos Torrado`
    / `President of the Republic` / `Havana, 6 February 1964, “Year of the Economy”.”`: the
    statement quoted, its signer and dateline its own (they were the telegram's paragraphs)."""
    root = converted_text(
        "1. Yesterday at noon the Cuban government cut off the supply of water to the American "
        "base at Guantanamo. The statement of the Revolutionary Government, read on radio and "
        "television by Dorticos, says in its concluding part:\n“The Revolutionary Government "
        "declares that the supply of water to the naval base of Guantanamo will be restored as "
        "soon as the fishermen illegally detained are returned to Cuba.\nOsvaldo Dorticos "
        "Torrado\nPresident of the Republic\nHavana, 6 February 1964, “Year of the Economy”.”\n"
        "2. In a conversation with me today, Deputy Minister Olivares stressed that the Cuban "
        "side is doing everything to avoid a new crisis.\nVUKOVIĆ\n", "February 7, 1964")
    assert texts(root, f"{RELAYED}//t:closer/t:signed") == [
        "Osvaldo Dorticos Torrado President of the Republic"]
    # (the year's name in its quotation marks, a `q`)
    assert texts(root, f"{RELAYED}//t:closer/t:dateline") == [
        "Havana, 6 February 1964, Year of the Economy.”"]
    assert texts(root, f"{CLOSER}/t:signed") == ["VUKOVIĆ"]


@pytest.mark.parametrize(("signer", "heading"), [
    ("Minister: [signature] /K. Dimitrov/", "DRAFT!"),
    ("J. Novák\nMinister of Foreign Trade", "**Draft resolution**"),
])
def test_a_draft_headed_under_a_dated_signature_is_its_attachment(
        signer: str, heading: str) -> None:
    """`Sofia, 3 June 1953` / `Minister: [signature] /K. Dimitrov/` / `DRAFT!` / the decision:
    a report's place and date, then its signer, close it; a heading (in capitals, or wholly
    emphasised) that announces a draft opens the attachment (they were paragraphs of the
    report; under a farewell such a line did so already)."""
    signer_name = signer.split("\n")[0]
    root = converted_text(
        "The Ministry considers that the request of the Korean comrades should be granted.\n\n"
        "The costs will be covered from the reserve fund of the Council of Ministers.\n\n"
        "I propose that the attached draft be adopted.\n\nSofia, 3 June 1953\n\n"
        f"{signer}\n\n{heading}\n\n1. To send a second medical team of twelve persons to "
        "Korea for one year.\n\n2. The Ministry of Public Health shall select its members by "
        "1 July 1953.\n", "June 3, 1953")
    assert texts(root, f"{CLOSER}/t:dateline") == ["Sofia, 3 June 1953"]
    (signed,) = texts(root, f"{CLOSER}/t:signed")
    assert signed.startswith(signer_name.split("[")[0].strip())
    assert signer_name.split()[-1].strip("/") in signed
    (attached,) = root.xpath(ATTACHED, namespaces=NS)
    assert "medical team" in " ".join(texts(attached, ".//t:p"))


def test_a_heading_that_is_no_draft_leaves_the_signature_in_the_text() -> None:
    """`Prague, 9 May 1967` / `J. Novák` / `**Course of the talks**` / text: a heading under a
    dated name that announces no attachment is the report's next part, not another
    document."""
    root = converted_text(
        "The delegation arrived on 2 May and was received by the Prime Minister.\n\n"
        "The talks were held in a friendly atmosphere.\n\nPrague, 9 May 1967\n\nJ. Novák\n\n"
        "**Course of the talks**\n\nThe Vietnamese side asked for further deliveries of "
        "lorries and spare parts.\n", "May 9, 1967")
    assert root.xpath(ATTACHED, namespaces=NS) == []
