"""The one-page case summary of an appeal bundle (summary.html), in the user's language.

It tells a platform's reviewer the case at a glance: the order, the logistics, what was
decided and paid, every event of the history, and the evidence with its hashes. Every
value from the store is escaped (html.escape): a buyer's words or an agent's note are
text, never markup. The buyer's name, phone and address are left out: the platform
has them, and the bundle travels.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from app.io.bundle_money import money_sections
from app.io.bundle_words import (
    changes_text,
    code_label,
    size_text,
    type_label,
    when,
    word,
    yuan,
)

# Changes that are decisions (a move, an escalation, what the platform will do), and
# money however a later feature names it: payments are read from the events generically.
DECISION_FIELDS = frozenset({"status", "escalated_to", "auto_action"})
_MONEY_FIELD = re.compile(r"_fen$|^refund|^payment|^paid|compensation")
_MONEY_ACTION = re.compile(r"refund|payment|pay")

_STYLE = """
body { font-family: "Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", sans-serif;
       font-size: 13px; color: #222; max-width: 60em; margin: 1.5em auto; padding: 0 1em; }
h1 { font-size: 20px; margin-bottom: 0.2em; }
h2 { font-size: 15px; border-bottom: 1px solid #bbb; margin-top: 1.4em; }
table { border-collapse: collapse; width: 100%; margin: 0.4em 0; }
th, td { border: 1px solid #ccc; padding: 3px 6px; text-align: left; vertical-align: top; }
th { background: #f2f2f2; font-weight: 600; }
table.facts th { width: 9em; }
.hash { font-family: monospace; font-size: 11px; word-break: break-all; }
.warn { background: #fff4d6; border: 1px solid #e0b400; padding: 0.4em 0.8em; }
.muted { color: #666; }
@media print { body { margin: 0; max-width: none; } }
"""


def esc(value: object) -> str:
    return html.escape("—" if value is None or value == "" else str(value), quote=True)


def summary_html(detail: Mapping[str, Any], files: Sequence[Mapping[str, Any]], *,
                 lang: str, made_at: str, made_by: str,
                 warnings: Sequence[Mapping[str, str]] = (),
                 steps: Mapping[str, str] | None = None,
                 money: Mapping[str, Any] | None = None) -> str:
    """The page for `detail` (app.services.cases.case_detail) and the manifest's `files`;
    `steps` names the playbook's steps (key -> title in `lang`); `money` is the case's
    payments, coupons and cost (app.services.case_spend)."""
    steps = steps or {}
    title = f"{word('title', lang)} · {detail.get('case_no', '')}"
    parts = [
        "<!doctype html>",
        f'<html lang="{"zh-CN" if lang.startswith("zh") else "en"}"><head>',
        '<meta charset="utf-8">',
        f"<title>{esc(title)}</title><style>{_STYLE}</style></head><body>",
        f"<h1>{esc(title)}</h1>",
        f'<p class="muted">{esc(word("made", lang).format(who=made_by, at=when(made_at)))}'
        f" · {esc(word('times', lang))}</p>",
    ]
    if warnings:
        parts.append(f'<div class="warn"><strong>{esc(word("warnings", lang))}</strong><ul>')
        parts += [f"<li>{esc(item.get('text'))}</li>" for item in warnings]
        parts.append("</ul></div>")
    parts += _case(detail, lang)
    parts += _order(detail.get("order"), lang)
    parts += _decisions(detail.get("history") or (), lang, steps)
    parts += money_sections(money, lang)
    parts += _evidence(files, lang, steps)
    parts += _timeline(detail.get("history") or (), lang, steps)
    parts.append(f'<p class="muted">{esc(word("verify", lang))}</p></body></html>')
    return "\n".join(parts) + "\n"


def _facts(rows: Iterable[tuple[str, str]]) -> str:
    body = "".join(f"<tr><th>{esc(k)}</th><td>{esc(v)}</td></tr>" for k, v in rows)
    return f'<table class="facts">{body}</table>'


def _table(heads: Sequence[str], rows: Iterable[Sequence[str]],
           raw_cols: frozenset[int] = frozenset()) -> str:
    """A table of escaped cells; columns in `raw_cols` are markup this module built."""
    head = "".join(f"<th>{esc(h)}</th>" for h in heads)
    body = "".join("<tr>" + "".join(f"<td>{c if i in raw_cols else esc(c)}</td>"
                                    for i, c in enumerate(row)) + "</tr>" for row in rows)
    return f"<table><tr>{head}</tr>{body}</table>"


def _case(d: Mapping[str, Any], lang: str) -> list[str]:
    reason = code_label("reason", d.get("reason"), lang)
    rows = [
        (word("case_no", lang), d.get("case_no")),
        (word("platform", lang), code_label("platform", d.get("platform"), lang)),
        (word("shop", lang), d.get("shop")),
        (word("kind", lang), code_label("kind", d.get("kind"), lang)),
        (word("reason", lang), reason),
        (word("reason_text", lang), d.get("reason_text")),
        (word("status", lang), code_label("status", d.get("status"), lang)),
        (word("platform_status", lang), d.get("platform_status")),
        (word("amount", lang), yuan(d.get("amount"))),
        (word("opened", lang), when(d.get("created_at"))),
        (word("deadline", lang), when(d.get("deadline"))),
    ]
    return [f"<h2>{esc(word('case', lang))}</h2>", _facts((k, str(v or "—")) for k, v in rows)]


def _order(order: Mapping[str, Any] | None, lang: str) -> list[str]:
    out = [f"<h2>{esc(word('order', lang))}</h2>"]
    if not order:
        return [*out, f"<p>{esc(word('no_order', lang))}</p>"]
    out.append(_facts([
        (word("order_no", lang), order.get("order_no") or "—"),
        (word("order_status", lang), order.get("status") or "—"),
        (word("total", lang), yuan(order.get("total"))),
        (word("paid_at", lang), when(order.get("paid_at"))),
    ]))
    items = order.get("items") or []
    if items:
        out.append(_table(
            [word(k, lang) for k in ("product", "spec", "quantity", "unit_price")],
            [[i.get("product") or "—", i.get("sku_spec") or "—", str(i.get("quantity", "—")),
              yuan(i.get("unit_price"))] for i in items]))
    out.append(f"<h2>{esc(word('logistics', lang))}</h2>")
    shipments = order.get("shipments") or []
    if not shipments:
        return [*out, f"<p>{esc(word('no_shipments', lang))}</p>"]
    out.append(_table(
        [word(k, lang) for k in ("shipment", "carrier", "tracking_no", "shipped_at",
                                 "delivered_at")],
        [[code_label("shipment", s.get("kind"), lang), s.get("carrier") or "—",
          s.get("tracking_no") or "—", when(s.get("shipped_at")), when(s.get("delivered_at"))]
         for s in shipments]))
    return out


def is_decision(event: Mapping[str, Any]) -> bool:
    if event.get("action") == "created":
        return False  # the claim as it came in, not a decision on it
    if _MONEY_ACTION.search(str(event.get("action", ""))):
        return True
    return any(_decisive(f) for f in (event.get("changes") or {}))


def _decisive(field: str) -> bool:
    return field in DECISION_FIELDS or bool(_MONEY_FIELD.search(field))


def _decisions(history: Sequence[Mapping[str, Any]], lang: str,
               steps: Mapping[str, str]) -> list[str]:
    out = [f"<h2>{esc(word('decisions', lang))}</h2>"]
    rows = []
    for event in history:
        if not is_decision(event):
            continue
        changes = event.get("changes") or {}
        decisive = {k: v for k, v in changes.items() if _decisive(k)} or changes
        rows.append([when(event.get("at")), str(event.get("actor") or "—"),
                     code_label("action", event.get("action"), lang),
                     changes_text(decisive, lang, steps) or "—"])
    if not rows:
        return [*out, f"<p>{esc(word('no_decisions', lang))}</p>"]
    return [*out, _table([word(k, lang) for k in ("when", "who", "action", "changes")], rows)]


def _evidence(files: Sequence[Mapping[str, Any]], lang: str,
              steps: Mapping[str, str]) -> list[str]:
    out = [f"<h2>{esc(word('evidence', lang))} ({len(files)})</h2>"]
    if not files:
        return [*out, f"<p>{esc(word('no_evidence', lang))}</p>"]
    colon = "：" if lang.startswith("zh") else ": "
    rows = []
    for f in files:
        step = f.get("step")
        file_cell = (f"{esc(f.get('path'))}<br><span class=\"muted\">"
                     f"{esc(word('original_name', lang))}{colon}"
                     f"{esc(f.get('original_name'))}</span>"
                     f"<br><span class=\"hash\">SHA-256 {esc(f.get('sha256'))}</span>")
        rows.append([file_cell, type_label(str(f.get("type")), lang),
                     size_text(int(f.get("size") or 0)),
                     f"{f.get('added_by') or '—'}, {when(f.get('added_at'))}",
                     steps.get(step, step) if step else "—", f.get("note") or "—"])
    heads = [word(k, lang) for k in ("file", "type", "size", "added", "step", "note")]
    return [*out, _table(heads, rows, raw_cols=frozenset({0}))]


def _timeline(history: Sequence[Mapping[str, Any]], lang: str,
              steps: Mapping[str, str]) -> list[str]:
    rows = [[when(e.get("at")), str(e.get("actor") or "—"),
             code_label("action", e.get("action"), lang),
             changes_text(e.get("changes") or {}, lang, steps) or "—"] for e in history]
    return [f"<h2>{esc(word('timeline', lang))}</h2>",
            _table([word(k, lang) for k in ("when", "who", "action", "changes")], rows)]
