"""The words of an appeal bundle, in Chinese and English: the summary's headings, its
values (times, money, what an event changed) and the warnings about a platform's limits.

A bundle is read by a platform's reviewer, not only by our agents, so it speaks the
user's language with no Qt in between; the codes (statuses, kinds, actions, fields) are
named as the window names them (app/io/export_labels.py).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

from app.domain.evidence_limits import Exceeded
from app.domain.money import fen_to_yuan
from app.domain.playbooks import Text
from app.io.export_labels import TABLES

# A platform's reviewer reads times as the platform shows them: China Standard Time.
CHINA = timezone(timedelta(hours=8))

T: dict[str, Text] = {
    "title": Text("售后申诉材料", "After-sales appeal bundle"),
    "case": Text("售后单", "Case"),
    "case_no": Text("售后单号", "Case no."),
    "platform": Text("平台", "Platform"),
    "shop": Text("店铺", "Shop"),
    "kind": Text("售后类型", "Kind"),
    "reason": Text("售后原因", "Reason"),
    "reason_text": Text("买家描述", "Buyer's words"),
    "status": Text("处理状态", "Status"),
    "platform_status": Text("平台状态", "Platform status"),
    "amount": Text("申请金额", "Amount claimed"),
    "opened": Text("创建时间", "Opened"),
    "deadline": Text("处理截止", "Deadline"),
    "order": Text("订单", "Order"),
    "order_no": Text("订单号", "Order no."),
    "order_status": Text("订单状态", "Order status"),
    "total": Text("订单金额", "Order total"),
    "paid_at": Text("付款时间", "Paid at"),
    "product": Text("商品", "Product"),
    "spec": Text("规格", "Variant"),
    "quantity": Text("数量", "Quantity"),
    "unit_price": Text("单价", "Unit price"),
    "no_order": Text("此售后单没有关联订单。", "No order is linked to this case."),
    "logistics": Text("物流", "Logistics"),
    "shipment": Text("类型", "Shipment"),
    "carrier": Text("快递公司", "Carrier"),
    "tracking_no": Text("运单号", "Tracking no."),
    "shipped_at": Text("发货时间", "Shipped"),
    "delivered_at": Text("签收时间", "Delivered"),
    "no_shipments": Text("没有物流记录。", "No shipment is recorded."),
    "decisions": Text("处理决定与款项", "Decisions and payments"),
    "no_decisions": Text("尚无状态变更、升级或款项记录。",
                         "No status move, escalation or payment is recorded yet."),
    "timeline": Text("处理记录", "Timeline"),
    "when": Text("时间", "When"),
    "who": Text("操作人", "Who"),
    "action": Text("操作", "Action"),
    "changes": Text("变更内容", "What changed"),
    "evidence": Text("凭证", "Evidence"),
    "file": Text("文件", "File"),
    "type": Text("类型", "Type"),
    "size": Text("大小", "Size"),
    "added": Text("添加人与时间", "Added by, at"),
    "step": Text("对应步骤", "Step"),
    "note": Text("说明", "Note"),
    "original_name": Text("原文件名", "Original name"),
    "no_evidence": Text("此售后单没有凭证。", "No evidence is attached to this case."),
    "warnings": Text("上传前请注意", "Before uploading"),
    "made": Text("{who} 于 {at} 生成", "Made by {who} on {at}"),
    "times": Text("时间均为北京时间（UTC+8）。", "Times are China Standard Time (UTC+8)."),
    "verify": Text("manifest.json 记录了每个文件的 SHA-256；"
                   "运行 python main.py bundle-check 可核对材料包完整、未被改动。",
                   "manifest.json holds each file's SHA-256; python main.py bundle-check "
                   "verifies that the bundle is whole and unchanged."),
    "yes": Text("是", "yes"),
    "no": Text("否", "no"),
}

# What a detected type is called (the file's content decided it, not its name).
TYPES: dict[str, Text] = {
    "jpeg": Text("JPEG 图片", "JPEG image"), "png": Text("PNG 图片", "PNG image"),
    "webp": Text("WebP 图片", "WebP image"), "gif": Text("GIF 图片", "GIF image"),
    "heic": Text("HEIC 照片", "HEIC photo"), "pdf": Text("PDF 文档", "PDF document"),
    "mp4": Text("MP4 视频", "MP4 video"), "mov": Text("MOV 视频", "MOV video"),
    "text": Text("文本", "Text"),
}

WARNINGS: dict[str, Text] = {
    "max_images": Text("{platform}的凭证上传最多 {limit} 张图片，本材料包有 {actual} 张。",
                       "{platform} takes {limit} images in an evidence call; "
                       "this bundle holds {actual}."),
    "max_videos": Text("{platform}的凭证上传最多 {limit} 个视频，本材料包有 {actual} 个。",
                       "{platform} takes {limit} videos in an evidence call; "
                       "this bundle holds {actual}."),
    "max_files": Text("{platform}的凭证上传最多 {limit} 个文件，本材料包有 {actual} 个。",
                      "{platform} takes {limit} files in an evidence call; "
                      "this bundle holds {actual}."),
    "max_comment": Text("{platform}的凭证说明最多 {limit} 字，{name} 的说明有 {actual} 字。",
                        "{platform} takes a comment of {limit} characters in an evidence "
                        "call; the note of {name} has {actual}."),
}


def word(key: str, lang: str) -> str:
    return T[key].in_(lang)


def code_label(table: str, code: object, lang: str) -> str:
    """A code as the window names it; a code it does not know is shown as it is."""
    if code is None or code == "":
        return "—"
    names = TABLES[table].get(str(code))
    if names is None:
        return str(code)
    return names[0] if lang.startswith("zh") else names[1]


def type_label(kind: str, lang: str) -> str:
    text = TYPES.get(kind)
    return text.in_(lang) if text is not None else kind


def warning(exceeded: Exceeded, platform: str, lang: str) -> dict[str, str]:
    """The manifest's {"code", "text"} for one limit the bundle goes over."""
    text = WARNINGS[exceeded.key].in_(lang).format(
        platform=code_label("platform", platform, lang), limit=exceeded.limit,
        actual=exceeded.actual, name=exceeded.name or "")
    return {"code": exceeded.key, "text": text}


def when(value: object) -> str:
    """An ISO time (with an offset, or naive UTC as the store keeps it) in China time."""
    if not isinstance(value, str) or not value:
        return "—"
    try:
        at = datetime.fromisoformat(value)
    except ValueError:
        return value
    if at.tzinfo is None:
        at = at.replace(tzinfo=UTC)
    return at.astimezone(CHINA).strftime("%Y-%m-%d %H:%M")


def yuan(value: object) -> str:
    return "—" if value is None or value == "" else f"¥{value}"


def size_text(n: int) -> str:
    for unit, scale in (("MB", 10**6), ("KB", 10**3)):
        if n >= scale:
            return f"{n / scale:.1f} {unit}"
    return f"{n} B"


def value_text(field: str, value: Any, lang: str, steps: Mapping[str, str]) -> str:
    """One value an event recorded, in words."""
    sep = "、" if lang.startswith("zh") else ", "
    if value is None:
        return "—"
    if isinstance(value, bool):
        return word("yes" if value else "no", lang)
    if field in ("status", "kind", "reason", "platform", "exception_subtype"):
        return code_label(field, value, lang)
    if field == "escalated_to":
        return code_label("escalation", value, lang)
    if field == "step" and isinstance(value, str):
        return steps.get(value, value)
    if field in ("evidence", "evidence_removed"):
        files = value if isinstance(value, list) else [value]
        return sep.join(str(f.get("name", "?")) if isinstance(f, Mapping) else str(f)
                        for f in files) or "—"
    if field.endswith("_fen") and isinstance(value, int):
        return yuan(fen_to_yuan(value))
    if field.endswith("_at") and isinstance(value, str):
        return when(value)
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return sep.join(value) or "—"
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


def changes_text(changes: Mapping[str, Any], lang: str, steps: Mapping[str, str]) -> str:
    """'Status: New → In progress; Amount: ¥12.00' for an event's changes."""
    zh = lang.startswith("zh")
    colon = "：" if zh else ": "
    parts = []
    for field, value in changes.items():
        if field == "assignee_id" and "assignee_name" in changes:
            continue  # the name says it; the id is for the store
        name = code_label("field", field, lang)
        # [before, after]; except a list of two tags, or two files: those are values.
        pair = isinstance(value, list) and len(value) == 2 and field != "evidence" and (
            field != "tags" or all(isinstance(v, list) for v in value))
        if pair:
            before, after = (value_text(field, v, lang, steps) for v in value)
            parts.append(f"{name}{colon}{before} → {after}")
        else:
            parts.append(f"{name}{colon}{value_text(field, value, lang, steps)}")
    return ("；" if zh else "; ").join(parts)
