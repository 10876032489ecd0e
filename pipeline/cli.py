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


@main.command()
@click.option("--published", callback=_date, help="Published date (YYYY-MM-DD) for files without a sidecar.")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
def extract(published: date | None, paths: tuple[Path, ...]) -> None:
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
        for record in extract_document(doc).records():
            record = {"file": str(path), **record}
            click.echo(json.dumps(record, ensure_ascii=False, default=str))
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
