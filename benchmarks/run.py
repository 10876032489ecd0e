"""Benchmarks for "Fast over a year of news": extraction speed, end-to-end backfill, nightly run, dbt at 1M rows.

For each corpus size (default 1k, 10k, 100k articles from benchmarks/generate.py):

  grep      plain `grep -rEc` for currency amounts over the corpus files: the floor
  e2e       a full backfill in a subprocess: `pledges --home TMP run --sources S --date D` where S has one
            inbox pointing at the corpus (ingest -> archive -> lake -> extraction -> dbt build -> publish);
            wall time, Dagster step times, peak memory, sizes on disk, row counts vs the planted gold
  nightly   the next day's run right after the backfill, with nothing new (D+1), and optionally the same
            day re-run (D again: the partition is recomputed, so that is a second full ingest+extract)
  extract   extraction alone on the texts the backfill stored (lake inbox_files): extract_document in
            this process (one core), and pipeline.extract_batch.extract_many over all cores

And once (mode dbt1m): 1M synthetic pledge_mentions rows written straight into the lake
(365 day partitions, pyarrow), then `dbt build` alone, timed, with the slowest nodes from run_results.json.

Output: a markdown table on stdout and benchmarks/results/<timestamp>.json (rewritten after every step,
so a long run that is interrupted keeps what it measured).

    .venv/bin/python benchmarks/run.py --sizes 1000,10000
    nohup .venv/bin/python benchmarks/run.py --sizes 100000 --modes grep,e2e,nightly,extract > /tmp/b100k.log 2>&1 &
    .venv/bin/python benchmarks/run.py --modes dbt1m --dbt-rows 1000000

Run it with the project's venv. To benchmark another checkout (e.g. a clean `git archive HEAD` while the
working tree is mid-edit), set PYTHONPATH to that checkout: subprocesses inherit it.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import threading
import time
from datetime import date, datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import generate  # noqa: E402  (benchmarks/generate.py)

GREP_RE = r"[$€£¥][0-9]|[0-9]+(\.[0-9]+)? ?(million|billion|bn|m) "
CLI = "import sys; from pipeline.cli import main; sys.argv[0] = 'pledges'; main()"
BACKFILL_DAY = date(2025, 1, 15)
PAGE = os.sysconf("SC_PAGE_SIZE")

STEP_STATS = r"""
import json, sys
import dagster as dg
inst = dg.DagsterInstance.get()
out = []
for run in inst.get_runs():
    for s in inst.get_run_step_stats(run.run_id):
        out.append({"run_id": run.run_id, "partition": run.tags.get("dagster/partition"), "step": s.step_key,
                    "start": s.start_time, "end": s.end_time, "status": str(s.status)})
print(json.dumps(out))
"""


def repo_root() -> Path:
    """The checkout whose `pipeline` package this interpreter imports (PYTHONPATH wins over the editable install)."""
    import pipeline

    return Path(pipeline.__file__).resolve().parents[1]


# ------------------------------------------------------------------------------------------ measuring
class TreeSampler(threading.Thread):
    """Samples the summed RSS of a process and all its descendants (Dagster, dbt, the extraction pool)."""

    def __init__(self, root_pid: int, interval: float = 0.2):
        super().__init__(daemon=True)
        self.root, self.interval = root_pid, interval
        self.peak_tree_kb = 0
        self.peak_procs = 0
        self._halt = threading.Event()

    def _tree(self) -> list[int]:
        children: dict[int, list[int]] = {}
        for entry in os.listdir("/proc"):
            if not entry.isdigit():
                continue
            try:
                with open(f"/proc/{entry}/stat", "rb") as fh:
                    stat = fh.read()
                ppid = int(stat[stat.rindex(b")") + 2 :].split()[1])
            except (OSError, ValueError, IndexError):
                continue
            children.setdefault(ppid, []).append(int(entry))
        out, todo = [], [self.root]
        while todo:
            pid = todo.pop()
            out.append(pid)
            todo.extend(children.get(pid, []))
        return out

    def run(self) -> None:
        while not self._halt.is_set():
            total = 0
            pids = self._tree()
            for pid in pids:
                try:
                    with open(f"/proc/{pid}/statm", "rb") as fh:
                        total += int(fh.read().split()[1]) * PAGE // 1024
                except (OSError, ValueError, IndexError):
                    pass
            self.peak_tree_kb = max(self.peak_tree_kb, total)
            self.peak_procs = max(self.peak_procs, len(pids))
            self._halt.wait(self.interval)

    def stop(self) -> None:
        self._halt.set()
        self.join(timeout=2)


def run_measured(cmd: list[str], *, env: dict, cwd: Path, log: Path) -> dict:
    """Run a command; wall time, exit code, peak RSS of its largest process (wait4) and of the whole tree."""
    log.parent.mkdir(parents=True, exist_ok=True)
    load_before = os.getloadavg()[0]
    with open(log, "wb") as out:
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, env=env, cwd=cwd, stdout=out, stderr=subprocess.STDOUT)
        sampler = TreeSampler(proc.pid)
        sampler.start()
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - t0
        sampler.stop()
        proc.returncode = os.waitstatus_to_exitcode(status)
    text = log.read_text(errors="replace")
    return {"wall_s": round(wall, 2), "exit": proc.returncode, "max_rss_mb": round(usage.ru_maxrss / 1024, 1),
            "peak_tree_rss_mb": round(sampler.peak_tree_kb / 1024, 1), "peak_procs": sampler.peak_procs,
            "cpu_user_s": round(usage.ru_utime, 1), "cpu_sys_s": round(usage.ru_stime, 1), "log": str(log),
            "loadavg_1m_before": round(load_before, 2), "loadavg_1m_after": round(os.getloadavg()[0], 2),
            "tail": text[-1500:] if proc.returncode else None, "stdout": text}


def du_mb(path: Path) -> float:
    if not path.exists():
        return 0.0
    if path.is_file():
        return round(path.stat().st_size / 1e6, 2)
    total = 0
    for root, _, files in os.walk(path):
        for f in files:
            with contextlib.suppress(OSError):
                total += os.lstat(os.path.join(root, f)).st_size
    return round(total / 1e6, 2)


def count_files(path: Path) -> int:
    return sum(len(files) for _, _, files in os.walk(path)) if path.exists() else 0


# ------------------------------------------------------------------------------------------ steps
def ensure_corpus(work: Path, n: int, fmt: str, seed: int) -> tuple[Path, dict]:
    corpus = work / f"corpus-{n}-{fmt}-s{seed}"
    gold_file = corpus / "_gold.json"
    if gold_file.exists():
        gold = json.loads(gold_file.read_text())
        if (gold.get("n"), gold.get("format"), gold.get("seed")) == (n, fmt, seed):
            gold["reused"] = True
            return corpus, gold
    t0 = time.perf_counter()
    gold = generate.generate(n, seed, corpus, fmt)
    gold["wall_s"] = round(time.perf_counter() - t0, 2)
    return corpus, gold


def grep_floor(corpus: Path) -> dict:
    cmd = ["grep", "-rEc", "--include=*.txt", "--include=*.html", GREP_RE, str(corpus)]
    env = {**os.environ, "LC_ALL": "C"}
    best = None
    for _ in range(2):  # the first pass may read from disk; the second is the page-cache floor
        t0 = time.perf_counter()
        proc = subprocess.run(cmd, env=env, capture_output=True, text=True)
        wall = time.perf_counter() - t0
        best = wall if best is None else min(best, wall)
    lines = proc.stdout.splitlines()
    matches = sum(int(line.rsplit(":", 1)[1]) for line in lines if ":" in line)
    return {"wall_s": round(best, 3), "files": len(lines), "matching_lines": matches, "regex": GREP_RE, "cmd": "LC_ALL=C " + " ".join(cmd[:-2]) + " '<re>' DIR"}


def step_stats(home: Path, env: dict, since: float) -> dict:
    """Seconds per Dagster step (summed over runs) for the runs that started after `since` (epoch)."""
    env = {**env, "DAGSTER_HOME": str(home / "dagster")}
    proc = subprocess.run([sys.executable, "-c", STEP_STATS], env=env, capture_output=True, text=True)
    if proc.returncode:
        return {"error": proc.stderr[-500:]}
    per_step: dict[str, float] = {}
    runs = set()
    for s in json.loads(proc.stdout or "[]"):
        if s["start"] is None or s["end"] is None or s["start"] < since:
            continue
        runs.add(s["run_id"])
        per_step[s["step"]] = round(per_step.get(s["step"], 0.0) + s["end"] - s["start"], 2)
    return {"runs": len(runs), "steps": per_step}


def parse_timings(stdout: str) -> dict:
    match = re.search(r"^timings: (.*)$", stdout, re.MULTILINE)
    if not match:
        return {}
    out = {}
    for part in match.group(1).split(","):
        key, _, value = part.strip().rpartition(" ")
        with contextlib.suppress(ValueError):
            out[key] = float(value)
    return out


def warehouse_counts(home: Path) -> dict:
    import duckdb

    path = home / "published" / "warehouse.duckdb"
    if not path.exists():
        return {}
    con = duckdb.connect(str(path), read_only=True)
    out = {}
    try:
        for name, sql in {
            "documents": "select count(*) from int_documents_unioned",
            "pledge_mentions": "select count(*) from fct_pledge_mentions",
            "pledges": "select count(*) from fct_aid_pledges",
            "defense_targets": "select count(*) from fct_defense_targets",
        }.items():
            try:
                out[name] = con.execute(sql).fetchone()[0]
            except duckdb.Error as exc:
                out[name] = f"error: {str(exc)[:120]}"
    finally:
        con.close()
    return out


def lake_counts(lake_dir: Path, day: date) -> dict:
    import duckdb

    con = duckdb.connect()
    out = {}
    for table in ("inbox_files", "pledge_mentions", "defense_targets", "extraction_errors"):
        files = sorted((lake_dir / table).glob(f"day={day.isoformat()}/*.parquet"))
        if files:
            out[table] = con.execute(f"select count(*) from read_parquet({[str(f) for f in files]!r})").fetchone()[0]
    con.close()
    return out


def e2e(work: Path, corpus: Path, n: int, env: dict, repo: Path, *, nightly: bool, rerun: bool) -> dict:
    home = work / f"home-{n}"
    if home.exists():
        shutil.rmtree(home)
    sources = work / f"sources-{n}.yml"
    sources.write_text(f"feeds: []\ninboxes:\n  - name: bench\n    path: {corpus}\n")
    out: dict = {"home": str(home), "day": BACKFILL_DAY.isoformat()}

    def one(label: str, day: date) -> dict:
        since = time.time()
        cmd = [sys.executable, "-c", CLI, "--home", str(home), "run", "--sources", str(sources), "--date", day.isoformat()]
        res = run_measured(cmd, env=env, cwd=repo, log=work / "logs" / f"{label}-{n}.log")
        stdout = res.pop("stdout")
        res["timings"] = parse_timings(stdout)
        res["dagster"] = step_stats(home, env, since)
        print(f"  [{n}] {label}: {res['wall_s']} s (exit {res['exit']}) {res['timings']} steps={res['dagster'].get('steps')}", file=sys.stderr, flush=True)
        return res

    out["backfill"] = one("backfill", BACKFILL_DAY)
    out["lake_rows"] = lake_counts(home / "lake", BACKFILL_DAY)
    out["warehouse_rows"] = warehouse_counts(home)
    out["disk_mb"] = {
        "corpus": du_mb(corpus), "archive": du_mb(home / "archive"), "lake": du_mb(home / "lake"),
        "lake_inbox_files": du_mb(home / "lake" / "inbox_files"), "warehouse": du_mb(home / "warehouse.duckdb"),
        "published": du_mb(home / "published"), "dagster": du_mb(home / "dagster"),
    }
    out["archive_objects"] = count_files(home / "archive" / "objects")
    if nightly:
        out["nightly_next_day"] = one("nightly", BACKFILL_DAY + timedelta(days=1))
    if rerun:
        out["rerun_same_day"] = one("rerun", BACKFILL_DAY)
    return out


def dbt_plain(home: Path, n: int, env: dict, threads: list[int], work: Path) -> list[dict]:
    """The same dbt build the backfill ran inside Dagster, alone: what Dagster's dbt step adds on top."""
    runs = []
    for t in threads:
        res = dbt_build(home / "lake", home / f"dbt-only-t{t}.duckdb", home / f"dbt-only-target-t{t}", home / "dbt-only-logs",
                        t, env, work / "logs" / f"dbt-only-{n}-t{t}.log")
        print(f"  [{n}] dbt alone, threads {t}: {res['wall_s']} s, dbt elapsed {res.get('dbt_elapsed_s')} s, nodes {res.get('node_time_by_kind_s')}", file=sys.stderr, flush=True)
        runs.append(res)
    return runs


def process_start(env: dict, repo: Path) -> dict:
    """What a `pledges run` pays before any work: interpreter + CLI import, and the Dagster definitions."""
    out = {}
    for label, code in {"python_s": "pass", "cli_import_s": "import pipeline.cli", "definitions_import_s": "import pipeline.definitions"}.items():
        best = None
        for _ in range(2):
            t0 = time.perf_counter()
            subprocess.run([sys.executable, "-c", code], env=env, cwd=repo, capture_output=True)
            wall = time.perf_counter() - t0
            best = wall if best is None else min(best, wall)
        out[label] = round(best, 2)
    return out


def load_docs(home: Path | None, corpus: Path, day: date) -> tuple[list[dict], str]:
    """The documents extraction sees: the stored texts from the backfill's lake, else read from the corpus."""
    if home is not None and (home / "lake" / "inbox_files").exists():
        import duckdb

        files = sorted((home / "lake" / "inbox_files").glob(f"day={day.isoformat()}/*.parquet"))
        if files:
            con = duckdb.connect()
            rows = con.execute(f"select doc_id, text, published, url, title from read_parquet({[str(f) for f in files]!r}) where text is not null order by path").fetchall()
            con.close()
            return [dict(zip(["doc_id", "text", "published", "url", "title"], r, strict=True)) for r in rows], "lake"
    from pipeline.documents import iter_article_paths, read_local_document

    docs = []
    for path in iter_article_paths([corpus]):
        d, _ = read_local_document(path)
        docs.append({"doc_id": d.doc_id, "text": d.text, "published": d.published, "url": d.url, "title": d.title})
    return docs, "corpus"


def extraction_speed(docs: list[dict], day: date) -> dict:
    from pipeline.extract_batch import extract_many
    from pipeline.extraction import Document, extract_document

    documents = [Document(text=d["text"], published=d["published"] or day, url=d["url"], title=d["title"], doc_id=d["doc_id"]) for d in docs]
    for d in documents[:20]:  # warm caches (regex compilation, reference tables, FX)
        extract_document(d)
    gc.collect()
    pledges = targets = 0
    t0 = time.perf_counter()
    c0 = time.process_time()
    for d in documents:
        result = extract_document(d)
        pledges += len(result.pledges)
        targets += len(result.targets)
    single = time.perf_counter() - t0
    single_cpu = time.process_time() - c0
    # The yardstick is 3-5 KB articles; the corpus spans 2-8 KB, so time that slice on its own too.
    mid = [d for d in documents if 3000 <= len(d.text.encode("utf-8")) <= 5000]
    t0 = time.perf_counter()
    for d in mid:
        extract_document(d)
    mid_s = time.perf_counter() - t0
    cores = os.cpu_count() or 1
    gc.collect()
    t0 = time.perf_counter()
    batch = extract_many(docs, day, workers=cores)
    pooled = time.perf_counter() - t0
    chars = sum(len(d.text) for d in documents)
    return {
        "loadavg_1m_after": round(os.getloadavg()[0], 2),
        "documents": len(documents), "mean_chars": round(chars / max(1, len(documents))),
        "single_s": round(single, 2), "single_cpu_s": round(single_cpu, 2),
        "single_docs_per_s": round(len(documents) / single, 1), "single_mb_per_s": round(chars / 1e6 / single, 2),
        "single_3to5kb_documents": len(mid), "single_3to5kb_docs_per_s": round(len(mid) / mid_s, 1) if mid_s else None,
        "pool_workers": cores, "pool_s": round(pooled, 2), "pool_docs_per_s": round(len(documents) / pooled, 1),
        "pool_docs_per_s_per_core": round(len(documents) / pooled / cores, 1),
        "pool_speedup": round(single / pooled, 2),
        "pledges_found": pledges, "targets_found": targets, "pool_mentions": len(batch.mentions), "pool_errors": len(batch.errors),
    }


def html_speed(corpus: Path, sample: int = 500) -> dict:
    """HTML -> main text (trafilatura), the part of ingest that costs CPU, on a sample of the HTML files."""
    from pipeline.html_text import extract_main_text

    paths = []
    for folder in sorted(p for p in corpus.iterdir() if p.is_dir()):
        paths += sorted(folder.glob("*.html"))
        if len(paths) >= sample:
            break
    paths = paths[:sample]
    if not paths:
        return {}
    payloads = [p.read_bytes() for p in paths]
    extract_main_text(payloads[0])
    t0 = time.perf_counter()
    for b in payloads:
        extract_main_text(b)
    wall = time.perf_counter() - t0
    return {"pages": len(payloads), "s": round(wall, 2), "pages_per_s": round(len(payloads) / wall, 1)}


# ------------------------------------------------------------------------------------------ dbt at 1M rows
def write_synthetic_mentions(lake_dir: Path, rows: int, seed: int, days: int = 365) -> dict:
    """`rows` pledge_mentions spread over `days` ingest-day partitions, ~10 mentions per pledge (amounts
    within 0.3 %, dates within days) so the merge logic has real clusters to form. Pure SQL, seeded."""
    import csv

    import duckdb
    import pyarrow as pa
    import pyarrow.parquet as pq

    from pipeline import lake
    from pipeline.extraction.fx import rates_table

    lake.ensure_schema_files(lake_dir)
    t0 = time.perf_counter()
    fx = [{"currency": c, "rate_date": d, "per_eur": r} for c, d, r in rates_table()]
    fx += [{"currency": "EUR", "rate_date": d, "per_eur": 1.0} for d in sorted({r["rate_date"] for r in fx})]
    lake.write_file(lake_dir / "fx_rates" / "ecb.parquet", "fx_rates", fx)
    donors_csv = repo_root() / "dbt_project" / "seeds" / "donors.csv"
    with open(donors_csv, newline="") as fh:
        donors = [(r["donor_code"], r["donor_name"], r.get("home_currency") or "USD") for r in csv.DictReader(fh)]
    con = duckdb.connect()
    con.execute("create table donors(di integer, code varchar, name varchar, cur varchar)")
    con.executemany("insert into donors values (?, ?, ?, ?)", [(i, c, nm, cur if cur in {r['currency'] for r in fx} | {"EUR"} else "USD") for i, (c, nm, cur) in enumerate(donors)])
    n_pledges = max(1, rows // 10)
    schema = lake.arrow_schema("pledge_mentions")
    sql = f"""
    with m as (
        select i, (hash(i, {seed}, 'p') % {n_pledges})::bigint as k from range({rows}) t(i)
    ), p as (
        select m.*,
            (hash(k, {seed}, 'd') % (select count(*) from donors))::integer as di,
            exp(ln(1e6) + (hash(k, {seed}, 'a') % 10000) / 10000.0 * ln(1e4)) as base,
            date '2024-01-01' + (hash(k, {seed}, 't') % 366)::integer as base_date
        from m
    ), r as (
        select p.*, d.code, d.name, d.cur,
            round(base * (1 + ((hash(i, {seed}, 'j') % 7)::integer - 3) * 0.001), -4) as amount,
            base_date + (hash(i, {seed}, 'pd') % 4)::integer as pledge_date
        from p join donors d on d.di = p.di
    )
    select
        pledge_date + (hash(i, {seed}, 'pub') % 3)::integer + (hash(i, {seed}, 'day') % 2)::integer as day,
        md5('doc-{seed}-' || (i // 2)) as doc_id,
        md5('mention-{seed}-' || i) as mention_id,
        'https://news.example.test/' || (i // 2) as url,
        name || ' announces aid for Ukraine' as title,
        pledge_date + (hash(i, {seed}, 'pub') % 3)::integer as published,
        name as donor, code as donor_code, 'Ukraine' as recipient, 'UKR' as recipient_code,
        amount, ['exact', 'exact', 'exact', 'up_to', 'more_than', 'about'][1 + (hash(i, 'q') % 6)::integer] as amount_qualifier,
        cur as currency, case when cur = 'USD' then amount end as amount_usd,
        case when cur = 'USD' then amount end as amount_usd_stated, pledge_date,
        ['military', 'financial', 'humanitarian', 'unspecified'][1 + (hash(k, 'at') % 4)::integer] as aid_type,
        [['air_defence'], ['ammunition', 'artillery'], ['energy'], ['budget_support'], []][1 + (hash(k, 'pu') % 5)::integer] as purposes,
        ['pledged', 'committed', 'allocated', 'delivered'][1 + (hash(i, 'st') % 4)::integer] as stage,
        []::varchar[] as co_donors,
        name || ' announced a new package for Ukraine worth ' || amount::bigint || ' ' || cur || ', officials said on Tuesday, including equipment and training.' as evidence,
        (hash(i, 'es') % 4000)::integer as evidence_start,
        (hash(i, 'es') % 4000)::integer + 140 as evidence_end,
        0.55 + (hash(i, 'c') % 44) / 100.0 as confidence,
        'bench' as extractor_version
    from r
    """
    relation = con.sql(sql)
    table = relation.to_arrow_table() if hasattr(relation, "to_arrow_table") else relation.arrow()
    con.close()
    table = table.select(schema.names).cast(schema)
    days_col = table.column("day").to_pylist()
    order = sorted(range(len(days_col)), key=days_col.__getitem__)
    table = table.take(pa.array(order))
    days_sorted = [days_col[i] for i in order]
    files = 0
    start = 0
    while start < len(days_sorted):
        day = days_sorted[start]
        end = start
        while end < len(days_sorted) and days_sorted[end] == day:
            end += 1
        path = lake.partition_path(lake_dir, "pledge_mentions", day, "part")
        path.parent.mkdir(parents=True, exist_ok=True)
        pq.write_table(table.slice(start, end - start), path, compression="zstd")
        files += 1
        start = end
    return {"rows": rows, "pledges_planted": n_pledges, "files": files, "write_s": round(time.perf_counter() - t0, 2),
            "lake_mb": du_mb(lake_dir / "pledge_mentions")}


def dbt_build(lake_dir: Path, warehouse: Path, target: Path, logs: Path, threads: int, env: dict, log: Path) -> dict:
    """Plain `dbt build` (no Dagster) over a lake into a fresh warehouse file; wall time, node times, counts."""
    import duckdb

    repo = repo_root()
    if warehouse.exists():
        warehouse.unlink()
    dbt_env = {**env, "PLEDGES_WAREHOUSE": str(warehouse), "PLEDGES_LAKE": str(lake_dir),
               "DBT_SEND_ANONYMOUS_USAGE_STATS": "false", "DO_NOT_TRACK": "1"}
    dbt = str(Path(sys.executable).with_name("dbt"))
    cmd = [dbt, "build", "--project-dir", str(repo / "dbt_project"), "--profiles-dir", str(repo / "dbt_project"),
           "--target-path", str(target), "--log-path", str(logs), "--threads", str(threads)]
    res = run_measured(cmd, env=dbt_env, cwd=repo / "dbt_project", log=log)
    stdout = res.pop("stdout")
    summary = re.search(r"Done\. PASS=(\d+) WARN=(\d+) ERROR=(\d+) SKIP=(\d+)(?: NO-OP=\d+)? TOTAL=(\d+)", stdout)
    res["threads"] = threads
    res["summary"] = summary.group(0) if summary else None
    res["warehouse_mb"] = du_mb(warehouse)
    results = target / "run_results.json"
    if results.exists():
        data = json.loads(results.read_text())
        nodes = data["results"]
        res["nodes"] = len(nodes)
        res["dbt_elapsed_s"] = round(data.get("elapsed_time") or 0, 2)
        res["node_time_sum_s"] = round(sum(r.get("execution_time") or 0 for r in nodes), 2)
        by_kind: dict[str, float] = {}
        for r in nodes:
            kind = r["unique_id"].split(".", 1)[0]
            by_kind[kind] = round(by_kind.get(kind, 0) + (r.get("execution_time") or 0), 2)
        res["node_time_by_kind_s"] = by_kind
        res["slowest"] = [(r["unique_id"].split(".", 2)[-1], round(r.get("execution_time") or 0, 2))
                          for r in sorted(nodes, key=lambda r: -(r.get("execution_time") or 0))[:8]]
    if warehouse.exists():
        con = duckdb.connect(str(warehouse), read_only=True)
        try:
            res["fct_pledge_mentions"] = con.execute("select count(*) from fct_pledge_mentions").fetchone()[0]
            res["fct_aid_pledges"] = con.execute("select count(*) from fct_aid_pledges").fetchone()[0]
        except duckdb.Error as exc:
            res["count_error"] = str(exc)[:200]
        con.close()
    return res


def dbt_million(work: Path, rows: int, seed: int, env: dict, threads: list[int]) -> dict:
    home = work / f"dbt-{rows}"
    if home.exists():
        shutil.rmtree(home)
    lake_dir = home / "lake"
    out = {"written": write_synthetic_mentions(lake_dir, rows, seed)}
    print(f"  [dbt {rows}] lake written: {out['written']}", file=sys.stderr, flush=True)
    runs = []
    for t in threads:
        res = dbt_build(lake_dir, home / f"warehouse-t{t}.duckdb", home / f"target-t{t}", home / "logs", t, env,
                        work / "logs" / f"dbt-{rows}-t{t}.log")
        print(f"  [dbt {rows}] threads {t}: {res['wall_s']} s {res.get('summary')} slowest={res.get('slowest', [])[:3]}", file=sys.stderr, flush=True)
        runs.append(res)
    out["builds"] = runs
    return out


# ------------------------------------------------------------------------------------------ report
def fmt(v, digits=1) -> str:
    if v is None:
        return "-"
    if isinstance(v, float):
        return f"{v:,.{digits}f}"
    if isinstance(v, int):
        return f"{v:,}"
    return str(v)


def _step(steps: dict, name: str) -> float | None:
    """Seconds of the Dagster step whose key ends with `name` (keys look like raw__inbox_files)."""
    found = [v for k, v in steps.items() if k == name or k.endswith("__" + name)]
    return round(sum(found), 2) if found else None


def markdown(results: dict) -> str:
    lines = []
    sizes = results.get("sizes", {})
    if sizes:
        lines += ["### Extraction throughput (texts pre-loaded from the lake)", "",
                  "| articles | 1 core: art/s (wall) | 1 core, 3-5 KB articles: art/s | 1 core: art/s (CPU time) | 1 core: MB/s | pool (%s procs): art/s | pool art/s per core | speed-up | grep floor s | extractor / grep |" % (os.cpu_count() or 1),
                  "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
        for n, r in sizes.items():
            ex, gr = r.get("extract", {}), r.get("grep", {})
            ratio = round(ex["single_s"] / gr["wall_s"], 1) if ex.get("single_s") and gr.get("wall_s") else None
            cpu_rate = round(ex["documents"] / ex["single_cpu_s"], 1) if ex.get("single_cpu_s") else None
            lines.append(f"| {fmt(int(n))} | {fmt(ex.get('single_docs_per_s'))} | {fmt(ex.get('single_3to5kb_docs_per_s'))} | {fmt(cpu_rate)} | {fmt(ex.get('single_mb_per_s'), 2)} | {fmt(ex.get('pool_docs_per_s'))} | "
                         f"{fmt(ex.get('pool_docs_per_s_per_core'))} | {fmt(ex.get('pool_speedup'), 2)} | {fmt(gr.get('wall_s'), 2)} | {fmt(ratio)}x |")
        lines += ["", "### End-to-end backfill (one partition, `pledges run` in a subprocess)", "",
                  "| articles | wall s | CPU s (user+sys, all procs) | ingest (inbox_files) s | extraction s | dbt build s | ms/article (wall) | ms/article (ingest+extract steps) | peak RSS largest proc MB | peak RSS tree MB | lake MB | warehouse MB | archive MB | nightly (nothing new) s | same-day re-run s |",
                  "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
        for n, r in sizes.items():
            e = r.get("e2e", {})
            b = e.get("backfill", {})
            steps = b.get("dagster", {}).get("steps", {})
            dbt_s = _step(steps, "warehouse_models") or b.get("timings", {}).get("dbt_build_s")
            ms = round(b["wall_s"] * 1000 / int(n), 2) if b.get("wall_s") else None
            ie = (_step(steps, "inbox_files") or 0) + (_step(steps, "extraction") or 0)
            ms_ie = round(ie * 1000 / int(n), 2) if ie else None
            d = e.get("disk_mb", {})
            cpu = round(b["cpu_user_s"] + b["cpu_sys_s"], 1) if b.get("cpu_user_s") is not None else None
            lines.append(f"| {fmt(int(n))} | {fmt(b.get('wall_s'))} | {fmt(cpu)} | {fmt(_step(steps, 'inbox_files'))} | {fmt(_step(steps, 'extraction'))} | {fmt(dbt_s)} | {fmt(ms, 2)} | {fmt(ms_ie, 2)} | "
                         f"{fmt(b.get('max_rss_mb'), 0)} | {fmt(b.get('peak_tree_rss_mb'), 0)} | {fmt(d.get('lake'))} | {fmt(d.get('warehouse'))} | {fmt(d.get('archive'))} | "
                         f"{fmt(e.get('nightly_next_day', {}).get('wall_s'))} | {fmt(e.get('rerun_same_day', {}).get('wall_s'))} |")
        if any(r.get("dbt_alone") for r in sizes.values()):
            lines += ["", "### dbt build inside Dagster vs alone (same lake, fresh warehouse file)", "",
                      "| articles | Dagster step warehouse_models s | dbt alone: threads | wall s | dbt elapsed s | node time s: model / test / unit_test / seed |",
                      "|---:|---:|---:|---:|---:|---|"]
            for n, r in sizes.items():
                steps = r.get("e2e", {}).get("backfill", {}).get("dagster", {}).get("steps", {})
                for b in r.get("dbt_alone") or []:
                    k = b.get("node_time_by_kind_s", {})
                    lines.append(f"| {fmt(int(n))} | {fmt(_step(steps, 'warehouse_models'))} | {b['threads']} | {fmt(b['wall_s'])} | {fmt(b.get('dbt_elapsed_s'))} | "
                                 f"{k.get('model', '-')} / {k.get('test', '-')} / {k.get('unit_test', '-')} / {k.get('seed', '-')} |")
        lines += ["", "### Sanity: planted vs found", "", "| articles | pledges planted | mentions in lake | fct_aid_pledges | targets planted | defence targets in lake | documents |", "|---:|---:|---:|---:|---:|---:|---:|"]
        for n, r in sizes.items():
            g, e = r.get("gold", {}), r.get("e2e", {})
            lr, wr = e.get("lake_rows", {}), e.get("warehouse_rows", {})
            lines.append(f"| {fmt(int(n))} | {fmt(g.get('pledges'))} | {fmt(lr.get('pledge_mentions'))} | {fmt(wr.get('pledges'))} | {fmt(g.get('targets'))} | {fmt(lr.get('defense_targets'))} | {fmt(wr.get('documents'))} |")
    if results.get("process_start"):
        ps = results["process_start"]
        lines += ["", f"Process start: python {ps.get('python_s')} s, `import pipeline.cli` {ps.get('cli_import_s')} s, `import pipeline.definitions` {ps.get('definitions_import_s')} s."]
    if results.get("dbt1m"):
        d = results["dbt1m"]
        lines += ["", f"### dbt build alone over {fmt(d['written']['rows'])} pledge_mentions rows ({d['written']['files']} day partitions, {d['written']['lake_mb']} MB Parquet, written in {d['written']['write_s']} s)", "",
                  "| threads | wall s | sum of node times s | nodes | result | peak RSS MB | warehouse MB | fct_pledge_mentions | fct_aid_pledges | slowest nodes |", "|---:|---:|---:|---:|---|---:|---:|---:|---:|---|"]
        for b in d["builds"]:
            slow = ", ".join(f"{k} {v}s" for k, v in (b.get("slowest") or [])[:4])
            lines.append(f"| {b['threads']} | {fmt(b['wall_s'])} | {fmt(b.get('node_time_sum_s'))} | {fmt(b.get('nodes'))} | {b.get('summary') or 'exit ' + str(b['exit'])} | {fmt(b.get('max_rss_mb'), 0)} | "
                         f"{fmt(b.get('warehouse_mb'))} | {fmt(b.get('fct_pledge_mentions'))} | {fmt(b.get('fct_aid_pledges'))} | {slow} |")
    return "\n".join(lines)


def machine() -> dict:
    info = {"cpus": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform()}
    try:
        cpuinfo = Path("/proc/cpuinfo").read_text().splitlines()
        meminfo = Path("/proc/meminfo").read_text().splitlines()
        info["cpu"] = next(line.split(":", 1)[1].strip() for line in cpuinfo if line.startswith("model name"))
        info["mem_gb"] = round(int(next(line.split()[1] for line in meminfo if line.startswith("MemTotal"))) / 1e6, 1)
    except (OSError, StopIteration):
        pass
    try:
        import duckdb

        info["duckdb"] = duckdb.__version__
    except ImportError:
        pass
    repo = repo_root()
    try:
        info["git"] = subprocess.run(["git", "-C", str(repo), "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
        info["git_dirty_files"] = len(subprocess.run(["git", "-C", str(repo), "status", "--porcelain"], capture_output=True, text=True).stdout.splitlines())
    except OSError:
        pass
    info["repo"] = str(repo)
    return info


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter, epilog=__doc__.split("\n\n", 1)[1])
    ap.add_argument("--sizes", default="1000,10000,100000", help="comma-separated corpus sizes (default 1000,10000,100000)")
    ap.add_argument("--modes", default="grep,e2e,nightly,rerun,dbt,extract,html", help="any of grep,e2e,nightly,rerun,dbt,extract,html,dbt1m (default: all but dbt1m)")
    ap.add_argument("--format", choices=["txt", "html", "mixed"], default="mixed")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--work", type=Path, default=Path(os.environ.get("TMPDIR", "/tmp")) / "pledges-bench", help="scratch folder for corpora and data homes")
    ap.add_argument("--rerun-max", type=int, default=10000, help="only re-run the same day for sizes up to this (it is a second full backfill)")
    ap.add_argument("--dbt-rows", type=int, default=1_000_000)
    ap.add_argument("--dbt-threads", default="1,4", help="comma-separated dbt --threads values for the plain dbt builds (default 1,4; profiles.yml says 1)")
    ap.add_argument("--results", type=Path, default=HERE / "results")
    ap.add_argument("--keep", action="store_true", help="keep the data homes (corpora are always kept for reuse)")
    ap.add_argument("--report", type=Path, nargs="+", help="only print the markdown tables of these results files (merged)")
    args = ap.parse_args(argv)
    if args.report:
        merged: dict = {"sizes": {}}
        for path in args.report:
            data = json.loads(path.read_text())
            for size, parts in data.get("sizes", {}).items():  # later files win, part by part
                merged["sizes"].setdefault(size, {}).update(parts)
            for key in ("dbt1m", "process_start"):
                if data.get(key):
                    merged[key] = data[key]
        merged["sizes"] = dict(sorted(merged["sizes"].items(), key=lambda kv: int(kv[0])))
        print(markdown(merged))
        return 0

    modes = set(args.modes.split(","))
    sizes = [int(s) for s in args.sizes.split(",") if s] if args.sizes else []
    work = args.work.resolve()
    work.mkdir(parents=True, exist_ok=True)
    repo = repo_root()
    env = {**os.environ, "DBT_SEND_ANONYMOUS_USAGE_STATS": "false", "DO_NOT_TRACK": "1", "DAGSTER_DISABLE_TELEMETRY": "1"}
    env["PATH"] = str(Path(sys.executable).parent) + os.pathsep + env.get("PATH", "")
    stamp = datetime.now().strftime("%Y%m%dT%H%M%S")
    args.results.mkdir(parents=True, exist_ok=True)
    out_file = args.results / f"{stamp}.json"
    results: dict = {"timestamp": stamp, "machine": machine(), "params": {k: str(v) for k, v in vars(args).items()}, "sizes": {}}

    def save() -> None:
        out_file.write_text(json.dumps(results, indent=2, default=str) + "\n")

    if "e2e" in modes or "nightly" in modes:
        results["process_start"] = process_start(env, repo)
        save()
    for n in sizes:
        r: dict = {}
        results["sizes"][str(n)] = r
        corpus, r["gold"] = ensure_corpus(work, n, args.format, args.seed)
        how = "reused" if r["gold"].get("reused") else f"generated in {r['gold'].get('wall_s')} s"
        print(f"[{n}] corpus {corpus} ({how})", file=sys.stderr, flush=True)
        save()
        if "grep" in modes:
            r["grep"] = grep_floor(corpus)
            print(f"  [{n}] grep: {r['grep']['wall_s']} s", file=sys.stderr, flush=True)
            save()
        home = work / f"home-{n}" if (work / f"home-{n}" / "lake").exists() else None  # a kept backfill's texts
        if "e2e" in modes:
            r["e2e"] = e2e(work, corpus, n, env, repo, nightly="nightly" in modes, rerun="rerun" in modes and n <= args.rerun_max)
            home = Path(r["e2e"]["home"])
            save()
            if "dbt" in modes:
                r["dbt_alone"] = dbt_plain(home, n, env, [int(t) for t in args.dbt_threads.split(",")], work)
                save()
        if "html" in modes:
            r["html"] = html_speed(corpus)
            save()
        if "extract" in modes:
            docs, origin = load_docs(home, corpus, BACKFILL_DAY)
            r["extract"] = {"texts_from": origin, **extraction_speed(docs, BACKFILL_DAY)}
            del docs
            gc.collect()
            print(f"  [{n}] extract: {r['extract']}", file=sys.stderr, flush=True)
            save()
        if home is not None and "e2e" in modes and not args.keep:
            shutil.rmtree(home, ignore_errors=True)
    if "dbt1m" in modes:
        results["dbt1m"] = dbt_million(work, args.dbt_rows, args.seed, env, [int(t) for t in args.dbt_threads.split(",")])
        if not args.keep:
            shutil.rmtree(work / f"dbt-{args.dbt_rows}", ignore_errors=True)
        save()
    table = markdown(results)
    results["markdown"] = table
    save()
    print(table)
    print(f"\nresults: {out_file}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
