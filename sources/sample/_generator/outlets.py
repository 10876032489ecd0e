"""The four fake outlets: URL scheme, page templates (with realistic boilerplate), feed writers."""
from __future__ import annotations

import json
from urllib.parse import urljoin

from common import Article, esc, rfc822

OUTLETS = {
    "kyivwire": {
        "name": "Kyiv Wire", "base": "https://www.kyivwire.example.test",
        "feed_url": "https://www.kyivwire.example.test/rss.xml", "feed_file": "feeds/kyivwire-rss.xml",
        "content_type": "application/rss+xml; charset=utf-8", "format": "rss2",
        "description": "Independent news from Kyiv on the war, politics and the economy",
    },
    "nordicdefence": {
        "name": "Nordic Defence Review", "base": "https://news.nordicdefence.example.test",
        "feed_url": "https://news.nordicdefence.example.test/index.rdf", "feed_file": "feeds/nordicdefence-index.rdf",
        "content_type": "application/rdf+xml; charset=utf-8", "format": "rdf",
        "description": "Security and defence news from the Nordic and Baltic region",
    },
    "atlanticledger": {
        "name": "The Atlantic Ledger", "base": "https://www.atlanticledger.example.test",
        "feed_url": "https://www.atlanticledger.example.test/feeds/world.atom", "feed_file": "feeds/atlanticledger-world.atom",
        "content_type": "application/atom+xml; charset=utf-8", "format": "atom",
        "description": "World news and analysis",
    },
    "regjeringen": {
        "name": "Government of Norway", "base": "https://www.regjeringen.example.test",
        "feed_url": "https://www.regjeringen.example.test/en/rss/press-releases.xml", "feed_file": "feeds/regjeringen-press-releases.xml",
        "content_type": "text/xml; charset=utf-8", "format": "rss2",
        "description": "Press releases from the Norwegian Government and ministries (sample)",
    },
}


def assign_urls(a: Article, index: int) -> None:
    o = OUTLETS[a.outlet]
    y, m = a.pub[:4], a.pub[5:7]
    if a.outlet == "kyivwire":
        path = f"/{'amp/' if a.variant == 'amp' else ''}news/{y}/{m}/{a.slug}"
    elif a.outlet == "nordicdefence":
        path = f"/articles/{y}/{m}/{a.slug}.html"
    elif a.outlet == "atlanticledger":
        path = f"/world/europe/{a.pub[:10]}/{a.slug}"
    else:
        path = f"/en/aktuelt/press-releases/{y}/{a.slug}/id{2031400 + index * 37}/"
    a.url = o["base"] + path
    a.feed_link = a.feed_link or a.url
    if a.feed_link.startswith("/"):
        a.url = urljoin(o["feed_url"], a.feed_link)
    a.file = f"pages/{a.outlet}-{y}-{m}-{a.slug}.html"


def _paras(a: Article, cls: str = "") -> str:
    attr = f' class="{cls}"' if cls else ""
    out = []
    for tag, text in a.blocks():
        out.append(f"<h2>{esc(text)}</h2>" if tag == "h2" else f"<p{attr}>{esc(text)}</p>")
    return "\n        ".join(out)


def _ld(a: Article, publisher: str) -> str:
    return json.dumps({
        "@context": "https://schema.org", "@type": "NewsArticle", "headline": a.title,
        "datePublished": a.pub, "dateModified": a.pub, "author": {"@type": "Person", "name": a.author},
        "publisher": {"@type": "Organization", "name": publisher}, "mainEntityOfPage": a.url,
    }, ensure_ascii=False)


def _head(a: Article, site: str, extra: str = "") -> str:
    return f"""<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{esc(a.title)} | {esc(site)}</title>
  <meta name="description" content="{esc(a.summary)}">
  <link rel="canonical" href="{esc(a.url)}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{esc(site)}">
  <meta property="og:title" content="{esc(a.title)}">
  <meta property="og:description" content="{esc(a.summary)}">
  <meta property="og:url" content="{esc(a.url)}">
  <meta property="article:published_time" content="{a.pub}">
  <meta property="article:section" content="{esc(a.section)}">
  <meta name="author" content="{esc(a.author)}">
  <meta name="twitter:card" content="summary_large_image">
  {extra}<script type="application/ld+json">{_ld(a, site)}</script>
</head>"""


def _human_date(a: Article) -> str:
    d = a.pub_dt
    return f"{d.day} {d:%B %Y}, {d:%H:%M}"


SHARE = """<div class="share-bar" aria-label="Share this story">
      <a class="share share--facebook" href="#">Share on Facebook</a>
      <a class="share share--x" href="#">Post on X</a>
      <a class="share share--telegram" href="#">Telegram</a>
      <a class="share share--email" href="#">Email</a>
      <button class="share share--copy" type="button">Copy link</button>
    </div>"""


def _related(a: Article, others: list[Article], n: int = 4) -> list[Article]:
    same = [o for o in others if o.outlet == a.outlet and o.url != a.url and o.status == 200]
    if not same:
        return []
    i = [o.slug for o in others].index(a.slug) if a.slug in [o.slug for o in others] else 0
    return [same[(i + k * 3 + 1) % len(same)] for k in range(min(n, len(same)))]


# ---------------------------------------------------------------- Kyiv Wire
def page_kyivwire(a: Article, others: list[Article]) -> str:
    rel = "\n".join(f'          <li><a href="{esc(o.url)}">{esc(o.title)}</a></li>' for o in _related(a, others))
    if a.variant == "amp":
        return _page_kyivwire_amp(a, rel)
    return f"""<!DOCTYPE html>
<html lang="en">
{_head(a, "Kyiv Wire", '<link rel="amphtml" href="' + esc(a.url.replace('/news/', '/amp/news/')) + '">' + chr(10) + '  ')}
<body class="article-page">
  <div id="cookie-consent" class="cookie-banner" role="dialog" aria-live="polite">
    <p>We use cookies and similar technologies to personalise content and ads, to provide social media features and to analyse our traffic. You can change your choices at any time in Privacy settings.</p>
    <button type="button" class="btn btn-accept">Accept all</button>
    <button type="button" class="btn btn-settings">Manage preferences</button>
  </div>
  <header class="site-header">
    <a class="logo" href="/">Kyiv Wire</a>
    <nav class="main-nav" aria-label="Main">
      <ul>
        <li><a href="/news/">News</a></li>
        <li><a href="/war/">War</a></li>
        <li><a href="/politics/">Politics</a></li>
        <li><a href="/business/">Business</a></li>
        <li><a href="/opinion/">Opinion</a></li>
        <li><a href="/sport/">Sport</a></li>
        <li><a href="/support-us/" class="cta">Support us</a></li>
      </ul>
    </nav>
    <form class="search" action="/search"><input type="search" name="q" placeholder="Search Kyiv Wire"></form>
  </header>
  <div class="ad-slot ad-leaderboard"><span class="ad-label">Advertisement</span><div id="gpt-top-728x90"></div></div>
  <main id="content">
    <nav class="breadcrumbs"><a href="/">Home</a> › <a href="/news/">{esc(a.section)}</a></nav>
    <article class="story" itemscope itemtype="https://schema.org/NewsArticle">
      <header class="story__header">
        <h1 itemprop="headline">{esc(a.title)}</h1>
        <p class="story__standfirst">{esc(a.summary)}</p>
        <div class="story__meta">By <span class="byline">{esc(a.author)}</span> · <span class="date">{_human_date(a)}</span></div>
      </header>
      {SHARE}
      <div class="story__body" itemprop="articleBody">
        {_paras(a)}
      </div>
      <p class="story__tags">Tags: <a href="/tag/ukraine">Ukraine</a>, <a href="/tag/military-aid">Military aid</a>, <a href="/tag/defence">Defence</a></p>
    </article>
    <div class="ad-slot ad-inline"><span class="ad-label">Advertisement</span><div id="gpt-mid-300x250"></div></div>
    <section class="newsletter">
      <h3>The Kyiv Wire Morning Brief</h3>
      <p>Get the day’s most important stories from Ukraine in your inbox every weekday at 7am.</p>
      <form action="/newsletter/subscribe" method="post"><input type="email" name="email" placeholder="Your email address"><button type="submit">Sign up</button></form>
    </section>
    <aside class="related">
      <h3>Related stories</h3>
      <ul>
{rel}
      </ul>
    </aside>
    <aside class="most-read">
      <h3>Most read</h3>
      <ol><li><a href="/live/">Live: air raid alerts across Ukraine</a></li><li><a href="/explainers/mobilisation">Explainer: who can be mobilised?</a></li><li><a href="/opinion/">Opinion: the long war economy</a></li></ol>
    </aside>
  </main>
  <footer class="site-footer">
    <nav><a href="/about">About us</a> · <a href="/editorial-standards">Editorial standards</a> · <a href="/contacts">Contacts</a> · <a href="/advertise">Advertise</a> · <a href="/privacy">Privacy policy</a> · <a href="/cookies">Cookie policy</a></nav>
    <p>© {a.pub[:4]} Kyiv Wire. All rights reserved. Reproduction of material is permitted only with a hyperlink to the source.</p>
  </footer>
  <script src="/static/js/consent.js" defer></script>
  <script>window.dataLayer=window.dataLayer||[];dataLayer.push({{"event":"article_view","section":"{esc(a.section)}"}});</script>
</body>
</html>
"""


def _page_kyivwire_amp(a: Article, rel: str) -> str:
    canonical = a.url.replace("/amp/news/", "/news/")
    return f"""<!doctype html>
<html ⚡ lang="en">
<head>
  <meta charset="utf-8">
  <script async src="https://cdn.ampproject.example.test/v0.js"></script>
  <script async custom-element="amp-ad" src="https://cdn.ampproject.example.test/v0/amp-ad-0.1.js"></script>
  <script async custom-element="amp-user-notification" src="https://cdn.ampproject.example.test/v0/amp-user-notification-0.1.js"></script>
  <script async custom-element="amp-social-share" src="https://cdn.ampproject.example.test/v0/amp-social-share-0.1.js"></script>
  <title>{esc(a.title)} | Kyiv Wire</title>
  <link rel="canonical" href="{esc(canonical)}">
  <meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
  <meta property="og:title" content="{esc(a.title)}">
  <meta property="og:description" content="{esc(a.summary)}">
  <meta property="article:published_time" content="{a.pub}">
  <script type="application/ld+json">{_ld(a, "Kyiv Wire")}</script>
  <style amp-boilerplate>body{{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}}</style>
  <style amp-custom>body{{font-family:Georgia,serif}}.amp-nav a{{margin-right:8px}}</style>
</head>
<body>
  <amp-user-notification id="consent" layout="nodisplay">
    <p>This site uses cookies. By continuing to browse you agree to our use of cookies.</p>
    <button on="tap:consent.dismiss">OK</button>
  </amp-user-notification>
  <header class="amp-header"><a href="/">Kyiv Wire</a>
    <nav class="amp-nav"><a href="/news/">News</a><a href="/war/">War</a><a href="/business/">Business</a><a href="/sport/">Sport</a></nav>
  </header>
  <div class="amp-ad-wrap"><span>Advertisement</span><amp-ad width="320" height="100" type="doubleclick" data-slot="/1234/kyivwire/amp_top"></amp-ad></div>
  <main>
    <h1>{esc(a.title)}</h1>
    <div class="amp-byline">{esc(a.author)} | {_human_date(a)}</div>
    <div class="amp-share">
      <amp-social-share type="facebook" width="40" height="40"></amp-social-share>
      <amp-social-share type="twitter" width="40" height="40"></amp-social-share>
      <amp-social-share type="email" width="40" height="40"></amp-social-share>
    </div>
    <amp-img src="/media/{esc(a.slug)}.jpg" width="1200" height="675" layout="responsive" alt=""></amp-img>
    <div class="amp-article-body">
        {_paras(a)}
    </div>
    <div class="amp-ad-wrap"><span>Advertisement</span><amp-ad width="300" height="250" type="doubleclick" data-slot="/1234/kyivwire/amp_mid"></amp-ad></div>
    <section class="amp-related"><h3>Related stories</h3><ul>
{rel}
    </ul></section>
    <section class="amp-newsletter"><h3>Newsletter</h3><p>Sign up for the Morning Brief on our full site.</p></section>
  </main>
  <footer><p>© {a.pub[:4]} Kyiv Wire. <a href="{esc(canonical)}">View full version</a></p></footer>
</body>
</html>
"""


# ---------------------------------------------------------------- Nordic Defence Review
def page_nordicdefence(a: Article, others: list[Article]) -> str:
    rel = "\n".join(f'        <li><a href="{esc(o.url)}">{esc(o.title)}</a></li>' for o in _related(a, others, 3))
    if a.variant == "storybody":
        body = f"""<div class="content-wrap">
      <h1 class="headline">{esc(a.title)}</h1>
      <div class="byline-block"><span class="author">{esc(a.author)}</span> <span class="pubdate">Published {a.pub_dt:%d.%m.%Y %H:%M}</span></div>
      <div class="lead">{esc(a.summary)}</div>
      <div class="story-body">
        {_paras(a)}
      </div>
      <div class="story-footer">{SHARE}</div>
    </div>"""
    else:
        body = f"""<article class="post">
      <h1 class="post-title">{esc(a.title)}</h1>
      <div class="post-meta"><span class="author">{esc(a.author)}</span> | <span class="pubdate">{a.pub_dt:%d %b %Y}</span> | <a href="/category/{esc(a.section.lower())}">{esc(a.section)}</a></div>
      <p class="ingress"><strong>{esc(a.summary)}</strong></p>
      <div class="post-content">
        {_paras(a)}
      </div>
      {SHARE}
    </article>"""
    return f"""<!DOCTYPE html>
<html lang="en-GB">
{_head(a, "Nordic Defence Review")}
<body>
  <div class="gdpr-notice" id="gdpr">
    <p>Nordic Defence Review uses cookies to measure readership and to show relevant advertising. Read more in our <a href="/privacy">privacy statement</a>.</p>
    <a href="#" class="gdpr-ok">I understand</a> <a href="#" class="gdpr-reject">Only necessary cookies</a>
  </div>
  <div class="topbar"><span class="topbar-date">Independent since 1998</span> <a href="/subscribe">Subscribe</a> <a href="/login">Log in</a></div>
  <header>
    <div class="brand"><a href="/">Nordic Defence Review</a></div>
    <ul class="menu">
      <li><a href="/category/news">News</a></li><li><a href="/category/ukraine">Ukraine</a></li>
      <li><a href="/category/nato">NATO</a></li><li><a href="/category/industry">Industry</a></li>
      <li><a href="/category/arctic">Arctic</a></li><li><a href="/category/analysis">Analysis</a></li>
      <li><a href="/podcast">Podcast</a></li>
    </ul>
  </header>
  <div class="banner-ad"><small>Advertisement</small><img src="/ads/defence-expo-banner.gif" alt="Nordic Defence Expo - Register now"></div>
  <div class="container">
    {body}
    <div class="sidebar">
      <div class="widget ad"><small>Advertisement</small><div class="ad-300x600"></div></div>
      <div class="widget newsletter"><h4>Weekly security briefing</h4><p>Analysis from our correspondents in Oslo, Stockholm, Copenhagen, Helsinki and Tallinn, every Friday.</p><input type="email" placeholder="E-mail"><button>Subscribe</button></div>
      <div class="widget related"><h4>Related stories</h4><ul>
{rel}
      </ul></div>
    </div>
  </div>
  <footer class="site-footer">
    <p>Nordic Defence Review · Editor-in-chief: Henrik Aas · Postboks 118 Sentrum, Oslo</p>
    <p>Copyright © 1998–{a.pub[:4]} Nordic Defence Review AS. All rights reserved.</p>
    <p><a href="/about">About</a> | <a href="/tips">Send us a tip</a> | <a href="/privacy">Privacy</a> | <a href="/rss">RSS</a></p>
  </footer>
  <script src="/js/site.min.js"></script>
</body>
</html>
"""


# ---------------------------------------------------------------- The Atlantic Ledger
def page_atlanticledger(a: Article, others: list[Article]) -> str:
    rel = "\n".join(f'          <li class="rail-item"><a href="{esc(o.url)}"><span class="rail-title">{esc(o.title)}</span></a></li>' for o in _related(a, others, 4))
    if a.variant == "time":
        meta = f"""<div class="byline">
          <time datetime="{a.pub}" class="byline__time">By {esc(a.author)}, {a.pub_dt:%B} {a.pub_dt.day}, {a.pub_dt:%Y}</time>
        </div>"""
    else:
        meta = f"""<div class="byline"><span class="byline__name">By {esc(a.author)}</span>
          <span class="byline__date">Updated {a.pub_dt:%B} {a.pub_dt.day}, {a.pub_dt:%Y} {a.pub_dt:%I:%M %p} GMT</span></div>"""
    return f"""<!DOCTYPE html>
<html lang="en-US">
{_head(a, "The Atlantic Ledger")}
<body class="theme-world">
  <div class="consent-overlay" id="sp-message">
    <div class="consent-box"><h2>Your privacy choices</h2>
      <p>We and our 184 partners store and access information on your device for personalised ads and content, ad and content measurement, audience research and service development.</p>
      <button class="consent-accept">Agree</button> <button class="consent-options">Options</button></div>
  </div>
  <header class="masthead">
    <div class="masthead__top"><a class="masthead__logo" href="/">The Atlantic Ledger</a><a class="masthead__subscribe" href="/subscribe">Subscribe — $1 for 6 months</a></div>
    <nav class="masthead__nav"><a href="/us/">U.S.</a><a href="/world/">World</a><a href="/world/europe/">Europe</a><a href="/business/">Business</a><a href="/markets/">Markets</a><a href="/opinion/">Opinion</a><a href="/climate/">Climate</a><a href="/sports/">Sports</a></nav>
  </header>
  <div class="ad ad--top"><p class="ad__label">Advertisement</p><div class="ad__frame" data-size="970x250"></div></div>
  <main class="layout">
    <div class="layout__main">
      <article class="story" id="story">
        <header><p class="kicker">{esc(a.section)}</p><h1 class="story__headline">{esc(a.title)}</h1>
        <p class="story__dek">{esc(a.summary)}</p>
        {meta}
        </header>
        <figure class="lede-image"><img src="/img/{esc(a.slug)}.jpg" alt=""><figcaption>Photo: Ledger staff / pool</figcaption></figure>
        <section class="story__body">
        {_paras(a, "story__p")}
        </section>
      </article>
      <div class="story-tools">{SHARE}</div>
      <div class="ad ad--inline"><p class="ad__label">Advertisement</p><div class="ad__frame" data-size="300x250"></div></div>
      <section class="newsletter-promo"><h3>Sign up for World Briefing</h3><p>The top international stories, delivered to your inbox each morning.</p><a class="btn" href="/newsletters/world-briefing">Sign up</a></section>
    </div>
    <aside class="layout__rail">
      <h3 class="rail__title">Related stories</h3>
      <ul class="rail">
{rel}
      </ul>
      <div class="ad ad--rail"><p class="ad__label">Advertisement</p><div class="ad__frame" data-size="300x600"></div></div>
    </aside>
  </main>
  <footer class="footer">
    <ul class="footer__links"><li><a href="/about">About the Ledger</a></li><li><a href="/careers">Careers</a></li><li><a href="/terms">Terms of service</a></li><li><a href="/privacy">Privacy</a></li><li><a href="/do-not-sell">Do not sell my personal information</a></li></ul>
    <p class="footer__copy">© {a.pub[:4]} The Atlantic Ledger Company. All Rights Reserved.</p>
  </footer>
  <script async src="/assets/ledger-bundle.js"></script>
</body>
</html>
"""


# ---------------------------------------------------------------- Government of Norway (press releases)
def page_regjeringen(a: Article, others: list[Article]) -> str:
    rel = "\n".join(f'          <li><a href="{esc(o.url)}">{esc(o.title)}</a></li>' for o in _related(a, others, 3))
    return f"""<!DOCTYPE html>
<html lang="en">
{_head(a, "Government.no (sample)")}
<body class="press-release">
  <div id="cookie-banner" class="cookie-banner">
    <p>Government.no uses cookies for statistics. No cookies are used for advertising on this site. <a href="/en/about/cookies/">About cookies</a></p>
    <button class="btn-primary">Accept statistics cookies</button><button class="btn-secondary">Decline</button>
  </div>
  <a class="skip-link" href="#main">Skip to main content</a>
  <header class="gov-header">
    <a class="gov-logo" href="/en/">Government.no</a>
    <nav class="gov-menu" aria-label="Main menu"><ul>
      <li><a href="/en/dep/">Ministries</a></li><li><a href="/en/topics/">Topics</a></li>
      <li><a href="/en/documents/">Documents</a></li><li><a href="/en/aktuelt/">Current affairs</a></li>
      <li><a href="/en/the-government/">The Government</a></li><li><a href="/no/">Norsk</a></li>
    </ul></nav>
  </header>
  <main id="main">
    <div class="breadcrumbs"><a href="/en/">Home</a> / <a href="/en/aktuelt/">Current affairs</a> / <a href="/en/aktuelt/press-releases/">Press releases</a></div>
    <article class="content">
      <p class="content-type">Press release | No: {a.pub_dt.year}/{int(a.pub_dt.strftime('%j')):03d} | Date: {a.pub_dt.day:02d}/{a.pub_dt.month:02d}/{a.pub_dt.year}</p>
      <h1>{esc(a.title)}</h1>
      <p class="department">{esc(a.author)}</p>
      <div class="article-ingress"><p>{esc(a.summary)}</p></div>
      <div class="article-body">
        {_paras(a)}
      </div>
      <div class="contact"><h2>Press contact</h2><p>Press office, telephone +47 22 00 00 00 (sample). Available on weekdays 08:00–16:00.</p></div>
      <div class="share"><span>Share:</span> <a href="#">Facebook</a> <a href="#">X</a> <a href="#">LinkedIn</a> <a href="#">E-mail</a></div>
    </article>
    <aside class="related-content"><h2>Related stories</h2><ul>
{rel}
    </ul></aside>
    <section class="subscribe"><h2>Subscribe to press releases</h2><p>Receive press releases from the Government by e-mail.</p><a href="/en/subscribe/">Manage your subscriptions</a></section>
  </main>
  <footer class="gov-footer">
    <p>Government.no is published by the Norwegian Government Security and Service Organisation (sample, not the real site).</p>
    <p><a href="/en/about/">About the website</a> · <a href="/en/accessibility/">Accessibility statement</a> · <a href="/en/privacy/">Privacy</a> · © {a.pub[:4]} Government.no</p>
  </footer>
</body>
</html>
"""


PAGE = {"kyivwire": page_kyivwire, "nordicdefence": page_nordicdefence,
        "atlanticledger": page_atlanticledger, "regjeringen": page_regjeringen}

NOT_FOUND = """<!DOCTYPE html>
<html lang="en-US">
<head><meta charset="utf-8"><title>Page not found | The Atlantic Ledger</title><meta name="robots" content="noindex"></head>
<body>
  <header class="masthead"><a class="masthead__logo" href="/">The Atlantic Ledger</a></header>
  <main><h1>Sorry, we could not find that page.</h1>
  <p>The story may have been moved or removed. Try searching our archive or return to the <a href="/">home page</a>.</p>
  <p class="error-code">Error 404</p></main>
  <footer><p>© 2025 The Atlantic Ledger Company.</p></footer>
</body>
</html>
"""


# ---------------------------------------------------------------- feeds
def _items_for(outlet: str, articles: list[Article]) -> list[Article]:
    its = [a for a in articles if a.outlet == outlet or outlet in a.also_in]
    return sorted(its, key=lambda a: a.pub_dt, reverse=True)


def feed_rss2(outlet: str, articles: list[Article]) -> str:
    o = OUTLETS[outlet]
    items = _items_for(outlet, articles)
    out = []
    for n, a in enumerate(items):
        link = a.feed_link if a.outlet == outlet else a.url
        title = a.title if a.outlet == outlet else f"Press release: {a.title}"
        guid = f'<guid isPermaLink="false">{esc(outlet)}-{(a.pub_dt.year - 2000) * 10000 + int(a.pub_dt.strftime("%j")) * 10 + n % 10}</guid>'
        out.append(f"""    <item>
      <title>{esc(title)}</title>
      <link>{esc(link)}</link>
      {guid}
      <pubDate>{rfc822(a.pub_dt)}</pubDate>
      <dc:creator>{esc(a.author)}</dc:creator>
      <category>{esc(a.section)}</category>
      <description>{esc(a.summary)}</description>
    </item>""")
    last = items[0].pub_dt
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>{esc(o['name'])}</title>
    <link>{o['base']}/</link>
    <atom:link href="{o['feed_url']}" rel="self" type="application/rss+xml"/>
    <description>{esc(o['description'])}</description>
    <language>en</language>
    <lastBuildDate>{rfc822(last)}</lastBuildDate>
    <ttl>30</ttl>
{chr(10).join(out)}
  </channel>
</rss>
"""


def feed_rdf(outlet: str, articles: list[Article]) -> str:
    o = OUTLETS[outlet]
    items = _items_for(outlet, articles)
    seq = "\n".join(f'        <rdf:li rdf:resource="{esc(a.url)}"/>' for a in items)
    out = "\n".join(f"""  <item rdf:about="{esc(a.url)}">
    <title>{esc(a.title)}</title>
    <link>{esc(a.url)}</link>
    <description>{esc(a.summary)}</description>
    <dc:creator>{esc(a.author)}</dc:creator>
    <dc:subject>{esc(a.section)}</dc:subject>
    <dc:date>{a.pub}</dc:date>
  </item>""" for a in items)
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
  xmlns:dc="http://purl.org/dc/elements/1.1/"
  xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"
  xmlns="http://purl.org/rss/1.0/">
  <channel rdf:about="{o['feed_url']}">
    <title>{esc(o['name'])}</title>
    <link>{o['base']}/</link>
    <description>{esc(o['description'])}</description>
    <dc:language>en</dc:language>
    <dc:publisher>Nordic Defence Review AS</dc:publisher>
    <dc:date>{items[0].pub}</dc:date>
    <sy:updatePeriod>hourly</sy:updatePeriod>
    <items>
      <rdf:Seq>
{seq}
      </rdf:Seq>
    </items>
  </channel>
{out}
</rdf:RDF>
"""


def feed_atom(outlet: str, articles: list[Article]) -> str:
    o = OUTLETS[outlet]
    items = _items_for(outlet, articles)
    out = "\n".join(f"""  <entry>
    <title>{esc(a.title)}</title>
    <link rel="alternate" type="text/html" href="{esc(a.url)}"/>
    <id>tag:atlanticledger.example.test,{a.pub[:4]}:world/{esc(a.slug)}</id>
    <published>{a.pub}</published>
    <updated>{a.pub}</updated>
    <author><name>{esc(a.author)}</name></author>
    <category term="{esc(a.section)}"/>
    <summary type="text">{esc(a.summary)}</summary>
  </entry>""" for a in items)
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
  <title>{esc(o['name'])} — World</title>
  <subtitle>{esc(o['description'])}</subtitle>
  <link rel="self" type="application/atom+xml" href="{o['feed_url']}"/>
  <link rel="alternate" type="text/html" href="{o['base']}/world/"/>
  <id>tag:atlanticledger.example.test,2009:feeds/world</id>
  <updated>{items[0].pub}</updated>
  <rights>© The Atlantic Ledger Company</rights>
  <generator>LedgerCMS</generator>
{out}
</feed>
"""


FEED = {"rss2": feed_rss2, "rdf": feed_rdf, "atom": feed_atom}
