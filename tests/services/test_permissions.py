"""Roles through the services with the window bypassed: lina (an agent) cannot approve
or deny a payment, pay above her threshold unapproved, reveal a buyer's phone, edit a
template, a macro or a shop's rules, or export buyer data; each is refused with
NotPermitted and writes nothing (rows and events counted before and after). zhaoli (a
supervisor) can, and the history records who did it."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from app.domain.enums import Role
from app.domain.filters import CaseFilter
from app.domain.permissions import NotPermitted, Permission
from app.services import access, reveal
from app.services import macros as macro_svc
from app.services import payments as pay
from app.services import templates as tpl
from app.services.exports import export_cases
from app.services.rules import rulebook, set_shop_rules
from app.services.verify import verify
from app.store.models import (
    Buyer,
    Case,
    CaseEvent,
    Macro,
    Payment,
    ReplyTemplate,
    Shop,
    ShopSetting,
)
from tests.conftest import FIXED_NOW
from tests.payment_helpers import fresh_day, paid_cases
from tests.roles import add_user

AGENT, BOSS = "lina", "zhaoli"


def _count(store: Any, model: Any) -> int:
    with store.unit_of_work() as uow:
        return int(uow.session.scalar(select(func.count()).select_from(model)) or 0)


def _written(store: Any) -> tuple[int, ...]:
    """(events, payments, templates, macros, shop settings): what a refused call must
    leave as it was."""
    return tuple(_count(store, m) for m in (CaseEvent, Payment, ReplyTemplate, Macro,
                                            ShopSetting))


def _history(store: Any, case_id: int) -> list[tuple[str, str, dict[str, Any]]]:
    with store.unit_of_work() as uow:
        case = uow.cases.get(case_id)
    return [(h.action, h.actor, dict(h.changes)) for h in case.history]


def _status(store: Any, payment_id: int) -> str:
    return next(p["status"] for p in pay.list_payments(store) if p["id"] == payment_id)


@pytest.fixture
def waiting(demo_store: Any) -> tuple[int, dict[str, Any], Any]:
    """A payment lina asked for above her threshold (it waits for a supervisor)."""
    (case_id,) = paid_cases(demo_store, 1)
    now = fresh_day(demo_store, case_id)
    asked = pay.compensate(demo_store, AGENT, case_id, 8000, "goodwill", now=now)
    assert asked["status"] == "pending" and asked["needs_approval"]
    return case_id, asked, now


def test_the_roles_of_the_demo_are_what_the_one_table_says(demo_store: Any) -> None:
    assert access.role(demo_store, AGENT) == "agent"
    assert not any(access.may(demo_store, AGENT, p) for p in Permission)
    assert all(access.may(demo_store, BOSS, p) for p in Permission
               if p != Permission.MANAGE_USERS)
    assert access.may(demo_store, "admin", Permission.MANAGE_USERS)
    assert access.role(demo_store, "nobody") is None


def test_an_agent_cannot_approve_or_deny_and_nothing_is_written(demo_store: Any,
                                                                 waiting: Any) -> None:
    case_id, asked, now = waiting
    before, history = _written(demo_store), _history(demo_store, case_id)
    with pytest.raises(NotPermitted) as refused:
        pay.approve(demo_store, AGENT, asked["id"], now=now)
    assert (refused.value.code, refused.value.permission) == (
        "not_permitted", Permission.APPROVE_PAYMENTS)
    with pytest.raises(NotPermitted):
        pay.deny(demo_store, AGENT, asked["id"], "不批", now=now)
    assert _written(demo_store) == before and _history(demo_store, case_id) == history
    assert _status(demo_store, asked["id"]) == "pending"


def test_a_supervisor_approves_and_denies_and_it_is_recorded(demo_store: Any,
                                                             waiting: Any) -> None:
    case_id, asked, now = waiting
    done = pay.approve(demo_store, BOSS, asked["id"], "老客户", now=now)
    assert done["decided_by"] == BOSS and _status(demo_store, asked["id"]) != "pending"
    action, actor, _changes = _history(demo_store, case_id)[-1]
    assert (action, actor) == ("payment_approved", BOSS)

    (other,) = paid_cases(demo_store, 1, shop_id=asked["shop_id"])
    second = pay.compensate(demo_store, AGENT, other, 9000, "goodwill", now=now)
    pay.deny(demo_store, BOSS, second["id"], "金额过高", now=now)
    assert _history(demo_store, other)[-1][:2] == ("payment_denied", BOSS)
    assert _status(demo_store, second["id"]) == "denied"


def test_above_the_threshold_only_a_supervisor_pays_without_approval(demo_store: Any) -> None:
    first, second = paid_cases(demo_store, 2)
    now = fresh_day(demo_store, first)
    by_agent = pay.compensate(demo_store, AGENT, first, 6000, "goodwill", now=now)
    by_boss = pay.compensate(demo_store, BOSS, second, 6000, "goodwill", now=now)
    assert (by_agent["status"], by_agent["needs_approval"]) == ("pending", True)
    assert by_boss["needs_approval"] is False and by_boss["status"] != "pending"
    assert _history(demo_store, second)[-1][:2] == ("payment_requested", BOSS)


def test_a_disabled_supervisor_has_no_rights_left(demo_store: Any, waiting: Any) -> None:
    _case_id, asked, now = waiting
    with demo_store.unit_of_work().for_writing() as uow:
        from app.store.models import User

        uow.session.query(User).filter(User.name == BOSS).update({"active": False})
        uow.commit()
    with pytest.raises(NotPermitted):
        pay.approve(demo_store, BOSS, asked["id"], now=now)
    with pytest.raises(NotPermitted):
        reveal.reveal(demo_store, asked["case_id"], "phone", BOSS)
    assert _status(demo_store, asked["id"]) == "pending"


def _case_with_buyer(store: Any) -> int:
    from app.services.cases import case_detail, list_cases

    for row in list_cases(store, CaseFilter(), limit=100):
        buyer = (case_detail(store, row.id).get("order") or {}).get("buyer") or {}
        if buyer.get("phone") and buyer.get("address") and buyer.get("name"):
            return int(row.id)
    raise AssertionError("no case with a buyer's phone, address and name")


def test_an_agent_cannot_reveal_and_nothing_is_recorded(demo_store: Any) -> None:
    case_id = _case_with_buyer(demo_store)
    before, history = _written(demo_store), _history(demo_store, case_id)
    for field in ("phone", "address", "name"):
        with pytest.raises(NotPermitted) as refused:
            reveal.reveal(demo_store, case_id, field, AGENT)
        assert refused.value.permission == Permission.REVEAL_BUYER
    assert _written(demo_store) == before and _history(demo_store, case_id) == history


def test_a_supervisor_reveals_and_the_history_names_the_field_never_the_value(
        demo_store: Any) -> None:
    from app.services.cases import case_detail

    case_id = _case_with_buyer(demo_store)
    shown = case_detail(demo_store, case_id)["order"]["buyer"]
    before = _count(demo_store, CaseEvent)
    detail_before = case_detail(demo_store, case_id)
    phone = reveal.reveal(demo_store, case_id, "phone", BOSS, now=FIXED_NOW)
    address = reveal.reveal(demo_store, str(detail_before["case_no"]), "address", BOSS)
    name = reveal.reveal(demo_store, case_id, "name", "admin")
    assert "*" not in phone + address + name
    assert phone[:3] == shown["phone"][:3] and phone[-4:] == shown["phone"][-4:]
    assert address.startswith(shown["address"].rstrip("*")) and len(address) > len(
        shown["address"].rstrip("*"))
    assert _count(demo_store, CaseEvent) == before + 3
    last = _history(demo_store, case_id)[-3:]
    assert last == [("reveal", BOSS, {"field": "phone"}), ("reveal", BOSS, {"field": "address"}),
                    ("reveal", "admin", {"field": "name"})]
    with demo_store.unit_of_work() as uow:
        stored = uow.session.scalars(select(CaseEvent).where(CaseEvent.case_id == case_id)
                                     .order_by(CaseEvent.seq.desc()).limit(3)).all()
        raw = " ".join(str(e.changes) for e in stored)
    assert phone not in raw and address not in raw and name not in raw
    # a look changes nothing on the case: its status and times are as they were
    after = case_detail(demo_store, case_id)
    assert {k: after[k] for k in ("status", "updated_at", "deadline", "assignee")} == {
        k: detail_before[k] for k in ("status", "updated_at", "deadline", "assignee")}
    assert verify(demo_store).ok  # the chain holds with the reveals in it


def test_revealing_what_is_not_there_is_refused_and_not_recorded(demo_store: Any) -> None:
    from app.domain.errors import DomainError

    case_id = _case_with_buyer(demo_store)
    before = _count(demo_store, CaseEvent)
    with pytest.raises(DomainError):
        reveal.reveal(demo_store, case_id, "password", BOSS)
    with demo_store.unit_of_work().for_writing() as uow:
        uow.session.execute(Buyer.__table__.update().values(phone=None))
        uow.commit()
    with pytest.raises(reveal.NothingToReveal):
        reveal.reveal(demo_store, case_id, "phone", BOSS)
    assert _count(demo_store, CaseEvent) == before


def test_an_agent_cannot_edit_the_library_and_nothing_is_written(demo_store: Any) -> None:
    shipped = tpl.shipped()["greet_ack"]
    spec = {**shipped.to_spec(), "body": {"zh_CN": "亲，在的～", "en": "Hi"}}
    macro = {"key": "photos_fast", "title": {"zh_CN": "快速补图"},
             "template": "ask_damage_photos", "actions": [{"do": "status", "to": "waiting_buyer"}]}
    shop_id = paid_cases(demo_store, 1)
    with demo_store.unit_of_work() as uow:
        rules_before = uow.settings.shop_values("rules")
    before = _written(demo_store)
    for attempt in (lambda: tpl.save_template(demo_store, AGENT, spec),
                    lambda: tpl.delete_template(demo_store, AGENT, "greet_ack"),
                    lambda: tpl.unhide_template(demo_store, AGENT, "greet_ack"),
                    lambda: macro_svc.save_macro(demo_store, AGENT, macro),
                    lambda: macro_svc.delete_macro(demo_store, AGENT, "agree_return")):
        with pytest.raises(NotPermitted) as refused:
            attempt()
        assert refused.value.permission == Permission.EDIT_LIBRARY
    with demo_store.unit_of_work().for_writing() as uow, pytest.raises(NotPermitted):
        set_shop_rules(uow, shop_id[0], {"response_hours": {"refund_only": 6}}, AGENT,
                       FIXED_NOW)
    assert _written(demo_store) == before
    assert tpl.get_template(demo_store, "greet_ack") == shipped
    with demo_store.unit_of_work() as uow:
        assert uow.settings.shop_values("rules") == rules_before


def test_a_supervisor_edits_the_library_and_the_edit_names_them(demo_store: Any) -> None:
    shipped = tpl.shipped()["greet_ack"]
    tpl.save_template(demo_store, BOSS, {**shipped.to_spec(),
                                         "body": {"zh_CN": "亲，在的～", "en": "Hi"}})
    assert tpl.get_template(demo_store, "greet_ack").body["en"] == "Hi"
    with demo_store.unit_of_work() as uow:
        edited_by = uow.session.scalar(select(ReplyTemplate.updated_by)
                                       .where(ReplyTemplate.key == "greet_ack"))
    assert edited_by == BOSS
    assert macro_svc.delete_macro(demo_store, "admin", "agree_return") == "hidden"
    (case_id,) = paid_cases(demo_store, 1)
    with demo_store.unit_of_work() as uow:
        shop_id, platform = uow.session.execute(
            select(Case.shop_id, Shop.platform).join(Shop, Shop.id == Case.shop_id)
            .where(Case.id == case_id)).one()
    with demo_store.unit_of_work().for_writing() as uow:
        set_shop_rules(uow, shop_id, {"response_hours": {"refund_only": 6}}, BOSS, FIXED_NOW)
        uow.commit()
    with demo_store.unit_of_work() as uow:
        assert rulebook(uow, platform).for_shop(shop_id) != rulebook(uow, platform).base


def _rows(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(path.read_text("utf-8-sig").splitlines()))


def test_an_agent_cannot_export_buyer_data_and_no_file_is_written(demo_store: Any,
                                                                  tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(NotPermitted) as refused:
        export_cases(demo_store, CaseFilter(), folder / "whole.csv", lang="en", actor=AGENT,
                     buyer_data=True)
    assert refused.value.permission == Permission.EXPORT_BUYER_DATA
    assert list(folder.iterdir()) == []
    # what an agent exports holds no buyer's data: the nickname masked, no phone
    masked = export_cases(demo_store, CaseFilter(), tmp_path / "plain.csv", lang="en",
                          limit=30, actor=AGENT)
    rows = _rows(masked.path)
    assert "Buyer's phone" not in rows[0] and all(
        "*" in r["Buyer"] or len(r["Buyer"]) <= 1 for r in rows if r["Buyer"])


def test_a_supervisor_exports_buyer_data_whole(demo_store: Any, tmp_path: Path) -> None:
    from app.services.cases import case_detail

    case_id = _case_with_buyer(demo_store)
    detail = case_detail(demo_store, case_id)
    whole = reveal.reveal(demo_store, case_id, "phone", BOSS)
    done = export_cases(demo_store, CaseFilter(), tmp_path / "whole.csv", lang="en",
                        actor=BOSS, buyer_data=True)
    row = next(r for r in _rows(done.path) if r["Case no."] == detail["case_no"])
    assert row["Buyer's phone"] == whole
    assert row["Buyer"] == detail["order"]["buyer"]["nickname"]
    assert "*" not in row["Buyer's address"]


def test_an_unknown_user_is_refused_too(store: Any) -> None:
    with pytest.raises(NotPermitted) as refused:
        tpl.save_template(store, "stranger", tpl.shipped()["greet_ack"].to_spec())
    assert refused.value.role is None
    add_user(store, "boss", Role.SUPERVISOR)
    assert tpl.save_template(store, "boss", tpl.shipped()["greet_ack"].to_spec())


def test_a_reveal_does_not_make_an_agents_open_case_stale(demo_store: Any) -> None:
    from app.domain.errors import StaleCase
    from app.services.case_actions import perform
    from app.services.cases import case_detail

    case_id = _case_with_buyer(demo_store)
    seen = case_detail(demo_store, case_id)["version"]  # lina opened the case
    reveal.reveal(demo_store, case_id, "phone", BOSS)
    done = perform(demo_store, AGENT, case_id, [{"do": "note", "text": "已联系"}], version=seen)
    assert done.version == seen + 2
    reveal.reveal(demo_store, case_id, "address", BOSS)
    with pytest.raises(StaleCase) as stale:  # a real change since, then a look: still stale
        perform(demo_store, AGENT, case_id, [{"do": "tag", "tag": "急"}], version=seen)
    assert stale.value.by == AGENT
    assert verify(demo_store).ok
