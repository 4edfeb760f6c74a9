"""Cases made for the refund tests where the demo has too few (Taobao, Kuaishou), and
evidence photos attached as an agent attaches them."""

from __future__ import annotations

import itertools
from datetime import datetime

from app.domain.case_rules import created_changes, new_case_state
from app.domain.enums import CaseKind, CaseStatus, Reason
from app.domain.filters import CaseFilter
from app.services.cases import case_detail, list_cases
from app.services.evidence import Source, attach
from app.services.store import Store
from app.store.case_bulk import NewCase, Step
from tests.evidence_files import png

T = datetime(2026, 11, 20, 8, 0)
_numbers = itertools.count(1)


def add_cases(store: Store, platform: str, kind: str, amounts: list[int],
              status: str = "new", reason: str = "buyer_mistake") -> list[int]:
    """New cases of the platform's first shop, one per amount (fen), in order; their ids."""
    with store.unit_of_work().for_writing() as uow:
        shop_id = next(i for i, p, _n in uow.settings.shops() if p == platform)
        cases, numbers = [], []
        for fen in amounts:
            number = f"T{next(_numbers):08d}"
            state = new_case_state(kind=CaseKind(kind), reason=Reason(reason), amount_fen=fen,
                                   opened_at=T, status=CaseStatus(status))
            cases.append(NewCase(shop_id, number, T,
                                 [Step(T, "system", "created", created_changes(state), state)]))
            numbers.append(number)
        uow.demo.write([], cases)
        uow.commit()
    with store.unit_of_work() as uow:
        return [uow.cases.find_id(n) for n in numbers]


def demo_case(store: Store, platform: str, kind: str, statuses: tuple[str, ...] = ("new",),
              n: int = 0) -> int:
    rows = list_cases(store, CaseFilter(statuses=statuses, kinds=(kind,),
                                        platforms=(platform,)), limit=n + 1)
    return rows[n].id


def photos(store: Store, case_id: int, count: int, seed: int = 0) -> list[int]:
    """`count` distinct PNG photos on the case; their evidence ids."""
    result = attach(store, "lina", case_id,
                    [Source(f"破损{i}.png", data=png(seed=seed * 100 + i)) for i in range(count)])
    assert result.ok
    return [f.evidence_id for f in result.files]  # type: ignore[union-attr]


def version(store: Store, case_id: int) -> int:
    return int(case_detail(store, case_id)["version"])


def history(store: Store, case_id: int) -> list[dict]:
    return list(case_detail(store, case_id)["history"])
