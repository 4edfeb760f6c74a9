"""Writing real-shaped platform exports for tests."""

from __future__ import annotations

import csv
import io
from pathlib import Path

DOUYIN_HEADER = ["店铺名称", "售后单号", "订单号", "商品单号", "商品名称", "商品规格", "售后类型",
                 "售后状态", "售后原因", "申请时间", "处理截止时间", "退款方式", "退商品金额（元）",
                 "退运费金额（元）", "退支付优惠（元）", "买家昵称", "退货物流公司", "退货物流单号"]


def douyin_row(case_no: str, order_no: str, *, kind: str = "仅退款", status: str = "待商家处理",
               reason: str = "质量问题", amount: str = "99.00", shop: str = "测试旗舰店",
               applied: str = "2024-09-15 22:10:14", deadline: str = "2024-09-17 22:10:14",
               nick: str = "晴天", return_no: str = "") -> list[str]:
    return [shop, f"\t{case_no}", f"\t{order_no}", f"\t{order_no}1", "蓝牙耳机Pro降噪", "白色",
            kind, status, reason, applied, deadline, "原路退回", amount, "0.00", "-5.00", nick,
            "顺丰速运" if return_no else "", return_no]


def csv_bytes(rows: list[list[str]], *, encoding: str = "utf-8-sig",
              newline: str = "\r\n", title: str | None = None) -> bytes:
    buf = io.StringIO()
    if title is not None:
        buf.write(title + newline)
    w = csv.writer(buf, lineterminator=newline)
    for r in rows:
        w.writerow(r)
    return buf.getvalue().encode(encoding)


def write_csv(path: Path, rows: list[list[str]], **kw: object) -> Path:
    path.write_bytes(csv_bytes(rows, **kw))  # type: ignore[arg-type]  # encoding options passed through untyped
    return path


def write_xlsx(path: Path, rows: list[list[object]]) -> Path:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path
