"""Approved compensation payments as a file a platform's batch upload (批量打款) takes.

Each platform's layout is a row of this table: the header the platform's template
names and which of our fields goes under it. A platform that changes its template
changes one row here. UTF-8 with BOM (Excel opens it), written to a temporary file
beside the target and renamed into place (`write_table`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from decimal import Decimal
from pathlib import Path

from app.domain.errors import DomainError
from app.domain.payments import REASON_TEXT, Payment, PaymentReason
from app.io.exporters import write_table

# platform -> ((header, field), …); fields: order_no, amount (yuan), reason (Chinese
# text), buyer (nickname), case_no, note, payment (our id, to match the platform's
# result file back).
LAYOUTS: dict[str, tuple[tuple[str, str], ...]] = {
    "douyin": (("订单编号", "order_no"), ("打款金额（元）", "amount"),
               ("打款原因", "reason"), ("备注", "note"), ("售后单号", "case_no"),
               ("工作台单号", "payment")),
    "kuaishou": (("订单号", "order_no"), ("打款金额", "amount"), ("打款原因", "reason"),
                 ("买家昵称", "buyer"), ("备注", "note"), ("工作台单号", "payment")),
    "pinduoduo": (("订单号", "order_no"), ("打款金额(元)", "amount"), ("打款类型", "reason"),
                  ("留言", "note"), ("工作台单号", "payment")),
    "taobao": (("订单编号", "order_no"), ("买家会员名", "buyer"), ("金额", "amount"),
               ("原因", "reason"), ("备注", "note"), ("工作台单号", "payment")),
    "jd": (("订单号", "order_no"), ("赔付金额", "amount"), ("赔付原因", "reason"),
           ("用户账号", "buyer"), ("备注", "note"), ("工作台单号", "payment")),
}


class NoLayout(DomainError):
    def __init__(self, platform: str) -> None:
        super().__init__(f"no batch payment layout for platform {platform!r}; known: "
                         + ", ".join(sorted(LAYOUTS)))
        self.platform = platform


def layout(platform: str) -> tuple[tuple[str, str], ...]:
    try:
        return LAYOUTS[platform]
    except KeyError:
        raise NoLayout(platform) from None


def _value(p: Payment, name: str) -> object:
    if name == "amount":
        return (Decimal(p.amount_fen) / 100).quantize(Decimal("0.01"))
    if name == "reason":
        try:
            return REASON_TEXT[PaymentReason(p.reason)][0]
        except ValueError:
            return p.reason
    if name == "payment":
        return p.id
    if name == "note":
        return p.note
    return p.extra.get(name)


def write_payments(out: Path, platform: str, payments: Iterable[Payment]) -> int:
    """The payments in the platform's layout; how many rows. `out` ends in .csv."""
    columns = layout(platform)
    if Path(out).suffix.lower() != ".csv":
        raise DomainError(f"{Path(out).name}: a batch payment file is .csv")

    def rows() -> Iterator[Sequence[object]]:
        for p in payments:
            yield [_value(p, name) for _header, name in columns]

    return write_table(Path(out), [header for header, _name in columns], rows())
