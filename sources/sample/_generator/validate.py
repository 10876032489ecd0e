"""Validate sources/sample/: feeds parse, links resolve, evidence is exact visible text, counts."""
from __future__ import annotations

import collections
import json
import re
import sys
from pathlib import Path
from urllib.parse import urljoin

import feedparser
import lxml.html
import yaml

SAMPLE = Path(__file__).resolve().parent.parent
REC = SAMPLE / "recordings"
problems: list[str] = []


def bad(msg: str) -> None:
    problems.append(msg)


def visible_paragraphs(path: Path) -> list[str]:
    doc = lxml.html.fromstring(path.read_bytes())
    for bad_el in doc.xpath("//script|//style"):
        bad_el.drop_tree()
    return [p.text_content() for p in doc.xpath("//p|//h2")]


cfg = yaml.safe_load((SAMPLE / "feeds.yml").read_text())
index = json.loads((REC / "index.json").read_text())
for url, rec in index.items():
    if not url.startswith("https://") or ".example.test/" not in url:
        bad(f"index url not under *.example.test: {url}")
    if not (REC / rec["file"]).is_file():
        bad(f"index file missing: {rec['file']}")
inbox_dir = (SAMPLE / cfg["inboxes"][0]["path"])
assert inbox_dir.is_dir()
kiel = (SAMPLE / cfg["reference"]["kiel"]).resolve()
print("kiel reference present:", kiel.is_dir(), kiel)

# ---- feeds
feed_items = 0
linked = collections.Counter()
missing, status404 = [], []
item_dates: dict[str, str] = {}
for f in cfg["feeds"]:
    if not f["enabled"]:
        print(f"feed {f['name']}: disabled (in index: {f['url'] in index})")
        continue
    rec = index[f["url"]]
    raw = (REC / rec["file"]).read_bytes()
    for e in feedparser.parse(raw).entries:          # without a base URL: shows links as written
        if not e.link.startswith("http"):
            print(f"   relative link in feed {f['name']}: {e.link!r}")
    d = feedparser.parse(raw, response_headers={"content-location": f["url"], "content-type": rec["content_type"]})
    if d.bozo:
        bad(f"feed {f['name']} bozo: {d.bozo_exception}")
    print(f"feed {f['name']}: version={d.version} entries={len(d.entries)}")
    feed_items += len(d.entries)
    for e in d.entries:
        link = urljoin(f["url"], e.link)
        linked[link] += 1
        if not (e.get("id") and e.get("title") and e.get("summary") and (e.get("published_parsed") or e.get("updated_parsed"))):
            bad(f"entry lacks a field: {link}")
        # date as written in the feed (local date), not UTC
        raw_date = e.get("published") or e.get("updated")
        item_dates[link] = raw_date
        if link not in index:
            missing.append(link)
        elif index[link]["status"] == 404:
            status404.append(link)
print("links in more than one feed:", [u for u, n in linked.items() if n > 1])
print("unrecorded links:", missing)
print("404 links:", status404)
if len(missing) != 1 or len(status404) != 1:
    bad("expected exactly one unrecorded and one 404 link")
page_urls = [u for u, r in index.items() if r["file"].startswith("pages/")]
for u in page_urls:
    if u not in linked:
        bad(f"recorded page not linked from any feed: {u}")

# ---- pages and gold
gold = [json.loads(l) for l in (SAMPLE / "gold.jsonl").read_text().splitlines()]
by_file = collections.defaultdict(list)
for g in gold:
    by_file[g["file"]].append(g)
pages_ok = [r["file"] for r in index.values() if r["file"].startswith("pages/") and r["status"] == 200]
for f in pages_ok:
    if f not in by_file:
        bad(f"page without gold: {f}")

try:
    import trafilatura
except ImportError:
    trafilatura = None
traf_miss = []
words = {}
for f, rows in by_file.items():
    path = REC / f
    paras = visible_paragraphs(path)
    html_text = path.read_text()
    doc = lxml.html.fromstring(path.read_bytes())
    pub = doc.xpath("//meta[@property='article:published_time']/@content")[0]
    url = rows[0]["url"]
    if index[url]["file"] != f:
        bad(f"gold url/file mismatch {f}")
    # body word count: paragraphs inside the main container
    body = doc.xpath("//article//div[contains(@class,'body') or contains(@class,'content')]//p"
                     "|//section[contains(@class,'story__body')]//p|//div[@class='story-body']//p"
                     "|//div[@class='amp-article-body']//p|//div[@class='article-body']//p")
    words[f] = sum(len(p.text_content().split()) for p in body)
    if not 300 <= words[f] <= 900:
        bad(f"{f}: body has {words[f]} words")
    extracted = trafilatura.extract(html_text) if trafilatura else None
    for g in rows:
        ev = g["evidence"]
        if not any(ev in p for p in paras):
            bad(f"{f}: evidence not in a visible paragraph: {ev[:80]}")
        if "&" in ev or "<" in ev:
            bad(f"{f}: markup in evidence")
        if extracted is not None and ev not in extracted:
            traf_miss.append((f, ev[:70]))

# feed date == page published date
for u, r in index.items():
    if r["file"].startswith("pages/") and r["status"] == 200:
        doc = lxml.html.fromstring((REC / r["file"]).read_bytes())
        pub = doc.xpath("//meta[@property='article:published_time']/@content")[0]
        import email.utils
        raw = item_dates[u]
        try:
            fd = email.utils.parsedate_to_datetime(raw).date().isoformat()
        except (TypeError, ValueError):
            fd = raw[:10]
        if fd != pub[:10]:
            bad(f"feed date {raw} != page date {pub} for {u}")
        for g in by_file[r["file"]]:
            if g["kind"] == "aid_pledge" and g["date"] > pub[:10]:
                bad(f"pledge date after publication: {g['evidence'][:60]}")

# ---- inbox
igold = [json.loads(l) for l in (inbox_dir / "gold.jsonl").read_text().splitlines()]
ifiles = sorted(p.name for p in inbox_dir.iterdir() if p.suffix in (".txt", ".html"))
no_meta = [n for n in ifiles if not (inbox_dir / (n.rsplit(".", 1)[0] + ".meta.json")).exists()]
print("inbox files:", len(ifiles), "without sidecar:", no_meta)
for n in ifiles:
    if not any(g["file"] == n for g in igold):
        bad(f"inbox file without gold: {n}")
    m = inbox_dir / (n.rsplit(".", 1)[0] + ".meta.json")
    if m.exists():
        meta = json.loads(m.read_text())
        assert set(meta) == {"published", "url", "title"}, meta
for g in igold:
    p = inbox_dir / g["file"]
    if p.suffix == ".txt":
        text = p.read_text()
        if g["evidence"] not in text:
            bad(f"inbox {g['file']}: evidence not found: {g['evidence'][:70]}")
        words[g["file"]] = len(text.split())
    else:
        if not any(g["evidence"] in x for x in visible_paragraphs(p)):
            bad(f"inbox {g['file']}: evidence not in a visible paragraph: {g['evidence'][:70]}")

# ---- unmarked money / percentage sentences (for human review)
money = re.compile(r"([$€£¥]|\b(?:USD|EUR|GBP|NOK|SEK|DKK|CAD|AUD|JPY|CHF|PLN|CZK|KRW|NZD|C\$|A\$|NZ\$)\b|"
                   r"\b(?:million|billion|bn|trillion|yen|won|euros|dollars|kroner|kronor|zloty|francs)\b|per ?cent|%)")
unmarked = []
for f, rows in list(by_file.items()) + [(("inbox/" + n), [g for g in igold if g["file"] == n]) for n in ifiles]:
    path = REC / f if not f.startswith("inbox/") else SAMPLE / f
    if path.suffix == ".txt":
        paras = path.read_text().split("\n\n")
    else:
        doc = lxml.html.fromstring(path.read_bytes())
        paras = [p.text_content() for p in doc.xpath("//article//p|//div[@class='story-body']//p|//div[@class='amp-article-body']//p|//div[@class='article-body']//p|//section[contains(@class,'story__body')]//p")]
    evs = [g["evidence"] for g in rows]
    for para in paras:
        for s in re.split(r"(?<=[.!?”])\s+(?=[A-Z“])", para):
            if money.search(s) and not any(s.strip() in e or e in s for e in evs):
                unmarked.append((f, s.strip()))
if "-v" in sys.argv:
    print("\nUNMARKED sentences with money/percent (review):")
    for f, s in unmarked:
        print(f"  [{Path(f).name[:38]}] {s}")

# ---- counts
allg = gold + igold
pled = [g for g in allg if g["kind"] == "aid_pledge"]
tgts = [g for g in allg if g["kind"] == "defense_target"]
negs = [g for g in allg if g["kind"] == "negative"]
neg_pages = [f for f, rows in by_file.items() if not any(r["kind"] == "aid_pledge" for r in rows)]
print(f"\nfeeds={len([f for f in cfg['feeds'] if f['enabled']])} feed items={feed_items} "
      f"recorded pages={len(pages_ok)} (+1 404, 1 unrecorded) inbox files={len(ifiles)}")
print(f"gold lines: pages={len(gold)} inbox={len(igold)}")
print(f"aid pledges={len(pled)} (required {sum(g['required'] for g in pled)}), targets={len(tgts)} "
      f"(required {sum(g['required'] for g in tgts)}), negatives={len(negs)}")
print(f"pages without any pledge: {len(neg_pages)}: {[Path(x).stem for x in neg_pages]}")
donors = sorted({g['donor_code'] for g in pled} | {c for g in pled for c in g['co_donors']})
print(f"pledge donors={len(donors)}: {donors}")
print(f"target donors: {sorted({g['donor_code'] for g in tgts})}")
cur = collections.Counter(g['currency'] for g in pled if g['currency'])
print(f"currencies={len(cur)}: {dict(cur)}")
print("stages:", dict(collections.Counter(g['stage'] for g in pled)))
print("qualifiers:", dict(collections.Counter(g['amount_qualifier'] for g in pled)))
print("aid types:", dict(collections.Counter(g['aid_type'] for g in pled)))
print("word counts min/max:", min(words.values()), max(words.values()))
if traf_miss:
    print(f"\ntrafilatura default extraction misses {len(traf_miss)} evidence sentences (informational):")
    for f, e in traf_miss:
        print("   ", Path(f).name, "|", e)
print("\nPROBLEMS:" if problems else "\nOK: no problems")
for p in problems:
    print("  -", p)
sys.exit(1 if problems else 0)
