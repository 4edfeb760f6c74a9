"""The summary page from case data: decisions and payments read from the events however
a feature names them, and nothing typed becomes markup."""

from __future__ import annotations

from app.io.bundle_summary import summary_html

DETAIL = {
    "id": 7, "case_no": "KS-<b>1</b>", "platform": "kuaishou", "shop": "小店 & 仓", "kind": "refund_only",
    "reason": "quality_problem", "reason_text": "<img src=x onerror=alert(1)>", "status": "resolved",
    "platform_status": "退款成功", "amount": "49.50", "created_at": "2026-11-20T01:00:00+00:00",
    "deadline": None, "order": None,
    "history": [
        {"at": "2026-11-20T01:00:00+00:00", "actor": "platform", "action": "created",
         "changes": {"status": "new", "amount_fen": 4950}},
        {"at": "2026-11-20T02:00:00+00:00", "actor": "lina", "action": "note",
         "changes": {"note": "call back <tomorrow>"}},
        {"at": "2026-11-20T03:00:00+00:00", "actor": "lina", "action": "status",
         "changes": {"status": ["new", "resolved"]}},
        {"at": "2026-11-20T04:00:00+00:00", "actor": "finance", "action": "payment",
         "changes": {"paid_fen": 4950, "channel": "原路退回"}},
    ],
}


def section(page: str, title: str) -> str:
    start = page.index(f"<h2>{title}")
    end = page.find("<h2>", start + 1)
    return page[start:end if end != -1 else None]


def test_decisions_and_payments_are_read_from_the_events() -> None:
    page = summary_html(DETAIL, [], lang="en", made_at="2026-11-21T00:00:00+00:00",
                        made_by="lina")
    decisions = section(page, "Decisions and payments")
    assert "Status: New → Resolved" in decisions
    assert "payment" in decisions and "¥49.50" in decisions  # an action no table names yet
    assert "call back" not in decisions and "Created" not in decisions
    timeline = section(page, "Timeline")
    assert timeline.count("<tr><td>") == 4 and "call back &lt;tomorrow&gt;" in timeline
    assert "No order is linked to this case." in page
    assert "No evidence is attached to this case." in page


def test_nothing_from_the_store_becomes_markup() -> None:
    page = summary_html(DETAIL, [], lang="zh_CN", made_at="2026-11-21T00:00:00+00:00",
                        made_by="<i>me</i>")
    for raw in ("<b>1</b>", "<img", "<tomorrow>", "<i>me</i>", "小店 & 仓"):
        assert raw not in page
    assert "KS-&lt;b&gt;1&lt;/b&gt;" in page and "小店 &amp; 仓" in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page
    assert "快手" in page and "已解决" in page
