"""Every money action carries a key, made when its dialog opens or given with --key:
the same key again returns the first result and records nothing; the same key with
other parameters is refused. The key is kept in the transaction that does the action,
so a crash leaves either both or neither."""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any

from app.domain.errors import DomainError

KEY_LIMIT = 64


class KeyReused(DomainError):
    """The key was used before for another action or other parameters."""

    def __init__(self, key: str, action: str) -> None:
        super().__init__(f"key {key!r} was already used for a different {action}; "
                         "a new action needs a new key")
        self.key = key
        self.action = action


class BadKey(DomainError):
    def __init__(self, key: str) -> None:
        super().__init__(f"an idempotency key is 1 to {KEY_LIMIT} visible characters, "
                         f"not {key[:80]!r}")
        self.key = key


def new_key() -> str:
    return uuid.uuid4().hex


def check_key(key: str) -> str:
    if not key or len(key) > KEY_LIMIT or not key.isprintable() or key != key.strip():
        raise BadKey(key)
    return key


def params_hash(action: str, params: Mapping[str, Any]) -> str:
    body = json.dumps({"action": action, **params}, ensure_ascii=False, sort_keys=True,
                      default=str, separators=(",", ":"))
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def once(uow: Any, key: str, action: str, params: Mapping[str, Any], actor: str,
         now: datetime, run: Callable[[], dict[str, Any]]) -> tuple[dict[str, Any], bool]:
    """(result, replayed): the first result of this key, or `run()`'s, kept under the
    key in the same unit of work. Call inside a unit of work opened for writing (on
    SQLite it holds the write lock, on PostgreSQL the caller holds the shop's ledger
    row), so two processes with one key cannot both run."""
    check_key(key)
    digest = params_hash(action, params)
    found = uow.money.key(key)
    if found is not None:
        old_action, old_digest, result = found
        if old_action != action or old_digest != digest:
            raise KeyReused(key, old_action)
        return result, True
    result = run()
    uow.money.keep_key(key, action, digest, actor, now, result)
    return result, False
