"""The Dagster code location loads, and lineage runs from ingest to every mart."""

import dagster as dg


def _ancestors(graph, key):
    seen, stack = set(), [key]
    while stack:
        for parent in graph.get(stack.pop()).parent_keys:
            if parent not in seen:
                seen.add(parent)
                stack.append(parent)
    return seen


def test_definitions_load_with_job_schedule_and_checks():
    from pipeline.definitions import defs

    assert defs.resolve_job_def("pledge_pipeline") is not None
    assert defs.resolve_schedule_def("nightly").cron_schedule == "0 2 * * *"
    graph = defs.resolve_asset_graph()
    assert graph.asset_check_keys, "asset checks (own and dbt tests) are registered"


def test_lineage_reaches_marts_from_feeds_and_inbox():
    from pipeline.definitions import defs

    graph = defs.resolve_asset_graph()
    for mart in ("fct_aid_pledges", "fct_pledge_mentions", "fct_defense_targets", "agg_aid_by_donor_month"):
        ancestors = _ancestors(graph, dg.AssetKey([mart]))
        for source in (["raw", "feed_entries"], ["raw", "inbox_files"], ["raw", "article_pages"]):
            assert dg.AssetKey(source) in ancestors, f"{mart} does not descend from {source}"
    assert dg.AssetKey(["raw", "feed_fetches"]) in _ancestors(graph, dg.AssetKey(["fct_fetch_log"]))


def test_dbt_tests_show_as_asset_checks():
    from pipeline.definitions import defs

    checks = {c.name for c in defs.resolve_asset_graph().asset_check_keys}
    assert any(name.startswith("unique_") for name in checks)
    assert "pledges_have_donor_and_date" in checks
