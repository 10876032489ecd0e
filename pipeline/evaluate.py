"""Score the extractor against hand-labelled gold JSON Lines (docs/extraction-contract.md)."""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from pipeline.documents import read_local_document
from pipeline.extraction import extract_document
from pipeline.extraction.fx import to_usd

AMOUNT_TOLERANCE = 0.005  # amounts match within 0.5% ("$1.05bn" vs "$1,050 million")
USD_TOLERANCE = 0.02


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Report:
    pledges: Score = field(default_factory=Score)
    targets: Score = field(default_factory=Score)
    fields: dict[str, list[bool]] = field(default_factory=lambda: defaultdict(list))
    misses: list[str] = field(default_factory=list)
    false_alarms: list[str] = field(default_factory=list)
    field_errors: list[str] = field(default_factory=list)
    documents: int = 0

    def accuracy(self, name: str) -> float | None:
        values = self.fields.get(name) or []
        return sum(values) / len(values) if values else None

    def as_dict(self) -> dict:
        return {
            "documents": self.documents,
            "pledges": {"precision": self.pledges.precision, "recall": self.pledges.recall, "f1": self.pledges.f1,
                        "tp": self.pledges.tp, "fp": self.pledges.fp, "fn": self.pledges.fn},
            "targets": {"precision": self.targets.precision, "recall": self.targets.recall, "f1": self.targets.f1,
                        "tp": self.targets.tp, "fp": self.targets.fp, "fn": self.targets.fn},
            "field_accuracy": {name: self.accuracy(name) for name in sorted(self.fields)},
        }


def load_gold(path: Path) -> dict[str, list[dict]]:
    by_file: dict[str, list[dict]] = defaultdict(list)
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{number}: not JSON ({exc})") from exc
            by_file[record.get("file") or path.stem.replace(".gold", "") + ".txt"].append(record)
    return by_file


def _locate(gold_path: Path, name: str) -> Path:
    for candidate in (gold_path.parent / name, gold_path.parent / "recordings" / name):
        if candidate.exists():
            return candidate
    raise FileNotFoundError(f"{gold_path}: article {name!r} not found beside the gold file")


def _amount_match(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return False
    return abs(a - b) <= AMOUNT_TOLERANCE * max(abs(a), abs(b))


def evaluate(gold_paths: list[Path]) -> Report:
    report = Report()
    for gold_path in gold_paths:
        for name, gold in sorted(load_gold(gold_path).items()):
            doc, _ = read_local_document(_locate(gold_path, name))
            report.documents += 1
            predicted = extract_document(doc)
            _score_pledges(report, name, gold, [p.to_dict() for p in predicted.pledges])
            _score_targets(report, name, gold, [t.to_dict() for t in predicted.targets])
    return report


def _score_pledges(report: Report, name: str, gold: list[dict], predicted: list[dict]) -> None:
    # Required lines first: a pledge restated in a headline (optional) and the body (required) is one
    # finding, and the extractor reports it once.
    wanted = sorted((g for g in gold if g.get("kind") == "aid_pledge" and g.get("amount") is not None),
                    key=lambda g: not g.get("required", True))
    used: set[int] = set()
    for pred in predicted:
        match = next(
            (i for i, g in enumerate(wanted) if i not in used and g.get("donor_code") == pred["donor_code"]
             and g.get("currency") == pred["currency"] and _amount_match(g.get("amount"), pred["amount"])),
            None,
        )
        if match is None:
            report.pledges.fp += 1
            report.false_alarms.append(f"{name}: {pred['donor_code']} {pred['currency']} {pred['amount']:,.0f} | {pred['evidence'][:160]}")
            continue
        used.add(match)
        g = wanted[match]
        if not g.get("required", True):
            continue
        report.pledges.tp += 1
        _check_fields(report, name, g, pred)
    for i, g in enumerate(wanted):
        if i not in used and g.get("required", True):
            report.pledges.fn += 1
            report.misses.append(f"{name}: {g.get('donor_code')} {g.get('currency')} {g.get('amount'):,.0f} | {g.get('evidence', '')[:160]}")


def _check_fields(report: Report, name: str, g: dict, pred: dict) -> None:
    gold_date = g.get("date")
    expected_usd = g.get("amount_usd") or to_usd(g["amount"], g["currency"], date.fromisoformat(gold_date) if gold_date else None)
    checks = {
        "amount_usd": expected_usd is not None and pred.get("amount_usd") is not None
        and abs(pred["amount_usd"] - expected_usd) <= USD_TOLERANCE * expected_usd,
        "aid_type": _aid_type(g) == pred.get("aid_type"),
    }
    if gold_date:
        checks["date"] = gold_date == pred.get("date")
    if "amount_usd_stated" in g:
        checks["amount_usd_stated"] = (g["amount_usd_stated"] is None and pred.get("amount_usd_stated") is None) or _amount_match(g["amount_usd_stated"], pred.get("amount_usd_stated"))
    if g.get("stage"):
        checks["stage"] = g["stage"] == pred.get("stage")
    for field_name, ok in checks.items():
        report.fields[field_name].append(ok)
        if not ok:
            report.field_errors.append(f"{name}: {field_name} gold={g.get(field_name, _aid_type(g) if field_name == 'aid_type' else expected_usd)!r} got={pred.get(field_name)!r} | {g['donor_code']} {g['amount']:,.0f}")


def _aid_type(g: dict) -> str | None:
    if g.get("aid_type"):
        return g["aid_type"]
    purpose = g.get("purpose")  # the seed annotation names the aid type 'purpose', first in a list
    if isinstance(purpose, list):
        purpose = purpose[0] if purpose else None
    return purpose


def _score_targets(report: Report, name: str, gold: list[dict], predicted: list[dict]) -> None:
    wanted = sorted((g for g in gold if g.get("kind") == "defense_target"), key=lambda g: not g.get("required", True))
    used: set[int] = set()
    for pred in predicted:
        match = next(
            (i for i, g in enumerate(wanted) if i not in used and g.get("donor_code") == pred["donor_code"]
             and abs(float(g.get("pct_gdp") or 0) - pred["pct_gdp"]) < 1e-6),
            None,
        )
        if match is None:
            report.targets.fp += 1
            report.false_alarms.append(f"{name}: target {pred['donor_code']} {pred['pct_gdp']}% {pred['target_year']} | {pred['evidence'][:160]}")
            continue
        used.add(match)
        g = wanted[match]
        if not g.get("required", True):
            continue
        report.targets.tp += 1
        ok = g.get("target_year") == pred.get("target_year")
        report.fields["target_year"].append(ok)
        if not ok:
            report.field_errors.append(f"{name}: target_year gold={g.get('target_year')} got={pred.get('target_year')} | {g['donor_code']} {g['pct_gdp']}%")
    for i, g in enumerate(wanted):
        if i not in used and g.get("required", True):
            report.targets.fn += 1
            report.misses.append(f"{name}: target {g.get('donor_code')} {g.get('pct_gdp')}% {g.get('target_year')} | {g.get('evidence', '')[:160]}")


def format_report(report: Report, *, details: bool = True) -> str:
    lines = [f"documents: {report.documents}"]
    for label, score in (("pledges", report.pledges), ("defence targets", report.targets)):
        lines.append(f"{label:16s} precision {score.precision:.3f}  recall {score.recall:.3f}  F1 {score.f1:.3f}  (tp {score.tp}, fp {score.fp}, fn {score.fn})")
    for name in sorted(report.fields):
        values = report.fields[name]
        lines.append(f"field {name:18s} {report.accuracy(name):.3f}  ({sum(values)}/{len(values)})")
    if details:
        lines.append(f"\nmisses ({len(report.misses)}):")
        lines.extend("  - " + m for m in report.misses)
        lines.append(f"\nfalse alarms ({len(report.false_alarms)}):")
        lines.extend("  - " + m for m in report.false_alarms)
        lines.append(f"\nfield errors ({len(report.field_errors)}):")
        lines.extend("  - " + m for m in report.field_errors)
    return "\n".join(lines)
