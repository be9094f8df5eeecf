"""Roles a line's own words settle after the role table decided."""

from __future__ import annotations

import pytest

from teikit.readers.furniture.settled import settled_role


@pytest.mark.parametrize(("role", "line", "next_line", "settled"), [
    # which copy of how many, its ordinal first (was a line of text)
    ("text", "4th copy of 5", None, "number"),
    # (its pages after it)
    ("text", "3rd copy, 5 pages", None, "number"),
    ("text", "4th copy = 5 pages", None, "number"),  # (the German `= 5 Blatt`: was text)
    # a telegram form's one addressee (was a list of one)
    ("distribution", "Addressed to: Ministry of Foreign Relations and Worship", None, "text"),
    ("distribution", "Addressed to: Du Pingquan, Wei Yunshi, Liu Xiao", None, "distribution"),
    ("text", "2nd copy", None, "number"),
    ("text", "4th copy of the report", None, "text"),
    ("number", "Attachment No. 2", None, "text"),
    # the telegram this one answers, with its date: no dateline of this one
    ("dateline", "1234. Reference: Deptel 567, March 4.", None, "text"),
    ("dateline", "Re your tel 45 of 3 May 1953", None, "text"),
    ("dateline", "Your 123, May 2.", None, "text"),
    ("dateline", "Rennes, 5 May 1953", None, "dateline"),
    ("number", "1.1. Introduction", None, "text"),  # a section's number and title
    ("number", "10-12 am", None, "text"),  # the meeting's hours
    ("number", "300 A/3", None, "number"),
    ("classification", "MFA 25 September 1956 Special N1475", None, "number"),
    ("classification", "SPECIAL", None, "classification"),
    # a title with its markings in parentheses after it: the title's line
    ("classification", "Report From Kabul (Secret. Urgent)", None, "text"),
    ("classification", "Personal (Top Secret)", None, "classification"),
    # a paper's title going on from its marking word (was a classification)
    ("classification", "Subject: Special Report of the Commission of 2 June 1962", None, "text"),
    ("classification", "SECRET REPORT", None, "classification"),
    # the cable it refers to, in parentheses (was the document's number)
    ("number", "(Reference: Our cable No. 1271)", None, "text"),
    ("number", "Ref.: your telegram No. 412", None, "text"),
    ("classification", "Classification: 327.5(47)(510) KD", None, "text"),  # filed under
    ("classification", "Classification: Secret", None, "classification"),
    ("classification", "[Receiving Office] Confidential Department", None, "text"),
    ("text", "TELEGRAM 066738", None, "number"),  # the form's number without its sign
    ("text", "CIPHERED TELEGRAM  4159", None, "number"),
    ("text", "ARTICLE 12", None, "text"),
    ("text", "Telegram 078708", None, "number"),
    ("text", "Report on the Work of the Committee for 1981", None, "text"),
    ("number", "Re: Point 33, Protocol No. 187", None, "text"),
    ("number", "f.45 op.7 d.347", None, "text"),
    ("number", "DEA/DNU/DAC/DAM/600.(24h)", None, "text"),
    ("number", "DEOr/DAS/DPo/600.(22)", None, "text"),
    ("number", "No. 1304/sh.", None, "number"),
    ("number", "Here is the supplement to our dispatch no. 481", None, "text"),
    ("number", "Ciphered telegram no. 481", None, "number"),
    ("number", "Reply to your telegram No. 35", None, "number"),
    ("dateline", "[handwritten:] 10 September 1951", None, "text"),
    ("dateline", "29 June through 8 August 1960", None, "text"),
    ("dateline", "Pyongyang, 23 July 1960", None, "dateline"),
    ("text", "To be preserved in", "1 handwritten copy only", "classification"),
    ("text", "To be preserved in", "the archive of the ministry", "text"),
    ("text", "Two copies printed. Nº 2 to file.", None, "distribution"),
    ("text", "Two copies printed.", None, "text"),
    ("signed", "f.45 op.7 d.347", None, "signed"),
    ("dateline", "29 May 1958\"]", None, "text"),
    ("dateline", "[29 May 1958]", None, "dateline"),
    ("dateline", "Cable, N. Petrov to Soviet Foreign Ministry 4 November 1956", None, "text"),
    ("dateline", "Moscow, 4 November 1956", None, "dateline"),
    ("signed", "R E P O R T", None, "text"),
    ("signed", "III.", None, "text"),  # a section's number over its text
    ("signed", "NEW PARAGRAPH.", None, "text"),  # the telegram's instruction to the typist
    ("signed", "(End)", None, "text"),  # the mark that ends a cable's text, nobody's name
    ("signed", "END OF TEXT.", None, "text"),
    ("signed", "[End of message]", None, "text"),
    ("signed", "ENDICOTT", None, "signed"),  # a name that begins so is a name
    ("signed", "Translated [by] P. Zudin", None, "text"),
    ("signed", "L.", None, "signed"),  # an initial
    ("signed", "G R O M Y K O", None, "signed"),
    ("text", "Havana, 12 March 1963", None, "dateline"),
    # a record's kind as a form's label, its date in the next column
    ("text", "Conversation.   September 23, 1944.", None, "dateline"),
    # a numbered row of an account, its dotted leader before the sum
    ("distribution", "2. Cost of 3 roomed house……………………… 300 Eq-tanga", None, "text"),
    ("distribution", "3. To the Ministry of Finance", None, "distribution"),
    ("text", "Memorandum 10 June 1944", None, "dateline"),
    ("text", "Conversation with Marshal Stalin, 10 June 1944", None, "text"),
    ("text", "from Beijing, on Sept 9th, 1973", None, "dateline"),
    ("text", "Pyongyang, on October 4th, 1961", None, "dateline"),
    ("text", "FROM TBILISI 3 December 1945", None, "dateline"),
    ("text", "Comrade Ivanov 3 December 1945", None, "text"),
    ("text", "Addis Ababa, September 4, 1977", None, "dateline"),
    ("text", "Andropov Report, 1 November 1956", None, "text"),
    ("text", "Havana, 12 March", None, "text"),
    ("text", "Typed by: Vajdáné", None, "text"),
    ("signed", "Concerning", None, "text"),  # the last line, cut off after its first word
    ("signed", "C. Considering", None, "text"),
    ("signed", "More", None, "text"),
    ("text", "PYONGYANG, 08. 09. 10.", None, "dateline"),  # whether or not a date reads
    ("dateline", "Send to CC CPSU A. Mikoyan M. Suslov 29.X-1956", None, "distribution"),
    # whom a cable is to be passed on to, the colon left out; one name is no list
    ("text", "Forward to [Chen] Jiakang, Huang Hua", None, "distribution"),
    ("text", "Forward to [Chen] Jiakang", None, "text"),
    ("text", "Forward to the Ministry the following report, as agreed.", None, "text"),
    ("text", "PYONGYANG, 80. 10. 07.", None, "dateline"),
    ("text", "Copy 1", None, "number"),  # the copy's number without its sign
    ("text", "Copy 1 of the report", None, "text"),
    ("signed", "Thi", None, "text"),  # the last line, cut off inside its first word
    ("signed", "Af", None, "text"),
    ("signed", "Thi", "2 May 1958", "signed"),
    ("signed", "Hu", None, "signed"),  # a short name, no word's first letters
    ("signed", "Mao", None, "signed"),
    ("signed", "R", None, "text"),  # the last line, a word's first letter the export kept
    ("signed", "R.", None, "signed"),  # an initial
    ("signed", "The Prime Minister should see.", "(K. Menon)", "text"),  # a minute
    ("signed", "Concerning", "2 May 1958", "signed"),  # not the last line
    ("signed", "Terebin.", None, "signed"),
    ("signed", "STALIN", None, "signed"),
    ("signed", "Ling", None, "signed"),
    ("classification", "Note of 1st Restricted Meeting 9 May 1966", None, "text"),
    ("classification", "Restricted", None, "classification"),
    ("classification", "Special Export to Egypt", None, "text"),
    ("classification", "Special dossier", None, "classification"),
    ("classification", "Secret Meeting", None, "text"),
    ("classification", "SECRET", None, "classification"),
    ("distribution", "Strictly confidential!", None, "classification"),  # under a list
    ("dateline", "[Secretariat stamp: 1187 3 May 1962]", None, "text"),  # the stamp's date
    ("number", "Concerning Outgoing Telegram No. 1907", None, "text"),  # another's number
    ("number", "Re: your cable No. 12", None, "text"),
    ("number", "https://digitalarchive.wilsoncenter.org/document/117521", None, "text"),
    ("number", "Outgoing Telegram No. 1907", None, "number"),
    ("number", "Telefon 0228/183025", None, "text"),  # a letterhead's telephone
    ("number", "Tel.: 5612-33", None, "text"),
    ("number", "Kaiserstr. 12-14", None, "text"),  # and its street
    ("number", "Number:", "From: DIPL", "text"),  # a form's number left empty
    ("dateline", "Moscow [stamp], 3 May 1962", None, "dateline"),
    # a place and its date in the original's language, whatever the table says
    ("text", "Bonn, den 22. Februar 1991", None, "dateline"),
    ("text", "Paris, le 3 mai 1968", None, "dateline"),
    ("text", "München, 4. März 1970", None, "dateline"),
    ("text", "Bonn, Dienstag 1991", None, "text"),
    ("distribution", "Comrade Gromyko", None, "distribution"),
    # a comrade's paper filed with this one: its number is not this one's
    ("number", "Note No. 25B of Cde. Beria dated 11 IV 53", None, "text"),
    ("number", "Note  No. 59M of Cde. Molotov dated 19 IV 53", None, "text"),
    # whom a British letter went to, styled `Esq.`: nobody's signature
    ("signed", "M.W. Perrin, Esq.,", "Ministry of Supply.", "text"),
    # the telegrams this one answers, several numbers: not its own
    ("number", "Ref. Nº Nº 509-511 and 512-515", None, "text"),
    ("number", "Ref. No. 10018 /85/bog", None, "number"),
    # who dispatched it, by a form's label, no date: nobody's dateline
    ("dateline", "Dispatch[ed by]: Hirdman, Pol 1", None, "text"),
    ("dateline", "Dispatched by: Hirdman, 19.10.1976", None, "dateline"),
])
def test_a_lines_words_settle_its_role(role: str, line: str, next_line: str | None,
                                       settled: str) -> None:
    assert settled_role(role, line, next_line) == settled
