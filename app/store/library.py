"""Reply templates and macros edited in the app: one row per key, the spec as JSON.

A row overrides the shipped entry of that key; a row marked `deleted` hides it.
Removing the row restores what was shipped.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any, cast

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.store import models as m

_TABLES: dict[str, type[m.ReplyTemplate] | type[m.Macro]] = {
    "template": m.ReplyTemplate, "macro": m.Macro,
}


class LibraryRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def entries(self, kind: str) -> dict[str, tuple[dict[str, Any] | None, str, datetime]]:
        """Every edited entry by key: (spec, or None when hidden; who; when)."""
        table = _TABLES[kind]
        rows = self.session.execute(select(table.key, table.spec, table.deleted,
                                           table.updated_by, table.updated_at))
        return {key: (None if deleted else json.loads(spec), by, at)
                for key, spec, deleted, by, at in rows}

    def save(self, kind: str, key: str, spec: dict[str, Any] | None, actor: str,
             at: datetime) -> None:
        """Store the entry's spec, or hide it (`spec` None)."""
        table = _TABLES[kind]
        text = json.dumps(spec or {}, ensure_ascii=False, sort_keys=True)
        row = cast("m.ReplyTemplate | m.Macro | None", self.session.get(table, key))
        if row is None:
            self.session.add(table(key=key, spec=text, deleted=spec is None,
                                   updated_by=actor, updated_at=at))
        else:
            row.spec, row.deleted, row.updated_by, row.updated_at = (
                text, spec is None, actor, at)

    def forget(self, kind: str, key: str) -> bool:
        """Drop the edited entry (the shipped one, if any, shows again)."""
        table = _TABLES[kind]
        done = self.session.execute(delete(table).where(table.key == key))
        return bool(getattr(done, "rowcount", 0))
