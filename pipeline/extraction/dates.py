"""Dates of announcements: stated dates and relative days, resolved against the published date."""

from __future__ import annotations

import re
from datetime import date, timedelta

_MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
         ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
         ("october", "oct"), ("november", "nov"), ("december", "dec")]
    )
    for m in names
}
_MONTH = r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?:,?\s+(?P<year>20\d\d))?"
_DMY = re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}{_YEAR}\b")
_MDY = re.compile(rf"\b{_MONTH}\s+{_DAY}{_YEAR}\b")
_ISO = re.compile(r"\b(?P<year>20\d\d)[-.](?P<month>[01]\d)[-.](?P<day>[0-3]\d)\b")  # "2025-01-24", "2025.01.24"
# "08.01.2025", "23/04/2025": day first, as written outside the US; "04/23/2025" cannot be and is read month first
_NUMERIC_DMY = re.compile(r"\b(?P<day>[0-3]?\d)[./](?P<month>[01]?\d)[./](?P<year>20\d\d)\b")
# "before Trump takes office on 20 January", "until 31 March": a date of something else, ahead
_NOT_THE_ANNOUNCEMENT = re.compile(r"\b(?:before|until|till|takes office on|take office on|due (?:on|by)|scheduled for|expires? on|deadline of|runs? to|no later than)\s+(?:on\s+)?$", re.IGNORECASE)
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_RELATIVE = re.compile(
    r"\b(?:(?P<last>last|this past|on|earlier on|late on|early on)\s+)?(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    r"|\b(?P<yesterday>yesterday)\b|\b(?P<today>today|tonight)\b",
    re.IGNORECASE,
)


def _build(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


# "BORGO EGNAZIA, Italy, June 14 (Reuters) -", "WARSAW, March 6 (PAP) -": the date a wire story was filed, not when
# things happened; any agency name in brackets.
_DATE_ONLY_LEAD = re.compile(r"\W*(?:\d{1,2} [A-Z][a-z]{2,8}|[A-Z][a-z]{2,8}\.? \d{1,2})(?:,? \d{4})?\s*(?:-|–|—|--)\s")
_DATELINE = re.compile(r"^[\w .,'/-]{0,60}?\b(?:\w{3,9}\.? \d{1,2}|\d{1,2} \w{3,9})\s*(?:\((?:[A-Z][\w.&'’/-]*\s*){1,5}\)\s*|/[\w .-]+/\s*)?(?:-|–|—|--)\s")


def dateline_date(sentence: str, published: date | None) -> date | None:
    match = _DATELINE.match(sentence)
    return stated_date(match.group(0), published, skip_dateline=False) if match else None


def stated_date(sentence: str, published: date | None, skip_dateline: bool = True) -> date | None:
    """A day-precise date written in the sentence; month-only dates are too vague to use."""
    if skip_dateline:
        dateline = _DATELINE.match(sentence)
        # "5 March — The Netherlands said ...": a timeline entry's date (no place) is the event's own.
        if dateline and not _DATE_ONLY_LEAD.fullmatch(dateline.group(0)):
            sentence = " " * dateline.end() + sentence[dateline.end() :]
    for pattern in (_ISO, _NUMERIC_DMY, _DMY, _MDY):
        for match in pattern.finditer(sentence):
            if _NOT_THE_ANNOUNCEMENT.search(sentence, max(0, match.start() - 25), match.start()):
                continue
            month_text = match.group("month")
            month = int(month_text) if month_text.isdigit() else _MONTHS[month_text.lower().rstrip(".")]
            day = int(match.group("day"))
            if pattern is _NUMERIC_DMY and month > 12:
                month, day = day, month
            if match.group("year"):
                found = _build(int(match.group("year")), month, day)
            elif published:
                found = _build(published.year, month, day)
                # "on 28 December" in a January article is last year's.
                if found and found > published + timedelta(days=7):
                    found = _build(published.year - 1, month, day)
            else:
                found = None
            if found:
                return found
    return None


def relative_date(sentence: str, published: date | None) -> date | None:
    if published is None:
        return None
    match = _RELATIVE.search(sentence)
    if not match:
        return None
    if match.group("yesterday"):
        return published - timedelta(days=1)
    if match.group("today"):
        return published
    target = _WEEKDAYS.index(match.group("weekday").lower())
    back = (published.weekday() - target) % 7
    if back == 0 and (match.group("last") or "").lower() in {"last", "this past"}:
        back = 7
    return published - timedelta(days=back)


def announcement_date(sentences: list[str], published: date | None) -> tuple[date | None, str]:
    """Stated date, else relative day, else published date; with the rule that decided it.

    ``sentences`` are the evidence sentence and the one before it in its paragraph. A date elsewhere in the
    article (the lead's "on Tuesday") is not taken: it often belongs to another event in the story.
    """
    for sentence in sentences:
        found = stated_date(sentence, published)
        if found:
            return found, "stated"
    for sentence in sentences:
        # A weekday in a wire story counts back from its dateline, which may differ from the page's date.
        found = relative_date(sentence, dateline_date(sentence, published) or published)
        if found:
            return found, "relative"
    return published, "published"
