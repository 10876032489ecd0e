"""The `pledges` command: run the pipeline, extract from files, evaluate, and query the warehouse."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

import click

from pipeline import settings


def _date(_ctx, _param, value):
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise click.BadParameter(f"{value!r} is not a date; use YYYY-MM-DD") from exc


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--home", type=click.Path(file_okay=False), envvar="PLEDGES_HOME", default=None,
              help="Data directory (warehouse, lake, archive, Dagster instance). Default ./data or $PLEDGES_HOME.")
@click.pass_context
def main(ctx: click.Context, home: str | None) -> None:
    """pledge-tracker: aid pledges to Ukraine and defence-spending targets, from news to a DuckDB warehouse.

    \b
    Examples:
      pledges run --offline                 # the bundled sample sources, no network
      pledges query "select * from fct_aid_pledges order by amount_usd desc limit 10"
      pledges extract --published 2025-02-20 article.txt
      pledges eval tests/corpus/dev/*.jsonl
    """
    ctx.ensure_object(dict)
    ctx.obj["home"] = home


def _paths(ctx: click.Context) -> settings.Paths:
    return settings.configure(ctx.obj.get("home"))


@main.command()
@click.option("--sources", "sources_file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Sources file (YAML). Default: sources/sources.yml, or the bundled sample with --offline.")
@click.option("--offline", is_flag=True, help="Serve the bundled recorded responses instead of live HTTP.")
@click.option("--date", "day", callback=_date, help="Ingest day (partition) to run; default today (UTC).")
@click.option("--start", callback=_date, help="Backfill: first day of a range (re-extracts stored days).")
@click.option("--end", callback=_date, help="Backfill: last day of the range (default: today).")
@click.option("--wait", type=float, default=0.0, show_default=True,
              help="Seconds to wait for another run on the same data directory to finish; 0 refuses at once.")
@click.option("--verbose", is_flag=True, help="Show Dagster's step logs.")
@click.pass_context
def run(ctx, sources_file, offline, day, start, end, wait, verbose) -> None:
    """Materialize everything: ingest, extract, dbt build; then print pledges by donor.

    \b
    Examples:
      pledges run --offline                          # bundled sample sources, no network
      pledges run --sources sources/sources.yml      # live feeds
      pledges run --start 2025-01-01 --end 2025-01-31  # backfill a range of days
    """
    from datetime import UTC, datetime

    from pipeline.runner import default_sources, run_pipeline

    paths = _paths(ctx)
    today = datetime.now(UTC).date()
    first = start or day or today
    last = end or (today if start else first)
    if last < first:
        raise click.BadParameter(f"--end {last} is before --start {first}")
    sources = sources_file or default_sources(offline)
    n_days = (last - first).days + 1
    from pipeline.locking import PipelineBusy

    try:
        with click.progressbar(length=n_days, label=f"ingest + extract {n_days} day(s)", file=sys.stderr) as bar:
            report = run_pipeline(sources=Path(sources), offline=offline, start=first, end=last,
                                  progress=lambda _d: bar.update(1), quiet=not verbose, wait=wait)
    except PipelineBusy as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"home: {paths.home}")
    click.echo("timings: " + ", ".join(f"{k} {v:.1f}" for k, v in report.timings.items()))
    _print_summary(paths)


@main.command()
@click.option("--sources", "sources_file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Sources file (for allowed hosts and settings); feeds and inboxes come from the archive.")
@click.option("--wait", type=float, default=0.0, show_default=True, help="Seconds to wait for a running pipeline.")
@click.pass_context
def rebuild(ctx, sources_file, wait) -> None:
    """Rebuild the lake and the warehouse from the raw archive alone, without fetching anything.

    \b
    Every archived day is replayed in order through the same ingest, extraction and dbt code. The old lake
    is kept aside until the rebuild succeeds, then removed.
    Example:
      pledges rebuild --home data
    """
    import shutil
    import time as _time

    from pipeline.archive import Archive
    from pipeline.locking import PipelineBusy, pipeline_lock
    from pipeline.replay import archived_days
    from pipeline.runner import default_sources, run_pipeline

    paths = _paths(ctx)
    days = archived_days(Archive(paths.archive))
    if not days:
        raise click.ClickException(f"nothing archived under {paths.archive}; nothing to rebuild from")
    try:
        with pipeline_lock(paths.home, wait=wait):
            aside = paths.home / f"lake.before-rebuild-{int(_time.time())}"
            if paths.lake.exists():
                paths.lake.rename(aside)
            try:
                with click.progressbar(length=len(days), label=f"replay {len(days)} archived day(s)", file=sys.stderr) as bar:
                    report = run_pipeline(sources=sources_file or default_sources(True), offline=True, days=days,
                                          replay=True, progress=lambda _d: bar.update(1))
            except BaseException:
                if paths.lake.exists():
                    shutil.rmtree(paths.lake)
                if aside.exists():
                    aside.rename(paths.lake)
                raise
            if aside.exists():
                shutil.rmtree(aside)
    except PipelineBusy as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo("timings: " + ", ".join(f"{k} {v:.1f}" for k, v in report.timings.items()))
    _print_summary(paths)


@main.command()
@click.pass_context
def migrate(ctx) -> None:
    """Rewrite raw lake files written under an older schema to the current one (runs before every run too)."""
    from pipeline.migrate import migrate_lake

    report = migrate_lake(_paths(ctx).lake)
    click.echo(f"rewritten {len(report.rewritten)} file(s), failed {len(report.failed)}")
    for path, error in report.failed:
        click.echo(f"  {path}: {error}", err=True)
    if report.failed:
        sys.exit(1)


def _connect(paths: settings.Paths):
    import duckdb

    if not paths.published.exists():
        raise click.ClickException(f"no warehouse at {paths.published}; run `pledges run --offline` first")
    # Readers use the published copy, read-only, so they never hold the writer's lock.
    return duckdb.connect(str(paths.published), read_only=True)


def _print_summary(paths: settings.Paths) -> None:
    from tabulate import tabulate

    con = _connect(paths)
    try:
        rows = con.execute(
            "select donor, count(*) as pledges, round(sum(amount_usd) / 1e6, 1) as usd_millions, "
            "sum(num_sources) as mentions from fct_aid_pledges group by donor order by usd_millions desc nulls last"
        ).fetchall()
        totals = con.execute(
            "select (select count(*) from fct_aid_pledges), (select count(*) from fct_pledge_mentions), "
            "(select count(*) from fct_defense_targets), (select count(*) from int_documents_unioned)"
        ).fetchone()
    finally:
        con.close()
    click.echo(f"documents {totals[3]}, pledge mentions {totals[1]}, distinct pledges {totals[0]}, defence targets {totals[2]}")
    click.echo(tabulate(rows, headers=["donor", "pledges", "USD m", "mentions"], tablefmt="github"))


@main.command()
@click.pass_context
def summary(ctx) -> None:
    """Pledges by donor, and row counts, from the published warehouse."""
    _print_summary(_paths(ctx))


@main.command()
@click.argument("sql")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
@click.pass_context
def query(ctx, sql, fmt) -> None:
    """Run SQL on the published, read-only copy of the warehouse.

    \b
    Examples:
      pledges query "select * from fct_aid_pledges order by amount_usd desc limit 10"
      pledges query --format csv "select * from agg_aid_by_donor_month" > by_month.csv
    """
    import csv

    import duckdb
    from tabulate import tabulate

    con = _connect(_paths(ctx))
    try:
        cursor = con.execute(sql)
        columns = [d[0] for d in cursor.description] if cursor.description else []
        rows = cursor.fetchall() if columns else []
    except duckdb.Error as exc:
        raise click.ClickException(f"query failed: {exc}") from exc
    finally:
        con.close()
    if fmt == "csv":
        writer = csv.writer(sys.stdout)
        writer.writerow(columns)
        writer.writerows(rows)
    elif fmt == "json":
        for row in rows:
            click.echo(json.dumps(dict(zip(columns, row, strict=True)), ensure_ascii=False, default=str))
    else:
        click.echo(tabulate(rows, headers=columns, tablefmt="github", floatfmt=".15g"))


@main.command()
@click.option("--published", callback=_date, help="Published date (YYYY-MM-DD) for files without a sidecar.")
@click.option("--explain", is_flag=True, help="Also print, on stderr, every figure not taken as a pledge and why.")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
def extract(published: date | None, explain: bool, paths: tuple[Path, ...]) -> None:
    """Extract pledges and defence targets from .txt/.html files or folders; print JSON Lines.

    \b
    Examples:
      pledges extract news/2025-02-20-nato.txt
      pledges extract --published 2025-02-20 inbox/
    Exit status 0 also when nothing is found; non-zero for a path that cannot be read.
    """
    from pipeline.documents import UnreadableDocument, iter_article_paths, read_local_document
    from pipeline.extraction import extract_document

    missing = [p for p in paths if not p.exists()]
    if missing:
        raise click.ClickException(f"cannot read {missing[0]}: no such file or directory")
    failed = False
    for path in iter_article_paths(list(paths)):
        try:
            doc, _ = read_local_document(path, published)
        except UnreadableDocument as exc:
            click.echo(f"error: {exc}", err=True)
            failed = True
            continue
        trace: list | None = [] if explain else None
        for record in extract_document(doc, trace).records():
            record = {"file": path.name, **record}
            click.echo(json.dumps(record, ensure_ascii=False, default=str))
        for figure, reason, sentence in trace or []:
            click.echo(f"skipped {figure!r} in {path.name}: {reason} | {sentence[:200]}", err=True)
    if failed:
        sys.exit(2)


@main.command(name="eval")
@click.argument("gold", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--min-precision", type=float, default=0.0, help="Fail (exit 1) below this pledge precision.")
@click.option("--min-recall", type=float, default=0.0, help="Fail (exit 1) below this pledge recall.")
@click.option("--min-target-f1", type=float, default=0.0, help="Fail (exit 1) below this defence-target F1.")
@click.option("--min-aid-type", type=float, default=0.0, help="Fail (exit 1) below this aid-type accuracy.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--quiet", is_flag=True, help="Scores only, no list of misses and false alarms.")
def eval_command(gold, min_precision, min_recall, min_target_f1, min_aid_type, as_json, quiet) -> None:
    """Score extraction against gold JSON Lines: precision/recall/F1, field accuracy, misses.

    \b
    Example:
      pledges eval tests/corpus/dev/gold-*.jsonl ../shared/seed/article-nato-aid.gold.jsonl --min-recall 0.9
    """
    from pipeline.evaluate import evaluate, format_report

    report = evaluate(list(gold))
    click.echo(json.dumps(report.as_dict(), indent=2) if as_json else format_report(report, details=not quiet))
    failures = []
    if report.pledges.precision < min_precision:
        failures.append(f"pledge precision {report.pledges.precision:.3f} < {min_precision}")
    if report.pledges.recall < min_recall:
        failures.append(f"pledge recall {report.pledges.recall:.3f} < {min_recall}")
    if report.targets.f1 < min_target_f1:
        failures.append(f"target F1 {report.targets.f1:.3f} < {min_target_f1}")
    aid = report.accuracy("aid_type")
    if aid is not None and aid < min_aid_type:
        failures.append(f"aid-type accuracy {aid:.3f} < {min_aid_type}")
    if failures:
        raise click.ClickException("quality below floor: " + "; ".join(failures))
