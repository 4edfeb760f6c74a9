"""Importing into a real SQLite store: counts, idempotency, updates, batches, reports."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pytest
from io_helpers import DOUYIN_HEADER, douyin_row, write_csv
from sqlalchemy import func, select, text

from app.io.errors import ImportFileError, UnknownHeaders
from app.services import imports
from app.services.imports import ImportCancelled, import_file, preview_file, save_profile
from app.services.verify import verify
from app.store import search
from app.store.models import (
    Buyer,
    Case,
    CaseEvent,
    CaseSearch,
    ImportBatch,
    Order,
    OrderItem,
    Shipment,
    Shop,
    User,
)
from tests.conftest import FIXTURES

EXPECTED = json.loads((FIXTURES / "expected.json").read_text("utf-8"))
IMPORTABLE = sorted(k for k, v in EXPECTED.items() if "cases" in v or "orders" in v)


def count(store: Any, model: type) -> int:
    with store.unit_of_work() as uow:
        return int(uow.session.scalar(select(func.count()).select_from(model)) or 0)


def snapshot(store: Any) -> dict[str, Any]:
    """Everything an import decides, without the times it ran at."""
    with store.unit_of_work() as uow:
        s = uow.session
        cases = sorted(s.execute(
            select(Shop.platform, Shop.name, Case.case_no, Case.kind, Case.reason,
                   Case.reason_text, Case.status, Case.platform_status, Case.amount_fen,
                   Case.quality_refund, Case.second_refund, Case.fast_refund, Case.deadline_at,
                   Case.created_at, Case.history_len, Order.platform_order_no)
            .join(Shop, Shop.id == Case.shop_id).join(Order, Order.id == Case.order_id)
        ).all())
        orders = sorted(s.execute(
            select(Order.platform_order_no, Order.total_fen, Order.paid_at, Order.status,
                   func.count(OrderItem.id))
            .outerjoin(OrderItem, OrderItem.order_id == Order.id).group_by(Order.id)
        ).all())
        events = sorted(s.execute(select(CaseEvent.action, CaseEvent.seq)).all())
        return {"cases": cases, "orders": orders, "events": events,
                "shipments": count(store, Shipment), "buyers": count(store, Buyer),
                "search": count(store, CaseSearch), "shops": count(store, Shop)}


def expected_count(name: str) -> int:
    e = EXPECTED[name]
    return int(e.get("cases", e.get("orders", 0)))


@pytest.mark.parametrize("name", IMPORTABLE)
def test_every_fixture_imports_with_the_expected_counts(store, name: str, tmp_path: Path) -> None:
    e = EXPECTED[name]
    report = tmp_path / "report.csv"
    first = import_file(store, FIXTURES / name, "tester", report=report)
    assert first.platform == e["platform"]
    assert first.list_kind == e["kind"]
    assert (first.inserted, first.rejected) == (expected_count(name), e["rejected"])
    assert count(store, Case if e["kind"] == "aftersales" else Order) == expected_count(name)
    if e["rejected"]:
        assert first.report == report
        with report.open(encoding="utf-8-sig", newline="") as fh:
            rows = list(csv.reader(fh))
        reasons = {r[0]: r[1] for r in rows[1:]}
        assert set(reasons) == set(e["rejected_rows"])
        for line, why in e["rejected_rows"].items():
            key = why.split(" (")[0] if "scientific" not in why else "scientific notation"
            assert key.split()[0] in reasons[line]
        assert rows[0][:2] == ["行号 line", "原因 reason"] and len(rows[1]) == 2 + len(rows[0]) - 2
    else:
        assert first.report is None and not report.exists()

    if e["rejected"]:
        # The report of the first run is not written over unless asked.
        with pytest.raises(ValueError, match="already exists"):
            import_file(store, FIXTURES / name, "tester", report=report)
    again = import_file(store, FIXTURES / name, "tester", report=report, overwrite=True)
    assert (again.inserted, again.updated, again.unchanged) == (0, 0, expected_count(name))
    assert verify(store).ok


def test_all_fixtures_together_keep_every_history_valid(store) -> None:
    for name in IMPORTABLE:
        import_file(store, FIXTURES / name, "tester")
    report = verify(store)
    assert report.ok and report.cases_checked == 50
    with store.unit_of_work() as uow:
        events = uow.session.execute(select(CaseEvent.actor, CaseEvent.action)).all()
        assert {tuple(e) for e in events} == {("tester", "created")}
        assert uow.session.scalar(select(func.count()).select_from(ImportBatch)) == 4
        assert uow.session.scalar(select(User.id).where(User.name == "tester")) is not None


@pytest.mark.parametrize("name", ["unreadable.xlsx", "unknown_headers.csv"])
def test_unreadable_files_write_nothing(store, name: str) -> None:
    with pytest.raises(ImportFileError) as err:
        import_file(store, FIXTURES / name, "tester")
    if name == "unknown_headers.csv":
        assert isinstance(err.value, UnknownHeaders)
        assert "编号, 金额, 备注" in str(err.value)
    for model in (Case, Order, Shop, ImportBatch, User, CaseEvent):
        assert count(store, model) == 0
    assert not (store.location.data_dir / "import-reports").exists()


def test_pinduoduo_maps_kinds_reasons_flags(store) -> None:
    import_file(store, FIXTURES / "pinduoduo_aftersales.csv", "tester")
    with store.unit_of_work() as uow:
        rows = {c.case_no: c for c in uow.session.scalars(select(Case))}
        shops = uow.session.execute(select(Shop.platform, Shop.name)).all()
        assert shops == [("pinduoduo", "拼多多家居百货店")]
        c = rows["640503187"]
        assert (c.kind, c.reason, c.fast_refund, c.platform_status) == (
            "exchange", "lost", True, "退款成功")
        q = rows["638687385"]  # 退货退款 for 商品与描述不符: a quality refund
        assert (q.kind, q.reason, q.quality_refund, q.amount_fen) == (
            "return_refund", "not_as_described", True, 23900)
        assert rows["312846930"].reason == "late_shipment" and rows["312846930"].amount_fen == 299000
        assert not rows["205489030"].quality_refund  # an exchange is not a refund
        # The platform's word sets the status: 驳回 is over, 退款成功 finished, the rest new.
        follows = {"驳回": "rejected", "退款成功": "resolved", "售后关闭": "cancelled",
                   "待买家退货": "waiting_return", "待商家收货": "inspecting"}
        assert all(c.status == follows.get(c.platform_status, "new") and c.deadline_at is not None
                   for c in rows.values())
        # No deadline column: 48 h after the application (profile default).
        assert (c.deadline_at - c.created_at).total_seconds() == 48 * 3600


def test_deadline_comes_from_the_platform_column(store) -> None:
    import_file(store, FIXTURES / "douyin_aftersales.csv", "tester")
    with store.unit_of_work() as uow:
        c = uow.session.scalar(select(Case).where(Case.case_no == "2255564822835608026"))
        assert c is not None
        # 处理截止时间 2024-09-10 08:18:00 China time = 00:18 UTC
        assert c.deadline_at.isoformat() == "2024-09-10T00:18:00"
        assert c.created_at.isoformat() == "2024-09-08T00:18:00"
        assert c.amount_fen == 0
        d = uow.session.scalar(select(Case).where(Case.case_no == "6208006999947473516"))
        assert d is not None and d.amount_fen == 29900 - 500  # goods + refunded discount


def test_newer_export_updates_platform_fields_and_keeps_local_work(store, tmp_path: Path) -> None:
    old = write_csv(tmp_path / "a.csv", [
        DOUYIN_HEADER,
        douyin_row("1001", "2001", kind="退货退款", status="待买家退货"),
        douyin_row("1002", "2002"),
    ])
    assert import_file(store, old, "alice").inserted == 2
    from app.services.case_actions import change_status

    with store.unit_of_work().for_writing() as uow:
        case = uow.session.scalar(select(Case).where(Case.case_no == "1001"))
        assert case is not None
        case_id = case.id
        user = User(name="bob", display_name="bob", role="agent", active=True,
                    created_at=case.created_at)
        uow.session.add(user)
        uow.session.flush()
        case.assignee_id, case.note, case.priority = user.id, "已联系买家", 3
        uow.commit()
    change_status(store, "bob", case_id, "in_progress")

    new = write_csv(tmp_path / "b.csv", [
        DOUYIN_HEADER,
        douyin_row("1001", "2001", kind="退货退款", status="退款成功", return_no="SF123456"),
        douyin_row("1002", "2002"),
    ])
    result = import_file(store, new, "alice")
    assert (result.inserted, result.updated, result.unchanged) == (0, 1, 1)
    with store.unit_of_work() as uow:
        case = uow.session.get(Case, case_id)
        assert case is not None
        assert case.platform_status == "退款成功"
        # The export has no update time: the file's time counts, after bob's change, so the
        # platform's word (refunded: over) closes the case; bob's note and priority stay.
        assert (case.status, case.note, case.priority) == ("resolved", "已联系买家", 3)
        assert case.assignee_id is not None
        events = uow.session.scalars(
            select(CaseEvent).where(CaseEvent.case_id == case_id).order_by(CaseEvent.seq)).all()
        assert [e.action for e in events] == ["created", "status", "platform_status"]
        changes = json.loads(events[-1].changes)
        assert changes["platform_status"] == ["待买家退货", "退款成功"]
        assert changes["return_tracking_no"] == [None, "SF123456"]
        assert events[-1].actor == "alice"
        returns = uow.session.scalars(select(Shipment.tracking_no).where(
            Shipment.kind == "return")).all()
        assert returns == ["SF123456"]
    assert verify(store).ok
    # And once more: nothing left to change.
    again = import_file(store, new, "alice")
    assert (again.inserted, again.updated, again.unchanged) == (0, 0, 2)


def test_second_refund_on_the_same_order(store, tmp_path: Path) -> None:
    first = write_csv(tmp_path / "a.csv", [
        DOUYIN_HEADER,
        douyin_row("1001", "2001", kind="仅退款"),
        douyin_row("1002", "2001", kind="换货"),  # not a refund
        douyin_row("1003", "2001", kind="退货退款"),  # the second refund
        douyin_row("1004", "2009", kind="仅退款"),
    ])
    import_file(store, first, "t")
    later = write_csv(tmp_path / "b.csv", [DOUYIN_HEADER, douyin_row("1005", "2009")])
    import_file(store, later, "t")
    with store.unit_of_work() as uow:
        flags = dict(uow.session.execute(select(Case.case_no, Case.second_refund)).all())
        orders = uow.session.scalar(select(func.count()).select_from(Order))
    assert flags == {"1001": False, "1002": False, "1003": True, "1004": False, "1005": True}
    assert orders == 2


def test_order_list_fills_in_an_order_made_from_an_after_sales_row(store, tmp_path: Path) -> None:
    orders_header = ["店铺名称", "主订单编号", "子订单编号", "选购商品", "商品规格", "商品数量",
                     "订单应付金额", "支付完成时间", "快递公司", "快递单号", "发货时间", "收件人",
                     "收件人手机号", "省", "市", "区", "详细地址"]
    after = write_csv(tmp_path / "after.csv", [DOUYIN_HEADER, douyin_row("1001", "2001")])
    import_file(store, after, "t")
    orders = write_csv(tmp_path / "orders.csv", [
        orders_header,
        ["测试旗舰店", "\t2001", "\t20011", "蓝牙耳机Pro降噪", "白色", "1", "299.00",
         "2024-09-10 10:00:00", "顺丰速运", "SF1", "2024-09-11 10:00:00", "陈*", "178****8275",
         "浙江省", "杭州市", "西湖区", "文三路***号"],
        ["测试旗舰店", "\t2002", "\t20021", "保温杯", "奶白", "2", "178.00",
         "2024-09-10 10:00:00", "", "", "", "王*", "171****9328", "浙江省", "杭州市", "西湖区",
         "文三路***号"],
    ])
    result = import_file(store, orders, "t")
    assert (result.inserted, result.updated, result.unchanged) == (1, 1, 0)
    with store.unit_of_work() as uow:
        o = uow.session.scalar(select(Order).where(Order.platform_order_no == "2001"))
        assert o is not None
        assert (o.total_fen, o.status, o.paid_at.isoformat()) == (29900, "已发货", "2024-09-10T02:00:00")
        assert [(i.platform_sub_order_no, i.product_name) for i in o.items] == [
            ("20011", "蓝牙耳机Pro降噪")]
        assert [(s.kind, s.carrier, s.tracking_no) for s in o.shipments] == [
            ("outbound", "顺丰速运", "SF1")]
        assert o.buyer is not None and o.buyer.nickname == "晴天"
        assert (o.buyer.name, o.buyer.phone) == ("陈*", "178****8275")
        case = uow.session.scalar(select(Case).where(Case.case_no == "1001"))
        assert case is not None and case.order_id == o.id
        assert uow.session.scalar(select(func.count()).select_from(Order)) == 2
        # The case's search text now carries the tracking number of the order.
        assert search.matching_ids(uow.session, "SF1") == [case.id]
    again = import_file(store, orders, "t")
    assert (again.inserted, again.updated, again.unchanged) == (0, 0, 2)


def test_shop_from_the_command_when_the_file_names_none(store, tmp_path: Path) -> None:
    header = [h for h in DOUYIN_HEADER if h != "店铺名称"]
    path = write_csv(tmp_path / "noshop.csv", [header, douyin_row("1001", "2001")[1:]])
    with pytest.raises(ImportFileError, match="--shop"):
        import_file(store, path, "t")
    assert count(store, ImportBatch) == 0
    result = import_file(store, path, "t", shop="新开小店")
    assert result.inserted == 1
    with store.unit_of_work() as uow:
        assert uow.session.execute(select(Shop.platform, Shop.name)).all() == [
            ("douyin", "新开小店")]


def test_same_case_twice_in_one_file_keeps_the_later_line(store, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "dup.csv", [
        DOUYIN_HEADER, douyin_row("1001", "2001", status="待商家处理"),
        douyin_row("1001", "2001", status="退款成功"),
    ])
    result = import_file(store, path, "t")
    assert (result.inserted, result.updated, result.superseded) == (1, 0, 1)
    with store.unit_of_work() as uow:
        assert uow.session.scalar(select(Case.platform_status)) == "退款成功"
        events = uow.session.scalar(select(func.count()).select_from(CaseEvent))
    # The same file again: the last line still wins, so nothing flips and nothing is added.
    again = import_file(store, path, "t")
    assert (again.inserted, again.updated, again.unchanged, again.superseded) == (0, 0, 1, 1)
    with store.unit_of_work() as uow:
        assert uow.session.scalar(select(Case.platform_status)) == "退款成功"
        assert uow.session.scalar(select(func.count()).select_from(CaseEvent)) == events
    assert verify(store).ok


def stored_and_rebuilt_search_text(uow):  # type: ignore[no-untyped-def]
    """The search text the imports stored, and what a full reindex would store."""
    conn = uow.session.connection()
    stored = {r[0]: (r[1], r[2]) for r in conn.execute(
        text("SELECT case_id, body, grams FROM case_search"))}
    rebuilt = {r["case_id"]: (r["body"], r["grams"])
               for r in search._build_rows(conn, sorted(stored))}
    return stored, rebuilt


def test_search_text_of_imported_cases_equals_a_full_reindex(store) -> None:
    for name in IMPORTABLE:
        import_file(store, FIXTURES / name, "t")
    with store.unit_of_work() as uow:
        stored, rebuilt = stored_and_rebuilt_search_text(uow)
        assert len(stored) == 50
        assert stored == rebuilt
        assert search.matching_ids(uow.session, "橙子妈妈")  # buyer nickname
        assert search.matching_ids(uow.session, "YT6040054726323")  # return tracking no.


def test_a_later_case_on_the_same_order_keeps_every_case_of_it_searchable(
        store, tmp_path: Path) -> None:
    """A second case on an order brings a return parcel: its tracking no. is now text of
    the order, so the first case is found by it too (as a full reindex would have it)."""
    first = write_csv(tmp_path / "a.csv", [DOUYIN_HEADER, douyin_row("1001", "2001")])
    later = write_csv(tmp_path / "b.csv", [
        DOUYIN_HEADER, douyin_row("1002", "2001", kind="退货退款", return_no="SF7788990011")])
    import_file(store, first, "t")
    import_file(store, later, "t")
    with store.unit_of_work() as uow:
        stored, rebuilt = stored_and_rebuilt_search_text(uow)
        assert stored == rebuilt
        assert len(search.matching_ids(uow.session, "SF7788990011")) == 2


def _big_file(tmp_path: Path, n: int) -> Path:
    rows = [DOUYIN_HEADER] + [
        douyin_row(str(10_000 + i), str(20_000 + i // 2),
                   kind="仅退款" if i % 3 else "换货", return_no=f"SF{i}" if i % 5 == 0 else "")
        for i in range(n)]
    rows.insert(7, douyin_row("", "1"))  # one rejected row
    return write_csv(tmp_path / "big.csv", rows)


def _batches(store) -> list[tuple[int, int, bool]]:  # type: ignore[no-untyped-def]
    with store.unit_of_work() as uow:
        return [(b.id, b.inserted, b.finished_at is not None)
                for b in uow.session.scalars(select(ImportBatch).order_by(ImportBatch.id))]


def test_a_failure_mid_batch_keeps_whole_chunks_and_a_rerun_completes(
        store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from app.services.store import open_store

    path = _big_file(tmp_path, 120)
    monkeypatch.setattr(imports, "CHUNK_ROWS", 25)
    calls = {"n": 0}
    real = imports.BatchWriter.write

    def failing(self, rows, kind):  # type: ignore[no-untyped-def]
        calls["n"] += 1
        if calls["n"] == 3:
            raise OSError("disk I/O error (injected)")
        return real(self, rows, kind)

    monkeypatch.setattr(imports.BatchWriter, "write", failing)
    with pytest.raises(OSError, match="injected"):
        import_file(store, path, "t", report=tmp_path / "r.csv")
    assert calls["n"] == 3
    # Two chunks committed, each whole with its history; the third left nothing.
    assert count(store, Case) == 50 and count(store, CaseSearch) == 50
    assert _batches(store) == [(1, 50, False)]  # on record, incomplete
    assert not (tmp_path / "r.csv").exists()
    assert not list(tmp_path.glob(".r.csv*"))
    assert verify(store).ok

    monkeypatch.setattr(imports.BatchWriter, "write", real)
    rerun = import_file(store, path, "t", report=tmp_path / "r.csv")
    # The batch is resumed: its counts are the whole file's, its report every rejected row.
    assert (rerun.inserted, rerun.updated, rerun.unchanged, rerun.rejected) == (120, 0, 0, 1)
    assert rerun.resumed and rerun.batch_id == 1
    assert _batches(store) == [(1, 120, True)]
    assert (tmp_path / "r.csv").is_file()
    clean = open_store(tmp_path / "clean")
    try:
        import_file(clean, path, "t")
        assert snapshot(store) == snapshot(clean)
    finally:
        clean.close()
    assert verify(store).ok
    again = import_file(store, path, "t")  # complete now: a new batch, nothing to change
    assert (again.inserted, again.unchanged, again.resumed) == (0, 120, False)


def test_a_cancel_keeps_the_chunks_written_and_the_batch_incomplete(
        store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _big_file(tmp_path, 60)
    monkeypatch.setattr(imports, "CHUNK_ROWS", 20)
    seen: list[tuple[int, float]] = []
    with pytest.raises(ImportCancelled):
        import_file(store, path, "t", progress=lambda n, f: seen.append((n, f)),
                    cancel=lambda: len(seen) >= 1)
    assert seen and 0 < seen[0][1] <= 1
    # The cancel is seen after the second chunk: both are in, whole, the rest is not.
    assert count(store, Case) == 40 and _batches(store) == [(1, 40, False)]
    assert verify(store).ok
    done = import_file(store, path, "t")
    assert (done.inserted, done.resumed) == (60, True) and _batches(store) == [(1, 60, True)]


def test_batches_are_recorded(store, tmp_path: Path) -> None:
    result = import_file(store, FIXTURES / "pinduoduo_aftersales.csv", "tester")
    with store.unit_of_work() as uow:
        batch = uow.session.get(ImportBatch, result.batch_id)
        assert batch is not None
        assert (batch.inserted, batch.rejected, batch.profile, batch.actor) == (
            15, 3, "pinduoduo_aftersales", "tester")
        assert batch.finished_at is not None and len(batch.file_sha256) == 64
        assert batch.report_path == str(result.report)
    # Without --report the report goes under the data folder.
    assert result.report is not None
    assert result.report.parent == store.location.data_dir / "import-reports"
    assert result.report.name.startswith("pinduoduo_aftersales-")


def test_a_saved_mapping_is_used_next_time(store, tmp_path: Path) -> None:
    header = ["网店", "退款编号", "订单", "类型", "金额", "时间", "状态"]
    path = write_csv(tmp_path / "custom.csv", [
        header, ["自建小店", "A1", "O1", "仅退款", "￥12.50", "2024/9/5 8:07", "待处理"]])
    pv = preview_file(store, path)
    assert not pv.known and pv.headers == header and pv.raw_rows[0][1] == "A1"
    with pytest.raises(UnknownHeaders):
        import_file(store, path, "t")
    with pytest.raises(ValueError, match="order_no"):
        save_profile(store, "t", "自建", "taobao", "aftersales", {"case_no": "退款编号"})
    save_profile(store, "t", "自建店铺售后", "taobao", "aftersales",
                 {"shop": "网店", "case_no": "退款编号", "order_no": "订单", "case_type": "类型",
                  "amount": "金额", "applied_at": "时间", "platform_status": "状态"})
    with pytest.raises(imports.ProfileExists):
        save_profile(store, "t", "自建店铺售后", "taobao", "aftersales",
                     {"case_no": "退款编号", "order_no": "订单", "case_type": "类型"})
    pv = preview_file(store, path)
    assert pv.known and pv.profile == "自建店铺售后" and pv.platform == "taobao"
    result = import_file(store, path, "t")
    assert (result.inserted, result.profile) == (1, "自建店铺售后")
    with store.unit_of_work() as uow:
        c = uow.session.scalar(select(Case))
        assert c is not None and (c.amount_fen, c.kind) == (1250, "refund_only")
    names = [p.name for p in imports.list_profiles(store)]
    assert "自建店铺售后" in names and "douyin_aftersales" in names


def test_preview_shows_parsed_rows_and_rejections(store) -> None:
    pv = preview_file(store, FIXTURES / "pinduoduo_aftersales.csv", rows=8)
    assert pv.known and pv.profile == "pinduoduo_aftersales" and pv.encoding == "gb18030"
    assert pv.columns[:3] == ["shop", "case_no", "order_no"]
    assert pv.rows[0][:3] == ["拼多多家居百货店", "205489030", "240922-148647442603137"]
    assert pv.rejected and pv.rejected[0][0] == 6
    assert len(pv.rows) + len(pv.rejected) == 8
    assert count(store, Case) == 0


def test_pinduoduo_order_list_in_gbk_with_quoted_ids_and_two_lines_per_order(
        store, tmp_path: Path) -> None:
    header = ["店铺名称", "订单号", "商品", "商品规格", "商品数量(件)", "用户实付金额(元)",
              "订单成交时间", "订单状态", "快递公司", "快递单号", "收货人", "手机"]
    path = write_csv(tmp_path / "pdd_orders.csv", [
        header,
        ["拼多多家居百货店", "'240922-148647442603137", "纯棉床上四件套1.8m", "灰色", "1", "￥199.00",
         "2024/9/7 20:13", "已发货，待签收", "极兔速递", "'JT8292140363056", "陈*", "178****8275"],
        ["拼多多家居百货店", "'240922-148647442603137", "枕套", "灰色", "2", "￥199.00",
         "2024/9/7 20:13", "已发货，待签收", "极兔速递", "'JT8292140363056", "陈*", "178****8275"],
        ["拼多多家居百货店", "'240930-217060261201680", "男士透气运动鞋", "42码", "１", "￥２３９.００",
         "2024/9/7 9:55", "待发货", "", "", "张*", "176****7899"],
    ], encoding="gbk")
    result = import_file(store, path, "t")
    assert (result.profile, result.inserted, result.rejected) == ("pinduoduo_orders", 2, 0)
    with store.unit_of_work() as uow:
        o = uow.session.scalar(select(Order).where(
            Order.platform_order_no == "240922-148647442603137"))
        assert o is not None and o.total_fen == 19900 and o.status == "已发货，待签收"
        assert [(i.product_name, i.quantity) for i in o.items] == [
            ("纯棉床上四件套1.8m", 1), ("枕套", 2)]
        assert [s.tracking_no for s in o.shipments] == ["JT8292140363056"]
        assert o.shop.platform == "pinduoduo"
    again = import_file(store, path, "t")
    assert (again.inserted, again.updated) == (0, 0)


def test_export_service_progress_and_cancel(store, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    from app.domain.filters import CaseFilter
    from app.services import exports

    import_file(store, FIXTURES / "douyin_aftersales.csv", "t")
    monkeypatch.setattr(exports, "STREAM", 5)
    seen: list[tuple[int, float]] = []
    out = tmp_path / "c.csv"
    result = exports.export_cases(store, CaseFilter(), out, progress=lambda n, f: seen.append((n, f)))
    assert result.rows == 20 and seen == [(5, 0.25), (10, 0.5), (15, 0.75), (20, 1.0)]
    with pytest.raises(exports.ExportCancelled):
        exports.export_cases(store, CaseFilter(), tmp_path / "d.xlsx", cancel=lambda: True)
    assert not (tmp_path / "d.xlsx").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c.csv", "data"]


def test_updates_and_new_cases_mixed_over_many_chunks(store, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(imports, "CHUNK_ROWS", 10)
    first = write_csv(tmp_path / "a.csv", [DOUYIN_HEADER] + [
        douyin_row(str(1000 + i), str(5000 + i)) for i in range(0, 60, 2)])
    assert import_file(store, first, "t").inserted == 30
    # The newer export: every old case changed its platform status, new cases between.
    second = write_csv(tmp_path / "b.csv", [DOUYIN_HEADER] + [
        douyin_row(str(1000 + i), str(5000 + i), status="退款成功") for i in range(60)])
    result = import_file(store, second, "t")
    assert (result.inserted, result.updated, result.unchanged) == (30, 30, 0)
    assert count(store, CaseEvent) == 90
    assert verify(store).ok
