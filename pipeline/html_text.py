"""Main text, title and publication date of an article page.

trafilatura finds the article body and leaves out navigation, cookie banners, adverts, related
links and footers; when it finds nothing we fall back to joining the page's paragraphs. Input is
capped in size and in element count first, because extraction time grows faster than linearly on
pages with hundreds of thousands of elements.

trafilatura runs in its fast mode first (no comparison with its readability/jusText fallbacks). Fast
mode alone gave the full mode's text on all pages measured but one, a live blog in tests/corpus/holdout3
(530 of its 5,101 paragraph characters): a page whose fast text is that short of its paragraphs is
extracted again in full mode. With that rule the result equals the full-mode-only one on 5,121 pages
(the 5,071 HTML pages of the 10k synthetic corpus, the 43 sample recordings, the 6 holdout3 pages, the
tests' article), 1.5x faster overall (1.9x in trafilatura on synthetic pages, 4x on the recordings).
"""

from __future__ import annotations

import codecs
import json
import logging
import re
from dataclasses import dataclass
from datetime import date

import lxml.etree
import lxml.html
import trafilatura

logger = logging.getLogger(__name__)

MAX_INPUT_CHARS = 5 * 1024 * 1024
# Above this many elements trafilatura runs in its fast mode only, above MAX_ELEMENTS not at all:
# measured at about 1 s for 20k elements and 1.6 s (fast) for 50k, growing super-linearly.
FULL_EXTRACTION_ELEMENTS = 20_000
MAX_ELEMENTS = 50_000
# Full mode when the fast text is shorter than this share of the page's paragraph text. Measured: pages
# where both modes agree have 0.82-1.0 of it, the page where fast mode missed the article 0.10.
FAST_MIN_SHARE = 0.5
# Paragraph-like elements in trafilatura's output tree; everything else is inline.
_BLOCKS = frozenset({"p", "head", "list", "quote", "code", "table"})
_SKIP_IN_FALLBACK = frozenset({"nav", "header", "footer", "aside", "form", "script", "style", "noscript", "template"})


@dataclass(frozen=True)
class PageText:
    title: str | None
    text: str
    published: date | None
    # "trafilatura", "paragraphs" (the lxml fallback) or "none"; says how much to trust `text`.
    method: str = "trafilatura"


def extract_main_text(
    html: bytes | str,
    *,
    url: str | None = None,
    content_type: str | None = None,
    include_tables: bool = False,
) -> PageText:
    """Never raises for bad input: garbage in gives ``PageText(None, "", None, "none")``.

    `content_type` is the HTTP header, whose charset wins over the page's own declaration (as in
    browsers). Tables are left out by default: their cells read as a run of numbers without the
    sentence context that amounts and donors are extracted from.
    """
    text = decode_html(html, content_type=content_type) if isinstance(html, bytes | bytearray) else html
    if len(text) > MAX_INPUT_CHARS:
        logger.warning("page %s is %d characters; only the first %d are parsed", url, len(text), MAX_INPUT_CHARS)
        text = text[:MAX_INPUT_CHARS]
    text = _clean_markup(text)
    tree = _parse(text)
    if tree is None:
        return PageText(None, "", None, "none")
    title = _title(tree)
    published = _published(tree)

    elements = sum(1 for _ in tree.iter())
    body = ""
    if elements <= MAX_ELEMENTS:
        paragraph_chars = sum(len(p) for p in _paragraphs(tree))  # before trafilatura prunes the tree
        leads = _lead_paragraphs(tree)
        lists = _content_lists(tree)
        table_sentences = [] if include_tables else _table_sentences(tree)
        body = _trafilatura_text(tree, url, fast=True, include_tables=include_tables)
        if elements <= FULL_EXTRACTION_ELEMENTS and (not body or len(body) < FAST_MIN_SHARE * paragraph_chars):
            fresh = _parse(text)
            body = _trafilatura_text(fresh, url, fast=False, include_tables=include_tables) if fresh is not None else ""
        body = _with_leads(body, leads)
        body = _with_lists(body, lists)
        body = _with_table_sentences(body, table_sentences)
    else:
        logger.warning("page %s has %d elements (> %d); using the paragraph fallback only", url, elements, MAX_ELEMENTS)
    if body:
        return PageText(title, body, published, "trafilatura")
    # trafilatura may have pruned the tree it was given; parse afresh for the fallback.
    fresh = _parse(text)
    body = _paragraph_text(fresh) if fresh is not None else ""
    return PageText(title, body, published, "paragraphs" if body else "none")


# -- decoding -----------------------------------------------------------------------------------

_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
_META_CHARSET = re.compile(rb"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9_:.+-]+)""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_HEADER_CHARSET = re.compile(r"""charset\s*=\s*["']?([A-Za-z0-9_:.+-]+)""", re.IGNORECASE)


def decode_html(payload: bytes, *, content_type: str | None = None) -> str:
    """Decode by BOM, then HTTP charset, then <meta charset> / XML declaration in the first 4 KB,
    then strict UTF-8, then windows-1252 (what browsers assume for undeclared Western pages)."""
    payload = bytes(payload)
    for bom, encoding in _BOMS:
        if payload.startswith(bom):
            return payload[len(bom) :].decode(encoding, errors="replace")
    declared = []
    if content_type and (match := _HEADER_CHARSET.search(content_type)):
        declared.append(match.group(1).encode("ascii", "ignore"))
    head = payload[:4096]
    for pattern in (_META_CHARSET, _XML_ENCODING):
        if match := pattern.search(head):
            declared.append(match.group(1))
    for label in declared:
        encoding = _usable_encoding(label.decode("ascii", "ignore"))
        if encoding:
            return payload.decode(encoding, errors="replace")
    try:
        return payload.decode("utf-8")
    except UnicodeDecodeError:
        return payload.decode("cp1252", errors="replace")


def _usable_encoding(label: str) -> str | None:
    try:
        name = codecs.lookup(label.strip().lower()).name
    except LookupError:
        return None
    # As the HTML standard says: latin-1 and ascii labels mean windows-1252, and a UTF-16 label
    # found inside an ASCII-compatible document cannot be true.
    if name in ("latin-1", "iso8859-1", "ascii", "cp1252"):
        return "cp1252"
    if name.startswith("utf-16") or name.startswith("utf-32"):
        return "utf-8"
    return name


_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")


def _clean_markup(text: str) -> str:
    # lxml refuses str input that carries an XML encoding declaration, and control characters
    # (binary garbage, NULs) only confuse both parsers.
    return _CONTROL_CHARS.sub(" ", _XML_DECLARATION.sub("", text, count=1))


def _parse(text: str) -> lxml.html.HtmlElement | None:
    if not text.strip():
        return None
    try:
        tree = lxml.html.document_fromstring(text)
    except (lxml.etree.ParserError, ValueError) as exc:
        logger.info("unparseable HTML (%s)", exc)
        return None
    _restore_class_lists(tree)
    _restore_br_paragraphs(tree)
    _open_quotes(tree)
    return tree


def _open_quotes(tree: lxml.html.HtmlElement) -> None:
    """A quoted exchange of several paragraphs (a Q&A excerpt): the article extractor runs a blockquote's
    paragraphs together ("...next year?MERZ: No."), so the question and the answer would read as one sentence."""
    for quote in list(tree.iter("blockquote")):
        if sum(1 for child in quote if child.tag == "p") >= 2:
            quote.tag = "div"


_BLOCK_TAGS = frozenset({"p", "div", "ul", "ol", "table", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "section", "figure", "pre"})
_BR_TEXT_MIN_CHARS = 200


def _restore_br_paragraphs(tree: lxml.html.HtmlElement) -> None:
    """Articles some CMSs write as text runs split by <br><br> straight inside a div (common on Asian and agency
    sites): wrap each run in a <p>, as the page shows it, so the article extractor sees paragraphs."""
    for div in list(tree.iter("div")):
        children = list(div)
        if sum(1 for c in children if c.tag == "br") < 2:
            continue
        direct = (div.text or "") + "".join(c.tail or "" for c in children)
        if len(direct.strip()) < _BR_TEXT_MIN_CHARS:
            continue
        rebuilt: list = []
        run = lxml.html.Element("p")
        run.text = div.text
        for child in children:
            tail, child.tail = child.tail, None
            if not isinstance(child.tag, str) or child.tag == "br" or child.tag in _BLOCK_TAGS:
                run = _close_run(run, rebuilt)
                if isinstance(child.tag, str) and child.tag in _BLOCK_TAGS:
                    rebuilt.append(child)
                run.text = tail
            else:
                run.append(child)
                child.tail = tail
        _close_run(run, rebuilt)
        div.text = None
        for child in children:
            if child.getparent() is div:
                div.remove(child)
        div.extend(rebuilt)


def _close_run(run: lxml.html.HtmlElement, rebuilt: list) -> lxml.html.HtmlElement:
    """Keep a paragraph built from a text run if it has anything in it; start the next one."""
    if (run.text or "").strip() or len(run):
        rebuilt.append(run)
    return lxml.html.Element("p")


# Lists some templates build from divs: <div class="list"><div class="li">Denmark: DKK 1.2bn</div>.
_LIST_ITEM_CLASSES = frozenset({"li", "list-item", "listitem", "list__item", "bullet", "bullet-item"})


def _restore_class_lists(tree: lxml.html.HtmlElement) -> None:
    """Make div lists real lists, so their items keep a bullet and read as entries under the list's intro."""
    for element in tree.iter("div", "span"):
        classes = element.get("class")
        if classes and not _LIST_ITEM_CLASSES.isdisjoint(classes.lower().split()):
            element.tag = "li"
            parent = element.getparent()
            if parent is not None and parent.tag in {"div", "span"}:
                parent.tag = "ul"


# -- extraction ---------------------------------------------------------------------------------


def _trafilatura_text(tree: lxml.html.HtmlElement, url: str | None, *, fast: bool, include_tables: bool) -> str:
    try:
        document = trafilatura.bare_extraction(
            tree,
            url=url,
            fast=fast,
            favor_precision=True,
            include_comments=False,
            include_tables=include_tables,
            include_images=False,
            include_links=False,
            with_metadata=False,
        )
    except Exception as exc:  # noqa: BLE001 - a trafilatura bug on one page must not lose the page
        logger.warning("trafilatura failed on %s: %s: %s", url, type(exc).__name__, exc)
        return ""
    body = getattr(document, "body", None) if document is not None else None
    if body is None:
        return ""
    return _join_blocks(body)


def _join_blocks(body: lxml.etree._Element) -> str:
    """trafilatura's text output separates paragraphs and line breaks alike with one newline;
    walking its tree keeps paragraphs apart with a blank line and <lb/> as a single newline."""
    paragraphs = []
    for block in body:
        if not isinstance(block.tag, str):
            continue
        if block.tag == "div" and any(child.tag in _BLOCKS for child in block if isinstance(child.tag, str)):
            # trafilatura's fallback extractors keep the page's own containers: read the blocks inside
            text = _join_blocks(block)
        elif block.tag == "list":
            # Items keep a bullet, as in a plain-text list, so an item reads as one entry of a list under its intro.
            lines = [_inline_text(item) for item in block.iter("item")]
            text = "\n".join("- " + line for line in lines if line)
        elif block.tag == "table":
            rows = [" | ".join(_inline_text(cell) for cell in row.iter("cell")) for row in block.iter("row")]
            text = "\n".join(row for row in rows if row.strip(" |"))
        else:
            text = _inline_text(block)
        if text:
            paragraphs.append(text)
    return "\n\n".join(paragraphs)


def _inline_text(element: lxml.etree._Element) -> str:
    parts: list[str] = []

    def walk(node: lxml.etree._Element) -> None:
        if node.tag == "lb":
            parts.append("\n")
        elif node.text:
            parts.append(node.text)
        for child in node:
            if isinstance(child.tag, str):
                walk(child)
            if child.tail:
                parts.append(child.tail)

    walk(element)
    lines = (" ".join(line.split()) for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


# The standfirst under a headline ("<p class=\"lead\">") often carries the article's main figure, and
# trafilatura drops it as boilerplate when it sits outside the body's container.
_LEAD_CLASS = re.compile(r"(?:^|[\s_-])(?:lead|lede|standfirst|intro|dek|deck|sapo|chapo|strapline|summary|excerpt|preamble|ingress|abstract)(?:$|[\s_-])", re.IGNORECASE)
_LEAD_MIN_CHARS = 40


def _has_container(tree: lxml.html.HtmlElement) -> bool:
    # Where the page marks its article, a lead or a list elsewhere is a teaser; many pages mark nothing.
    return next(tree.iter("article", "main"), None) is not None


def _in_content(element: lxml.etree._Element, has_container: bool, *, asides: bool = False) -> bool:
    """Inside the article (where the page marks one) and outside navigation, headers, footers and (unless
    ``asides``) asides."""
    ancestors = [a.tag for a in element.iterancestors() if isinstance(a.tag, str)]
    if has_container and "article" not in ancestors and "main" not in ancestors:
        return False
    return not any(a in _SKIP_IN_FALLBACK and not (asides and a == "aside") for a in ancestors)


def _lead_paragraphs(tree: lxml.html.HtmlElement) -> list[tuple[str, str | None]]:
    """Lead paragraphs (inside <article> or <main> where the page has them), each with the text of the paragraph after it (in
    document order), so a lead is only restored in front of the body it introduces."""
    found = []
    has_container = _has_container(tree)
    paragraphs = [p for p in tree.iter("p", "div", "section", "h2") if p.get("class") is not None or p.tag == "p"]
    for i, element in enumerate(paragraphs):
        if not _LEAD_CLASS.search(element.get("class") or ""):
            continue
        if not _in_content(element, has_container):
            continue
        text = " ".join(element.text_content().split())
        if len(text) < _LEAD_MIN_CHARS:
            continue
        inside = set(element.iterdescendants())  # a lead <div> wraps its own <p>: the body starts after it
        after = [p for p in paragraphs[i + 1 :] if p not in inside and len(p.text_content().strip()) >= _LEAD_MIN_CHARS]
        # the next paragraph; on pages that build paragraphs from divs, the next div of text with no blocks inside
        following = next((" ".join(p.text_content().split()) for p in after if p.tag == "p"), None) or next(
            (" ".join(p.text_content().split()) for p in after if p.tag == "div" and next(p.iterdescendants("p", "div"), None) is None), None)
        found.append((text, following))
    return found


def _with_leads(body: str, leads: list[tuple[str, str | None]]) -> str:
    if not body:
        return body
    flat = " ".join(body.split())
    missing = [text for text, following in leads if text not in flat and following is not None and following[:80] in flat]
    return "\n\n".join(missing + [body]) if missing else body


# "Key points" lists at the top of live blogs and explainers carry the day's figures; trafilatura often
# drops them as navigation. A list of several sentence-long items whose words are mostly not links is content.
_LIST_ITEM_MIN_CHARS = 40


def _content_lists(tree: lxml.html.HtmlElement) -> list[list[str]]:
    has_container = _has_container(tree)
    found = []
    for block in tree.iter("ul", "ol"):
        # a fact box beside the story ("Pledges announced in Berlin") is content; a box of related links is
        # kept out below by its share of link text
        if not _in_content(block, has_container, asides=True):
            continue
        items = []
        for item in block.iterchildren("li"):
            if next(item.iter("p", "div", "h2", "h3", "h4", "time"), None) is not None:
                items = []
                break  # live-blog entries and cards, not a list of points
            text = " ".join(item.text_content().split())
            linked = sum(len(" ".join(a.text_content().split())) for a in item.iter("a"))
            if len(text) >= _LIST_ITEM_MIN_CHARS and linked < 0.5 * len(text):
                items.append(text)
        if len(items) >= 2:
            found.append(items)
    return found


_SENTENCE_CELL = re.compile(r"^(?:\S+\s+){7,}\S*[.!?][\"”’)]*$")


def _table_sentences(tree: lxml.html.HtmlElement) -> list[str]:
    """Cells of content tables that are whole sentences ("Canada will provide C$500 million in military aid."):
    a table of announcements says in them what an article would say in paragraphs. Cells of figures stay out."""
    has_container = _has_container(tree)
    found = []
    for table in tree.iter("table"):
        if not _in_content(table, has_container):
            continue
        for cell in table.iter("td"):
            text = " ".join(cell.text_content().split())
            if _SENTENCE_CELL.match(text):
                found.append(text)
    return found


def _with_table_sentences(body: str, sentences: list[str]) -> str:
    """Sentence cells the body lost (trafilatura leaves tables out), after it as paragraphs of their own."""
    if not body:
        return body
    flat = " ".join(body.split())
    missing = [sentence for sentence in sentences if sentence[:60] not in flat]
    return "\n\n".join([body, *missing]) if missing else body


def _with_lists(body: str, lists: list[list[str]]) -> str:
    """Content lists the body lost, put in front of it as bulleted lines."""
    if not body:
        return body
    flat = " ".join(body.split())
    missing = ["\n".join("- " + item for item in items) for items in lists if not any(item[:60] in flat for item in items)]
    return "\n\n".join(missing + [body]) if missing else body


def _paragraphs(tree: lxml.html.HtmlElement) -> list[str]:
    """The text of each <p> outside navigation, headers, footers, asides and forms."""
    paragraphs = []
    for p in tree.iter("p"):
        if not _in_content(p, has_container=False):
            continue
        text = " ".join(p.text_content().split())
        if text:
            paragraphs.append(text)
    return paragraphs


def _paragraph_text(tree: lxml.html.HtmlElement) -> str:
    # Paragraphs and list items in document order; an item keeps a bullet ("- United Kingdom: £50m ...").
    blocks = []
    for element in tree.iter("p", "li"):
        if not _in_content(element, has_container=False):
            continue
        if element.tag == "li" and element.find(".//p") is not None:
            continue  # its paragraphs come on their own
        text = " ".join(element.text_content().split())
        if text:
            blocks.append("- " + text if element.tag == "li" else text)
    if blocks:
        return "\n\n".join(blocks)
    # No <p> at all (plain text served as HTML): the body's text, one paragraph per blank line.
    body = tree.find("body")
    source = body if body is not None else tree
    for element in list(source.iter(*_SKIP_IN_FALLBACK)):
        element.drop_tree()
    blocks = re.split(r"\n\s*\n", source.text_content())
    return "\n\n".join(text for text in (" ".join(b.split()) for b in blocks) if text)


# -- metadata -----------------------------------------------------------------------------------

_TITLE_META = ("og:title", "twitter:title")
_DATE_META = (
    "article:published_time",
    "og:article:published_time",
    "datepublished",
    "date",
    "pubdate",
    "publishdate",
    "publish-date",
    "dc.date.issued",
    "dcterms.created",
    "sailthru.date",
)
_ISO_DAY = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")


def _meta_content(tree: lxml.html.HtmlElement, names: tuple[str, ...]) -> list[str]:
    found: dict[str, list[str]] = {}
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").strip().lower()
        content = (meta.get("content") or "").strip()
        if key in names and content:
            found.setdefault(key, []).append(content)
    return [value for name in names for value in found.get(name, [])]


def _title(tree: lxml.html.HtmlElement) -> str | None:
    candidates = _meta_content(tree, _TITLE_META)
    title = tree.find(".//title")
    if title is not None:
        candidates.append(title.text_content())
    h1 = tree.find(".//h1")
    if h1 is not None:
        candidates.append(h1.text_content())
    for candidate in candidates:
        text = " ".join(candidate.split())
        if text:
            return text[:500]
    return None


def _published(tree: lxml.html.HtmlElement) -> date | None:
    """The publication day as the publisher wrote it (local calendar day, not converted to UTC)."""
    candidates = _meta_content(tree, _DATE_META)
    candidates += _json_ld_dates(tree)
    times = list(tree.iter("time"))
    # A <time> inside the article beats one in a sidebar or footer.
    times.sort(key=lambda t: not any(a.tag == "article" for a in t.iterancestors()))
    candidates += [t.get("datetime", "") for t in times if t.get("datetime")]
    for candidate in candidates:
        day = _parse_day(candidate)
        if day:
            return day
    return None


def _json_ld_dates(tree: lxml.html.HtmlElement) -> list[str]:
    dates: list[str] = []

    def walk(node: object, depth: int = 0) -> None:
        if depth > 8:
            return
        if isinstance(node, dict):
            value = node.get("datePublished")
            if isinstance(value, str):
                dates.append(value)
            for child in node.values():
                walk(child, depth + 1)
        elif isinstance(node, list):
            for child in node:
                walk(child, depth + 1)

    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json" or not script.text:
            continue
        try:
            walk(json.loads(script.text))
        except ValueError:
            continue
    return dates


def _parse_day(value: str) -> date | None:
    match = _ISO_DAY.match(value)
    if not match:
        return None
    try:
        day = date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None
    return day if 1990 <= day.year <= 2100 else None
