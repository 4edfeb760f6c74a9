from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.enums import Role
from app.store.models import User


def get_or_create_user(session: Session, name: str, now: datetime, role: Role = Role.AGENT) -> User:
    user = session.scalar(select(User).where(User.name == name))
    if user is None:
        user = User(name=name, display_name=name, role=role.value, active=True, created_at=now)
        session.add(user)
        session.flush()
    return user
