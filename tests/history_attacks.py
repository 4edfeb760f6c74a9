"""What an attacker with the database file (sqlite3) or a SQL prompt does to the
history: the hash algorithm is no secret, so after each edit every hash after it is
recomputed and the case row's head and length fixed, and plain `verify` passes.

Works on any DB-API connection: `sqlite3.connect(path)` or a psycopg connection
(`mark` is the driver's placeholder)."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from app.domain.history import GENESIS_HASH, event_hash


class Attacker:
    def __init__(self, conn: Any, mark: str = "?") -> None:
        self.conn = conn
        self.mark = mark

    def _sql(self, sql: str, *params: Any) -> Any:
        cur = self.conn.cursor()
        cur.execute(sql.replace("?", self.mark), params)
        return cur

    def events(self, case_id: int) -> list[list[Any]]:
        return [list(r) for r in self._sql(
            "SELECT id, seq, at, actor, action, changes, state_hash FROM case_events "
            "WHERE case_id = ? ORDER BY seq", case_id).fetchall()]

    def _rehash(self, case_id: int, events: list[list[Any]]) -> None:
        """Store `events` (id or None for a new one, seq, at, …) as the case's chain,
        every hash recomputed, and the row's head and length to match."""
        self._sql("DELETE FROM case_events WHERE case_id = ?", case_id)
        prev = GENESIS_HASH
        for seq, (_id, _seq, at, actor, action, changes, state) in enumerate(events, 1):
            when = at if isinstance(at, datetime) else datetime.fromisoformat(str(at))
            digest = event_hash(case_id, seq, when, actor, action, changes, prev, state)
            self._sql("INSERT INTO case_events (case_id, seq, at, actor, action, changes, "
                      "prev_hash, state_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                      case_id, seq, at, actor, action, changes, prev, state, digest)
            prev = digest
        self._sql("UPDATE cases SET history_head = ?, history_len = ? WHERE id = ?",
                  prev, len(events), case_id)
        self.conn.commit()

    def rewrite(self, case_id: int, seq: int, changes: dict[str, Any]) -> None:
        """Event `seq` says something else; the chain after it recomputed."""
        evs = self.events(case_id)
        evs[seq - 1][5] = json.dumps(changes, ensure_ascii=False, sort_keys=True,
                                     separators=(",", ":"))
        self._rehash(case_id, evs)

    def forge(self, case_id: int, after_seq: int, actor: str, changes: dict[str, Any]) -> None:
        """A note that never happened, slipped in after event `after_seq`."""
        evs = self.events(case_id)
        before = evs[after_seq - 1]
        fake = [None, 0, before[2], actor, "note",
                json.dumps(changes, sort_keys=True, separators=(",", ":")), before[6]]
        self._rehash(case_id, [*evs[:after_seq], fake, *evs[after_seq:]])

    def truncate(self, case_id: int, keep: int) -> None:
        self._rehash(case_id, self.events(case_id)[:keep])

    def delete_case(self, case_id: int, *, events_too: bool = True) -> None:
        """The case gone with every row that names it (and, unless told, its events)."""
        tables = ("evidence", "payments", "coupons", "case_costs", "case_search")
        for table in ("case_events", *tables) if events_too else tables:
            self._sql(f"DELETE FROM {table} WHERE case_id = ?", case_id)
        self._sql("UPDATE shipments SET case_id = NULL WHERE case_id = ?", case_id)
        self._sql("DELETE FROM cases WHERE id = ?", case_id)
        self.conn.commit()
