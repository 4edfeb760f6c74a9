"""`report --list` and `report NAME [filters] [--json] [--out FILE [--table KEY]]`: the
supervisors' reports from the command line. The acting user must sign in and may read
reports (VIEW_REPORTS: exit 3 otherwise); --from after --to exits 2."""

from __future__ import annotations

import argparse
import unicodedata
from datetime import date
from pathlib import Path
from typing import Any

from app.cli.common import emit, note, open_store, signed_in
from app.domain.errors import DomainError

LANGS = {"en": "en", "zh": "zh", "zh_CN": "zh"}


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a day like 2026-12-01") from None


def _text(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, float):
        return f"{value:.2f}"
    return str(value)


def _width(text: str) -> int:
    """Columns on a terminal: a Chinese character takes two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))


def _print_text(result: Any, lang: str) -> None:
    """The report for a person at a terminal: its figures, then each table aligned."""
    from app.services.reports.export import cell, header, sheet_name, title_and_definition

    title, definition = title_and_definition(result.name, lang)
    lines = [title, definition, ""]
    for f in result.figures:
        lines.append(f"{header(f.key, lang)}: {_text(cell(result.name, f.key, f.kind, f.value, lang))}")
    for t in result.tables:
        heads = [header(c.key, lang) for c in t.columns]
        body = [[_text(cell(result.name, c.key, c.kind, v, lang))
                 for c, v in zip(t.columns, row, strict=True)] for row in t.rows]
        widths = [max(_width(x) for x in col) for col in zip(heads, *body, strict=True)]
        lines += ["", f"[{sheet_name(t.key, lang)}]",
                  "  ".join(_pad(h, w) for h, w in zip(heads, widths, strict=True)).rstrip()]
        lines += ["  ".join(_pad(v, w) for v, w in zip(r, widths, strict=True)).rstrip()
                  for r in body]
    print("\n".join(lines))


def cmd_report(args: argparse.Namespace) -> int:
    from app.services.reports import CATALOG, ReportFilter, run

    if args.list:
        for spec in CATALOG.values():
            emit({"name": spec.name, "title": spec.title, "definition": spec.definition})
        return 0
    if not args.name:
        raise DomainError("name a report (`report --list` names them)")
    flt = ReportFilter(date_from=args.date_from, date_to=args.date_to, shop=args.shop,
                       platform=args.platform, product=args.product, sku=args.sku,
                       supplier=args.supplier)
    lang = LANGS[args.lang]
    store = open_store(args)
    try:
        actor = signed_in(args, store)
        result = run(store, args.name, flt, actor)
        if args.out:
            done = _export(result, args, lang, store.protected_paths)
            emit(done.to_json())
            note(args, {"rows": done.rows, "path": str(done.path)})
            return 0
    finally:
        store.close()
    if args.json:
        emit(result.to_json())
    else:
        _print_text(result, lang)
    note(args, {"tables": len(result.tables)})
    return 0


def _export(result: Any, args: argparse.Namespace, lang: str, protected: Any) -> Any:
    from app.services.reports.export import export_report, export_table

    out = Path(args.out)
    table = args.table
    if table is None and out.suffix.lower() == ".csv" and len(result.tables) == 1:
        table = result.tables[0].key
    if table is not None:
        return export_table(result, table, out, lang=lang, overwrite=args.overwrite,
                            protected_paths=protected)
    return export_report(result, out, lang=lang, overwrite=args.overwrite,
                         protected_paths=protected)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from app.services.reports.catalog import NAMES

    p = sub.add_parser("report", help="a supervisor's report (`report --list` names them)")
    p.add_argument("name", nargs="?", choices=NAMES, metavar="NAME",
                   help="one of " + ", ".join(NAMES))
    p.add_argument("--list", action="store_true", help="the reports, as JSON lines")
    p.add_argument("--from", dest="date_from", type=_day, metavar="YYYY-MM-DD",
                   help="first Asia/Shanghai day of the period")
    p.add_argument("--to", dest="date_to", type=_day, metavar="YYYY-MM-DD",
                   help="last Asia/Shanghai day of the period (included)")
    p.add_argument("--shop", help="shop name")
    p.add_argument("--platform", help="douyin, kuaishou, pinduoduo, taobao, jd, other")
    p.add_argument("--product", help="product name, as sold")
    p.add_argument("--sku", help="SKU code")
    p.add_argument("--supplier", help="supplier name")
    p.add_argument("--json", action="store_true", help="the report as JSON")
    p.add_argument("--out", metavar="FILE", help="export to .csv (one table) or .xlsx")
    p.add_argument("--table", help="the table to export (default: all, in an .xlsx)")
    p.add_argument("--lang", choices=sorted(LANGS), default="en",
                   help="words in the exported file and the text (zh_CN: Chinese)")
    p.add_argument("--overwrite", "--force", dest="overwrite", action="store_true",
                   help="replace an existing file")
    p.set_defaults(func=cmd_report)
