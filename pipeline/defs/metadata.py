"""Small helpers so every materialization tells its story the same way in the UI."""

import dagster as dg

PREVIEW_ROWS = 10


def table_metadata(rows: int) -> dict:
    return {"dagster/row_count": rows}


def preview(rows: list[dict], columns: list[str], limit: int = PREVIEW_ROWS) -> dg.MetadataValue:
    def cell(value) -> str:
        text = "" if value is None else str(value)
        return text.replace("|", "\\|").replace("\n", " ")[:80]

    header = "| " + " | ".join(columns) + " |\n|" + "---|" * len(columns) + "\n"
    body = "\n".join("| " + " | ".join(cell(r.get(c)) for c in columns) + " |" for r in rows[:limit])
    return dg.MetadataValue.md(header + body if rows else "(no rows)")
