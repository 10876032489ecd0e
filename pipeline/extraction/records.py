"""What extraction takes and gives: documents in, pledge and target records out."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date


@dataclass(frozen=True)
class Document:
    text: str
    published: date | None = None
    file: str | None = None
    url: str | None = None
    title: str | None = None
    doc_id: str | None = None


@dataclass
class AidPledge:
    evidence: str
    start: int
    end: int
    confidence: float
    donor: str
    donor_code: str
    amount: float
    currency: str
    amount_qualifier: str = "exact"
    amount_usd: float | None = None
    amount_usd_stated: float | None = None
    date: date | None = None
    date_source: str = "published"
    aid_type: str = "unspecified"
    purposes: list[str] = field(default_factory=list)
    stage: str | None = None
    co_donors: list[str] = field(default_factory=list)
    recipient: str = "Ukraine"
    recipient_code: str = "UKR"
    money_text: str = ""
    kind: str = "aid_pledge"

    def to_dict(self) -> dict:
        record = asdict(self)
        record["date"] = self.date.isoformat() if self.date else None
        return record


@dataclass
class DefenseTarget:
    evidence: str
    start: int
    end: int
    confidence: float
    donor: str
    donor_code: str
    pct_gdp: float
    target_year: int | None = None
    kind: str = "defense_target"

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class ExtractionResult:
    pledges: list[AidPledge]
    targets: list[DefenseTarget]

    def records(self) -> list[dict]:
        return [p.to_dict() for p in self.pledges] + [t.to_dict() for t in self.targets]
