"""Supervisors' reports: `run(store, name, filter, actor)` computes one (reading only),
`CATALOG` lists them with every key they use."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from app.domain.errors import DomainError
from app.domain.permissions import Permission
from app.services import access
from app.services.reports.catalog import CATALOG, NAMES, Spec
from app.services.reports.model import ReportFilter, ReportResult

if TYPE_CHECKING:
    from app.services.store import Store

__all__ = ["CATALOG", "NAMES", "ReportFilter", "ReportResult", "Spec", "UnknownReport", "run"]


class UnknownReport(DomainError):
    code = "unknown_report"

    def __init__(self, name: str) -> None:
        super().__init__(f"there is no report {name!r}; `report --list` names them")
        self.name = name


def run(store: Store, name: str, flt: ReportFilter, actor: str) -> ReportResult:
    """One report, computed from the store's rows; refused unless `actor` may read reports.
    Each report lives in its own module, `app.services.reports.<name with _>`, whose
    `compute(store, flt)` returns the catalog's keys."""
    if name not in CATALOG:
        raise UnknownReport(name)
    access.require(store, actor, Permission.VIEW_REPORTS)
    module = importlib.import_module(f"app.services.reports.{name.replace('-', '_')}")
    result: ReportResult = module.compute(store, flt)
    return result
