"""Build sources/sample/ from the article batches.  Run:  python build.py  (from this folder)."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import batch_atlanticledger
import batch_inbox
import batch_kyivwire
import batch_nordicdefence
import batch_regjeringen
from common import Article, dump_jsonl, esc, gold_lines
from outlets import FEED, NOT_FOUND, OUTLETS, PAGE, assign_urls

SAMPLE = Path(__file__).resolve().parent.parent
REC = SAMPLE / "recordings"
INBOX = SAMPLE / "inbox"
HTML_CT = "text/html; charset=utf-8"


def all_articles() -> list[Article]:
    arts = (batch_kyivwire.ARTICLES + batch_nordicdefence.ARTICLES
            + batch_atlanticledger.ARTICLES + batch_regjeringen.ARTICLES)
    per_outlet: dict[str, int] = {}
    for a in arts:
        n = per_outlet.get(a.outlet, 0)
        per_outlet[a.outlet] = n + 1
        assign_urls(a, n)
    return arts


def build_recordings(arts: list[Article]) -> list[dict]:
    for d in (REC, ):
        if d.exists():
            shutil.rmtree(d)
    (REC / "pages").mkdir(parents=True)
    (REC / "feeds").mkdir(parents=True)
    index: dict[str, dict] = {}
    gold: list[dict] = []
    for name, o in OUTLETS.items():
        (REC / o["feed_file"]).write_text(FEED[o["format"]](name, arts), encoding="utf-8")
        index[o["feed_url"]] = {"file": o["feed_file"], "content_type": o["content_type"], "status": 200}
    for a in arts:
        if a.status == 0:          # deliberately not recorded: the fetcher must report it missing
            continue
        if a.status == 404:
            a.file = "pages/atlanticledger-404.html"
            (REC / a.file).write_text(NOT_FOUND, encoding="utf-8")
            index[a.url] = {"file": a.file, "content_type": HTML_CT, "status": 404}
            continue
        (REC / a.file).write_text(PAGE[a.outlet](a, arts), encoding="utf-8")
        index[a.url] = {"file": a.file, "content_type": HTML_CT, "status": 200}
        gold += gold_lines(a, a.file, a.url, a.pub_date)
    (REC / "index.json").write_text(json.dumps(index, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    dump_jsonl(SAMPLE / "gold.jsonl", gold)
    return gold


INBOX_HTML = """<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>{title} – {site}</title>
  <meta property="og:title" content="{title}">
  <meta property="og:site_name" content="{site}">
  <meta property="article:published_time" content="{pub}">
  <meta name="description" content="{summary}">
</head>
<body>
  <div class="cookie-notice"><p>This website uses cookies to improve your experience. <a href="/privacy">Learn more</a></p><button>Got it</button></div>
  <header><a class="logo" href="/">{site}</a>
    <nav><a href="/news">News</a> | <a href="/politics">Politics</a> | <a href="/business">Business</a> | <a href="/opinion">Opinion</a> | <a href="/subscribe">Subscribe</a></nav>
  </header>
  <div class="advert"><span>Advertisement</span></div>
  <main>
    <h1>{title}</h1>
    <p class="byline">By {author} | {date}</p>
    <div class="share"><a href="#">Facebook</a> <a href="#">X</a> <a href="#">LinkedIn</a> <a href="#">Email</a></div>
    <article>
      <p class="standfirst"><em>{summary}</em></p>
      {paras}
    </article>
    <div class="advert"><span>Advertisement</span></div>
    <section class="newsletter"><h3>Newsletter</h3><p>Sign up for our free daily briefing.</p><input type="email" placeholder="Email"><button>Sign up</button></section>
    <section class="related"><h3>Related stories</h3><ul>
      <li><a href="/news/1">Parliament debates next year’s budget</a></li>
      <li><a href="/news/2">Energy prices expected to rise this winter</a></li>
      <li><a href="/news/3">Opinion: Europe must plan for a long confrontation</a></li>
    </ul></section>
  </main>
  <footer><p>© {year} {site}. All rights reserved. <a href="/privacy">Privacy</a> · <a href="/terms">Terms</a></p></footer>
</body>
</html>
"""
SITES = {"balticpost": "The Baltic Post", "euroweeklydigest": "Euro Weekly Digest"}


def build_inbox() -> list[dict]:
    if INBOX.exists():
        shutil.rmtree(INBOX)
    INBOX.mkdir()
    gold = []
    for fname, sidecar, url, a in batch_inbox.INBOX:
        if fname.endswith(".txt"):
            parts = [a.title, ""]
            for tag, text in a.blocks():
                parts += [text, ""]
            (INBOX / fname).write_text("\n".join(parts), encoding="utf-8")
        else:
            paras = "\n      ".join(f"<h2>{esc(t)}</h2>" if tag == "h2" else f"<p>{esc(t)}</p>" for tag, t in a.blocks())
            d = a.pub_dt
            (INBOX / fname).write_text(INBOX_HTML.format(
                title=esc(a.title), site=SITES[a.outlet], pub=a.pub, summary=esc(a.summary), author=esc(a.author),
                date=f"{d.day} {d:%B %Y}", paras=paras, year=a.pub[:4]), encoding="utf-8")
        if sidecar:
            meta = {"published": a.pub[:10], "url": url, "title": a.title}
            (INBOX / (fname.rsplit(".", 1)[0] + ".meta.json")).write_text(
                json.dumps(meta, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        gold += gold_lines(a, fname, url, a.pub_date if a.pub else None)
    dump_jsonl(INBOX / "gold.jsonl", gold)
    return gold


FEEDS_YML = """# Offline sample sources for pledge-tracker.
# Every URL below (and every article page the feeds link to) is served from recordings/ by the
# offline fetcher; see recordings/index.json (absolute URL -> file, content type, HTTP status).
# Deliberate failure cases: one Nordic Defence Review item is not recorded (fetcher reports it
# missing) and one Atlantic Ledger item is recorded as HTTP 404.
feeds:
  - name: kyivwire            # RSS 2.0, 15 items (one links to a government press release)
    url: https://www.kyivwire.example.test/rss.xml
    language: en
    enabled: true
  - name: nordicdefence       # RSS 1.0 / RDF, 10 items
    url: https://news.nordicdefence.example.test/index.rdf
    language: en
    enabled: true
  - name: atlanticledger      # Atom 1.0, 12 entries
    url: https://www.atlanticledger.example.test/feeds/world.atom
    language: en
    enabled: true
  - name: regjeringen         # RSS 2.0, government press releases, 8 items (one relative link)
    url: https://www.regjeringen.example.test/en/rss/press-releases.xml
    language: en
    enabled: true
  - name: atlanticledger-business   # disabled: shows the flag; not recorded
    url: https://www.atlanticledger.example.test/feeds/business.atom
    language: en
    enabled: false
recordings: recordings   # relative to this file: recorded responses served by the offline fetcher
inboxes:
  - name: sample-inbox
    path: inbox        # relative to this file
reference:
  kiel: ../../../shared/reference/kiel-ukraine-support-tracker   # relative to this file; read in place when present
"""


def main() -> None:
    arts = all_articles()
    g1 = build_recordings(arts)
    g2 = build_inbox()
    (SAMPLE / "feeds.yml").write_text(FEEDS_YML, encoding="utf-8")
    print(f"pages gold lines: {len(g1)}, inbox gold lines: {len(g2)}")


if __name__ == "__main__":
    main()
