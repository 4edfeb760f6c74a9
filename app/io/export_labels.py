"""What our stable codes are called in an export, in Chinese and in English, without Qt.

A spreadsheet in Chinese must not say `douyin` or `late_shipment`. These are the
window's own words (ui/labels.py and its zh_CN translation); a test keeps them equal.
Codes the table does not know are written as they are: a newer code is still data.
"""

from __future__ import annotations

LANGS = ("zh", "en")

# code: (中文, English)
PLATFORMS: dict[str, tuple[str, str]] = {
    "douyin": ("抖店", "Douyin"),
    "kuaishou": ("快手", "Kuaishou"),
    "pinduoduo": ("拼多多", "Pinduoduo"),
    "taobao": ("淘宝", "Taobao"),
    "jd": ("京东", "JD"),
    "other": ("其他平台", "Other platform"),
}

KINDS: dict[str, tuple[str, str]] = {
    "exception_parcel": ("异常件", "Exception parcel"),
    "refund_only": ("仅退款", "Refund only"),
    "return_refund": ("退货退款", "Return and refund"),
    "exchange": ("换货", "Exchange"),
    "reship": ("补发", "Reship"),
    "repair": ("维修", "Repair"),
    "intercept": ("拦截", "Intercept"),
    "address_change": ("改地址", "Address change"),
    "urge": ("催发货", "Urged shipment"),
}

SUBTYPES: dict[str, tuple[str, str]] = {
    "damaged": ("破损", "Damaged"),
    "lost": ("丢件", "Lost"),
    "stuck": ("物流停滞", "Stuck in transit"),
    "returned_to_sender": ("退回", "Returned to sender"),
    "wrong_item": ("发错货", "Wrong item sent"),
    "missing_item": ("漏发/缺货", "Missing item"),
    "quality_defect": ("质量问题", "Quality defect"),
    "unusable": ("无法使用", "Unusable"),
    "address_error": ("地址错误", "Address error"),
}

REASONS: dict[str, tuple[str, str]] = {
    "quality_problem": ("质量问题", "Quality problem"),
    "not_as_described": ("描述不符", "Not as described"),
    "late_shipment": ("发货超时", "Late shipment"),
    "transit_damage": ("运输破损", "Damaged in transit"),
    "lost": ("快递丢件", "Parcel lost"),
    "wrong_item": ("发错货", "Wrong item"),
    "missing_item": ("漏发/缺货", "Missing item"),
    "buyer_mistake": ("买家拍错", "Buyer mistake"),
    "no_reason_7day": ("七天无理由", "7-day no-reason return"),
    "other": ("其他", "Other"),
}

STATUSES: dict[str, tuple[str, str]] = {
    "new": ("新建", "New"),
    "in_progress": ("处理中", "In progress"),
    "waiting_buyer": ("待买家回复", "Waiting for buyer"),
    "waiting_return": ("等待退货", "Waiting for return"),
    "inspecting": ("验货中", "Inspecting"),
    "waiting_supplier": ("待供应商", "Waiting for supplier"),
    "pending_approval": ("待审批", "Pending approval"),
    "escalated": ("已升级", "Escalated"),
    "resolved": ("已解决", "Resolved"),
    "rejected": ("已拒绝", "Rejected"),
    "cancelled": ("已取消", "Cancelled"),
}

TABLES: dict[str, dict[str, tuple[str, str]]] = {
    "platform": PLATFORMS, "kind": KINDS, "exception_subtype": SUBTYPES,
    "reason": REASONS, "status": STATUSES,
}


def label(table: str, code: str | None, lang: str) -> str | None:
    """The code's name in `lang` ("zh" or "en"); None stays None (an empty cell)."""
    if code is None:
        return None
    names = TABLES[table].get(code)
    if names is None:
        return code
    return names[0] if lang == "zh" else names[1]
