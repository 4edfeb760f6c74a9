"""The closed vocabularies of the domain (docs/domain.md, Glossary).

Values are stable identifiers stored in the database and exported; labels shown to
users live in the UI's translation files, never here.
"""

from enum import IntEnum, StrEnum


class Platform(StrEnum):
    DOUYIN = "douyin"
    KUAISHOU = "kuaishou"
    PINDUODUO = "pinduoduo"
    TAOBAO = "taobao"
    JD = "jd"
    OTHER = "other"


class CaseKind(StrEnum):
    EXCEPTION_PARCEL = "exception_parcel"  # 异常件
    REFUND_ONLY = "refund_only"  # 仅退款
    RETURN_REFUND = "return_refund"  # 退货退款
    EXCHANGE = "exchange"  # 换货
    RESHIP = "reship"  # 补发
    REPAIR = "repair"  # 维修
    INTERCEPT = "intercept"  # 拦截
    ADDRESS_CHANGE = "address_change"  # 改地址
    URGE = "urge"  # 催发货


REFUND_KINDS = frozenset({CaseKind.REFUND_ONLY, CaseKind.RETURN_REFUND})


class ExceptionSubtype(StrEnum):
    DAMAGED = "damaged"  # 破损
    LOST = "lost"  # 丢件
    STUCK = "stuck"  # 物流停滞
    RETURNED_TO_SENDER = "returned_to_sender"  # 退回
    WRONG_ITEM = "wrong_item"  # 发错货
    MISSING_ITEM = "missing_item"  # 漏发/缺货
    QUALITY_DEFECT = "quality_defect"  # 质量问题
    UNUSABLE = "unusable"  # 无法使用
    ADDRESS_ERROR = "address_error"  # 地址错误


class Reason(StrEnum):
    QUALITY_PROBLEM = "quality_problem"
    NOT_AS_DESCRIBED = "not_as_described"
    LATE_SHIPMENT = "late_shipment"
    TRANSIT_DAMAGE = "transit_damage"
    LOST = "lost"
    WRONG_ITEM = "wrong_item"
    MISSING_ITEM = "missing_item"
    BUYER_MISTAKE = "buyer_mistake"
    NO_REASON_7DAY = "no_reason_7day"
    OTHER = "other"


# Reasons that count towards a shop's quality-refund rate (Pinduoduo rule, docs/domain.md).
QUALITY_REASONS = frozenset({Reason.QUALITY_PROBLEM, Reason.NOT_AS_DESCRIBED})


class CaseStatus(StrEnum):
    NEW = "new"
    IN_PROGRESS = "in_progress"
    WAITING_BUYER = "waiting_buyer"
    WAITING_RETURN = "waiting_return"
    INSPECTING = "inspecting"
    WAITING_SUPPLIER = "waiting_supplier"
    PENDING_APPROVAL = "pending_approval"
    ESCALATED = "escalated"
    RESOLVED = "resolved"
    REJECTED = "rejected"
    CANCELLED = "cancelled"


CLOSED_STATUSES = frozenset({CaseStatus.RESOLVED, CaseStatus.REJECTED, CaseStatus.CANCELLED})
OPEN_STATUSES = frozenset(CaseStatus) - CLOSED_STATUSES
# Waiting on someone else: the response clock stops (docs/domain.md, deadlines).
PAUSED_STATUSES = frozenset({
    CaseStatus.WAITING_BUYER, CaseStatus.WAITING_RETURN, CaseStatus.WAITING_SUPPLIER,
})


class EscalationTarget(StrEnum):
    SUPERVISOR = "supervisor"
    PLATFORM = "platform"  # 平台介入 / 仲裁


class AutoAction(StrEnum):
    """What the platform does by itself when the deadline runs out (Douyin exp_*_time)."""

    APPROVE_REFUND = "approve_refund"
    CONFIRM_RECEIPT = "confirm_receipt"
    AGREE_RETURN = "agree_return"


class Priority(IntEnum):
    LOW = 0
    NORMAL = 1
    HIGH = 2
    URGENT = 3


class Role(StrEnum):
    AGENT = "agent"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"


class ShipmentKind(StrEnum):
    OUTBOUND = "outbound"
    RETURN = "return"
    RESHIP = "reship"
