"""A user of a given role in a store the demo did not fill (the demo has its own:
agents such as lina, the supervisor zhaoli, the admin admin)."""

from __future__ import annotations

from typing import Any

from app.domain.enums import Role
from tests.conftest import FIXED_NOW


def add_user(store: Any, name: str, role: Role) -> str:
    with store.unit_of_work().for_writing() as uow:
        uow.users.ensure(name, FIXED_NOW, role)
        uow.commit()
    return name
