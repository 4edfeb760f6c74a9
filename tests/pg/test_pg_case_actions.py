"""Acting on cases on a PostgreSQL store: the same version check and bulk work."""

from __future__ import annotations

import pytest

from app.domain.errors import StaleCase
from app.domain.filters import CaseFilter
from app.services import case_actions as ca
from app.services.cases import case_detail, list_cases
from app.services.verify import verify


def test_version_check_and_bulk_on_postgres(pg_demo_store) -> None:  # type: ignore[no-untyped-def]
    case_id = list_cases(pg_demo_store, CaseFilter(statuses=("new",)), limit=1)[0].id
    seen = case_detail(pg_demo_store, case_id)["version"]
    ca.perform(pg_demo_store, "bob", case_id, [{"do": "tag", "tag": "先到"}], version=seen)
    with pytest.raises(StaleCase) as err:
        ca.perform(pg_demo_store, "lina", case_id, [{"do": "status", "to": "in_progress"}],
                   version=seen)
    assert err.value.by == "bob"
    ids = [r.id for r in list_cases(pg_demo_store, CaseFilter(), limit=150)]
    results = ca.perform_many(pg_demo_store, "lina", ids, [{"do": "status", "to": "in_progress"}])
    assert len(results) == 150
    assert any(isinstance(r, ca.Done) for r in results)
    assert any(isinstance(r, ca.Refused) for r in results)
    assert verify(pg_demo_store).ok
