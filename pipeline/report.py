"""The analyst report: one self-contained HTML page built from the published warehouse.

The page opens offline and runs no JavaScript: charts are Altair (Vega-Lite) specs rendered to inline
SVG by vl-convert, styles are inline, and a Content-Security-Policy forbids loading anything. Every
string that comes from data (donor names, evidence sentences, URLs, errors) goes through `html.escape`.
Pure: no Dagster; the asset in pipeline/defs/report_assets.py and `pledges report --rebuild` call it.
"""

from __future__ import annotations

import contextlib
import html
import os
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit

import altair as alt
import duckdb
import vl_convert

# The Vega-Lite version Altair writes specs for, in vl-convert's "major.minor" form.
_VL_VERSION = ".".join(alt.SCHEMA_VERSION.lstrip("v").split(".")[:2])
TOP_PLEDGES = 15
TOP_DONORS_CHART = 20

Source = duckdb.DuckDBPyConnection | str | Path


@dataclass(frozen=True)
class WrittenReport:
    path: Path
    size_bytes: int
    top_donors_markdown: str


@contextlib.contextmanager
def _connection(source: Source) -> Iterator[duckdb.DuckDBPyConnection]:
    """Use a caller's connection as is; open a path read-only (readers never take the writer's lock)."""
    if isinstance(source, duckdb.DuckDBPyConnection):
        yield source
        return
    con = duckdb.connect(str(source), read_only=True)
    try:
        yield con
    finally:
        con.close()


def _rows(con: duckdb.DuckDBPyConnection, sql: str, params: list | None = None) -> list[dict]:
    cursor = con.execute(sql, params or [])
    columns = [d[0] for d in cursor.description]
    return [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]


def _tables(con: duckdb.DuckDBPyConnection) -> set[str]:
    return {name for (name,) in con.execute("select table_name from information_schema.tables").fetchall()}


# ---------------------------------------------------------------------------------------------- queries


def top_donors(con: duckdb.DuckDBPyConnection, limit: int = 10) -> list[dict]:
    return _rows(
        con,
        """
        select donor, count(*) as pledges, round(coalesce(sum(amount_usd), 0) / 1e6, 1) as usd_millions
        from fct_aid_pledges group by donor order by usd_millions desc, donor limit ?""",
        [limit],
    )


def top_donors_markdown(source: Source, limit: int = 10) -> str:
    """The largest donors by USD pledged, as a Markdown table (for Dagster metadata)."""
    with _connection(source) as con:
        rows = top_donors(con, limit)
    if not rows:
        return "(no pledges)"
    body = "\n".join(f"| {_md(r['donor'])} | {r['pledges']} | {r['usd_millions']:,.1f} |" for r in rows)
    return "| donor | pledges | USD m |\n|---|---|---|\n" + body


def _md(value) -> str:
    return str(value if value is not None else "").replace("|", "\\|").replace("\n", " ")


_QUERIES = {
    "totals": """
        select
            (select count(*) from fct_aid_pledges) as pledges,
            (select coalesce(sum(amount_usd), 0) from fct_aid_pledges) as usd,
            (select count(*) from fct_pledge_mentions) as mentions,
            (select count(*) from int_documents_unioned) as documents,
            (select count(*) from fct_defense_targets) as targets,
            (select min(pledge_date) from fct_aid_pledges) as first_pledge,
            (select max(pledge_date) from fct_aid_pledges) as last_pledge""",
    "by_donor": f"""
        select donor, coalesce(donor_kind, 'unknown') as donor_kind, count(*) as pledges,
               coalesce(sum(amount_usd), 0) / 1e9 as usd_bn
        from fct_aid_pledges group by donor, donor_kind order by usd_bn desc, donor limit {TOP_DONORS_CHART}""",
    "by_month": """
        select strftime(month_start, '%Y-%m-%d') as month, sum(num_pledges) as pledges, sum(total_usd) / 1e9 as usd_bn
        from agg_aid_by_donor_month group by month_start order by month_start""",
    "by_aid_type": """
        select aid_type, count(*) as pledges, coalesce(sum(amount_usd), 0) / 1e9 as usd_bn
        from fct_aid_pledges group by aid_type order by usd_bn desc""",
    "top_pledges": f"""
        select donor, pledge_date, amount, amount_qualifier, currency, amount_usd, aid_type, stage,
               num_sources, evidence, first_source_url
        from fct_aid_pledges order by amount_usd desc nulls last, pledge_date limit {TOP_PLEDGES}""",
    "targets": """
        select donor, pct_gdp, target_year, first_seen, num_sources, evidence, first_source_url
        from fct_defense_targets order by donor, target_year nulls last, pct_gdp""",
    "feeds": """
        select source,
               max(fetched_at) as last_fetch,
               arg_max(status, fetched_at) as last_status,
               arg_max(error, fetched_at) as last_error,
               max(fetched_at) filter (where is_success) as last_success
        from fct_fetch_log where fetch_kind = 'feed' group by source order by source""",
    "pages": """
        select source, count(*) as pages, count(*) filter (where not is_success) as failed
        from fct_fetch_log where fetch_kind = 'page' group by source""",
    "inboxes": """
        select source_name as source, count(*) as documents, max(ingest_day) as last_ingest_day
        from int_documents_unioned where doc_kind = 'inbox' group by source_name order by source_name""",
    "kiel": """
        select donor_code, donor, year, num_pledges, our_pledged_eur, kiel_commitments_eur, kiel_allocations_eur,
               ratio_ours_to_kiel_commitments, num_pledges_kiel_month_empty, num_pledges_after_kiel_coverage,
               kiel_tracks_donor
        from rpt_reconciliation_kiel where num_pledges > 0 order by year, our_pledged_eur desc, donor_code""",
    "kiel_coverage": """
        select max(kiel_last_month) as last_month, count(*) filter (where kiel_tracks_donor) as tracked_rows,
               coalesce(sum(kiel_commitments_eur), 0) as commitments_eur
        from rpt_reconciliation_kiel""",
    "kiel_empty_months": """
        with flagged as (
            select unnest(pledge_ids_kiel_month_empty) as pledge_id from rpt_reconciliation_kiel
        )
        select p.donor, p.pledge_date, p.amount, p.currency, p.amount_eur, p.evidence, p.first_source_url
        from flagged as f
        inner join fct_aid_pledges as p on f.pledge_id = p.pledge_id
        order by p.pledge_date, p.donor""",
}


# ----------------------------------------------------------------------------------------------- charts


def _svg(chart: alt.TopLevelMixin) -> str:
    svg = vl_convert.vegalite_to_svg(chart.to_dict(), vl_version=_VL_VERSION)
    return f'<figure class="chart">{svg}</figure>'


def _donor_chart(rows: list[dict]) -> str:
    chart = (
        alt.Chart(alt.Data(values=rows), title="Pledged by donor (USD billions, top donors)")
        .mark_bar()
        .encode(
            x=alt.X("usd_bn:Q", title="USD billions"),
            y=alt.Y("donor:N", sort="-x", title=None),
            color=alt.Color("donor_kind:N", title="donor kind"),
        )
        .properties(width=560)
    )
    return _svg(chart)


def _month_chart(rows: list[dict]) -> str:
    chart = (
        alt.Chart(alt.Data(values=rows), title="Pledged by month of the pledge date (USD billions)")
        .mark_bar()
        .encode(
            x=alt.X("month:T", timeUnit="utcyearmonth", title=None, axis=alt.Axis(format="%b %Y", labelAngle=-45)),
            y=alt.Y("usd_bn:Q", title="USD billions"),
        )
        .properties(width=640, height=260)
    )
    return _svg(chart)


def _aid_type_chart(rows: list[dict]) -> str:
    base = alt.Chart(alt.Data(values=rows), title="Pledged by aid type (USD billions; label = pledges)")
    bars = base.mark_bar().encode(
        x=alt.X("usd_bn:Q", title="USD billions"),
        y=alt.Y("aid_type:N", sort="-x", title=None),
        color=alt.Color("aid_type:N", legend=None),
    )
    labels = base.mark_text(align="left", dx=4).encode(x="usd_bn:Q", y=alt.Y("aid_type:N", sort="-x"), text="pledges:Q")
    return _svg((bars + labels).properties(width=480))


# ------------------------------------------------------------------------------------------------- HTML


def _e(value) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def _link(url: str | None) -> str:
    """A link to a source page; only http(s) URLs become links (never javascript: or file:)."""
    if not url:
        return ""
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https"):
        return _e(url)
    return f'<a href="{_e(url)}" rel="noopener noreferrer">{_e(parts.netloc)}</a>'


def _money(value: float | None, unit: float = 1e6, digits: int = 1) -> str:
    return "" if value is None else f"{value / unit:,.{digits}f}"


def _amount(value: float | None) -> str:
    return "" if value is None else f"{value:,.0f}"


def _when(value) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    return str(value)


def _table(headers: Sequence[str], rows: list[list[str]], numeric: Sequence[int] = (), empty: str = "none") -> str:
    """``rows`` hold already-escaped HTML cells."""
    if not rows:
        return f'<p class="empty">{_e(empty)}</p>'

    def attrs(i: int) -> str:
        return ' class="num"' if i in numeric else ""

    head = "".join(f"<th{attrs(i)}>{_e(h)}</th>" for i, h in enumerate(headers))
    body = "\n".join(
        "<tr>" + "".join(f"<td{attrs(i)}>{cell}</td>" for i, cell in enumerate(row)) + "</tr>" for row in rows
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>\n{body}\n</tbody></table>"


_STYLE = """
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 2rem auto; max-width: 1100px;
       padding: 0 1rem; color: #1d2433; }
h1 { margin-bottom: .2rem; } h2 { margin-top: 2.2rem; border-bottom: 1px solid #d8dde6; padding-bottom: .2rem; }
.meta, .empty, .note { color: #5b6475; } .note { background: #fff7e0; padding: .5rem .8rem; border-left: 3px solid #e0a800; }
.kpis { display: flex; flex-wrap: wrap; gap: 1rem; margin: 1rem 0; }
.kpi { background: #f3f5f9; border-radius: 6px; padding: .6rem 1rem; min-width: 8rem; }
.kpi b { display: block; font-size: 1.4rem; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: 13px; }
th, td { border-bottom: 1px solid #e3e7ee; padding: .3rem .5rem; text-align: left; vertical-align: top; }
th { background: #f3f5f9; } td.num, th.num { text-align: right; white-space: nowrap; }
td.evidence { max-width: 28rem; }
figure.chart { margin: 1rem 0; } figure.chart svg { max-width: 100%; height: auto; }
"""


def build_report(source: Source, *, generated_at: datetime | None = None, published_at: datetime | None = None) -> str:
    """The report as one HTML string. ``source``: a DuckDB connection or the path of the published warehouse."""
    generated_at = generated_at or datetime.now(UTC)
    if published_at is None and not isinstance(source, duckdb.DuckDBPyConnection) and Path(source).exists():
        published_at = datetime.fromtimestamp(Path(source).stat().st_mtime, UTC)
    with _connection(source) as con:
        tables = _tables(con)
        data = {name: _rows(con, sql) for name, sql in _QUERIES.items() if _needs(name) <= tables}
    sections = [
        _summary(data["totals"][0]),
        _charts(data),
        _top_pledges(data["top_pledges"]),
        _targets(data["targets"]),
        _reconciliation(data),
        _freshness(data, generated_at, published_at),
    ]
    return _page("\n".join(sections), generated_at)


def _needs(query: str) -> set[str]:
    """Tables a query reads; a section whose table is missing (an older warehouse) says so instead of failing."""
    return {
        "kiel": {"rpt_reconciliation_kiel"},
        "kiel_coverage": {"rpt_reconciliation_kiel"},
        "kiel_empty_months": {"rpt_reconciliation_kiel"},
    }.get(query, set())


def _page(body: str, generated_at: datetime) -> str:
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>Aid pledges to Ukraine: pledge-tracker report</title>
<style>{_STYLE}</style>
</head>
<body>
<h1>Aid pledges to Ukraine</h1>
<p class="meta">pledge-tracker report, generated {_e(generated_at.strftime("%Y-%m-%d %H:%M UTC"))}.
Pledges are extracted from news and government releases; amounts are as announced, converted at the ECB rate of the pledge date.</p>
{body}
</body>
</html>
"""


def _summary(totals: dict) -> str:
    kpis = [
        ("distinct pledges", f"{totals['pledges']:,}"),
        ("USD billions pledged", _money(totals["usd"], 1e9)),
        ("pledge mentions", f"{totals['mentions']:,}"),
        ("documents read", f"{totals['documents']:,}"),
        ("defence targets", f"{totals['targets']:,}"),
        (
            "pledge dates",
            f"{_when(totals['first_pledge'])} .. {_when(totals['last_pledge'])}" if totals["pledges"] else "none",
        ),
    ]
    return '<div class="kpis">' + "".join(f'<div class="kpi"><b>{_e(v)}</b>{_e(k)}</div>' for k, v in kpis) + "</div>"


def _charts(data: dict) -> str:
    if not data["by_donor"]:
        return '<h2>Totals</h2><p class="empty">No pledges in the warehouse yet.</p>'
    return "\n".join(
        [
            '<h2 id="totals">Totals</h2>',
            _donor_chart(data["by_donor"]),
            _month_chart(data["by_month"]) if data["by_month"] else "",
            _aid_type_chart(data["by_aid_type"]),
        ]
    )


def _top_pledges(rows: list[dict]) -> str:
    table = _table(
        ["donor", "date", "amount", "currency", "USD m", "aid type", "stage", "sources", "evidence", "first source"],
        [
            [
                _e(r["donor"]),
                _e(_when(r["pledge_date"])),
                _e(_qualified(r["amount"], r["amount_qualifier"])),
                _e(r["currency"]),
                _e(_money(r["amount_usd"])),
                _e(r["aid_type"]),
                _e(r["stage"]),
                _e(r["num_sources"]),
                f'<span class="evidence">{_e(r["evidence"])}</span>',
                _link(r["first_source_url"]),
            ]
            for r in rows
        ],
        numeric=(2, 4, 7),
        empty="No pledges.",
    )
    return f'<h2 id="pledges">Largest pledges</h2><p class="meta">Top {TOP_PLEDGES} by USD; evidence is the sentence of the first published report.</p>{table}'


def _qualified(amount: float | None, qualifier: str | None) -> str:
    prefix = {"up_to": "up to ", "more_than": "more than ", "about": "about "}.get(qualifier or "", "")
    return prefix + _amount(amount)


def _targets(rows: list[dict]) -> str:
    table = _table(
        ["donor", "% of GDP", "by year", "first seen", "sources", "evidence", "first source"],
        [
            [
                _e(r["donor"]),
                _e(f"{r['pct_gdp']:g}" if r["pct_gdp"] is not None else ""),
                _e(r["target_year"]),
                _e(_when(r["first_seen"])),
                _e(r["num_sources"]),
                _e(r["evidence"]),
                _link(r["first_source_url"]),
            ]
            for r in rows
        ],
        numeric=(1, 2, 4),
        empty="No defence-spending targets.",
    )
    return f'<h2 id="targets">Defence-spending targets</h2>{table}'


def _reconciliation(data: dict) -> str:
    title = '<h2 id="kiel">Reconciliation with the Kiel Ukraine Support Tracker</h2>'
    if "kiel" not in data:
        return title + '<p class="note">rpt_reconciliation_kiel is not in this warehouse: reconciliation skipped.</p>'
    coverage = data["kiel_coverage"][0]
    if coverage["last_month"] is None:
        return title + '<p class="note">Kiel reference not loaded for this build: reconciliation skipped.</p>'
    intro = (
        f'<p class="meta">Our pledges per donor and year (EUR, converted at the pledge date) against Kiel commitments '
        f"and allocations; Kiel data through {_e(coverage['last_month'].strftime('%Y-%m'))}. Donors Kiel does not track "
        f"(NATO, IMF, ...) have empty Kiel columns. A ratio far from 1 is a prompt to look: news pledges include "
        f"multi-year and re-announced packages.</p>"
    )
    table = _table(
        [
            "donor",
            "year",
            "pledges",
            "ours EUR m",
            "Kiel commitments EUR m",
            "Kiel allocations EUR m",
            "ours / Kiel",
            "in empty Kiel months",
            "after Kiel data",
        ],
        [
            [
                _e(r["donor"]),
                _e(r["year"]),
                _e(r["num_pledges"]),
                _e(_money(r["our_pledged_eur"])),
                _e(_money(r["kiel_commitments_eur"])),
                _e(_money(r["kiel_allocations_eur"])),
                _e("" if r["ratio_ours_to_kiel_commitments"] is None else f"{r['ratio_ours_to_kiel_commitments']:.2f}"),
                _e(r["num_pledges_kiel_month_empty"] if r["kiel_tracks_donor"] else ""),
                _e(r["num_pledges_after_kiel_coverage"]),
            ]
            for r in data["kiel"]
        ],
        numeric=(1, 2, 3, 4, 5, 6, 7, 8),
        empty="None of our pledges falls in a year of the Kiel data.",
    )
    empty = _table(
        ["donor", "date", "amount", "currency", "EUR m", "evidence", "source"],
        [
            [
                _e(r["donor"]),
                _e(_when(r["pledge_date"])),
                _e(_amount(r["amount"])),
                _e(r["currency"]),
                _e(_money(r["amount_eur"])),
                _e(r["evidence"]),
                _link(r["first_source_url"]),
            ]
            for r in data["kiel_empty_months"]
        ],
        numeric=(2, 4),
        empty="Every pledge we found falls in a month where Kiel records a commitment by the donor.",
    )
    return (
        title
        + intro
        + table
        + "<h3>Pledges we found where Kiel's month has nothing</h3>"
        + '<p class="meta">Kiel records no commitment by the donor in the month of the pledge date.</p>'
        + empty
    )


def _freshness(data: dict, generated_at: datetime, published_at: datetime | None) -> str:
    pages = {r["source"]: r for r in data["pages"]}
    feeds = _table(
        ["feed", "last fetch (UTC)", "status", "last success", "pages fetched", "pages failed", "last error"],
        [
            [
                _e(r["source"]),
                _e(_when(r["last_fetch"])),
                _e(r["last_status"]),
                _e(_when(r["last_success"])),
                _e(pages.get(r["source"], {}).get("pages", 0)),
                _e(pages.get(r["source"], {}).get("failed", 0)),
                _e(r["last_error"]),
            ]
            for r in data["feeds"]
        ],
        numeric=(2, 4, 5),
        empty="No feed fetches recorded.",
    )
    inboxes = _table(
        ["inbox", "documents", "last ingest day"],
        [[_e(r["source"]), _e(r["documents"]), _e(_when(r["last_ingest_day"]))] for r in data["inboxes"]],
        numeric=(1,),
        empty="No inbox documents.",
    )
    run = _when(published_at.astimezone(UTC)) + " UTC" if published_at else "unknown"
    return (
        f'<h2 id="freshness">Data freshness</h2>'
        f"<p>Warehouse last built and published: <b>{_e(run)}</b>; report generated {_e(_when(generated_at.astimezone(UTC)))} UTC.</p>"
        f"<h3>Feeds</h3>{feeds}<h3>Inboxes</h3>{inboxes}"
    )


def write_report(published: Path, out: Path, *, generated_at: datetime | None = None) -> WrittenReport:
    """Build the report from the published warehouse and replace ``out`` atomically."""
    if not published.exists():
        raise FileNotFoundError(f"no published warehouse at {published}; run the pipeline (`pledges run`) first")
    published_at = datetime.fromtimestamp(published.stat().st_mtime, UTC)
    with _connection(published) as con:
        page = build_report(con, generated_at=generated_at, published_at=published_at)
        markdown = top_donors_markdown(con)
    out.parent.mkdir(parents=True, exist_ok=True)
    handle, tmp = tempfile.mkstemp(dir=out.parent, prefix=".tmp-", suffix=".html")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as f:
            f.write(page)
        os.chmod(tmp, 0o644)
        os.replace(tmp, out)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return WrittenReport(out, out.stat().st_size, markdown)
