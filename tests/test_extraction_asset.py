"""The extraction asset streams a day's documents from the lake through the extractor back into the lake."""

from __future__ import annotations

from datetime import date

import dagster as dg
import pyarrow.parquet as pq

from conftest import generated_docs
from pipeline import lake
from pipeline.defs.metadata import preview
from pipeline.extract_batch import PARALLEL_THRESHOLD, extract_rows

DAY = date(2025, 3, 4)
MENTION_COLUMNS = ["donor", "amount", "currency", "amount_usd", "pledge_date", "aid_type"]


def _inbox_rows(docs: list[dict]) -> list[dict]:
    return [{"day": DAY, "doc_id": d["doc_id"], "inbox_name": "drop", "path": f"/in/{d['doc_id']}.txt", "url": d["url"],
             "title": d["title"], "published": d["published"], "text": d["text"], "bytes": len(d["text"])} for d in docs]


def _materialize(tmp_path, monkeypatch) -> dict:
    from pipeline.defs.extract_assets import extraction
    from pipeline.defs.resources import PipelineConfig

    monkeypatch.setenv("PLEDGES_HOME", str(tmp_path / "home"))
    result = dg.materialize([extraction], partition_key=DAY.isoformat(), resources={"config": PipelineConfig()},
                            instance=dg.DagsterInstance.ephemeral())
    assert result.success
    return {m.asset_key.path[-1]: m.metadata for m in result.asset_materializations_for_node("extraction")}


def _same_rows(tmp_path, table: str, rows: list[dict]) -> bool:
    expected = tmp_path / f"expected-{table}.parquet"
    lake.write_file(expected, table, rows)
    return pq.read_table(lake.partition_path(tmp_path / "home" / "lake", table, DAY, "part")).equals(pq.read_table(expected))


def test_the_day_is_extracted_in_streamed_chunks_into_the_same_rows_and_metadata(tmp_path, monkeypatch):
    docs = generated_docs(PARALLEL_THRESHOLD + 200)
    expected = extract_rows(docs, DAY)
    lake_dir = tmp_path / "home" / "lake"
    lake.write_partition(lake_dir, "inbox_files", DAY, _inbox_rows(docs))
    # An earlier extraction of the day: five of today's mentions and one that is gone now.
    lake.write_partition(lake_dir, "pledge_mentions", DAY, [*expected.mentions[:5], {**expected.mentions[0], "mention_id": "gone"}])

    metadata = _materialize(tmp_path, monkeypatch)

    assert _same_rows(tmp_path, "pledge_mentions", expected.mentions)
    assert _same_rows(tmp_path, "defense_targets", expected.targets)
    mentions = metadata["pledge_mentions"]
    assert mentions["dagster/row_count"].value == len(expected.mentions) == 200
    assert mentions["documents"].value == len(docs)
    assert (mentions["new_mentions"].value, mentions["unchanged_mentions"].value, mentions["removed_mentions"].value) == (
        len(expected.mentions) - 5, 5, 1)
    # The largest pledges by USD, ties in document order: what sorting every mention gave.
    top = sorted(expected.mentions, key=lambda r: -(r["amount_usd"] or 0))
    assert mentions["preview"].value == preview(top, MENTION_COLUMNS).value
    assert metadata["defense_targets"]["dagster/row_count"].value == len(expected.targets)
    assert metadata["extraction_errors"]["dagster/row_count"].value == 0


def test_a_day_without_documents_adds_no_files(tmp_path, monkeypatch):
    metadata = _materialize(tmp_path, monkeypatch)
    assert metadata["pledge_mentions"]["dagster/row_count"].value == 0
    assert not list((tmp_path / "home" / "lake").glob("*/day=*"))
