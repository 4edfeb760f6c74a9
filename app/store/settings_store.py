"""Per-shop settings, saved views and acknowledged alerts: small rows, JSON values."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.store import models as m


class SettingsRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    # Shop settings -----------------------------------------------------------------
    def shop_value(self, shop_id: int, key: str) -> Any | None:
        raw = self.session.scalar(select(m.ShopSetting.value).where(
            m.ShopSetting.shop_id == shop_id, m.ShopSetting.key == key))
        return None if raw is None else json.loads(raw)

    def shop_values(self, key: str) -> dict[int, Any]:
        """Every shop's own value for `key`, by shop id."""
        rows = self.session.execute(select(m.ShopSetting.shop_id, m.ShopSetting.value)
                                    .where(m.ShopSetting.key == key))
        return {shop_id: json.loads(raw) for shop_id, raw in rows}

    def set_shop_value(self, shop_id: int, key: str, value: Any, actor: str,
                       at: datetime) -> None:
        row = self.session.get(m.ShopSetting, (shop_id, key))
        text = json.dumps(value, ensure_ascii=False, sort_keys=True)
        if row is None:
            self.session.add(m.ShopSetting(shop_id=shop_id, key=key, value=text,
                                           updated_by=actor, updated_at=at))
        else:
            row.value, row.updated_by, row.updated_at = text, actor, at

    def shops(self) -> list[tuple[int, str, str]]:
        """(id, platform, name) of every shop."""
        return [tuple(r) for r in self.session.execute(  # type: ignore[misc]
            select(m.Shop.id, m.Shop.platform, m.Shop.name).order_by(m.Shop.id))]

    # Saved views -------------------------------------------------------------------
    def saved_views(self, owner: str) -> list[tuple[int, str, dict[str, Any]]]:
        rows = self.session.execute(
            select(m.SavedView.id, m.SavedView.name, m.SavedView.query)
            .where(m.SavedView.owner == owner).order_by(m.SavedView.name))
        return [(id_, name, json.loads(query)) for id_, name, query in rows]

    def save_view(self, owner: str, name: str, query: dict[str, Any], at: datetime) -> int:
        row = m.SavedView(owner=owner, name=name, created_at=at,
                          query=json.dumps(query, ensure_ascii=False, sort_keys=True))
        self.session.add(row)
        self.session.flush()
        return row.id

    def rename_view(self, owner: str, view_id: int, name: str) -> bool:
        row = self.session.get(m.SavedView, view_id)
        if row is None or row.owner != owner:
            return False
        row.name = name
        return True

    def delete_view(self, owner: str, view_id: int) -> bool:
        done = self.session.execute(delete(m.SavedView).where(
            m.SavedView.id == view_id, m.SavedView.owner == owner))
        return bool(getattr(done, "rowcount", 0))

    def view_named(self, owner: str, name: str) -> int | None:
        return self.session.scalar(select(m.SavedView.id).where(
            m.SavedView.owner == owner, m.SavedView.name == name))

    # Acknowledged alerts -----------------------------------------------------------
    def acknowledge(self, kind: str, shop_id: int | None, actor: str, at: datetime,
                    detail: dict[str, Any]) -> None:
        self.session.add(m.Acknowledgement(kind=kind, shop_id=shop_id, actor=actor, at=at,
                                           detail=json.dumps(detail, ensure_ascii=False)))

    def acknowledgements(self, kind: str) -> list[tuple[int | None, str, datetime, dict[str, Any]]]:
        rows = self.session.execute(
            select(m.Acknowledgement.shop_id, m.Acknowledgement.actor, m.Acknowledgement.at,
                   m.Acknowledgement.detail)
            .where(m.Acknowledgement.kind == kind).order_by(m.Acknowledgement.id))
        return [(s, a, at, json.loads(d)) for s, a, at, d in rows]
