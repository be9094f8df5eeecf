"""Date expressions: the forms of the dev documents, and the rules for what cannot be known."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from teikit.dates import DateValue, find_dates, parse_date

SEED_DATE = datetime.date(1951, 9, 10)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("September 10, 1951", {"when": "1951-09-10"}),
        ("October 12, 1948", {"when": "1948-10-12"}),
        ("2 October 1951", {"when": "1951-10-02"}),
        ("the 8th of October 1948", {"when": "1948-10-08"}),
        # an ordinal's ending typed apart from its figure
        ("21 st March, 1956", {"when": "1956-03-21"}),
        ("March 21 st, 1956", {"when": "1956-03-21"}),
        ("Sept. 3, 1951", {"when": "1951-09-03"}),
        ("October 1948", {"when": "1948-10"}),
        ("1951-10-05", {"when": "1951-10-05"}),
        ("1973-3-15", {"when": "1973-03-15"}),  # (unpadded, as Mongolian records print it)
        ("1955, April, 21", {"when": "1955-04-21"}),  # (a Chinese cable form's, year first)
        ("23 of October of 1962", {"when": "1962-10-23"}),  # (a Brazilian `de`, translated)
        ("1951", {"when": "1951"}),
        ("V.X.51", {"when": "1951-10-05"}),
        ("12.III.1953", {"when": "1953-03-12"}),
        ("7/XII-61", {"when": "1961-12-07"}),
        ("76. 03. 15.", {"when": "1976-03-15"}),  # a Hungarian telegram's year first
        ("88.03.25", {"when": "1988-03-25"}),  # a Polish code message's, no spaces
        ("30.01.52", {"when": "1952-01-30"}),  # (a day first: no year is above 31 so)
        ("15-IV-1958", {"when": "1958-04-15"}),
        ("28.11.62 19:25", {"when": "1962-11-28T19:25:00"}),
        ("4.9 .60", {"when": "1960-09-04"}),  # (a space typed before the second dot)
        ("5:30 am, 14 May 1950", {"when": "1950-05-14T05:30:00"}),
        ("14 May 1950, at 7:05 p.m.", {"when": "1950-05-14T19:05:00"}),
        ("3 April 1955, 3:30 PM", {"when": "1955-04-03T15:30:00"}),  # the half of the day
        ("10:30 P.M., 3 May 1960", {"when": "1960-05-03T22:30:00"}),  # in capitals too
        # the hour after a dash, as an American cable's dateline has it, the minutes or not
        ("September 12, 1951—6 p.m.", {"when": "1951-09-12T18:00:00"}),
        ("May 5, 1951—7:12 p.m.", {"when": "1951-05-05T19:12:00"}),
        ("12 September 1951 - 18:00", {"when": "1951-09-12T18:00:00"}),
        ("5 May 1951, 10 AM", {"when": "1951-05-05T10:00:00"}),
        # the hours and minutes abbreviated in words, as a Soviet telegram's form prints them
        ("12.9.51 at 18 hrs 20 min.", {"when": "1951-09-12T18:20:00"}),
        ("30.6.50 at 11 hrs.", {"when": "1950-06-30T11:00:00"}),  # (the hour alone)
        ("12 September 1951, 3 h. 05 m.", {"when": "1951-09-12T03:05:00"}),
        ("13/04/51", {"when": "1951-04-13"}),
        ("04/13/51", {"when": "1951-04-13"}),
        ("29 June through 8 August 1960", {"from": "1960-06-29", "to": "1960-08-08"}),
        ("10–12 August 1951", {"from": "1951-08-10", "to": "1951-08-12"}),
        ("August 10-12, 1951", {"from": "1951-08-10", "to": "1951-08-12"}),
        ("1 through 15 June 1957", {"from": "1957-06-01", "to": "1957-06-15"}),
        ("1 to 15 June 1957", {"from": "1957-06-01", "to": "1957-06-15"}),
        ("the end of August 1951", {"notBefore": "1951-08-21", "notAfter": "1951-08-31"}),
        ("the end of February 1952", {"notBefore": "1952-02-21", "notAfter": "1952-02-29"}),
        ("early May 1950", {"notBefore": "1950-05-01", "notAfter": "1950-05-10"}),
        # A date printed as approximate keeps the printed doubt.
        ("circa 1951", {"when": "1951", "cert": "medium"}),
        ("c. October 1951", {"when": "1951-10", "cert": "medium"}),
        ("ca. 12 October 1951", {"when": "1951-10-12", "cert": "medium"}),
        # The day in quotation marks, as Soviet forms print it.
        ("“15” October 1956", {"when": "1956-10-15"}),
        ('"13" June 1956', {"when": "1956-06-13"}),
        ("«5» May 1950", {"when": "1950-05-05"}),
        ('8" December 1959', {"when": "1959-12-08"}),  # (its opening mark lost)
        ("14 March1965", {"when": "1965-03-14"}),  # the space before the year lost
        ("16November 1962", {"when": "1962-11-16"}),  # the space after the day lost
        # The year first, as Hungarian and East Asian originals print it.
        ("1972 July 1", {"when": "1972-07-01"}),
        ("1958. March 12.", {"when": "1958-03-12"}),
        ("1972. VII. 3.", {"when": "1972-07-03"}),
        ("1968.1.29", {"when": "1968-01-29"}),  # the year first, as Chinese papers print it
        ("1976. 9. 28", {"when": "1976-09-28"}),  # and Korean, a space after each stop
        ("1956.XI.4", {"when": "1956-11-04"}),
        ("13/5-50", {"when": "1950-05-13"}),  # a Soviet telegram's day/month-year
        ("4/12-1951", {"when": "1951-12-04"}),
        ("21-08-1961", {"when": "1961-08-21"}),  # day, month, year between dashes
        ("8-21-1961", {"when": "1961-08-21"}),
    ],
)
def test_parse_date_reads_each_form(text: str, expected: dict[str, str]) -> None:
    value = parse_date(text)
    assert value is not None
    assert value.tei_attributes() == expected


def test_missing_year_comes_from_the_document_date_with_medium_certainty() -> None:
    value = parse_date("July 26", reference=datetime.date(1952, 7, 26))
    assert value == DateValue(when="1952-07-26", cert="medium")
    assert value.tei_attributes() == {"when": "1952-07-26", "cert": "medium"}


def test_part_of_month_without_year_takes_the_document_year() -> None:
    value = parse_date("the end of August", reference=SEED_DATE)
    assert value is not None
    assert value.tei_attributes() == {
        "notBefore": "1951-08-21",
        "notAfter": "1951-08-31",
        "cert": "medium",
    }


def test_without_document_date_a_yearless_date_keeps_month_and_day() -> None:
    assert parse_date("28 July") == DateValue(when="--07-28")
    (july,) = find_dates("a trip in July")
    assert (july.text, july.value) == ("July", DateValue(when="--07"))


def test_two_digit_year_takes_the_century_nearest_the_document() -> None:
    assert parse_date("1.2.05", reference=datetime.date(2004, 1, 1)) == DateValue(when="2005-02-01")
    assert parse_date("1.2.05") == DateValue(when="1905-02-01")


def test_ambiguous_date_is_found_but_has_no_value() -> None:
    (match,) = find_dates("on 03/04/51 the talks", reference=SEED_DATE)
    assert match.text == "03/04/51"
    assert not match.value.is_dated
    assert match.value.tei_attributes() == {}
    assert match.problem is not None
    assert parse_date("03/04/51") is None


@pytest.mark.parametrize(
    "text",
    [
        "31 April 1951",
        "the 38th parallel",
        "a letter from Jan Masaryk",
        "f.45, op.7, d.347",
        "version 2.1.3 of 1968.13.1",
        "we may 12 times",
        "unit 3March",  # (without its space, a day needs its month's whole name and a year)
        "code 16Nov 1962",
        "AB16November 1962",
        "Radio",
        "",
    ],
)
def test_what_is_not_a_date(text: str) -> None:
    assert find_dates(text, reference=SEED_DATE) == []
    assert parse_date(text) is None


def test_lower_case_month_words_are_not_dates() -> None:
    assert find_dates("they march 10 miles; it may 5 times", reference=SEED_DATE) == []


def test_matches_give_offsets_into_the_text() -> None:
    text = "On 31 July it organized, at the end of June, and on 10 August 1951."
    matches = find_dates(text, reference=SEED_DATE)
    assert [text[m.start : m.end] for m in matches] == [
        "31 July",
        "the end of June",
        "10 August 1951",
    ]
    assert [m.text for m in matches] == ["31 July", "the end of June", "10 August 1951"]


# The expected values for three dev documents, read by hand from the raw texts; a year taken
# from the document date is flagged cert="medium".
M = {"cert": "medium"}
SEED_EXPECTED = [
    ("September 10, 1951", {"when": "1951-09-10"}),
    ("September 10, 1951", {"when": "1951-09-10"}),
    ("2 October 1951", {"when": "1951-10-02"}),
    ("10 September 1951", {"when": "1951-09-10"}),
    ("July", {"when": "1951-07", **M}),
    ("the end of June", {"notBefore": "1951-06-21", "notAfter": "1951-06-30", **M}),
    ("31 July", {"when": "1951-07-31", **M}),
    ("10 August", {"when": "1951-08-10", **M}),
    ("1 August", {"when": "1951-08-01", **M}),
    ("the end of August", {"notBefore": "1951-08-21", "notAfter": "1951-08-31", **M}),
    ("12 July", {"when": "1951-07-12", **M}),
    ("27 May", {"when": "1951-05-27", **M}),
    ("28 July", {"when": "1951-07-28", **M}),
    ("10 September 1951", {"when": "1951-09-10"}),
    ("V.X.51", {"when": "1951-10-05"}),
]
W003_EXPECTED = [
    ("May 14, 1950", {"when": "1950-05-14"}),
    ("13 May", {"when": "1950-05-13", **M}),
    ("June 1994", {"when": "1994-06"}),
    ("4:10 am, 14 May 1950", {"when": "1950-05-14T04:10:00"}),
    ("5:30 am, 14 May 1950", {"when": "1950-05-14T05:30:00"}),
    ("14 May 1950", {"when": "1950-05-14"}),
]
W019_EXPECTED = [
    ("July 23, 1960", {"when": "1960-07-23"}),
    ("23 July 1960", {"when": "1960-07-23"}),
    ("9 August 1960", {"when": "1960-08-09"}),
    ("12-18 August 1960", {"from": "1960-08-12", "to": "1960-08-18"}),
    ("12 August 1960", {"when": "1960-08-12"}),
    ("29 June through 8 August 1960", {"from": "1960-06-29", "to": "1960-08-08"}),
    ("23 July 1960", {"when": "1960-07-23"}),
    ("24 July", {"when": "1960-07-24", **M}),
    ("24 July", {"when": "1960-07-24", **M}),
    ("9 August 1960", {"when": "1960-08-09"}),
]
W026_EXPECTED = [
    ("November 28, 1962", {"when": "1962-11-28"}),
    ("28.11.62 19:25", {"when": "1962-11-28T19:25:00"}),
    ("28.11.62 22:10", {"when": "1962-11-28T22:10:00"}),
    ("29.11.62 06:00", {"when": "1962-11-29T06:00:00"}),
]

OTHER_EXPECTED = {
    "w001": [
        ("October 12, 1948", {"when": "1948-10-12"}),
        ("the 8th of October", {"when": "1948-10-08", **M}),
        ("8 October", {"when": "1948-10-08", **M}),
        ("October 1948", {"when": "1948-10"}),
        ("12 October 1948", {"when": "1948-10-12"}),
        ("14 October 1948", {"when": "1948-10-14"}),
    ],
    "w002": [
        ("May 6, 1950", {"when": "1950-05-06"}),
        ("April 4, 1950", {"when": "1950-04-04"}),
        ("4 April", {"when": "1950-04-04", **M}),
    ],
    "w012": [
        ("July 26, 1952", {"when": "1952-07-26"}),
        ("July 26, 1952", {"when": "1952-07-26"}),
        ("一九五二年七月二十六日", {"when": "1952-07-26"}),  # the editors' note, in Chinese
        ("July 26", {"when": "1952-07-26", **M}),
        ("July 26, 1952", {"when": "1952-07-26"}),
    ],
    "w022": [
        ("October 29, 1962", {"when": "1962-10-29"}),
        ("29 October 1962", {"when": "1962-10-29"}),
    ],
    "w030": [
        ("February 2, 1968", {"when": "1968-02-02"}),
        ("1 February 1968", {"when": "1968-02-01"}),
        ("2 February 1968", {"when": "1968-02-02"}),
        ("1 February 1968", {"when": "1968-02-01"}),
    ],
}
OTHER_DATES = {
    "w001": datetime.date(1948, 10, 12),
    "w002": datetime.date(1950, 5, 6),
    "w012": datetime.date(1952, 7, 26),
    "w022": datetime.date(1962, 10, 29),
    "w030": datetime.date(1968, 2, 2),
}


@pytest.mark.parametrize(
    ("stem", "reference", "expected"),
    [
        *((stem, OTHER_DATES[stem], expected) for stem, expected in OTHER_EXPECTED.items()),
        ("000_79d039120a78d3ba", SEED_DATE, SEED_EXPECTED),
        ("w003", datetime.date(1950, 5, 14), W003_EXPECTED),
        ("w019", datetime.date(1960, 7, 23), W019_EXPECTED),
        ("w026", datetime.date(1962, 11, 28), W026_EXPECTED),
    ],
)
def test_dev_documents(
    shared: Path,
    stem: str,
    reference: datetime.date,
    expected: list[tuple[str, dict[str, str]]],
) -> None:
    text = (shared / "dev" / "raw" / f"{stem}.txt").read_text(encoding="utf-8")
    found = [(m.text, m.value.tei_attributes()) for m in find_dates(text, reference=reference)]
    assert found == expected


def test_a_date_without_its_year_takes_the_year_nearest_the_document() -> None:
    (coming,) = find_dates("by January 1 to send 170 pilots", reference=datetime.date(1950, 11, 17))
    assert coming.value == DateValue(when="1951-01-01", cert="medium")
    (past,) = find_dates("your telegram of 28 December", reference=datetime.date(1951, 1, 3))
    assert past.value == DateValue(when="1950-12-28", cert="medium")
    (same,) = find_dates("on 2 October", reference=SEED_DATE)
    assert same.value == DateValue(when="1951-10-02", cert="medium")
    (spring,) = find_dates("sent on 2 April", reference=datetime.date(1950, 10, 12))
    assert spring.value == DateValue(when="1950-04-02", cert="medium")  # neither is near


def test_a_month_without_its_year_is_as_near_as_its_nearest_day() -> None:
    """`talking with you in November` in a letter of 15 February 1983 is the last November,
    eleven weeks before (its first day, three months and more, read it as the coming one);
    `in August` is still this year's (six months either way)."""
    letter = datetime.date(1983, 2, 15)
    (past,) = find_dates("I enjoyed talking with you in November", reference=letter)
    assert past.value == DateValue(when="1982-11", cert="medium")
    (summer,) = find_dates("we will meet in August", reference=letter)
    assert summer.value == DateValue(when="1983-08", cert="medium")
    (coming,) = find_dates("the session opens in January", reference=datetime.date(1950, 10, 20))
    assert coming.value == DateValue(when="1951-01", cert="medium")


def test_days_joined_by_and_are_two_days_not_a_range() -> None:
    """`on 3 and 5 May 1950`: two days, the first taking the second's month and year (so do
    `24, 25, and 26 December`, and `October 2 and 9.` after its month); `page 4, 12 October`,
    `Article 11 and 12 October` and `between 3 and 5 May` list no days."""
    assert [(m.text, m.value) for m in find_dates("on 3 and 5 May 1950")] == [
        ("3", DateValue(when="1950-05-03")), ("5 May 1950", DateValue(when="1950-05-05"))]
    assert [m.value.when for m in find_dates("on 24, 25, and 26 December 1961")] == [
        "1961-12-24", "1961-12-25", "1961-12-26"]
    assert [m.value.when for m in find_dates("on October 2 and 9, the talks", reference=SEED_DATE)
            ] == ["1951-10-02", "1951-10-09"]
    for no_days in ("page 4, 12 October 1950", "Article 11 and 12 October 1950",
                    "between 3 and 5 May 1950", "on October 2 and 9 delegates came"):
        assert len(find_dates(no_days, reference=SEED_DATE)) == 1, no_days
    assert find_dates("from 2 to 3 divisions") == []


@pytest.mark.parametrize(("texts", "reference", "expected"), [
    (["Dispatched from Havana on 10.31.1962", "Received on 11.01.1962"], None, True),
    (["28.11.62 19:25", "Received 03.04.62"], None, False),
    (["Received on 11.4.1962"], datetime.date(1962, 11, 4), True),  # the document's own date
    (["Received on 11.4.1962"], datetime.date(1962, 4, 11), False),
    (["12.X.50", "V.X.51"], None, False),  # Roman months tell nothing of this
    (["Received on 11.4.1962"], None, False),  # nothing tells: the sources' day first
    # The order that puts the dates near the document's own: sent 3 January, not 1 March,
    # for a telegram of 2 January; and 1 March for a telegram of 28 February.
    (["Dispatched on 01.03.1962", "received at 01.05.1962"], datetime.date(1962, 1, 2), True),
    (["Dispatched on 01.03.1962"], datetime.date(1962, 2, 28), False),
])
def test_a_document_says_whether_it_writes_numeric_dates_month_first(
        texts: list[str], reference: datetime.date | None, expected: bool) -> None:
    from teikit.dates import numeric_month_first

    assert numeric_month_first(texts, reference) is expected


def test_month_first_settles_what_the_figures_leave_open() -> None:
    (dotted, slashed) = find_dates("on 11.01.1962 and on 5/10/50", month_first=True)
    assert dotted.value == DateValue(when="1962-11-01")
    assert slashed.value == DateValue(when="1950-05-10")
    (unambiguous,) = find_dates("on 28.11.62", month_first=True)
    assert unambiguous.value == DateValue(when="1962-11-28")


def test_a_ciphergram_dated_month_first_dates_its_receipt_so() -> None:
    """w023: `Dispatched … on 10.31.1962`, then `Received on 11.01.1962`, read as 11 January."""
    from teikit.convert import convert_text

    source = ("Ciphergram No. 16735\nDispatched from Havana on 10.31.1962 at 23:00\nReceived on "
              "11.01.1962 at 6:50\nTo: KRAJEWSKI\nFrom: JELEN\nThe whole Cuban propaganda "
              "action is carried out in a very rigid manner, as we reported before.\nJELEN\n")
    result = convert_text(source, overrides={"title": "Test", "date_text": "October 31, 1962"})
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    whens = result.tree.getroot().xpath("//t:text//t:date/@when", namespaces=ns)
    assert whens == ["1962-10-31T23:00:00", "1962-11-01T06:50:00"]


def test_each_office_s_numeric_order_is_read_where_the_document_mixes_two() -> None:
    """The sender writes month first, the receiving office day first: each date in the order
    that puts it near the document's (a season away in the other); a date near in both
    orders keeps the document's."""
    reference = datetime.date(1962, 11, 3)
    text = "Dispatched on 11.03.1962 at 16:00 and received on 04.11.1962 at 01:50"
    for month_first in (False, True):
        whens = [m.value.when for m in find_dates(text, reference=reference,
                                                  month_first=month_first) if m.value]
        assert whens == ["1962-11-03T16:00:00", "1962-11-04T01:50:00"]
    (near,) = find_dates("on 05.06.1962", reference=datetime.date(1962, 6, 10),
                         month_first=True)
    assert near.value == DateValue(when="1962-05-06")


def test_a_slashed_date_either_order_reads_takes_the_one_near_the_document_s_date() -> None:
    """`Beirut, 2/6/1949` in a report of June 2, 1949, and `05/10/50` under a telegram of
    5 October 1950: the day first puts them on the document's day, the month first months away
    (both were left undated as ambiguous); near in neither order, or in both, they stay so."""
    (report,) = find_dates("Beirut, 2/6/1949- No. 7", reference=datetime.date(1949, 6, 2))
    assert (report.value.when, report.problem) == ("1949-06-02", None)
    (telegram,) = find_dates("05/10/50", reference=datetime.date(1950, 10, 5))
    assert telegram.value.when == "1950-10-05"
    (swapped,) = find_dates("6/2/1949", reference=datetime.date(1949, 6, 2))
    assert swapped.value.when == "1949-06-02"
    for text, reference in (("03/04/51", datetime.date(1951, 9, 10)),
                            ("03/04/51", datetime.date(1951, 3, 20))):
        (open_order,) = find_dates(text, reference=reference)
        assert not open_order.value.is_dated and open_order.problem is not None


def test_no_date_is_read_inside_a_code_of_slashes() -> None:
    """`ON/24/25/X/62`, a Brazilian telegram's code: `25/X/62` in it is no date of its own
    (`4/XI-56` alone is one)."""
    assert [m.value for m in find_dates("ON/24/25/X/62") if m.value is not None] == []
    assert [m.value.when for m in find_dates("4/XI-56 N. FIRIUBIN") if m.value] == ["1956-11-04"]


def test_figures_between_dashes_are_a_date_only_with_the_whole_year() -> None:
    """`No. 12-3-45`, `1-2-3` are a file's or a list's figures; `14-07-1959` is a date."""
    assert [m.value for m in find_dates("No. 12-3-45 of the Ministry") if m.value] == []
    assert [m.value for m in find_dates("the rooms 4-12-1951-3") if m.value] == []
    assert [m.value.when for m in find_dates("Buenos Aires, 14-07-1959") if m.value] == [
        "1959-07-14"]


def test_the_first_time_of_a_range_is_not_the_dates_time() -> None:
    """`3:30-4:20 PM`: the half of the day is printed once, after the range; the date keeps
    no time rather than a wrong one (03:30)."""
    assert [m.value.when for m in find_dates("3 April 1955, 3:30-4:20 PM") if m.value] == [
        "1955-04-03"]
    # nor is the range's end, printed before the date
    assert [m.value.when for m in find_dates("11:00 a.m. to 2:00 p.m., 3 September 1965")
            if m.value] == ["1965-09-03"]


def test_a_days_point_as_german_prints_it_before_a_year() -> None:
    """`3. Oktober 1962` as translated (`3. October 1962`): the day's point; without a year
    after it, the point ends a sentence (`point 4. May we …`)."""
    text = "Bonn, 3. October 1962. See point 4. May we add that on 7. June 1963 he left."
    matches = find_dates(text, reference=SEED_DATE)
    assert [(text[m.start:m.end], m.value.tei_attributes()["when"]) for m in matches] == [
        ("3. October 1962", "1962-10-03"), ("7. June 1963", "1963-06-07")]


@pytest.mark.parametrize(
    ("text", "date_text", "when"),
    [
        ("Data: 4 de abril de 1984", "4 de abril de 1984", "1984-04-04"),
        ("MEXICO, D.F., 9 de octubre de 1962", "9 de octubre de 1962", "1962-10-09"),
        ("PARIS LE 23 MAI 1974.", "23 MAI 1974", "1974-05-23"),
        ("Москва, 11 октября 1957 года", "11 октября 1957 года", "1957-10-11"),
        ("Berlin, den 3. März 1962", "3. März 1962", "1962-03-03"),
        ("Bucureşti, 12 martie 1965", "12 martie 1965", "1965-03-12"),
        ("Warszawa, 5 maja 1956 r.", "5 maja 1956", "1956-05-05"),
    ],
)
def test_a_date_left_in_the_originals_language_is_read(text: str, date_text: str,
                                                       when: str) -> None:
    (found,) = find_dates(text)
    assert (found.text, found.value.when) == (date_text, when)


@pytest.mark.parametrize("text", ["the 5 mai", "Mai 1974", "5 mais 1974", "in 1962 abril 3"])
def test_a_foreign_month_is_a_date_only_between_its_day_and_year(text: str) -> None:
    assert find_dates(text) == []


def test_a_roman_month_between_spaces_is_read_with_a_four_figure_year() -> None:
    """`14 VII 1970`, as Polish letters and cables date; with a year of two figures the same
    spacing is a date only where a dateline's stands, first on its line or after the place
    (`Peking, 12 IX 51`), and the year's line ends: elsewhere it is as often a reference
    (`Article 3 II 70`)."""
    assert [(d.text, d.value.when) for d in find_dates("dated 14 VII 1970:")] == [
        ("14 VII 1970", "1970-07-14")]
    for text in ("12 IX 51", "Peking, 12 IX 51", "the text\n12 IX 51\n"):
        assert [(d.text, d.value.when) for d in find_dates(text)] == [
            ("12 IX 51", "1951-09-12")], text
    for text in ("Article 3 II 70", "see 12 IX 51", "12 IX 51 delegates"):
        assert find_dates(text) == [], text


@pytest.mark.parametrize(("text", "printed", "when"), [
    ("Monday, 12 September 1951", "Monday, 12 September 1951", "1951-09-12"),
    ("Wed., Oct. 24, 1962", "Wed., Oct. 24, 1962", "1962-10-24"),
    ("dated 24 October 1962 (Wednesday).", "24 October 1962 (Wednesday)", "1962-10-24"),
    ("5 p.m., Wednesday, 24 October 1962", "5 p.m., Wednesday, 24 October 1962",
     "1962-10-24T17:00:00"),
    # (a weekday apart from the date, in the sentence's words, is no part of it)
    ("dinner on Sunday (28 August)", "28 August", "1962-08-28"),
])
def test_the_day_of_the_week_printed_with_a_date_is_part_of_it(
        text: str, printed: str, when: str) -> None:
    (found,) = find_dates(text, reference=datetime.date(1962, 10, 24))
    assert (found.text, found.value.when) == (printed, when)


@pytest.mark.parametrize("text", ["on 12 September 1951 6 people came",
                                  "12 September 1951—6 people", "12 September 1951, 6 am",
                                  "on 12 September 1951 3 hours 20 minutes later"])
def test_a_figure_after_a_date_is_its_hour_only_with_the_half_of_the_day(text: str) -> None:
    """An hour without its minutes is read only with `a.m.`/`p.m.` in points or `AM`/`PM` in
    capitals after it: a figure alone after a date is a count (`am` a verb as often)."""
    (found,) = find_dates(text)
    assert (found.text, found.value.when) == ("12 September 1951", "1951-09-12")


@pytest.mark.parametrize(("text", "when", "printed"), [
    ("24 Oct 45", "1945-10-24", "24 Oct 45"),
    ("The collision occurred on 06 Jul 01.", "1901-07-06", "06 Jul 01"),
    ("cable of 12 SEP 51, received", "1951-09-12", "12 SEP 51"),
    ("Moscow, 12 September 51\nTo Comrade", "1951-09-12", "12 September 51"),
])
def test_a_named_month_takes_a_year_of_two_figures_where_the_clause_ends(
        text: str, when: str, printed: str) -> None:
    """A clerk's or a soldier's `24 Oct 45`: the two figures are the year where a line or a
    clause ends after them; before more words they are as often a count (`on 5 March 53
    delegates arrived`), and the date is the day and the month alone."""
    (found,) = find_dates(text)
    assert (found.value.when, found.text) == (when, printed)
    (count,) = find_dates("on 5 March 53 delegates arrived")
    assert (count.text, count.value.when) == ("5 March", "--03-05")


@pytest.mark.parametrize(("text", "when", "printed"), [
    ("121200Z SEP 51", "1951-09-12T12:00:00Z", "121200Z SEP 51"),
    ("DTG 030945Z Mar 1953 from CINCFE", "1953-03-03T09:45:00Z", "030945Z Mar 1953"),
])
def test_a_military_date_time_group_is_read_with_its_greenwich_time(
        text: str, when: str, printed: str) -> None:
    """The day, the hour and the minute run together, `Z` for Greenwich time, then the month
    and the year: the hour is no part of the day's figures."""
    (found,) = find_dates(text)
    assert (found.value.when, found.text) == (when, printed)
    assert find_dates("serial 121200Z") == []


def test_a_day_and_a_roman_month_without_a_year_take_the_documents_year() -> None:
    """`18.III./15`, `on 24.XII. he left`: a day and its month in Roman figures, closed by the
    month's stop, as Romanian and Hungarian cables date within their year; the year is the
    document's, and so less sure. A year after them is theirs (`12.IX.1950`); initials are no
    date (`I.V. Stalin`)."""
    reference = datetime.date(1970, 3, 18)
    found = [(d.text, d.value.when, d.value.cert)
             for text in ("18.III./15", "on 24.XII. he left", "12.IX.1950", "I.V. Stalin")
             for d in find_dates(text, reference=reference) if d.value]
    assert found == [("18.III.", "1970-03-18", "medium"), ("24.XII.", "1969-12-24", "medium"),
                     ("12.IX.1950", "1950-09-12", None)]


def test_a_time_between_two_dates_is_the_first_dates_only() -> None:
    """`10 August 19:25 10 August`: the time the first date took is not also the second's (the
    two matches overlapped, which the property test on disjoint slices found)."""
    found = find_dates("10 August 19:25 10 August", reference=SEED_DATE)
    assert [(m.start, m.end) for m in found] == [(0, 15), (16, 25)]


@pytest.mark.parametrize(("text", "when"), [
    ("八月十八日二十时", "1952-08-18T20:00:00"),  # the hour after the day
    ("一九六二年四月廿七日", "1962-04-27"),  # the year figure by figure, 廿 twenty
    ("一九五0年十月五日", "1950-10-05"),  # a zero typed as the figure among the characters
    ("十一月十二日", "1952-11-12"),
    ("6月28日", "1952-06-28"),  # figures between the characters
])
def test_a_date_as_chinese_prints_it(text: str, when: str) -> None:
    (found,) = find_dates(text, reference=datetime.date(1952, 8, 18))
    assert (found.text, found.value.when if found.value else None) == (text, when)


def test_no_chinese_date_has_a_day_its_month_lacks() -> None:
    assert find_dates("二月三十日", reference=datetime.date(1952, 8, 18)) == []


def test_a_slashed_date_that_is_the_documents_own_day_in_one_order_is_read_so() -> None:
    """`12/09/1951` under September 12, 1951: the day first gives the document's own day, the
    month first December 9, under three months away, which left it undated as ambiguous; the
    same in the other order (`09/12/1951`). A date on neither day stays open (`12/10/1951`:
    a month either way)."""
    reference = datetime.date(1951, 9, 12)
    for text in ("Moscow, 12/09/1951", "Hanoi, 12/9/1951", "09/12/1951"):
        (found,) = find_dates(text, reference=reference)
        assert (found.value.when, found.problem) == ("1951-09-12", None), text
    (open_order,) = find_dates("12/10/1951", reference=reference)
    assert not open_order.value.is_dated and open_order.problem is not None


@pytest.mark.parametrize(("text", "when", "printed"), [
    # Czech and Slovak papers' spaced figures, the year's four (none were read)
    ("Praha, 12. 9. 1951", "1951-09-12", "12. 9. 1951"),
    ("1. 2. 1951 and", "1951-02-01", "1. 2. 1951"),
    # Hungarian's order, the year first, the day's case ending in running text
    ("Budapest, 1951. szeptember 12.", "1951-09-12", "1951. szeptember 12."),
    ("on 1956. november 4-én the", "1956-11-04", "1956. november 4-én"),
    ("1951. május 1.", "1951-05-01", "1951. május 1."),
])
def test_dates_as_central_european_papers_print_them(text: str, when: str, printed: str) -> None:
    (found,) = find_dates(text)
    assert (found.value.when, text[found.start:found.end]) == (when, printed)


@pytest.mark.parametrize("text", ["12. 9. 51", "points 1. 2. 3. 4.", "1951 szeptember"])
def test_spaced_figures_without_a_full_year_are_no_date(text: str) -> None:
    assert find_dates(text) == []


def test_a_romanian_telegram_s_date_keeps_its_time_after_a_slash() -> None:
    """`Date: 06.03.1976/03:00` (w031's form): the day and the hour, the slash between; figures
    after a slash that are no time (`/11`, `/12:00:10`) leave the date unread, as before."""
    (dated,) = find_dates("Date: 06.03.1976/03:00", reference=datetime.date(1976, 3, 6))
    assert (dated.value, dated.text) == (DateValue(when="1976-03-06T03:00:00"),
                                         "06.03.1976/03:00")
    for text in ("on 19.03.1969/11 too", "code 12.3.1969/12:00:10 here"):
        assert find_dates(text, reference=datetime.date(1969, 3, 18)) == []


def test_a_japanese_cable_s_receipt_is_dated_without_its_year() -> None:
    """`Received in Tokyo 10/27/14:21` (w021's form): the month, the day and the time after a
    slash, the year the document's; the order the one that puts it near the document's date
    (`11/3` under November 2 is November 3, not March 11)."""
    (w021,) = find_dates("Received in Tokyo 10/27/14:21", reference=datetime.date(1962, 10, 26))
    assert (w021.value.when, w021.text) == ("1962-10-27T14:21:00", "10/27/14:21")
    (near,) = find_dates("Received in Tokyo 11/3/09:12", reference=datetime.date(1962, 11, 2))
    assert near.value.when == "1962-11-03T09:12:00"
    assert find_dates("file 11/3 of the register", reference=datetime.date(1962, 11, 2)) == []


def test_a_north_korean_date_in_the_juche_calendar_has_its_common_year() -> None:
    """`15 April Juche 62 (1973)`: the year of North Korea's calendar (its year 1 is 1912), the
    common year in parentheses or not (the document's year was taken, the Juche year left
    loose)."""
    for text, when in (("Pyongyang, 15 April Juche 62 (1973)", "1973-04-15"),
                       ("on 5 May Juche 63 the", "1974-05-05")):
        (dated,) = find_dates(text, reference=datetime.date(1949, 3, 5))
        assert dated.value.when == when, text


@pytest.mark.parametrize(("text", "dates"), [
    ("Leaders of the former July 26 Movement share this view.", []),
    ("The parade on 1 May Square was cancelled.", []),
    ("The workers of the 8 March Factory met.", []),
    ("On 26 July 1953 Movement of troops began.", ["26 July 1953"]),  # a year: a date
    ("On 5 May the delegation left.", ["5 May"]),
])
def test_a_day_that_names_a_movement_a_square_or_a_works_is_no_date(
        text: str, dates: list[str]) -> None:
    assert [found.text for found in find_dates(text)] == dates
