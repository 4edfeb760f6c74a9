"""The appeal bundle's money: the case's compensation payments, its coupons and what it
has cost, in the reviewer's language (the decisions themselves are in the summary's
decisions table, read from the history)."""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from typing import Any

from app.domain.payments import REASON_TEXT, PaymentReason
from app.domain.playbooks import Text
from app.io.bundle_words import when, yuan

W: dict[str, Text] = {
    "payments": Text("小额打款", "Compensation payments"),
    "no_payments": Text("此售后单没有打款。", "No compensation was paid on this case."),
    "coupons": Text("优惠券", "Coupons"),
    "no_coupons": Text("此售后单没有发放优惠券。", "No coupon was given on this case."),
    "cost": Text("售后成本", "What the case cost"),
    "requested": Text("申请人与时间", "Asked by, at"),
    "amount": Text("金额", "Amount"),
    "reason": Text("原因", "Reason"),
    "status": Text("状态", "Status"),
    "decided": Text("审批", "Decided by"),
    "reference": Text("平台流水号", "Reference no."),
    "coupon": Text("优惠券", "Coupon"),
    "value": Text("面额", "Value"),
    "min_spend": Text("使用门槛", "Minimum spend"),
    "valid_until": Text("有效期至", "Valid until"),
    "issued": Text("发放人与时间", "Given by, at"),
    "explicit": Text("显性损失（退款金额）", "Explicit loss (refunded)"),
    "hidden": Text("隐性损失", "Hidden loss"),
    "total": Text("合计", "Total"),
    "refunded": Text("退款", "Refunded"),
    "marketing": Text("营销成本", "Marketing cost"),
    "logistics": Text("退换货物流", "Return and exchange logistics"),
    "processing": Text("处理成本", "Processing cost"),
    "goods_loss": Text("货损", "Goods loss"),
    "compensation": Text("打款补偿", "Compensation"),
    "pending": Text("待主管审批", "Waiting for a supervisor"),
    "approved": Text("已批准，待打款", "Approved, to be paid"),
    "paid": Text("已打款", "Paid"),
    "denied": Text("已拒绝", "Denied"),
    "failed": Text("打款失败", "Failed"),
}


def _w(key: str, lang: str) -> str:
    return W[key].in_(lang)


def _esc(value: object) -> str:
    return html.escape("—" if value is None or value == "" else str(value), quote=True)


def _table(heads: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    head = "".join(f"<th>{_esc(h)}</th>" for h in heads)
    body = "".join("<tr>" + "".join(f"<td>{_esc(c)}</td>" for c in row) + "</tr>"
                   for row in rows)
    return f"<table><tr>{head}</tr>{body}</table>"


def _reason(code: object, lang: str) -> str:
    try:
        zh, en = REASON_TEXT[PaymentReason(str(code))]
    except ValueError:
        return str(code)
    return zh if lang.startswith("zh") else en


def money_sections(spend: Mapping[str, Any] | None, lang: str) -> list[str]:
    """The payments, coupons and cost sections of `spend` (app.services.case_spend)."""
    if not spend:
        return []
    out = [f"<h2>{_esc(_w('payments', lang))}</h2>"]
    payments = spend.get("payments") or []
    if payments:
        out.append(_table(
            [_w(k, lang) for k in ("requested", "amount", "reason", "status", "decided",
                                   "reference")],
            [[f"{p.get('requested_by')}, {when(p.get('requested_at'))}", yuan(p.get("amount")),
              _reason(p.get("reason"), lang),
              _w(p["status"], lang) if p.get("status") in W else p.get("status"),
              p.get("decided_by") or "—", p.get("reference") or "—"]
             for p in reversed(payments)]))
    else:
        out.append(f"<p>{_esc(_w('no_payments', lang))}</p>")
    out.append(f"<h2>{_esc(_w('coupons', lang))}</h2>")
    coupons = spend.get("coupons") or []
    if coupons:
        out.append(_table(
            [_w(k, lang) for k in ("coupon", "value", "min_spend", "valid_until", "issued",
                                   "reference")],
            [[c.get("name"), yuan(c.get("value")), yuan(c.get("min_spend")),
              when(c.get("valid_until")), f"{c.get('issued_by')}, {when(c.get('issued_at'))}",
              c.get("reference") or "—"] for c in coupons]))
    else:
        out.append(f"<p>{_esc(_w('no_coupons', lang))}</p>")
    cost = spend.get("cost") or {}
    parts = cost.get("parts") or {}
    rows = [[_w("explicit", lang), yuan((cost.get("explicit") or {}).get("yuan"))]]
    rows += [[f"· {_w(name, lang)}", yuan(parts[name]["yuan"])]
             for name in cost.get("hidden_parts") or () if name in parts and name in W]
    rows += [[_w("hidden", lang), yuan((cost.get("hidden") or {}).get("yuan"))],
             [_w("total", lang), yuan((cost.get("total") or {}).get("yuan"))]]
    out += [f"<h2>{_esc(_w('cost', lang))}</h2>", _table([_w("cost", lang), _w("amount", lang)],
                                                         rows)]
    return out
