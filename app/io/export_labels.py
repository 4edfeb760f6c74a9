"""What our stable codes are called in an export, in Chinese and in English, without Qt.

A spreadsheet or an appeal bundle's summary in Chinese must not say `douyin` or
`late_shipment`. These are the window's own words (ui/labels.py and its zh_CN
translation); a test keeps them equal.
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

SHIPMENT_KINDS: dict[str, tuple[str, str]] = {
    "outbound": ("发货", "Outbound"),
    "return": ("退货", "Return"),
    "reship": ("补发", "Reship"),
}

# A history event's action and what it changed, for a bundle's timeline.
ACTIONS: dict[str, tuple[str, str]] = {
    "created": ("创建", "Created"),
    "assign": ("分配", "Assigned"),
    "status": ("状态变更", "Status changed"),
    "note": ("备注", "Note"),
    "import": ("导入", "Imported"),
    "update": ("更新", "Updated"),
    "tag": ("标签变更", "Tags changed"),
    "escalate": ("已升级", "Escalated"),
    "step": ("处理步骤", "Playbook step"),
    "reply": ("已回复", "Reply sent"),
    "macro": ("快捷操作", "Macro"),
    "actions": ("多项变更", "Several changes"),
    "platform_status": ("平台状态变更", "Platform status changed"),
    "platform_update": ("平台更新", "Updated by the platform"),
    "priority_shipping": ("优先发货", "Priority shipping"),
    "evidence": ("添加凭证", "Evidence attached"),
    "evidence_removed": ("移除凭证", "Evidence removed"),
}

FIELDS: dict[str, tuple[str, str]] = {
    "status": ("状态", "Status"),
    "assignee": ("处理人", "Assignee"),
    "kind": ("类型", "Kind"),
    "reason": ("原因", "Reason"),
    "amount_fen": ("金额", "Amount"),
    "platform_status": ("平台状态", "Platform status"),
    "note": ("备注", "Note"),
    "deadline_at": ("截止时间", "Deadline"),
    "priority": ("优先级", "Priority"),
    "assignee_name": ("处理人", "Assignee"),
    "tags": ("标签", "Tags"),
    "steps": ("已完成步骤", "Steps done"),
    "step": ("步骤", "Step"),
    "answer": ("回答", "Answer"),
    "undo": ("已撤销", "Undone"),
    "paused_at": ("计时暂停", "Clock paused"),
    "escalated_to": ("升级给", "Escalated to"),
    "needs_look": ("需查看", "Needs a look"),
    "auto_action": ("平台将自动处理", "Platform acts by itself"),
    "template": ("话术", "Template"),
    "text": ("内容", "Text"),
    "evidence": ("文件", "Files"),
    "evidence_removed": ("移除的文件", "File removed"),
    "macro": ("快捷操作", "Macro"),
    "import_batch": ("导入批次", "Import no."),
    "return_tracking_no": ("退货单号", "Return tracking no."),
    "priority_shipping": ("优先发货", "Priority shipping"),
    "second_refund": ("二次退款", "Second refund"),
    "fast_refund": ("极速退款", "Fast refund"),
    "reason_text": ("买家原因", "Buyer's reason"),
}

ESCALATION: dict[str, tuple[str, str]] = {
    "supervisor": ("主管", "Supervisor"),
    "platform": ("平台", "Platform"),
}

TABLES: dict[str, dict[str, tuple[str, str]]] = {
    "platform": PLATFORMS, "kind": KINDS, "exception_subtype": SUBTYPES,
    "reason": REASONS, "status": STATUSES, "shipment": SHIPMENT_KINDS, "action": ACTIONS,
    "field": FIELDS, "escalation": ESCALATION,
}


def label(table: str, code: str | None, lang: str) -> str | None:
    """The code's name in `lang` ("zh" or "en"); None stays None (an empty cell)."""
    if code is None:
        return None
    names = TABLES[table].get(code)
    if names is None:
        return code
    return names[0] if lang == "zh" else names[1]
