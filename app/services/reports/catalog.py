"""The reports and every key they use: their figures, tables (with columns) and charts.
The computations (`app.services.reports.<name>`) must give exactly these keys, and the
window (`ui/report_texts.py`) words each of them in both languages; tests hold both to
this one list. The English here is what `report --list` and `--json` print."""

from __future__ import annotations

from dataclasses import dataclass

from app.services.reports.model import Column, Kind


def _cols(*pairs: tuple[str, Kind]) -> tuple[Column, ...]:
    return tuple(Column(k, kind) for k, kind in pairs)


@dataclass(frozen=True)
class Spec:
    name: str
    title: str
    definition: str
    figures: tuple[tuple[str, Kind], ...]
    tables: dict[str, tuple[Column, ...]]
    charts: tuple[str, ...]


REFUND_BANDS = (0.05, 0.10)  # under 5 % good; over 10 % draws the platform's attention
# A supplier above this share of exception parcels is re-evaluated (the articles give no
# number; suppliers serve every shop, so no shop's rule profile is the place for it).
SUPPLIER_THRESHOLD = 0.05
# How a second refund ended (second-refunds' "outcome" column).
OUTCOMES = ("refunded", "rejected", "cancelled", "open")

_RATE: tuple[tuple[str, Kind], ...] = (("refunded", "int"), ("paid", "int"), ("rate", "percent"), ("band", "text"))

CATALOG: dict[str, Spec] = {s.name: s for s in (
    Spec("refund-rate", "Refund rate",
         "Refunded orders / paid orders: orders paid in the period, and of those the ones "
         "with a refund case that was refunded (approved, its return passed inspection, or "
         "fast-refunded by the platform). Under 5 % is good; over 10 % draws the "
         "platform's attention.",
         (("rate", "percent"), ("refunded", "int"), ("paid", "int")),
         {"by_product": _cols(("product", "text"), *_RATE),
          "by_sku": _cols(("sku", "text"), ("product", "text"), *_RATE),
          "by_shop": _cols(("shop", "text"), ("platform", "text"), *_RATE),
          "by_week": _cols(("week", "week"), ("refunded", "int"), ("paid", "int"),
                           ("rate", "percent"))},
         ("trend", "top_products")),
    Spec("quality-refunds", "Quality refunds",
         "Pinduoduo's definition: orders paid in the period that were refunded for a "
         "quality problem or not as described, and their share of the paid orders; the "
         "count and the rate both weigh on the shop's rating.",
         (("rate", "percent"), ("count", "int"), ("paid", "int")),
         {"by_shop": _cols(("shop", "text"), ("platform", "text"), ("count", "int"),
                           ("paid", "int"), ("rate", "percent")),
          "by_product": _cols(("product", "text"), ("count", "int"), ("paid", "int"),
                              ("rate", "percent")),
          "by_week": _cols(("week", "week"), ("count", "int"), ("paid", "int"),
                           ("rate", "percent"))},
         ("trend",)),
    Spec("reasons", "Refund reasons",
         "Refund and return cases opened in the period, by the buyer's reason, with the "
         "amount they ask back.",
         (("cases", "int"), ("amount", "fen")),
         {"reasons": _cols(("reason", "text"), ("cases", "int"), ("share", "percent"),
                           ("amount", "fen"), ("quality", "flag"))},
         ("reasons",)),
    Spec("second-refunds", "Second refunds",
         "A second refund is a new refund on an order that already had one. Counted "
         "among the refund cases opened in the period, with how they ended.",
         (("count", "int"), ("share", "percent"), ("refund_cases", "int")),
         {"outcomes": _cols(("outcome", "text"), ("count", "int"), ("share", "percent")),
          "by_reason": _cols(("reason", "text"), ("count", "int"), ("amount", "fen")),
          "by_shop": _cols(("shop", "text"), ("count", "int"), ("refund_cases", "int"),
                           ("share", "percent"))},
         ("outcomes",)),
    Spec("compensation", "Compensation and coupons",
         "Compensation payments (pending, approved and paid) and coupons issued, per shop "
         "and Asia/Shanghai day, against the shop's daily cap.",
         (("payments", "fen"), ("payments_count", "int"), ("coupons", "fen"),
          ("coupons_count", "int")),
         {"by_shop_day": _cols(("shop", "text"), ("day", "day"), ("payments", "fen"),
                               ("payments_count", "int"), ("cap", "fen"),
                               ("cap_used", "percent"), ("coupons", "fen"),
                               ("coupons_count", "int")),
          "by_reason": _cols(("reason", "text"), ("payments_count", "int"),
                             ("payments", "fen"))},
         ("by_day",)),
    Spec("refund-cost", "Cost of refunds",
         "Of the cases opened in the period: explicit loss is the amount refunded; hidden "
         "loss is the rest they cost: the order's marketing cost, return and exchange "
         "postage, processing, goods lost, compensation and coupons. A case counts towards "
         "its order's largest line.",
         (("explicit", "fen"), ("hidden", "fen"), ("total", "fen"), ("hidden_share", "percent")),
         {"by_product": _cols(("product", "text"), ("cases", "int"), ("explicit", "fen"),
                              ("hidden", "fen"), ("total", "fen")),
          "by_shop": _cols(("shop", "text"), ("cases", "int"), ("explicit", "fen"),
                           ("hidden", "fen"), ("total", "fen")),
          "by_kind": _cols(("cost_kind", "text"), ("amount", "fen"), ("share", "percent"))},
         ("by_shop",)),
    Spec("supplier-exceptions", "Supplier exceptions",
         "Exception-parcel cases / orders paid in the period that hold the supplier's "
         "products. A supplier over the threshold is flagged for re-evaluation.",
         (("threshold", "percent"), ("flagged", "int")),
         {"suppliers": _cols(("supplier", "text"), ("orders", "int"), ("exceptions", "int"),
                             ("rate", "percent"), ("quality", "int"), ("flagged", "flag"))},
         ("suppliers",)),
    Spec("deadlines", "Deadline compliance",
         "Cases closed in the period (at their last status change): on time if closed at "
         "or before their deadline. Handling time runs from the case's arrival to its "
         "closing.",
         (("on_time_rate", "percent"), ("closed", "int"), ("late", "int"),
          ("overdue_open", "int"), ("median_hours", "hours")),
         {"by_kind": _cols(("kind", "text"), ("closed", "int"), ("on_time", "int"),
                           ("late", "int"), ("on_time_rate", "percent"),
                           ("median_hours", "hours")),
          "by_week": _cols(("week", "week"), ("closed", "int"), ("on_time_rate", "percent"),
                           ("median_hours", "hours"))},
         ("trend",)),
    Spec("workload", "Agent workload",
         "Per agent: cases assigned and open now, cases assigned that closed and history "
         "events recorded in the period, and the median handling time of the closed ones.",
         (("agents", "int"), ("open", "int"), ("closed", "int")),
         {"agents": _cols(("agent", "text"), ("open", "int"), ("overdue", "int"),
                          ("closed", "int"), ("actions", "int"), ("median_hours", "hours"))},
         ("agents",)),
)}

NAMES = tuple(CATALOG)

# Each chart's kind and its series, keyed as the report's columns (the window words them
# as it words the columns); categories are weeks, days, or a table's first column.
CHARTS: dict[tuple[str, str], tuple[str, tuple[str, ...]]] = {
    ("refund-rate", "trend"): ("line", ("rate",)),
    ("refund-rate", "top_products"): ("bar", ("rate",)),
    ("quality-refunds", "trend"): ("line", ("rate",)),
    ("reasons", "reasons"): ("pie", ("cases",)),  # categories: reason codes
    ("second-refunds", "outcomes"): ("pie", ("count",)),  # categories: OUTCOMES
    ("compensation", "by_day"): ("stacked_bar", ("payments", "coupons")),
    ("refund-cost", "by_shop"): ("stacked_bar", ("explicit", "hidden")),
    ("supplier-exceptions", "suppliers"): ("bar", ("rate",)),
    ("deadlines", "trend"): ("line", ("on_time_rate",)),
    ("workload", "agents"): ("stacked_bar", ("open", "closed")),
}

# A table's column headers in an exported file, (English, 中文): the keys above are not
# words. The window words them with its own Qt translations (ui/report_texts.py).
HEADERS: dict[str, tuple[str, str]] = {
    "product": ("Product", "商品"), "sku": ("SKU", "SKU"), "shop": ("Shop", "店铺"),
    "platform": ("Platform", "平台"), "week": ("Week", "周"), "day": ("Day", "日期"),
    "refunded": ("Refunded orders", "退款订单数"), "paid": ("Paid orders", "支付订单数"),
    "rate": ("Rate (%)", "比率 (%)"), "band": ("Band", "区间"),
    "count": ("Count", "数量"), "reason": ("Reason", "原因"), "cases": ("Cases", "售后单数"),
    "share": ("Share (%)", "占比 (%)"), "amount": ("Amount (¥)", "金额 (元)"),
    "quality": ("Quality", "品质问题"), "outcome": ("Outcome", "结果"),
    "refund_cases": ("Refund cases", "退款售后单数"),
    "payments": ("Compensation (¥)", "小额打款 (元)"),
    "payments_count": ("Payments", "打款笔数"), "cap": ("Daily cap (¥)", "每日上限 (元)"),
    "cap_used": ("Cap used (%)", "上限已用 (%)"), "coupons": ("Coupons (¥)", "优惠券 (元)"),
    "coupons_count": ("Coupons", "优惠券张数"),
    "explicit": ("Explicit loss (¥)", "显性损失 (元)"),
    "hidden": ("Hidden loss (¥)", "隐性损失 (元)"), "total": ("Total (¥)", "合计 (元)"),
    "cost_kind": ("Cost", "成本项"), "supplier": ("Supplier", "供应商"),
    "orders": ("Orders", "订单数"), "exceptions": ("Exception parcels", "异常件数"),
    "flagged": ("Flagged", "需重新评估"), "kind": ("Kind", "售后类型"),
    "closed": ("Closed", "已结案"), "on_time": ("On time", "按时"), "late": ("Late", "超时"),
    "on_time_rate": ("On time (%)", "按时率 (%)"),
    "median_hours": ("Median handling (h)", "处理时长中位数 (小时)"),
    "agent": ("Agent", "客服"), "open": ("Open", "未结案"), "overdue": ("Overdue", "已超时"),
    "actions": ("Actions", "操作数"),
    # A report's filter, on its figures sheet.
    "date_from": ("From", "起始日期"), "date_to": ("To", "截止日期"),
    # Figures only.
    "hidden_share": ("Hidden share (%)", "隐性损失占比 (%)"),
    "threshold": ("Threshold (%)", "阈值 (%)"),
    "overdue_open": ("Open and overdue", "未结案且已超时"), "agents": ("Agents", "客服人数"),
}

# An exported workbook's sheets, (English, 中文); "figures" is the headline sheet.
SHEETS: dict[str, tuple[str, str]] = {
    "figures": ("Figures", "指标"), "by_product": ("By product", "按商品"),
    "by_sku": ("By SKU", "按SKU"), "by_shop": ("By shop", "按店铺"),
    "by_week": ("By week", "按周"), "by_reason": ("By reason", "按原因"),
    "by_shop_day": ("By shop and day", "按店铺和日期"), "by_kind": ("By kind", "按类型"),
    "reasons": ("Reasons", "退款原因"), "outcomes": ("Outcomes", "处理结果"),
    "suppliers": ("Suppliers", "供应商"), "agents": ("Agents", "客服"),
}

# The reports in Chinese for an exported file: (title, definition).
ZH: dict[str, tuple[str, str]] = {
    "refund-rate": ("退款率", "退款订单数 / 支付订单数：统计期内支付的订单中，有退款售后单已退款（同意退款、"
                    "退货验货通过或平台极速退款）的订单。低于 5% 为良好；高于 10% 会引起平台关注。"),
    "quality-refunds": ("品质退款", "拼多多口径：统计期内支付、因质量问题或描述不符而退款的订单数，及其占支付订单的"
                        "比例；数量和比率都会影响店铺评级。"),
    "reasons": ("退款原因", "统计期内新建的仅退款和退货退款售后单，按买家原因统计，及其申请退款金额。"),
    "second-refunds": ("二次退款", "二次退款是已退过一次款的订单上的新退款。统计期内新建的退款售后单中的二次退款，"
                       "及其处理结果。"),
    "compensation": ("小额打款与优惠券", "小额打款（待审批、已批准、已打款）和发放的优惠券，按店铺和北京时间日期统计，"
                     "对照店铺每日上限。"),
    "refund-cost": ("退款成本", "统计期内新建的售后单：显性损失为退款金额；隐性损失为其余成本：订单营销成本、"
                    "退换货运费、处理成本、货损、小额打款和优惠券。售后单计入其订单金额最大的商品。"),
    "supplier-exceptions": ("供应商异常", "异常件售后单数 / 统计期内支付、含该供应商商品的订单数。超过阈值的供应商"
                            "标记为需重新评估。"),
    "deadlines": ("时效达成", "统计期内结案的售后单（以最后一次状态变更为结案时间）：在截止时间前结案为按时。"
                  "处理时长从售后单到达起算至结案。"),
    "workload": ("客服工作量", "每位客服：当前分配且未结案的售后单，统计期内结案的分配售后单和记录的操作数，"
                 "以及已结案售后单的处理时长中位数。"),
}

# The words for the codes the reports put in their own columns, (English, 中文); the
# platform's, kind's and reason's codes are app.io.export_labels'.
VALUE_WORDS: dict[str, dict[str, tuple[str, str]]] = {
    "band": {"good": ("Good", "良好"), "watch": ("Watch", "关注"), "high": ("High", "偏高")},
    "outcome": {"refunded": ("Refunded", "已退款"), "rejected": ("Rejected", "已拒绝"),
                "cancelled": ("Cancelled", "已取消"), "open": ("Open", "处理中")},
    "cost_kind": {"refunded": ("Refunded", "退款金额"), "marketing": ("Marketing", "营销成本"),
                  "logistics": ("Logistics", "物流成本"),
                  "processing": ("Processing", "处理成本"),
                  "goods_loss": ("Goods loss", "货损"),
                  "compensation": ("Compensation", "小额打款"),
                  "coupon": ("Coupons", "优惠券")},
}
