#!/usr/bin/env python3
"""Write a tiny raw lake for testing the dbt project.

    python dbt_project/scripts/make_test_lake.py LAKE_DIR [--empty]

Writes ``LAKE_DIR/<table>/_schema.parquet`` (zero rows, exact lake types from
``pipeline/lake_schema.py``) for every raw table and, unless ``--empty``, two ingest days
(``day=2025-03-08`` and ``day=2025-03-10``) of rows for every table. The rows are chosen
to exercise the dbt logic:

* DEU EUR 500m on Fri 2025-03-07 (outlet A) and EUR 501m (+0.2%) on Sat 2025-03-08 (outlet B)
  -> one pledge with num_sources 2; the same DEU EUR 500m on 2025-06-10 -> a second pledge;
  DEU USD 500m on 2025-03-07 -> a third pledge (other currency).
* GBP on a Saturday (converted at Friday's rate), NOK after the last rate date, JPY, USD.
* one mention re-extracted on the second day (same mention_id; dbt keeps the latest day).
* fx_rates for USD/EUR/GBP/JPY/NOK Mon 2025-03-03 .. Fri 2025-03-07, with Friday repeated
  in the second day's file (overlap that dbt dedupes).
"""

from __future__ import annotations

import argparse
import sys
from datetime import date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # /work/main

import duckdb  # noqa: E402

from pipeline.lake_schema import TABLES, column_sql, columns, empty_select_sql  # noqa: E402

D1 = date(2025, 3, 8)
D2 = date(2025, 3, 10)


def _sha(tag: str) -> str:
    import hashlib

    return hashlib.sha256(tag.encode()).hexdigest()


DOC_A1 = _sha("https://outlet-a.example/deu-air-defence")
DOC_A2 = _sha("https://outlet-b.example/germany-ukraine-package")
DOC_A3 = _sha("https://outlet-a.example/broken")
DOC_A4 = _sha("https://outlet-c.example/japan-norway-us")
DOC_I1 = _sha("inbox file content: germany june")

TEXT_A1 = "Germany pledged EUR 500 million for air defence on Friday. Poland will spend 5% of GDP by 2026."
TEXT_A2 = (
    "Berlin announced a EUR 501 million package for Ukraine. Britain added GBP 225 million. "
    "Germany also pledged USD 500 million."
)
TEXT_A4 = (
    "Japan will lend 8 billion yen (about $53 million). Norway pledged NOK 1 billion. "
    "The US delivered $1 billion in energy and food aid. NATO agreed 3.5% core plus 1.5% by 2035."
)
TEXT_I1 = "Germany pledged another EUR 500 million in June. Poland reaffirmed its 5% of GDP target for 2026."


def ts(s: str) -> datetime:
    return datetime.fromisoformat(s)


def rows() -> dict[str, list[dict]]:
    r: dict[str, list[dict]] = {t: [] for t in TABLES}

    r["feed_fetches"] += [
        dict(
            day=D1,
            feed_name="outlet_a",
            url="https://outlet-a.example/rss",
            fetched_at=ts("2025-03-08 06:00:00"),
            status=200,
            bytes=20480,
            elapsed_ms=312.5,
            archive_sha256=_sha("feed a 1"),
            entries=12,
            new_entries=3,
        ),
        dict(
            day=D1,
            feed_name="outlet_b",
            url="https://outlet-b.example/feed",
            fetched_at=ts("2025-03-08 06:00:02"),
            status=200,
            bytes=10240,
            elapsed_ms=150.0,
            archive_sha256=_sha("feed b 1"),
            entries=8,
            new_entries=2,
            parse_warning="bozo: undefined entity",
        ),
        dict(
            day=D2,
            feed_name="outlet_a",
            url="https://outlet-a.example/rss",
            fetched_at=ts("2025-03-10 06:00:00"),
            status=200,
            bytes=20600,
            elapsed_ms=280.0,
            archive_sha256=_sha("feed a 2"),
            entries=12,
            new_entries=1,
        ),
        dict(
            day=D2,
            feed_name="outlet_c",
            url="https://outlet-c.example/atom",
            fetched_at=ts("2025-03-10 06:00:05"),
            status=None,
            bytes=None,
            elapsed_ms=10000.0,
            error="timeout after 10s",
            entries=None,
            new_entries=None,
        ),
    ]
    r["feed_entries"] += [
        dict(
            day=D1,
            feed_name="outlet_a",
            entry_id="a-1001",
            link="https://outlet-a.example/deu-air-defence",
            title="Germany pledges air defence",
            summary="EUR 500m",
            published_at=ts("2025-03-07 17:00:00"),
            fetched_at=ts("2025-03-08 06:00:00"),
        ),
        dict(
            day=D1,
            feed_name="outlet_b",
            entry_id="https://outlet-b.example/germany-ukraine-package",
            link="https://outlet-b.example/germany-ukraine-package",
            title="Berlin's new package",
            summary=None,
            published_at=ts("2025-03-08 09:30:00"),
            fetched_at=ts("2025-03-08 06:00:02"),
        ),
        dict(
            day=D2,
            feed_name="outlet_a",
            entry_id="a-1002",
            link="https://outlet-a.example/broken",
            title="Broken page",
            summary="",
            published_at=ts("2025-03-09 12:00:00"),
            fetched_at=ts("2025-03-10 06:00:00"),
        ),
        dict(
            day=D2,
            feed_name="outlet_c",
            entry_id="c-77",
            link="https://outlet-c.example/japan-norway-us",
            title="Allies add aid",
            summary="Japan, Norway, US",
            published_at=ts("2025-03-09 20:00:00"),
            fetched_at=ts("2025-03-10 06:00:05"),
        ),
    ]
    r["article_pages"] += [
        dict(
            day=D1,
            doc_id=DOC_A1,
            feed_name="outlet_a",
            entry_id="a-1001",
            url="https://outlet-a.example/deu-air-defence",
            final_url="https://outlet-a.example/deu-air-defence",
            fetched_at=ts("2025-03-08 06:01:00"),
            status=200,
            bytes=55000,
            elapsed_ms=420.0,
            archive_sha256=_sha("page a1"),
            content_type="text/html",
            title="Germany pledges air defence",
            published=date(2025, 3, 7),
            text=TEXT_A1,
        ),
        dict(
            day=D1,
            doc_id=DOC_A2,
            feed_name="outlet_b",
            entry_id="https://outlet-b.example/germany-ukraine-package",
            url="https://outlet-b.example/germany-ukraine-package",
            final_url="https://www.outlet-b.example/germany-ukraine-package",
            fetched_at=ts("2025-03-08 10:00:00"),
            status=200,
            bytes=61000,
            elapsed_ms=510.0,
            archive_sha256=_sha("page a2"),
            content_type="text/html; charset=utf-8",
            title="Berlin's new package",
            published=date(2025, 3, 8),
            text=TEXT_A2,
        ),
        dict(
            day=D2,
            doc_id=DOC_A3,
            feed_name="outlet_a",
            entry_id="a-1002",
            url="https://outlet-a.example/broken",
            final_url=None,
            fetched_at=ts("2025-03-10 06:01:00"),
            status=404,
            bytes=512,
            elapsed_ms=90.0,
            error="HTTP 404",
            archive_sha256=_sha("page a3"),
            content_type="text/html",
            title=None,
            published=None,
            text=None,
        ),
        dict(
            day=D2,
            doc_id=DOC_A4,
            feed_name="outlet_c",
            entry_id="c-77",
            url="https://outlet-c.example/japan-norway-us",
            final_url="https://outlet-c.example/japan-norway-us",
            fetched_at=ts("2025-03-10 06:02:00"),
            status=200,
            bytes=70000,
            elapsed_ms=650.0,
            archive_sha256=_sha("page a4"),
            content_type="text/html",
            title="Allies add aid",
            published=date(2025, 3, 9),
            text=TEXT_A4,
        ),
    ]
    r["inbox_files"] += [
        dict(
            day=D2,
            doc_id=DOC_I1,
            inbox_name="analyst_drop",
            path="analyst_drop/germany-june.txt",
            url="https://gov.example/germany-june",
            title="Germany June package",
            published=date(2025, 6, 10),
            published_source="sidecar",
            archive_sha256=DOC_I1,
            bytes=len(TEXT_I1),
            text=TEXT_I1,
        ),
    ]

    def pm(day, doc_id, mention_id, url, published, donor, donor_code, amount, currency, pledge_date, **kw):
        base = dict(
            day=day,
            doc_id=doc_id,
            mention_id=mention_id,
            url=url,
            title=None,
            published=published,
            donor=donor,
            donor_code=donor_code,
            recipient="Ukraine",
            recipient_code="UKR",
            amount=amount,
            amount_qualifier="exact",
            currency=currency,
            amount_usd=None,
            amount_usd_stated=None,
            pledge_date=pledge_date,
            aid_type="unspecified",
            purposes=[],
            stage=None,
            co_donors=[],
            evidence=None,
            evidence_start=0,
            evidence_end=10,
            confidence=0.9,
            extractor_version="test-1",
        )
        base.update(kw)
        return base

    url_a1 = "https://outlet-a.example/deu-air-defence"
    url_a2 = "https://outlet-b.example/germany-ukraine-package"
    url_a4 = "https://outlet-c.example/japan-norway-us"
    url_i1 = "https://gov.example/germany-june"
    m1 = pm(
        D1,
        DOC_A1,
        "m-deu-1",
        url_a1,
        date(2025, 3, 7),
        "Germany",
        "DEU",
        500e6,
        "EUR",
        date(2025, 3, 7),
        aid_type="military",
        purposes=["air_defence"],
        stage="pledged",
        amount_usd=541.0e6,
        evidence="Germany pledged EUR 500 million for air defence on Friday.",
        evidence_end=58,
    )
    r["pledge_mentions"] += [
        m1,
        # the same mention re-extracted on the second day (defensive dedupe keeps this one)
        {**m1, "day": D2, "extractor_version": "test-2", "confidence": 0.95},
        pm(
            D1,
            DOC_A2,
            "m-deu-2",
            url_a2,
            date(2025, 3, 8),
            "Germany",
            "DEU",
            501e6,
            "EUR",
            date(2025, 3, 8),
            purposes=["ammunition", "air_defence"],
            stage="committed",
            amount_usd=542.0e6,
            evidence="Berlin announced a EUR 501 million package for Ukraine.",
            evidence_end=55,
        ),
        pm(
            D1,
            DOC_A2,
            "m-gbr-1",
            url_a2,
            date(2025, 3, 8),
            "United Kingdom",
            "GBR",
            225e6,
            "GBP",
            date(2025, 3, 8),
            aid_type="military",
            purposes=["drones"],
            stage="pledged",
            amount_usd=290.0e6,
            evidence="Britain added GBP 225 million.",
            evidence_start=56,
            evidence_end=86,
        ),
        pm(
            D1,
            DOC_A2,
            "m-deu-usd",
            url_a2,
            date(2025, 3, 8),
            "Germany",
            "DEU",
            500e6,
            "USD",
            date(2025, 3, 7),
            aid_type="financial",
            purposes=["budget_support"],
            amount_usd=500e6,
            amount_usd_stated=500e6,
            evidence="Germany also pledged USD 500 million.",
            evidence_start=87,
            evidence_end=123,
            amount_qualifier="about",
        ),
        pm(
            D2,
            DOC_A4,
            "m-jpn-1",
            url_a4,
            date(2025, 3, 9),
            "Japan",
            "JPN",
            8e9,
            "JPY",
            date(2025, 3, 5),
            aid_type="financial",
            purposes=["loan"],
            stage="committed",
            amount_usd=53.5e6,
            amount_usd_stated=53e6,
            evidence="Japan will lend 8 billion yen (about $53 million).",
            evidence_end=50,
            amount_qualifier="up_to",
        ),
        pm(
            D2,
            DOC_A4,
            "m-nor-1",
            url_a4,
            date(2025, 3, 9),
            "Norway",
            "NOR",
            1e9,
            "NOK",
            date(2025, 3, 10),
            aid_type="humanitarian",
            purposes=["energy"],
            stage="allocated",
            amount_usd=90e6,
            evidence="Norway pledged NOK 1 billion.",
            evidence_start=51,
            evidence_end=79,
        ),
        pm(
            D2,
            DOC_A4,
            "m-usa-1",
            url_a4,
            date(2025, 3, 9),
            "United States",
            "USA",
            1e9,
            "USD",
            date(2025, 3, 4),
            aid_type="humanitarian",
            purposes=["energy", "food"],
            stage="delivered",
            amount_usd=1e9,
            amount_usd_stated=1e9,
            evidence="The US delivered $1 billion in energy and food aid.",
            evidence_start=80,
            evidence_end=131,
            co_donors=["CAN"],
            amount_qualifier="more_than",
        ),
        pm(
            D2,
            DOC_I1,
            "m-deu-3",
            url_i1,
            date(2025, 6, 10),
            "Germany",
            "DEU",
            500e6,
            "EUR",
            date(2025, 6, 10),
            aid_type="military",
            purposes=[],
            evidence="Germany pledged another EUR 500 million in June.",
            evidence_end=47,
            amount_usd=560e6,
            confidence=0.7,
        ),
    ]

    def dt(day, doc_id, mention_id, url, published, donor, code, pct, year, evidence):
        return dict(
            day=day,
            doc_id=doc_id,
            mention_id=mention_id,
            url=url,
            published=published,
            donor=donor,
            donor_code=code,
            pct_gdp=pct,
            target_year=year,
            evidence=evidence,
            evidence_start=0,
            evidence_end=len(evidence),
            confidence=0.8,
            extractor_version="test-1",
        )

    r["defense_targets"] += [
        dt(
            D1,
            DOC_A1,
            "t-pol-1",
            url_a1,
            date(2025, 3, 7),
            "Poland",
            "POL",
            5.0,
            2026,
            "Poland will spend 5% of GDP by 2026.",
        ),
        dt(
            D2,
            DOC_I1,
            "t-pol-2",
            url_i1,
            date(2025, 6, 10),
            "Poland",
            "POL",
            5.0,
            2026,
            "Poland reaffirmed its 5% of GDP target for 2026.",
        ),
        dt(
            D2,
            DOC_A4,
            "t-nato-1",
            url_a4,
            date(2025, 3, 9),
            "NATO",
            "NATO",
            3.5,
            2035,
            "NATO agreed 3.5% core plus 1.5% by 2035.",
        ),
        dt(
            D2,
            DOC_A4,
            "t-nato-2",
            url_a4,
            date(2025, 3, 9),
            "NATO",
            "NATO",
            1.5,
            2035,
            "NATO agreed 3.5% core plus 1.5% by 2035.",
        ),
        dt(
            D2,
            DOC_A4,
            "t-deu-1",
            url_a4,
            date(2025, 3, 9),
            "Germany",
            "DEU",
            2.0,
            None,
            "Germany will meet the 2% target.",
        ),
    ]
    r["extraction_errors"] += [
        dict(
            day=D2,
            doc_id=DOC_A3,
            url="https://outlet-a.example/broken",
            error="no text (HTTP 404)",
            extractor_version="test-1",
        ),
    ]

    per_eur = {"USD": 1.08, "EUR": 1.0, "GBP": 0.84, "JPY": 160.0, "NOK": 11.6}
    for i, d in enumerate([date(2025, 3, n) for n in (3, 4, 5, 6, 7)]):
        for cur, rate in per_eur.items():
            rate_today = rate if cur == "EUR" else round(rate * (1 + 0.001 * i), 6)
            r["fx_rates"].append(dict(_day=D1, currency=cur, rate_date=d, per_eur=rate_today))
            if d == date(2025, 3, 7):  # overlap: Friday again in the second day's file
                r["fx_rates"].append(dict(_day=D2, currency=cur, rate_date=d, per_eur=rate_today))
    return r


def write_lake(lake: Path, empty: bool = False) -> None:
    con = duckdb.connect()
    for table in TABLES:
        tdir = lake / table
        tdir.mkdir(parents=True, exist_ok=True)
        schema_file = tdir / "_schema.parquet"
        con.execute(f"COPY ({empty_select_sql(table)}) TO '{schema_file}' (FORMAT parquet)")
    if empty:
        return
    for table, table_rows in rows().items():
        cols = columns(table)
        by_day: dict[date, list[dict]] = {}
        for row in table_rows:
            by_day.setdefault(row.get("day", row.get("_day")), []).append(row)
        for day, day_rows in sorted(by_day.items()):
            con.execute(f"CREATE OR REPLACE TEMP TABLE t ({column_sql(table)})")
            placeholders = ", ".join("?" for _ in cols)
            con.executemany(f"INSERT INTO t VALUES ({placeholders})", [[r.get(c) for c in cols] for r in day_rows])
            ddir = lake / table / f"day={day.isoformat()}"
            ddir.mkdir(parents=True, exist_ok=True)
            con.execute(f"COPY t TO '{ddir / 'part-0.parquet'}' (FORMAT parquet)")
    con.close()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("lake", type=Path, help="lake directory to write (created if missing)")
    ap.add_argument("--empty", action="store_true", help="write only the empty _schema.parquet files")
    args = ap.parse_args(argv)
    write_lake(args.lake, empty=args.empty)
    print(f"wrote {'empty ' if args.empty else ''}lake at {args.lake}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
