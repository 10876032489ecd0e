"""The dbt warehouse built from the Parquet lake equals the one built from the same rows loaded as DuckDB tables.

    .venv/bin/python benchmarks/check_parquet_vs_tables.py                 # offline sample (feeds, pages, inbox)
    .venv/bin/python benchmarks/check_parquet_vs_tables.py --synthetic 2000  # + a synthetic inbox corpus on a 2nd day
    .venv/bin/python benchmarks/check_parquet_vs_tables.py --lake data/lake  # an existing lake

Steps:
  1. a lake: `pledges --home TMP run --offline` (and, with --synthetic N, a second day ingesting an N-article
     synthetic inbox corpus), or --lake;
  2. build A, "parquet": `dbt build` with the sources reading the lake in place (the normal mode);
  3. load every lake table into DuckDB tables `raw.<table>` of a fresh warehouse file (typed by
     pipeline/lake_schema.py, rows inserted file by file, the way a table loader would) and build B, "tables",
     with PLEDGES_SOURCE_MODE=tables so that the sources read those tables;
  4. compare every relation in the `main` schema of A and B (seeds, staging views, intermediate and mart
     tables): same columns, same row count, and the same multiset of rows (EXCEPT ALL both ways).
     Lists are compared sorted (`list(distinct ...)` has no defined order) and doubles rounded to 10
     significant digits (a sum over rows in another order differs in the last bits: seen on dim_donors).

The switch: the repository's dbt_project/models/staging/_sources.yml needs a PLEDGES_SOURCE_MODE branch in
its external_location (see PROPOSED_EXTERNAL_LOCATION below). dbt-duckdb takes any `external_location` with a
"(" verbatim as the relation, so in tables mode it renders to `(select * from raw.<table>)`; the key cannot
simply be blanked, because dbt-duckdb tests for its presence, not its value. If the repository's file has no
such branch yet, this script copies dbt_project/ to a scratch folder and applies the change there; the repo is
not modified.

Exit status 0 when all relations match, 1 otherwise. `--perturb` drops one mention from the tables side, a
negative control that must exit 1.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

CLI = "import sys; from pipeline.cli import main; sys.argv[0] = 'pledges'; main()"
PROPOSED_EXTERNAL_LOCATION = """\
        # PLEDGES_SOURCE_MODE=tables reads DuckDB tables raw.<table> in the warehouse instead of the Parquet lake
        # (used to prove both give the same marts; dbt-duckdb takes a location with "(" verbatim).
        external_location: >-
          {%- if env_var('PLEDGES_SOURCE_MODE', 'parquet') == 'tables' -%}
          (select * from raw.{name})
          {%- else -%}
          read_parquet('{{ env_var('PLEDGES_LAKE', '../data/lake') }}/{name}/**/*.parquet', union_by_name = true, hive_partitioning = false)
          {%- endif -%}
"""


def repo_root() -> Path:
    import pipeline

    return Path(pipeline.__file__).resolve().parents[1]


def run(cmd: list[str], env: dict, cwd: Path, label: str) -> str:
    proc = subprocess.run(cmd, env=env, cwd=cwd, capture_output=True, text=True)
    if proc.returncode:
        sys.stderr.write(proc.stdout[-4000:] + proc.stderr[-4000:])
        raise SystemExit(f"{label} failed (exit {proc.returncode})")
    return proc.stdout


def project_with_switch(scratch: Path) -> tuple[Path, bool]:
    """The dbt project to use: the repo's if it already has the switch, else a patched copy."""
    project = repo_root() / "dbt_project"
    sources = project / "models" / "staging" / "_sources.yml"
    if "PLEDGES_SOURCE_MODE" in sources.read_text():
        return project, False
    copy = scratch / "dbt_project"
    shutil.copytree(project, copy, ignore=shutil.ignore_patterns("target", "logs", "dbt_packages", ".user.yml"))
    path = copy / "models" / "staging" / "_sources.yml"
    text = path.read_text()
    lines = text.splitlines(keepends=True)
    out, replaced = [], 0
    for line in lines:
        if re.match(r"^\s+external_location:\s*\"read_parquet\(", line):
            out.append(PROPOSED_EXTERNAL_LOCATION)
            replaced += 1
        elif re.match(r"^\s+# dbt-duckdb formats `\{name\}`", line):
            continue
        else:
            out.append(line)
    if replaced != 1:
        raise SystemExit(f"could not find the one external_location line to patch in {path} (found {replaced})")
    path.write_text("".join(out))
    return copy, True


def make_lake(home: Path, synthetic: int, seed: int, env: dict) -> Path:
    repo = repo_root()
    run([sys.executable, "-c", CLI, "--home", str(home), "run", "--offline", "--date", "2025-03-10"], env, repo, "offline sample run")
    if synthetic:
        import generate

        corpus = home.parent / f"corpus-{synthetic}"
        generate.generate(synthetic, seed, corpus, "mixed")
        sources = home.parent / "sources-synthetic.yml"
        sources.write_text(f"feeds: []\ninboxes:\n  - name: synthetic\n    path: {corpus}\n")
        run([sys.executable, "-c", CLI, "--home", str(home), "run", "--sources", str(sources), "--date", "2025-03-11"], env, repo, "synthetic inbox run")
    return home / "lake"


def load_tables(lake: Path, warehouse: Path, perturb: bool = False) -> dict[str, int]:
    """raw.<table> for every lake table, typed by the lake schema, filled file by file."""
    import duckdb

    from pipeline.lake_schema import TABLES, column_sql

    con = duckdb.connect(str(warehouse))
    con.execute("create schema if not exists raw")
    counts = {}
    for table in TABLES:
        con.execute(f'create or replace table raw."{table}" ({column_sql(table)})')
        for path in sorted((lake / table).rglob("*.parquet")):
            if path.name.startswith(".tmp-"):
                continue
            con.execute(f'insert into raw."{table}" by name select * from read_parquet(?)', [str(path)])
        counts[table] = con.execute(f'select count(*) from raw."{table}"').fetchone()[0]
    if perturb:  # negative control: one mention less must make the marts differ
        con.execute('delete from raw.pledge_mentions where mention_id = (select min(mention_id) from raw.pledge_mentions)')
    con.close()
    return counts


def dbt_build(project: Path, warehouse: Path, lake: Path, mode: str, scratch: Path, env: dict) -> str:
    dbt = str(Path(sys.executable).with_name("dbt"))
    build_env = {**env, "PLEDGES_WAREHOUSE": str(warehouse), "PLEDGES_LAKE": str(lake), "PLEDGES_SOURCE_MODE": mode}
    out = run([dbt, "build", "--project-dir", str(project), "--profiles-dir", str(project),
               "--target-path", str(scratch / f"target-{mode}"), "--log-path", str(scratch / f"logs-{mode}")],
              build_env, project, f"dbt build ({mode})")
    summary = re.search(r"Done\. PASS=.*", out)
    return summary.group(0) if summary else out[-300:]


def canonical(con, alias: str, relation: str) -> tuple[str, list[tuple[str, str]]]:
    cols = con.execute(
        "select column_name, data_type from information_schema.columns where table_catalog = ? and table_schema = 'main' "
        "and table_name = ? order by ordinal_position", [alias, relation]).fetchall()
    exprs = []
    for name, dtype in cols:
        q = f'"{name}"'
        if dtype.endswith("[]"):
            exprs.append(f"list_sort({q}) as {q}")
        elif dtype in ("DOUBLE", "FLOAT", "REAL"):
            # 10 significant digits: sums over rows in another order differ in the last bits (1e-16 relative)
            exprs.append(f"case when {q} is null or {q} = 0 or isinf({q}) or isnan({q}) then {q} "
                         f"else round({q}, 10 - cast(ceil(log10(abs({q}))) as integer)) end as {q}")
        else:
            exprs.append(q)
    return f'select {", ".join(exprs) or "*"} from {alias}.main."{relation}"', cols


def compare(a: Path, b: Path) -> list[dict]:
    import duckdb

    con = duckdb.connect()
    con.execute(f"attach '{a}' as a (read_only)")
    con.execute(f"attach '{b}' as b (read_only)")
    rels_a = {r[0] for r in con.execute("select table_name from information_schema.tables where table_catalog = 'a' and table_schema = 'main'").fetchall()}
    rels_b = {r[0] for r in con.execute("select table_name from information_schema.tables where table_catalog = 'b' and table_schema = 'main'").fetchall()}
    report = []
    for name in sorted(rels_a | rels_b):
        row = {"relation": name}
        if name not in rels_a or name not in rels_b:
            row["problem"] = f"only in {'A (parquet)' if name in rels_a else 'B (tables)'}"
            report.append(row)
            continue
        qa, cols_a = canonical(con, "a", name)
        qb, cols_b = canonical(con, "b", name)
        row["rows_a"] = con.execute(f'select count(*) from a.main."{name}"').fetchone()[0]
        row["rows_b"] = con.execute(f'select count(*) from b.main."{name}"').fetchone()[0]
        if cols_a != cols_b:
            row["problem"] = f"columns differ: {set(cols_a) ^ set(cols_b)}"
        else:
            only_a = con.execute(f"select count(*) from ({qa} except all {qb})").fetchone()[0]
            only_b = con.execute(f"select count(*) from ({qb} except all {qa})").fetchone()[0]
            if only_a or only_b or row["rows_a"] != row["rows_b"]:
                row["problem"] = f"{only_a} rows only in A, {only_b} only in B"
                row["sample_a"] = con.execute(f"{qa} except all {qb} limit 2").fetchall()
                row["sample_b"] = con.execute(f"{qb} except all {qa} limit 2").fetchall()
        report.append(row)
    con.close()
    return report


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--lake", type=Path, help="an existing lake (default: build one from the offline sample)")
    ap.add_argument("--synthetic", type=int, default=0, help="also ingest a synthetic inbox corpus of N articles (2nd day)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--keep", action="store_true", help="keep the scratch folder and print its path")
    ap.add_argument("--perturb", action="store_true", help="negative control: drop one raw.pledge_mentions row from the tables build (must fail)")
    args = ap.parse_args(argv)

    scratch = Path(tempfile.mkdtemp(prefix="parquet-vs-tables-"))
    env = {**os.environ, "DBT_SEND_ANONYMOUS_USAGE_STATS": "false", "DO_NOT_TRACK": "1", "DAGSTER_DISABLE_TELEMETRY": "1"}
    env["PATH"] = str(Path(sys.executable).parent) + os.pathsep + env.get("PATH", "")
    try:
        lake = args.lake.resolve() if args.lake else make_lake(scratch / "home", args.synthetic, args.seed, env)
        project, patched = project_with_switch(scratch)
        print(f"lake: {lake}\ndbt project: {project}{' (copy with the proposed _sources.yml change)' if patched else ''}")
        a, b = scratch / "parquet.duckdb", scratch / "tables.duckdb"
        print("A parquet:", dbt_build(project, a, lake, "parquet", scratch, env))
        counts = load_tables(lake, b, perturb=args.perturb)
        print("raw tables loaded:", ", ".join(f"{k} {v}" for k, v in counts.items()))
        print("B tables: ", dbt_build(project, b, lake, "tables", scratch, env))
        # The tables build must not have read the lake: its staging views name raw.<table>, not read_parquet.
        import duckdb

        con = duckdb.connect(str(b), read_only=True)
        view_sql = con.execute("select sql from duckdb_views() where view_name = 'stg_pledge_mentions'").fetchone()
        con.close()
        if view_sql and "read_parquet" in view_sql[0]:
            print("FAIL: the tables build still reads Parquet (PLEDGES_SOURCE_MODE not honoured)")
            return 1
        report = compare(a, b)
        width = max(len(r["relation"]) for r in report)
        bad = [r for r in report if r.get("problem")]
        for r in report:
            status = r.get("problem") or "equal"
            print(f"  {r['relation']:<{width}}  A {r.get('rows_a', '-'):>8}  B {r.get('rows_b', '-'):>8}  {status}")
            for side in ("a", "b"):
                for sample in r.get(f"sample_{side}", []):
                    print(f"      only in {side.upper()}: {str(sample)[:600]}")
        print(f"{len(report) - len(bad)} of {len(report)} relations equal" + (f"; {len(bad)} differ" if bad else ""))
        return 1 if bad else 0
    finally:
        if args.keep:
            print(f"scratch: {scratch}")
        else:
            shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
