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
    "payment_requested": ("申请小额打款", "Compensation requested"),
    "payment_approved": ("小额打款已批准", "Compensation approved"),
    "payment_denied": ("小额打款被驳回", "Compensation denied"),
    "payment_paid": ("小额打款已完成", "Compensation paid"),
    "payment_failed": ("小额打款失败", "Compensation failed"),
    "approve_refund": ("同意退款", "Refund approved"),
    "approve_return": ("同意退货", "Return approved"),
    "receive_return": ("退货已到", "Return arrived"),
    "inspect": ("已验货", "Inspected"),
    "reject": ("拒绝退款", "Refund rejected"),
    "fast_refund": ("平台极速退款", "Fast refund by the platform"),
    "appeal": ("已向平台申诉", "Appealed to the platform"),
    "coupon": ("发放优惠券", "Coupon given"),
    "coupon_reference": ("记录券码", "Coupon code recorded"),
    "reship": ("已补发", "Reshipped"),
    "exchange": ("换货已寄出", "Exchange sent"),
    "intercept": ("申请拦截", "Intercept requested"),
    "intercept_result": ("拦截结果", "Intercept result"),
    "address_change": ("已改地址", "Address changed"),
    "reveal": ("查看了买家信息", "Buyer's data shown"),
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
    "key": ("幂等键", "Key"),
    "cost": ("成本", "Cost"),
    "refunded": ("已退款", "Refunded"),
    "amount": ("金额", "Amount"),
    "payment_id": ("打款编号", "Payment no."),
    "payment_reason": ("打款原因", "Payment reason"),
    "payment_status": ("打款状态", "Payment status"),
    "needs_approval": ("需主管审批", "Needs a supervisor"),
    "reference": ("流水号", "Reference no."),
    "return_address": ("退货地址", "Return address"),
    "return_postage": ("退货运费", "Return postage"),
    "reject_reason": ("拒绝理由", "Reject reason"),
    "reject_reason_text": ("拒绝理由", "Reject reason"),
    "evidence_ids": ("凭证编号", "Evidence no."),
    "shipment": ("包裹", "Parcel"),
    "coupon": ("优惠券", "Coupon"),
    "follow_up": ("跟进", "Follow-up"),
    "result": ("结果", "Result"),
    "goods_loss": ("货损", "Goods loss"),
    "passed": ("合格", "Passed"),
    "address": ("地址", "Address"),
    "carrier": ("快递公司", "Carrier"),
    "tracking_no": ("运单号", "Tracking no."),
    "source": ("发货方", "From"),
    "value": ("面额", "Value"),
    "min_spend": ("使用门槛", "Minimum spend"),
    "valid_until": ("有效期至", "Valid until"),
    "marketing": ("营销成本", "Marketing"),
    "processing": ("处理成本", "Processing"),
    "logistics": ("物流成本", "Logistics"),
    "compensation": ("补偿", "Compensation"),
    "intercept_state": ("拦截", "Intercept"),
    "field": ("查看内容", "Shown"),
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
