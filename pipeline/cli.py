"""The `pledges` command: run the pipeline, extract from files, evaluate, and query the warehouse."""

from __future__ import annotations

import json
import sys
from datetime import date, datetime
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
      pledges sources --offline             # how each feed, inbox and reference is doing
      pledges report                        # path of the HTML report; also: docs, ui
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
@click.option("--force-build", is_flag=True, help="Run dbt build even when no lake file or model changed since the last build.")
@click.pass_context
def run(ctx, sources_file, offline, day, start, end, wait, verbose, force_build) -> None:
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
    if last > today:
        raise click.BadParameter(f"{last} is in the future (today is {today} UTC): there is no such ingest day yet")
    if first < settings.FIRST_DAY:
        raise click.BadParameter(f"{first} is before {settings.FIRST_DAY}, the first ingest day the pipeline keeps")
    sources = sources_file or default_sources(offline)
    n_days = (last - first).days + 1
    from pipeline.locking import PipelineBusy

    try:
        with click.progressbar(length=n_days, label=f"ingest + extract {n_days} day(s)", file=sys.stderr) as bar:
            report = run_pipeline(sources=Path(sources), offline=offline, start=first, end=last,
                                  progress=lambda _d: bar.update(1), quiet=not verbose, wait=wait, force_build=force_build)
    except PipelineBusy as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"home: {paths.home}" + (f"  (dbt log: {report.dbt_log})" if report.dbt_log else ""))
    if report.warehouse_skipped:
        click.echo("warehouse: up to date, dbt build skipped (nothing in the lake or the dbt project changed; --force-build to build anyway)")
    click.echo("timings: " + ", ".join(f"{k} {v:.1f}" for k, v in report.timings.items()))
    click.echo(f"checks: {len(report.checks) - len(report.failed_checks)} passed, {len(report.failed_checks)} failed")
    for name, _passed, severity in report.failed_checks:
        click.echo(f"  {severity.lower()}: {name}", err=True)
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


# ---------------------------------------------------------------------------------------- analyst commands

@main.command()
@click.option("--sources", "sources_file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Sources file (YAML). Default: sources/sources.yml, or the bundled sample with --offline.")
@click.option("--offline", is_flag=True, help="Show the bundled sample sources (what `pledges run --offline` reads).")
@click.pass_context
def sources(ctx, sources_file, offline) -> None:
    """Status of every source in the sources file, from the lake: last fetch, HTTP status, entries, errors.

    \b
    Examples:
      pledges sources --offline                 # the bundled sample feeds
      pledges sources --sources sources/sources.yml
      pledges --home /tmp/ph sources --offline  # another data directory
    """
    from tabulate import tabulate

    from pipeline.runner import default_sources
    from pipeline.source_status import feed_status, inbox_status, reference_status
    from pipeline.sources import SourcesError, load_sources

    paths = _paths(ctx)
    try:
        loaded = load_sources(sources_file or default_sources(offline))
    except SourcesError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"sources file: {loaded.path}")
    click.echo(f"lake: {paths.lake}\n")
    feeds = feed_status(loaded, paths.lake)
    click.echo(tabulate(
        [[f.name, f.state, _utc(f.last_fetch), f.status, f.entries, f.new_entries, _utc(f.last_success), _short(f.last_error), f.url]
         for f in feeds],
        headers=["feed", "state", "last fetch (UTC)", "status", "entries", "new", "last success", "last error", "url"],
        tablefmt="github"))
    inboxes = inbox_status(loaded, paths.lake)
    if inboxes:
        click.echo()
        click.echo(tabulate(
            [[i.name, "ok" if i.folder_exists else "missing folder", i.last_day, i.files, i.rejected, i.path] for i in inboxes],
            headers=["inbox", "state", "last ingest day", "files", "rejected", "path"], tablefmt="github"))
    click.echo()
    for ref in reference_status(loaded, paths.lake):
        where = ref.folder if ref.folder is not None else "(no folder)"
        state = "present" if ref.folder_present else "absent: reconciliation skipped unless downloaded"
        click.echo(f"reference {ref.name}: {where} ({state}); url {ref.url or '(none)'}; {ref.rows_in_lake} rows in the lake")


def _utc(value: datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if value else ""


def _short(text: str | None, limit: int = 80) -> str:
    text = (text or "").replace("\n", " ")
    return text if len(text) <= limit else text[: limit - 1] + "…"


@main.command()
@click.option("--rebuild", is_flag=True, help="Regenerate the report from the published warehouse first (no pipeline run).")
@click.pass_context
def report(ctx, rebuild) -> None:
    """Print the path of the analyst report (HTML, opens offline), written after every pipeline run.

    \b
    Examples:
      pledges report                       # e.g. data/report/index.html
      pledges report --rebuild             # rewrite it from data/published/warehouse.duckdb
      xdg-open "$(pledges report)"
    """
    paths = _paths(ctx)
    if rebuild:
        from pipeline.report import write_report

        try:
            write_report(paths.published, paths.report)
        except FileNotFoundError as exc:
            raise click.ClickException(str(exc)) from exc
    if not paths.report.exists():
        raise click.ClickException(f"no report at {paths.report}; run `pledges run --offline` (or `pledges report --rebuild`)")
    click.echo(str(paths.report))


@main.command()
@click.option("--port", type=int, default=8080, show_default=True, help="Port to serve on (127.0.0.1 only).")
@click.option("--no-serve", is_flag=True, help="Only generate; print the path of the static page.")
@click.pass_context
def docs(ctx, port, no_serve) -> None:
    """Generate the dbt docs site (models, columns, tests, lineage) into <home>/dbt_docs and serve it locally.

    \b
    Examples:
      pledges docs                  # http://127.0.0.1:8080/
      pledges docs --port 9000
      pledges docs --no-serve       # prints <home>/dbt_docs/static_index.html (one file, opens offline)
    """
    import subprocess

    paths = _paths(ctx)
    if not paths.warehouse.exists():
        raise click.ClickException(f"no warehouse at {paths.warehouse}; run `pledges run --offline` first (the docs read its catalog)")
    target = paths.dbt_docs
    dbt = Path(sys.executable).parent / "dbt"
    command = [str(dbt), "docs", "generate", "--static", "--project-dir", str(settings.DBT_PROJECT_DIR),
               "--profiles-dir", str(settings.DBT_PROJECT_DIR), "--target-path", str(target), "--log-path", str(target / "logs")]
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        raise click.ClickException(f"dbt docs generate failed:\n{result.stdout[-3000:]}{result.stderr[-2000:]}")
    if no_serve:
        click.echo(str(target / "static_index.html"))
        return
    _serve(target, port)


def _serve(folder: Path, port: int) -> None:
    from functools import partial
    from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

    handler = partial(SimpleHTTPRequestHandler, directory=str(folder))
    try:
        server = ThreadingHTTPServer(("127.0.0.1", port), handler)
    except OSError as exc:
        raise click.ClickException(f"cannot serve on 127.0.0.1:{port}: {exc}; try --port") from exc
    click.echo(f"serving {folder} at http://127.0.0.1:{port}/ (Ctrl-C to stop)")
    with server:
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            click.echo("stopped")


@main.command()
@click.option("--port", type=int, default=3000, show_default=True, help="Port for the Dagster UI (127.0.0.1 only).")
@click.option("--sources", "sources_file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Sources file the UI's runs read by default (run configuration can still change it).")
@click.option("--offline", is_flag=True, help="Default the UI's runs to the bundled sample and recorded responses.")
@click.pass_context
def ui(ctx, port, sources_file, offline) -> None:
    """Start the Dagster UI and daemon (`dagster dev`) on 127.0.0.1 for this data directory.

    \b
    Examples:
      pledges ui                          # http://127.0.0.1:3000/
      pledges ui --offline --port 3001    # runs launched from the UI use the sample sources
      pledges --home /tmp/ph ui
    """
    import os

    from pipeline.runner import default_sources

    paths = _paths(ctx)  # exports DAGSTER_HOME, PLEDGES_WAREHOUSE and PLEDGES_LAKE for dagster and dbt
    env = dict(os.environ)
    if sources_file or offline:
        # PipelineConfig's defaults come from these (pipeline/defs/resources.py).
        env["PLEDGES_SOURCES"] = str(Path(sources_file or default_sources(offline)).resolve())
    if offline:
        env["PLEDGES_OFFLINE"] = "1"
    dagster = Path(sys.executable).parent / "dagster"
    command = [str(dagster), "dev", "-m", "pipeline.definitions", "-h", "127.0.0.1", "-p", str(port)]
    click.echo(f"Dagster UI at http://127.0.0.1:{port}/ (DAGSTER_HOME={paths.dagster_home}); Ctrl-C to stop", err=True)
    _exec(command, env, settings.REPO_ROOT)


def _exec(command: list[str], env: dict[str, str], cwd: Path) -> None:
    """Replace this process with ``command``, so Ctrl-C and exit codes go straight to it."""
    import os

    os.chdir(cwd)
    os.execve(command[0], command, env)
