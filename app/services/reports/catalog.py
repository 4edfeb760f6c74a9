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
