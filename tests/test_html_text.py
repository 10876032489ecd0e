"""extract_main_text: the article, not the page furniture; bounded on hostile input."""

from __future__ import annotations

import os
import time
from datetime import date

import pytest

from pipeline import html_text
from pipeline.html_text import extract_main_text

PARAGRAPHS = [
    "Germany announced on Tuesday a new military aid package for Ukraine worth 500 million euros, "
    "the defence ministry said in a statement in Berlin.",
    "The package includes two additional IRIS-T air defence systems and 155mm artillery ammunition, "
    "according to the ministry, which did not give a delivery schedule.",
    "Officials said the first deliveries would arrive within weeks and continue through the end of "
    "the year, as fast as industrial production allows.",
]

ARTICLE_PAGE = f"""<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Germany pledges new aid to Ukraine | Example News</title>
<meta property="og:title" content="Germany pledges new aid to Ukraine">
<meta property="article:published_time" content="2024-03-05T23:30:00-05:00">
<script>window.dataLayer = [{{"page": "article"}}];</script>
</head><body>
<div id="cookie-banner" class="cookie-consent">We use cookies to improve your experience.
  <button>Accept all cookies</button> <a href="/privacy">Manage cookie settings</a></div>
<header><nav class="main-nav"><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
  <li><a href="/business">Business</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
<div class="ad advertisement" id="ad-top">ADVERTISEMENT: Subscribe now for only 1 euro a month</div>
<main><article>
<h1>Germany pledges new aid to Ukraine</h1>
<p class="byline">By Jane Reporter</p>
<p>{PARAGRAPHS[0]}</p>
<div class="ad-slot">Sponsored: The best mattress deals of the season</div>
<p>{PARAGRAPHS[1]}</p>
<p>{PARAGRAPHS[2]}</p>
</article>
<aside class="related"><h2>Related stories</h2><ul>
  <li><a href="/a">Celebrity chef opens new restaurant in Paris</a></li>
  <li><a href="/b">Ten gadgets you need this summer</a></li></ul></aside>
</main>
<div class="newsletter">Sign up for our newsletter <form><input type="email"></form></div>
<footer><p>Copyright 2024 Example News. All rights reserved.</p><a href="/terms">Terms of use</a></footer>
</body></html>"""

BOILERPLATE = [
    "cookies",
    "Home",
    "Sport",
    "ADVERTISEMENT",
    "mattress",
    "Related stories",
    "Celebrity chef",
    "newsletter",
    "Copyright",
    "dataLayer",
]


def test_article_paragraphs_are_kept() -> None:
    page = extract_main_text(ARTICLE_PAGE, url="https://news.example.org/2024/03/aid")
    for paragraph in PARAGRAPHS:
        assert paragraph in page.text


@pytest.mark.parametrize("boilerplate", BOILERPLATE)
def test_page_furniture_is_excluded(boilerplate: str) -> None:
    page = extract_main_text(ARTICLE_PAGE, url="https://news.example.org/2024/03/aid")
    assert boilerplate not in page.text


def test_paragraphs_are_separated_by_blank_lines() -> None:
    text = extract_main_text(ARTICLE_PAGE).text
    assert f"{PARAGRAPHS[0]}\n\n{PARAGRAPHS[1]}\n\n{PARAGRAPHS[2]}" in text


def test_title_prefers_og_title() -> None:
    assert extract_main_text(ARTICLE_PAGE).title == "Germany pledges new aid to Ukraine"


def test_published_date_comes_from_article_meta_as_the_publisher_wrote_it() -> None:
    # 23:30 in New York is already the 6th in UTC; the article says the 5th.
    assert extract_main_text(ARTICLE_PAGE).published == date(2024, 3, 5)


def test_published_date_falls_back_to_time_element() -> None:
    html = f"<html><body><article><time datetime='2023-11-20T08:00:00Z'>20 Nov</time><p>{PARAGRAPHS[0]}</p></article></body></html>"
    assert extract_main_text(html).published == date(2023, 11, 20)


def test_published_date_from_json_ld() -> None:
    html = (
        '<html><head><script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2022-02-24T05:00:00+02:00"}'
        f"</script></head><body><p>{PARAGRAPHS[0]}</p></body></html>"
    )
    assert extract_main_text(html).published == date(2022, 2, 24)


def test_no_date_gives_none() -> None:
    assert extract_main_text(f"<html><body><p>{PARAGRAPHS[0]}</p></body></html>").published is None


def test_bytes_are_decoded_by_meta_charset() -> None:
    text = "Україна отримає допомогу на 500 мільйонів євро від Німеччини, повідомило міністерство оборони."
    html = f'<html><head><meta charset="windows-1251"></head><body><article><p>{text}</p></article></body></html>'
    assert text in extract_main_text(html.encode("cp1251")).text


def test_http_charset_wins_over_meta() -> None:
    text = "Zusage über fünfhundert Millionen Euro für die Ukraine, teilte das Ministerium am Dienstag mit."
    html = f'<html><head><meta charset="utf-8"></head><body><p>{text}</p></body></html>'
    page = extract_main_text(html.encode("latin-1"), content_type="text/html; charset=ISO-8859-1")
    assert text in page.text


def test_undeclared_non_utf8_bytes_fall_back_to_windows_1252() -> None:
    html = "<html><body><p>Pledge of 5 million \u20ac for demining, the minister\u2019s office said on Friday.</p></body></html>"
    page = extract_main_text(html.encode("cp1252"))
    assert "5 million \u20ac" in page.text and "minister\u2019s" in page.text


@pytest.mark.parametrize("failure", ["returns nothing", "raises"])
def test_paragraph_fallback_when_trafilatura_fails(monkeypatch: pytest.MonkeyPatch, failure: str) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        if failure == "raises":
            raise RuntimeError("simulated trafilatura bug")
        return None

    monkeypatch.setattr(html_text.trafilatura, "bare_extraction", broken)
    page = extract_main_text(ARTICLE_PAGE)
    assert page.method == "paragraphs"
    assert f"{PARAGRAPHS[0]}\n\n{PARAGRAPHS[1]}\n\n{PARAGRAPHS[2]}" in page.text
    assert "Copyright" not in page.text  # <p> inside <footer> is skipped


def _spy_modes(monkeypatch: pytest.MonkeyPatch, fast_text: str | None = None) -> list[bool]:
    """Records trafilatura's mode per call; ``fast_text`` replaces what fast mode finds."""
    real = html_text._trafilatura_text
    modes: list[bool] = []

    def spy(tree, url, *, fast, include_tables):
        modes.append(fast)
        if fast and fast_text is not None:
            return fast_text
        return real(tree, url, fast=fast, include_tables=include_tables)

    monkeypatch.setattr(html_text, "_trafilatura_text", spy)
    return modes


def test_fast_mode_alone_when_it_finds_the_article(monkeypatch: pytest.MonkeyPatch) -> None:
    modes = _spy_modes(monkeypatch)
    page = extract_main_text(ARTICLE_PAGE)
    assert modes == [True]
    assert f"{PARAGRAPHS[0]}\n\n{PARAGRAPHS[1]}\n\n{PARAGRAPHS[2]}" in page.text


@pytest.mark.parametrize("fast_text", ["", "Germany pledges new aid to Ukraine"])
def test_full_mode_when_fast_mode_finds_far_less_than_the_paragraphs(monkeypatch: pytest.MonkeyPatch, fast_text: str) -> None:
    modes = _spy_modes(monkeypatch, fast_text)
    page = extract_main_text(ARTICLE_PAGE)
    assert modes == [True, False]
    assert page.method == "trafilatura" and all(p in page.text for p in PARAGRAPHS)


def test_plain_text_served_as_html_is_kept() -> None:
    page = extract_main_text(b"Kyiv, 5 March. First paragraph of a plain text file.\n\nSecond paragraph.")
    assert page.text == "Kyiv, 5 March. First paragraph of a plain text file.\n\nSecond paragraph."


@pytest.mark.parametrize("payload", [b"", b"   \n", "", b"\x00\x00\x00"])
def test_empty_input_gives_empty_text(payload: bytes | str) -> None:
    page = extract_main_text(payload)
    assert (page.text, page.title, page.published) == ("", None, None)


def _bounded(payload: bytes | str, seconds: float = 10.0) -> str:
    started = time.monotonic()
    page = extract_main_text(payload)
    assert time.monotonic() - started < seconds
    assert isinstance(page.text, str)
    return page.text


def test_three_megabytes_without_a_full_stop_returns_quickly() -> None:
    _bounded("<html><body><article><p>" + "aid pledge without end " * 140_000 + "</p></article></body></html>")


def test_binary_garbage_returns_quickly() -> None:
    _bounded(os.urandom(3 * 1024 * 1024))


def test_a_million_numbers_returns_quickly() -> None:
    _bounded(" ".join(str(i) for i in range(1_000_000)).encode())


def test_hundreds_of_thousands_of_elements_return_quickly() -> None:
    # Unguarded, trafilatura needs minutes for this page.
    text = _bounded("<html><body>" + "".join(f"<p>{i}</p>" for i in range(300_000)) + "</body></html>")
    assert text.startswith("0\n\n1\n\n2")


def test_deeply_nested_markup_returns_quickly() -> None:
    _bounded("<html><body>" + "<div>" * 100_000 + "deep" + "</div>" * 100_000 + "</body></html>")


def _page_with_lead(lead_html: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return f"""<html><head><title>Aid</title></head><body>
<nav><a href="/">Home</a></nav>
<main><article><h1>Switzerland earmarks CHF5 billion for Ukraine</h1>
<div class="share-tools"><a href="#">Share</a></div>
{lead_html}
<div class="article-body">{body}</div></article>
<aside><p class="summary">Related: Norway pledges NOK 5 billion to the energy fund for the winter months ahead.</p></aside>
</main><footer><p>Copyright Example News</p></footer></body></html>"""


def test_a_standfirst_outside_the_body_container_is_kept_in_front_of_the_body() -> None:
    lead = "Switzerland intends to provide CHF5 billion for Ukraine's reconstruction over the next 12 years."
    text = extract_main_text(_page_with_lead(f'<p class="lead">{lead}</p>')).text
    assert text.startswith(lead + "\n\n")
    assert PARAGRAPHS[0] in text
    assert "Norway pledges" not in text  # a teaser in an aside is not a lead


@pytest.mark.parametrize("wrapper", ['<div class="article__preamble"><p>{lead}</p></div>', '<div class="ingress">{lead}</div>',
                                     '<p class="lede">{lead}</p>'])
def test_a_lead_wrapped_in_its_own_block_is_kept_too(wrapper: str) -> None:
    # Government sites wrap the preamble's <p> in a classed <div>: the body starts after the wrapper.
    lead = "The Government has today decided on a support package worth SEK 16 billion for Ukraine."
    text = extract_main_text(_page_with_lead(wrapper.format(lead=lead))).text
    assert text.startswith(lead + "\n\n")
    assert text.count(lead) == 1


def test_a_lead_is_kept_on_a_page_that_marks_no_article_or_main() -> None:
    lead = "Lithuania, Latvia and Estonia will together contribute $30 million to NATO's PURL scheme for Ukraine."
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    page = f"""<html><body><div class="header"><a href="/">Radio</a></div>
<div class="article-wrapper"><h1>Baltic states fund US weapons for Ukraine</h1>
<div class="article-lead"><p>{lead}</p></div><div class="article-content">{body}</div></div>
<div class="related"><div class="teaser-summary">Poland pledges PLN 1.3 billion for drones to Ukraine, the ministry said on Friday.</div></div>
<footer><p>Copyright Radio</p></footer></body></html>"""
    text = extract_main_text(page).text
    assert text.startswith(lead + "\n\n")
    assert "Poland pledges" not in text  # a teaser with no body after it is not a lead


def test_a_page_without_a_standfirst_is_unchanged_by_the_lead_rule() -> None:
    text = extract_main_text(_page_with_lead("")).text
    assert text.split("\n\n")[0] == PARAGRAPHS[0]


def test_list_items_keep_a_bullet_so_they_read_as_entries_of_a_list() -> None:
    items = ["Air defence systems and radar, SEK 2.9 billion", "Artillery ammunition and precision munitions, SEK 4.1 billion"]
    page = f"""<html><body><main><article><h1>Support package 19</h1>
<p>The Government has today decided on a support package to Ukraine worth SEK 16 billion, its largest so far.</p>
<p>The package includes the following items, all procured from industry:</p>
<ul>{''.join(f'<li>{i}</li>' for i in items)}</ul>
<p>The package is financed within the framework for military support that the parliament approved for the year.</p>
</article></main></body></html>"""
    text = extract_main_text(page).text
    assert "\n".join("- " + i for i in items) in text


def test_a_key_points_list_that_the_body_lost_is_kept_but_a_list_of_links_is_not() -> None:
    points = ["Germany announced a package worth about €700m, including two Patriot launchers and 40 Marder vehicles.",
              "Japan pledged $30m to Nato's Comprehensive Assistance Package fund for Ukraine, covering mine detectors."]
    links = "".join(f'<li><a href="/a{i}">Related story number {i} about the war in Ukraine and its allies</a></li>' for i in range(3))
    page = f"""<html><body><main><h1>Ukraine war latest</h1>
<section class="key-events"><h2>Key points</h2><ul>{''.join(f'<li>{p}</li>' for p in points)}</ul></section>
<section class="live-posts"><article class="post">{''.join(f'<p>{p}</p>' for p in PARAGRAPHS)}</article></section>
<ul class="related">{links}</ul></main></body></html>"""
    text = extract_main_text(page).text
    assert "\n".join("- " + p for p in points) in text
    assert "Related story" not in text


def test_the_paragraph_fallback_keeps_list_items_as_bullets_in_document_order() -> None:
    from lxml import html as lxml_html

    page = """<html><body><table><tr><td><p>Here is what donors put on the table for Ukraine this week.</p>
<ul><li>United Kingdom: £50m air-defence package, announced by Rishi Sunak in Kyiv on Saturday.</li>
<li>Ireland: €20m to help repair Ukraine's power grid, confirmed on Tuesday.</li></ul>
<p>See you next week.</p></td></tr></table></body></html>"""
    text = html_text._paragraph_text(lxml_html.fromstring(page))
    assert text.split("\n\n") == ["Here is what donors put on the table for Ukraine this week.",
                                  "- United Kingdom: £50m air-defence package, announced by Rishi Sunak in Kyiv on Saturday.",
                                  "- Ireland: €20m to help repair Ukraine's power grid, confirmed on Tuesday.", "See you next week."]


def test_live_blog_entries_in_list_items_are_not_a_key_points_list() -> None:
    entries = "".join(f"<li><time>1{i}:00</time><h3>Update {i}</h3><p>{p}</p></li>" for i, p in enumerate(PARAGRAPHS[:2]))
    page = f"<html><body><main><h1>Live</h1><ul>{entries}</ul>{''.join(f'<p>{p}</p>' for p in PARAGRAPHS)}</main></body></html>"
    lists = html_text._content_lists(lxml_html_fromstring(page))
    assert lists == []


def lxml_html_fromstring(page: str):
    from lxml import html as lxml_html

    return lxml_html.fromstring(page)


def test_lists_built_from_divs_keep_their_items_as_bullets() -> None:
    page = """<html><body><div class="page"><div class="body">
    <div class="para">Several governments announced money for the Prague ammunition initiative on Friday, officials said, in a
    meeting that ran late into the evening.</div>
    <div class="para">Pledges to the initiative from other countries include:</div>
    <div class="list"><div class="li">Norway: 900 million kroner</div><div class="li">Belgium: €150 million</div></div>
    <div class="para">More countries are expected to join the initiative next month, the organisers said after the talks.</div>
    </div></div></body></html>"""
    text = extract_main_text(page).text
    assert "- Norway: 900 million kroner\n- Belgium: €150 million" in text


def test_sentences_in_a_table_of_announcements_are_kept() -> None:
    page = """<html><body><article><h1>Summit ends with new aid</h1>
    <p>Leaders met in Washington on Wednesday and several allies made new announcements for Ukraine, listed below with
    the figures attached to them by the governments concerned.</p>
    <p>The alliance also agreed a new command to coordinate training and equipment for the Ukrainian armed forces.</p>
    <table><tr><th>Country</th><th>Announcement</th></tr>
    <tr><td>Canada</td><td>Canada will provide C$500 million in additional military aid, including pilot training.</td></tr>
    <tr><td>Norway</td><td>NOK 1.1bn</td></tr></table></article></body></html>"""
    text = extract_main_text(page).text
    assert "Canada will provide C$500 million in additional military aid, including pilot training." in text
    assert "NOK 1.1bn" not in text  # a cell of figures is not a sentence


def test_text_runs_split_by_line_breaks_become_paragraphs() -> None:
    runs = "<br><br>".join(
        f"Paragraph {i} of the story says that the government will keep supporting Ukraine with money and equipment."
        for i in range(1, 5)
    )
    page = f"""<html><body><div class="page"><h1>Seoul pledges more aid</h1>
    <div class="view_con">{runs}<br><br><b>Next steps</b><br><br>The ministry will report to parliament next week on the
    details of the package and its delivery schedule.</div></div></body></html>"""
    text = extract_main_text(page).text
    assert "Paragraph 1 of the story" in text and "Paragraph 4 of the story" in text
    assert "\n\nParagraph 2 of the story" in text  # one paragraph each


def test_a_lead_div_before_div_paragraphs_is_kept() -> None:
    body = "".join(
        f'<div class="para">Body paragraph {i} explains what the package contains, how much of it goes to air defence, '
        f"and when the ministry expects the first deliveries to reach the front.</div>"
        for i in range(1, 8)
    )
    page = f"""<html><body><div class="wrapper">
    <div class="headline-block"><div class="headline">Norway raises Ukraine support</div>
    <div class="meta-line">Ingrid Solberg · Published 20.02.2025 06:15</div></div>
    <div class="share-row"><span>Share:</span> <a href="#">Facebook</a> <a href="#">X</a></div>
    <div class="article-lead">Norway's government on Wednesday proposed raising its support for Ukraine this year to 85 billion kroner.</div>
    <div class="article-body">{body}</div></div></body></html>"""
    text = extract_main_text(page).text
    lead = "Norway's government on Wednesday proposed raising its support"
    assert lead in text and text.index(lead) < text.index("Body paragraph 1")


def test_paragraphs_of_a_quoted_exchange_stay_apart() -> None:
    story = "".join(f"<p>Paragraph {i} of the live blog reports what the leaders said at the summit in The Hague today.</p>" for i in range(1, 5))
    page = f"""<html><body><article><h1>Summit live</h1>{story}
    <p>The chancellor is taking questions. An excerpt:</p>
    <blockquote><p>Q: Chancellor, will Berlin cut Ukraine aid to four billion euros next year?</p>
    <p>MERZ: No. We will provide nine billion euros in military support to Ukraine next year.</p></blockquote>
    </article></body></html>"""
    text = extract_main_text(page).text
    assert "next year?\n\nMERZ: No." in text  # the question and the answer are sentences of their own


def test_a_fact_box_of_pledges_beside_the_story_is_kept_but_a_box_of_links_is_not() -> None:
    story = "".join(f"<p>Paragraph {i} of the report tells what happened at the recovery conference in Berlin today.</p>" for i in range(1, 6))
    page = f"""<html><body><main><article><h1>Recovery conference</h1>{story}
    <aside class="infobox"><h3>Pledges announced in Berlin (selection)</h3><ul>
    <li>Nordic Investment Bank: EUR 50 million loan to repair the power transmission grid</li>
    <li>Netherlands: EUR 75 million for the Ukraine Energy Support Fund</li></ul></aside>
    <aside class="related"><h3>Related</h3><ul>
    <li><a href="/a">Germany pledges four more IRIS-T air defence systems to Ukraine</a></li>
    <li><a href="/b">Japan hosts a conference on Ukraine's economic recovery in Tokyo</a></li></ul></aside>
    </article></main></body></html>"""
    text = extract_main_text(page).text
    assert "Netherlands: EUR 75 million for the Ukraine Energy Support Fund" in text
    assert "Japan hosts a conference" not in text
