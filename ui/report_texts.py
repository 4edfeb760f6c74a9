"""Words for the reports: every title, definition, figure, table, column and chart key
of `app.services.reports.catalog.CATALOG`, and the codes the reports' rows carry
(bands, outcomes, cost kinds; reasons, kinds and platforms come from `ui.labels`).

All are marked for Qt's translation in the context "ReportTexts"; a test holds this
module to the catalog, so a key added there without words here fails. The English
titles and definitions are the catalog's own (a test compares them), so the window,
the PDF and `report --list` say the same thing.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ui import labels

CTX = "ReportTexts"

TITLES = {
    "refund-rate": QT_TRANSLATE_NOOP("ReportTexts", "Refund rate"),
    "quality-refunds": QT_TRANSLATE_NOOP("ReportTexts", "Quality refunds"),
    "reasons": QT_TRANSLATE_NOOP("ReportTexts", "Refund reasons"),
    "second-refunds": QT_TRANSLATE_NOOP("ReportTexts", "Second refunds"),
    "compensation": QT_TRANSLATE_NOOP("ReportTexts", "Compensation and coupons"),
    "refund-cost": QT_TRANSLATE_NOOP("ReportTexts", "Cost of refunds"),
    "supplier-exceptions": QT_TRANSLATE_NOOP("ReportTexts", "Supplier exceptions"),
    "deadlines": QT_TRANSLATE_NOOP("ReportTexts", "Deadline compliance"),
    "workload": QT_TRANSLATE_NOOP("ReportTexts", "Agent workload"),
}

DEFINITIONS = {
    "refund-rate": QT_TRANSLATE_NOOP(
        "ReportTexts",
        "Refunded orders / paid orders: orders paid in the period, and of those the "
        "ones with a refund case that was refunded (approved, its return passed "
        "inspection, or fast-refunded by the platform). Under 5 % is good; over 10 % "
        "draws the platform's attention."),
    "quality-refunds": QT_TRANSLATE_NOOP(
        "ReportTexts",
        "Pinduoduo's definition: orders paid in the period that were refunded for a "
        "quality problem or not as described, and their share of the paid orders; the "
        "count and the rate both weigh on the shop's rating."),
    "reasons": QT_TRANSLATE_NOOP(
        "ReportTexts",
        "Refund and return cases opened in the period, by the buyer's reason, with the "
        "amount they ask back."),
    "second-refunds": QT_TRANSLATE_NOOP(
        "ReportTexts",
        "A second refund is a new refund on an order that already had one. Counted "
        "among the refund cases opened in the period, with how they ended."),
    "compensation": QT_TRANSLATE_NOOP(
        "ReportTexts",
        "Compensation payments (pending, approved and paid) and coupons issued, per "
        "shop and Asia/Shanghai day, against the shop's daily cap."),
    "refund-cost": QT_TRANSLATE_NOOP(
        "ReportTexts",
        "Of the cases opened in the period: explicit loss is the amount refunded; "
        "hidden loss is the rest they cost: the order's marketing cost, return and "
        "exchange postage, processing, goods lost, compensation and coupons. A case "
        "counts towards its order's largest line."),
    "supplier-exceptions": QT_TRANSLATE_NOOP(
        "ReportTexts",
        "Exception-parcel cases / orders paid in the period that hold the supplier's "
        "products. A supplier over the threshold is flagged for re-evaluation."),
    "deadlines": QT_TRANSLATE_NOOP(
        "ReportTexts",
        "Cases closed in the period (at their last status change): on time if closed at"
        " or before their deadline. Handling time runs from the case's arrival to its "
        "closing."),
    "workload": QT_TRANSLATE_NOOP(
        "ReportTexts",
        "Per agent: cases assigned and open now, cases assigned that closed and history"
        " events recorded in the period, and the median handling time of the closed "
        "ones."),
}

# (report, figure) -> (the figure's name, what it counts): shown under the large number.
FIGURES = {
    ("refund-rate", "rate"): (
        QT_TRANSLATE_NOOP("ReportTexts", "Refund rate"),
        QT_TRANSLATE_NOOP("ReportTexts", "refunded orders ÷ paid orders")),
    ("refund-rate", "refunded"): (
        QT_TRANSLATE_NOOP("ReportTexts", "Refunded orders"),
        QT_TRANSLATE_NOOP("ReportTexts", "paid in the period and refunded")),
    ("refund-rate", "paid"): (
        QT_TRANSLATE_NOOP("ReportTexts", "Paid orders"),
        QT_TRANSLATE_NOOP("ReportTexts", "orders paid in the period")),
    ("quality-refunds", "rate"): (
        QT_TRANSLATE_NOOP("ReportTexts", "Quality-refund rate"),
        QT_TRANSLATE_NOOP("ReportTexts", "quality refunds ÷ paid orders")),
    ("quality-refunds", "count"): (
        QT_TRANSLATE_NOOP("ReportTexts", "Quality-refund count"),
        QT_TRANSLATE_NOOP("ReportTexts", "reason: quality problem or not as described")),
    ("quality-refunds", "paid"): (
        QT_TRANSLATE_NOOP("ReportTexts", "Paid orders"),
        QT_TRANSLATE_NOOP("ReportTexts", "orders paid in the period")),
    ("reasons", "cases"): (
        QT_TRANSLATE_NOOP("ReportTexts", "Refund cases"),
        QT_TRANSLATE_NOOP("ReportTexts", "refund and return cases opened")),
    ("reasons", "amount"): (
        QT_TRANSLATE_NOOP("ReportTexts", "Amount asked"),
        QT_TRANSLATE_NOOP("ReportTexts", "what the buyers ask back")),
    ("second-refunds", "count"): (
        QT_TRANSLATE_NOOP("ReportTexts", "Second-refund count"),
        QT_TRANSLATE_NOOP("ReportTexts", "on an order that already had a refund")),
    ("second-refunds", "share"): (
        QT_TRANSLATE_NOOP("ReportTexts", "Share of refunds"),
        QT_TRANSLATE_NOOP("ReportTexts", "second refunds ÷ refund cases")),
    ("second-refunds", "refund_cases"): (
        QT_TRANSLATE_NOOP("ReportTexts", "Refund cases"),
        QT_TRANSLATE_NOOP("ReportTexts", "refund cases opened in the period")),
    ("compensation", "payments"): (
        QT_TRANSLATE_NOOP("ReportTexts", "Compensation"),
        QT_TRANSLATE_NOOP("ReportTexts", "pending, approved and paid")),
    ("compensation", "payments_count"): (
        QT_TRANSLATE_NOOP("ReportTexts", "Payments"),
        QT_TRANSLATE_NOOP("ReportTexts", "compensation payments made")),
    ("compensation", "coupons"): (
        QT_TRANSLATE_NOOP("ReportTexts", "Coupons"),
        QT_TRANSLATE_NOOP("ReportTexts", "face value of the coupons issued")),
    ("compensation", "coupons_count"): (
        QT_TRANSLATE_NOOP("ReportTexts", "Coupons issued"),
        QT_TRANSLATE_NOOP("ReportTexts", "number of coupons")),
    ("refund-cost", "explicit"): (
        QT_TRANSLATE_NOOP("ReportTexts", "Explicit loss"),
        QT_TRANSLATE_NOOP("ReportTexts", "the amount refunded")),
    ("refund-cost", "hidden"): (
        QT_TRANSLATE_NOOP("ReportTexts", "Hidden loss"),
        QT_TRANSLATE_NOOP("ReportTexts", "marketing, postage, processing, goods, goodwill")),
    ("refund-cost", "total"): (
        QT_TRANSLATE_NOOP("ReportTexts", "Total cost"),
        QT_TRANSLATE_NOOP("ReportTexts", "explicit + hidden")),
    ("refund-cost", "hidden_share"): (
        QT_TRANSLATE_NOOP("ReportTexts", "Hidden share"),
        QT_TRANSLATE_NOOP("ReportTexts", "hidden ÷ total cost")),
    ("supplier-exceptions", "threshold"): (
        QT_TRANSLATE_NOOP("ReportTexts", "Threshold"),
        QT_TRANSLATE_NOOP("ReportTexts", "a supplier above it is flagged")),
    ("supplier-exceptions", "flagged"): (
        QT_TRANSLATE_NOOP("ReportTexts", "Suppliers flagged"),
        QT_TRANSLATE_NOOP("ReportTexts", "to re-evaluate")),
    ("deadlines", "on_time_rate"): (
        QT_TRANSLATE_NOOP("ReportTexts", "On-time rate"),
        QT_TRANSLATE_NOOP("ReportTexts", "closed before the deadline ÷ closed")),
    ("deadlines", "closed"): (
        QT_TRANSLATE_NOOP("ReportTexts", "Closed"),
        QT_TRANSLATE_NOOP("ReportTexts", "cases closed in the period")),
    ("deadlines", "late"): (
        QT_TRANSLATE_NOOP("ReportTexts", "Closed late"),
        QT_TRANSLATE_NOOP("ReportTexts", "closed after the deadline")),
    ("deadlines", "overdue_open"): (
        QT_TRANSLATE_NOOP("ReportTexts", "Overdue, open"),
        QT_TRANSLATE_NOOP("ReportTexts", "past the deadline and still open")),
    ("deadlines", "median_hours"): (
        QT_TRANSLATE_NOOP("ReportTexts", "Median handling time"),
        QT_TRANSLATE_NOOP("ReportTexts", "arrival to closing")),
    ("workload", "agents"): (
        QT_TRANSLATE_NOOP("ReportTexts", "Agents"),
        QT_TRANSLATE_NOOP("ReportTexts", "with cases or history events")),
    ("workload", "open"): (
        QT_TRANSLATE_NOOP("ReportTexts", "Open now"),
        QT_TRANSLATE_NOOP("ReportTexts", "assigned and not closed")),
    ("workload", "closed"): (
        QT_TRANSLATE_NOOP("ReportTexts", "Closed in the period"),
        QT_TRANSLATE_NOOP("ReportTexts", "by the agents")),
}

TABLES = {
    "by_product": QT_TRANSLATE_NOOP("ReportTexts", "By product"),
    "by_sku": QT_TRANSLATE_NOOP("ReportTexts", "By SKU"),
    "by_shop": QT_TRANSLATE_NOOP("ReportTexts", "By shop"),
    "by_week": QT_TRANSLATE_NOOP("ReportTexts", "By week"),
    "reasons": QT_TRANSLATE_NOOP("ReportTexts", "By reason"),
    "outcomes": QT_TRANSLATE_NOOP("ReportTexts", "Outcomes"),
    "by_reason": QT_TRANSLATE_NOOP("ReportTexts", "By reason"),
    "by_shop_day": QT_TRANSLATE_NOOP("ReportTexts", "By shop and day"),
    "by_kind": QT_TRANSLATE_NOOP("ReportTexts", "By kind"),
    "suppliers": QT_TRANSLATE_NOOP("ReportTexts", "Suppliers"),
    "agents": QT_TRANSLATE_NOOP("ReportTexts", "Agents"),
}

COLUMNS = {
    "product": QT_TRANSLATE_NOOP("ReportTexts", "Product"),
    "sku": QT_TRANSLATE_NOOP("ReportTexts", "SKU"),
    "shop": QT_TRANSLATE_NOOP("ReportTexts", "Shop"),
    "platform": QT_TRANSLATE_NOOP("ReportTexts", "Platform"),
    "week": QT_TRANSLATE_NOOP("ReportTexts", "Week"),
    "day": QT_TRANSLATE_NOOP("ReportTexts", "Day"),
    "refunded": QT_TRANSLATE_NOOP("ReportTexts", "Refunded"),
    "paid": QT_TRANSLATE_NOOP("ReportTexts", "Paid orders"),
    "rate": QT_TRANSLATE_NOOP("ReportTexts", "Rate"),
    "band": QT_TRANSLATE_NOOP("ReportTexts", "Band"),
    "count": QT_TRANSLATE_NOOP("ReportTexts", "Count"),
    "reason": QT_TRANSLATE_NOOP("ReportTexts", "Reason"),
    "cases": QT_TRANSLATE_NOOP("ReportTexts", "Cases"),
    "share": QT_TRANSLATE_NOOP("ReportTexts", "Share"),
    "amount": QT_TRANSLATE_NOOP("ReportTexts", "Amount"),
    "quality": QT_TRANSLATE_NOOP("ReportTexts", "Quality problems"),
    "outcome": QT_TRANSLATE_NOOP("ReportTexts", "Outcome"),
    "refund_cases": QT_TRANSLATE_NOOP("ReportTexts", "Refund cases"),
    "payments": QT_TRANSLATE_NOOP("ReportTexts", "Compensation"),
    "payments_count": QT_TRANSLATE_NOOP("ReportTexts", "Payments"),
    "cap": QT_TRANSLATE_NOOP("ReportTexts", "Daily cap"),
    "cap_used": QT_TRANSLATE_NOOP("ReportTexts", "Of the cap"),
    "coupons": QT_TRANSLATE_NOOP("ReportTexts", "Coupons"),
    "coupons_count": QT_TRANSLATE_NOOP("ReportTexts", "Coupons issued"),
    "explicit": QT_TRANSLATE_NOOP("ReportTexts", "Explicit loss"),
    "hidden": QT_TRANSLATE_NOOP("ReportTexts", "Hidden loss"),
    "total": QT_TRANSLATE_NOOP("ReportTexts", "Total cost"),
    "cost_kind": QT_TRANSLATE_NOOP("ReportTexts", "Cost"),
    "supplier": QT_TRANSLATE_NOOP("ReportTexts", "Supplier"),
    "orders": QT_TRANSLATE_NOOP("ReportTexts", "Orders"),
    "exceptions": QT_TRANSLATE_NOOP("ReportTexts", "Exception parcels"),
    "flagged": QT_TRANSLATE_NOOP("ReportTexts", "Flagged"),
    "kind": QT_TRANSLATE_NOOP("ReportTexts", "Kind"),
    "closed": QT_TRANSLATE_NOOP("ReportTexts", "Closed"),
    "on_time": QT_TRANSLATE_NOOP("ReportTexts", "On time"),
    "late": QT_TRANSLATE_NOOP("ReportTexts", "Late"),
    "on_time_rate": QT_TRANSLATE_NOOP("ReportTexts", "On-time rate"),
    "median_hours": QT_TRANSLATE_NOOP("ReportTexts", "Median time"),
    "agent": QT_TRANSLATE_NOOP("ReportTexts", "Agent"),
    "open": QT_TRANSLATE_NOOP("ReportTexts", "Open"),
    "overdue": QT_TRANSLATE_NOOP("ReportTexts", "Overdue"),
    "actions": QT_TRANSLATE_NOOP("ReportTexts", "Events"),
}

CHARTS = {
    ("refund-rate", "trend"): QT_TRANSLATE_NOOP("ReportTexts", "Refund rate by week"),
    ("refund-rate", "top_products"): QT_TRANSLATE_NOOP("ReportTexts", "Products refunded most"),
    ("quality-refunds", "trend"): QT_TRANSLATE_NOOP("ReportTexts", "Quality-refund rate by week"),
    ("reasons", "reasons"): QT_TRANSLATE_NOOP("ReportTexts", "Cases by reason"),
    ("second-refunds", "outcomes"): QT_TRANSLATE_NOOP("ReportTexts", "How second refunds ended"),
    ("compensation", "by_day"): QT_TRANSLATE_NOOP("ReportTexts", "Compensation and coupons by day"),
    ("refund-cost", "by_shop"): QT_TRANSLATE_NOOP("ReportTexts", "Explicit and hidden loss by shop"),
    ("supplier-exceptions", "suppliers"): QT_TRANSLATE_NOOP("ReportTexts",
                                                            "Exception rate by supplier"),
    ("deadlines", "trend"): QT_TRANSLATE_NOOP("ReportTexts", "On-time rate by week"),
    ("workload", "agents"): QT_TRANSLATE_NOOP("ReportTexts", "Cases per agent"),
}

# The refund-rate bands (catalog.REFUND_BANDS); several spellings, one word each.
BANDS = {
    "good": QT_TRANSLATE_NOOP("ReportTexts", "Good (under 5 %)"),
    "watch": QT_TRANSLATE_NOOP("ReportTexts", "Watch (5–10 %)"),
    "alarm": QT_TRANSLATE_NOOP("ReportTexts", "Alarm (over 10 %)"),
}
BAND_ALIASES = {"ok": "good", "low": "good", "green": "good", "warn": "watch",
                "warning": "watch", "medium": "watch", "amber": "watch", "yellow": "watch",
                "high": "alarm", "bad": "alarm", "red": "alarm", "danger": "alarm"}

OUTCOMES = {
    "refunded": QT_TRANSLATE_NOOP("ReportTexts", "Refunded"),
    "rejected": QT_TRANSLATE_NOOP("ReportTexts", "Refused"),
    "open": QT_TRANSLATE_NOOP("ReportTexts", "Still open"),
    "cancelled": QT_TRANSLATE_NOOP("ReportTexts", "Withdrawn"),
    "resolved": QT_TRANSLATE_NOOP("ReportTexts", "Resolved otherwise"),
    "exchanged": QT_TRANSLATE_NOOP("ReportTexts", "Exchanged"),
    "compensated": QT_TRANSLATE_NOOP("ReportTexts", "Compensated"),
}

COST_KINDS = {
    "refunded": QT_TRANSLATE_NOOP("ReportTexts", "Amount refunded"),
    "explicit": QT_TRANSLATE_NOOP("ReportTexts", "Amount refunded"),
    "marketing": QT_TRANSLATE_NOOP("ReportTexts", "Marketing"),
    "postage": QT_TRANSLATE_NOOP("ReportTexts", "Postage"),
    "logistics": QT_TRANSLATE_NOOP("ReportTexts", "Return and exchange postage"),
    "return_postage": QT_TRANSLATE_NOOP("ReportTexts", "Return postage"),
    "exchange_postage": QT_TRANSLATE_NOOP("ReportTexts", "Exchange postage"),
    "processing": QT_TRANSLATE_NOOP("ReportTexts", "Processing"),
    "goods_loss": QT_TRANSLATE_NOOP("ReportTexts", "Goods lost"),
    "compensation": QT_TRANSLATE_NOOP("ReportTexts", "Compensation"),
    "coupons": QT_TRANSLATE_NOOP("ReportTexts", "Coupons"),
    "coupon": QT_TRANSLATE_NOOP("ReportTexts", "Coupons"),
}

# Series of the charts not named by a column (the columns' words name the others).
SERIES = {
    "top_products": QT_TRANSLATE_NOOP("ReportTexts", "Refunded"),
    "good": QT_TRANSLATE_NOOP("ReportTexts", "5 % band"),
    "alarm": QT_TRANSLATE_NOOP("ReportTexts", "10 % band"),
}

YES = QT_TRANSLATE_NOOP("ReportTexts", "Yes")
NO_ROWS = QT_TRANSLATE_NOOP("ReportTexts", "No rows for this filter.")
FILTER = QT_TRANSLATE_NOOP("ReportTexts", "Filter:")
HOURS = QT_TRANSLATE_NOOP("ReportTexts", "%1 h")
YUAN_AXIS = QT_TRANSLATE_NOOP("ReportTexts", "Yuan (¥)")
HOURS_AXIS = QT_TRANSLATE_NOOP("ReportTexts", "Hours")


def tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


def title(name: str) -> str:
    return tr(TITLES[name]) if name in TITLES else name


def definition(name: str) -> str:
    return tr(DEFINITIONS[name]) if name in DEFINITIONS else ""


def figure(name: str, key: str) -> tuple[str, str]:
    """(the figure's name, what it counts)."""
    found = FIGURES.get((name, key))
    return (tr(found[0]), tr(found[1])) if found else (column(key), "")


def table(key: str) -> str:
    return tr(TABLES[key]) if key in TABLES else column(key)


def column(key: str) -> str:
    return tr(COLUMNS[key]) if key in COLUMNS else key


def chart(name: str, key: str) -> str:
    found = CHARTS.get((name, key))
    return tr(found) if found else table(key)


def series(key: str) -> str:
    if key in COLUMNS:
        return column(key)
    return tr(SERIES[key]) if key in SERIES else figure_any(key)


def figure_any(key: str) -> str:
    return next((tr(v[0]) for (_n, k), v in FIGURES.items() if k == key), key)


def band_code(value: object) -> str | None:
    """The band of a row ("good", "watch", "alarm"), whatever the report spelt."""
    text = str(value or "").strip().lower()
    return text if text in BANDS else BAND_ALIASES.get(text)


def value(column_key: str, raw: object, report: str = "") -> str:
    """A text cell in words: a band, reason, kind, outcome, cost kind or platform;
    names (of shops, products, agents) as they are. Compensation's reasons are the
    payments' own (return postage, price difference, goodwill)."""
    if raw is None:
        return ""
    text = str(raw)
    if report == "compensation" and column_key == "reason":
        return labels.label("payment_reason", text)
    if column_key == "band":
        code = band_code(text)
        return tr(BANDS[code]) if code else text
    if column_key == "reason":
        return labels.reason(text)
    if column_key == "kind":
        return labels.kind(text)
    if column_key == "platform":
        return labels.platform(text)
    if column_key == "outcome":
        return tr(OUTCOMES[text]) if text in OUTCOMES else labels.status(text)
    if column_key == "cost_kind":
        return tr(COST_KINDS[text]) if text in COST_KINDS else labels.label("field", text)
    return text


# What a chart's categories are, when they are codes rather than names or dates.
CATEGORY_COLUMNS = {("reasons", "reasons"): "reason", ("second-refunds", "outcomes"): "outcome",
                    ("refund-cost", "by_kind"): "cost_kind"}


def category(name: str, chart_key: str, raw: str) -> str:
    col = CATEGORY_COLUMNS.get((name, chart_key))
    return value(col, raw, name) if col else raw
