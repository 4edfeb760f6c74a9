"""Why a row or a file could not be imported, in the user's language.

The import layer (app/io) raises errors and rejects rows with a stable code and
params (app.io.errors: MESSAGES holds the English of every code); each code has a
sentence here. Our field names in the params are translated too; the platform's
column names and the values stay as the file has them. An unknown code falls back
to the English message, never to nothing.

`describe(code, params)` is also what the window hands to the import service for the
report of rejected rows; it runs in the worker thread then (QCoreApplication.translate
is thread-safe).
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.io.errors import CodedError
from ui import store_texts
from ui.mapping_dialog import field_label

CTX = "ImportTexts"

TEXTS = {
    # -- one row ----------------------------------------------------------------------
    "id_missing": QT_TRANSLATE_NOOP("ImportTexts", "Missing %1 (column %2)"),
    "id_not_id": QT_TRANSLATE_NOOP("ImportTexts", "%1 %2 is not an id"),
    "id_decimal": QT_TRANSLATE_NOOP(
        "ImportTexts", "%1 %2 is a decimal number, not an id (column %3)"),
    "id_excel_number": QT_TRANSLATE_NOOP(
        "ImportTexts",
        "%1 %2 was stored as a number by Excel, which keeps only %3 digits: the id is "
        "damaged (column %4). Export the ids as text."),
    "id_scientific": QT_TRANSLATE_NOOP(
        "ImportTexts",
        "%1 in scientific notation, damaged by Excel: %2 (column %3). The digits are lost; "
        "export the file again with ids as text."),
    "id_invalid": QT_TRANSLATE_NOOP("ImportTexts", "%1 %2 is not a platform id (column %3)"),
    "amount_not_number": QT_TRANSLATE_NOOP(
        "ImportTexts", "Amount %1 is not a number (column %2)"),
    "amount_decimals": QT_TRANSLATE_NOOP(
        "ImportTexts", "Amount %1 has more than two decimals (column %2)"),
    "time_missing": QT_TRANSLATE_NOOP("ImportTexts", "Missing %1"),
    "date_invalid": QT_TRANSLATE_NOOP("ImportTexts", "%1: %2 is not a valid date (%3)"),
    "date_unreadable": QT_TRANSLATE_NOOP("ImportTexts", "%1: %2 is not a date"),
    "flag_invalid": QT_TRANSLATE_NOOP("ImportTexts", "%1: %2 is neither 是 nor 否"),
    "quantity_invalid": QT_TRANSLATE_NOOP("ImportTexts", "%1: %2 is not a whole number"),
    "kind_unknown": QT_TRANSLATE_NOOP("ImportTexts", "Unknown after-sales type %1 (column %2)"),
    "no_shop": QT_TRANSLATE_NOOP(
        "ImportTexts", "No shop name in the row; enter the shop name for this file"),
    "mixed_encoding": QT_TRANSLATE_NOOP(
        "ImportTexts",
        "The row has bytes that are not valid %1 text (the file mixes encodings)"),
    "amount_too_large": QT_TRANSLATE_NOOP(
        "ImportTexts", "Amount %1 is larger than %2 yuan (column %3)"),
    "amount_negative": QT_TRANSLATE_NOOP(
        "ImportTexts", "The amount is negative (%1 yuan, column %2); a refund cannot be"),
    "quantity_too_large": QT_TRANSLATE_NOOP("ImportTexts", "%1: %2 is larger than %3"),
    "text_too_long": QT_TRANSLATE_NOOP(
        "ImportTexts", "%1 is %2 characters long; at most %3 fit"),
    "cell_too_large": QT_TRANSLATE_NOOP(
        "ImportTexts", "A cell of %1 holds %2 characters; at most %3 are read"),
    "row_too_large": QT_TRANSLATE_NOOP(
        "ImportTexts", "The row holds %1 characters; at most %2 are read"),
    # -- the whole file ---------------------------------------------------------------
    "file_missing": QT_TRANSLATE_NOOP("ImportTexts", "%1 does not exist or is not a file"),
    "file_empty": QT_TRANSLATE_NOOP("ImportTexts", "%1 is empty"),
    "encoding_unknown": QT_TRANSLATE_NOOP(
        "ImportTexts",
        "Cannot tell the text encoding of the file; save it as UTF-8 and try again"),
    "not_xlsx": QT_TRANSLATE_NOOP(
        "ImportTexts",
        "%1 is not an Excel workbook (.xlsx): the file is damaged or of another kind. "
        "Open it in Excel and save it again as .xlsx or .csv."),
    "not_xls": QT_TRANSLATE_NOOP("ImportTexts", "%1 is not an Excel 97-2003 workbook (.xls)"),
    "not_text": QT_TRANSLATE_NOOP("ImportTexts", "%1 is not a text or spreadsheet file"),
    "csv_broken": QT_TRANSLATE_NOOP("ImportTexts", "The CSV file is broken near line %1: %2"),
    "workbook_unreadable": QT_TRANSLATE_NOOP(
        "ImportTexts",
        "%1 cannot be read as an Excel workbook (%2). Open it in Excel and save it again."),
    "workbook_error": QT_TRANSLATE_NOOP(
        "ImportTexts", "%1 cannot be read as an Excel workbook: %2"),
    "workbook_damaged": QT_TRANSLATE_NOOP(
        "ImportTexts", "The workbook is damaged near row %1: %2"),
    "no_header": QT_TRANSLATE_NOOP("ImportTexts", "%1 has no header row and no data"),
    "unknown_headers": QT_TRANSLATE_NOOP(
        "ImportTexts", "%1: the columns match no import profile. Headers found: %2"),
    "unknown_headers_profile": QT_TRANSLATE_NOOP(
        "ImportTexts",
        "%1: the columns match no import profile. Headers found: %2 (profile %3 finds no "
        "column for %4)"),
    "mapping_incomplete": QT_TRANSLATE_NOOP("ImportTexts", "The mapping finds no column for %1"),
    "no_profile_chosen": QT_TRANSLATE_NOOP("ImportTexts", "No profile chosen for this file"),
    "profile_unknown": QT_TRANSLATE_NOOP("ImportTexts", "There is no import profile named “%1”"),
    "no_shop_column": QT_TRANSLATE_NOOP(
        "ImportTexts", "%1 has no shop column; enter the shop name"),
    # The store is read-only only on a network drive (app/services/store.py).
    "read_only": QT_TRANSLATE_NOOP(
        "ImportTexts",
        "The database %1 is on a network drive, where SQLite cannot write safely; nothing "
        "was imported. Copy it to a local disk, or let the team share a PostgreSQL server."),
    "import_cancelled": QT_TRANSLATE_NOOP(
        "ImportTexts", "The import was stopped. The rows written so far are kept and the batch "
        "is incomplete: import the same file again to complete it"),
    "profile_name_missing": QT_TRANSLATE_NOOP("ImportTexts", "A profile needs a name"),
    "list_kind_unknown": QT_TRANSLATE_NOOP("ImportTexts", "Unknown list kind %1"),
    "mapping_needs": QT_TRANSLATE_NOOP("ImportTexts", "The mapping needs a column for %1"),
    "profile_exists": QT_TRANSLATE_NOOP("ImportTexts", "A profile named “%1” already exists"),
    # -- exports ----------------------------------------------------------------------
    "export_format": QT_TRANSLATE_NOOP("ImportTexts", "%1: export to .csv or .xlsx"),
    "folder_missing": QT_TRANSLATE_NOOP("ImportTexts", "The folder %1 does not exist"),
    "target_exists": QT_TRANSLATE_NOOP(
        "ImportTexts", "%1 already exists; choose another name to keep it"),
    "target_protected": QT_TRANSLATE_NOOP(
        "ImportTexts",
        "%1 is the database in use or one of its backups; it is never written over. "
        "Choose another name."),
    "target_is_folder": QT_TRANSLATE_NOOP("ImportTexts", "%1 is a folder; name a file"),
    "csv_quote_unclosed": QT_TRANSLATE_NOOP(
        "ImportTexts",
        "The quote opened on line %1 is never closed: the rest of the file would be one "
        "cell. Close the quote and import again."),
    "csv_cell_too_large": QT_TRANSLATE_NOOP(
        "ImportTexts",
        "A cell starting near line %1 is larger than %2 characters (an unclosed quote, or "
        "not an export); nothing was imported"),
    "workbook_cell_too_large": QT_TRANSLATE_NOOP(
        "ImportTexts",
        "%1 holds a cell of more than %2 characters, more than Excel itself allows (%3); "
        "nothing was imported"),
}

# The sentences of codes whose column may be unnamed (an id checked on its own).
WITHOUT_COLUMN = {
    "id_missing": QT_TRANSLATE_NOOP("ImportTexts", "Missing %1"),
    "id_decimal": QT_TRANSLATE_NOOP("ImportTexts", "%1 %2 is a decimal number, not an id"),
    "id_excel_number": QT_TRANSLATE_NOOP(
        "ImportTexts",
        "%1 %2 was stored as a number by Excel, which keeps only %3 digits: the id is "
        "damaged. Export the ids as text."),
    "id_scientific": QT_TRANSLATE_NOOP(
        "ImportTexts",
        "%1 in scientific notation, damaged by Excel: %2. The digits are lost; export the "
        "file again with ids as text."),
    "id_invalid": QT_TRANSLATE_NOOP("ImportTexts", "%1 %2 is not a platform id"),
}

# Which params fill %1, %2 … of each sentence.
ARGS = {
    "id_missing": ("field", "column"),
    "id_not_id": ("field", "value"),
    "id_decimal": ("field", "value", "column"),
    "id_excel_number": ("field", "value", "digits", "column"),
    "id_scientific": ("field", "value", "column"),
    "id_invalid": ("field", "value", "column"),
    "amount_not_number": ("value", "column"),
    "amount_decimals": ("value", "column"),
    "time_missing": ("column",),
    "date_invalid": ("column", "value", "detail"),
    "date_unreadable": ("column", "value"),
    "flag_invalid": ("column", "value"),
    "quantity_invalid": ("column", "value"),
    "kind_unknown": ("value", "column"),
    "mixed_encoding": ("encoding",),
    "file_missing": ("file",),
    "file_empty": ("file",),
    "not_xlsx": ("file",),
    "not_xls": ("file",),
    "not_text": ("file",),
    "csv_broken": ("line", "detail"),
    "workbook_unreadable": ("file", "detail"),
    "workbook_error": ("file", "detail"),
    "workbook_damaged": ("line", "detail"),
    "no_header": ("file",),
    "unknown_headers": ("file", "headers"),
    "unknown_headers_profile": ("file", "headers", "profile", "fields"),
    "mapping_incomplete": ("fields",),
    "profile_unknown": ("profile",),
    "no_shop_column": ("file",),
    "read_only": ("database",),
    "list_kind_unknown": ("value",),
    "mapping_needs": ("fields",),
    "profile_exists": ("profile",),
    "export_format": ("file",),
    "folder_missing": ("folder",),
    "amount_too_large": ("value", "limit", "column"),
    "amount_negative": ("value", "column"),
    "quantity_too_large": ("column", "value", "limit"),
    "text_too_long": ("column", "length", "limit"),
    "cell_too_large": ("column", "length", "limit"),
    "row_too_large": ("length", "limit"),
    "target_exists": ("file",),
    "target_protected": ("file",),
    "target_is_folder": ("file",),
    "csv_quote_unclosed": ("line",),
    "csv_cell_too_large": ("line", "limit"),
    "workbook_cell_too_large": ("file", "limit", "part"),
}

# Our fields as the sentences name them (params["field"]).
FIELD_NAMES = {
    "case_no": QT_TRANSLATE_NOOP("ImportTexts", "after-sales no."),
    "order_no": QT_TRANSLATE_NOOP("ImportTexts", "order no."),
    "sub_order_no": QT_TRANSLATE_NOOP("ImportTexts", "sub-order no."),
    "tracking_no": QT_TRANSLATE_NOOP("ImportTexts", "tracking no."),
}
LIST_SEPARATOR = QT_TRANSLATE_NOOP("ImportTexts", ", ")
NONE = QT_TRANSLATE_NOOP("ImportTexts", "(none)")
UNKNOWN_STATUSES = QT_TRANSLATE_NOOP(
    "ImportTexts", "Platform statuses not known (kept as text, cases not moved): %1")

_ARG = re.compile(r"%(\d)")


def _tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


def field_name(key: str) -> str:
    """One of our fields as a sentence names it; an unknown key is shown as it is."""
    text = FIELD_NAMES.get(key)
    return _tr(text) if text else key


def _shown(name: str, value: object) -> str:
    if name == "field":
        return field_name(str(value))
    if isinstance(value, tuple | list):
        if not value:
            return _tr(NONE)
        items = [field_label(v) for v in value] if name == "fields" else [str(v) for v in value]
        return _tr(LIST_SEPARATOR).join(items)
    return str(value)


def describe(code: str, params: Mapping[str, object], english: str = "") -> str:
    """The sentence for a code and its params; `english` (or the code) when it has none."""
    template = TEXTS.get(code)
    if template is None:
        return english or code
    if code in WITHOUT_COLUMN and not params.get("column"):
        template = WITHOUT_COLUMN[code]
    text = _tr(template)
    names = ARGS.get(code, ())
    args = [_shown(n, params.get(n, "")) for n in names]
    # One pass: a value that itself holds "%2" is not substituted again.
    out = _ARG.sub(lambda m: args[int(m.group(1)) - 1] if 0 < int(m.group(1)) <= len(args)
                   else m.group(0), text)
    if names[:1] == ("field",) and template.startswith("%1"):
        out = out[:1].upper() + out[1:]  # "order no. …" opens a sentence
    return out


def describe_error(exc: BaseException) -> str:
    """What to tell the user about an error of an import or export; other errors keep
    their own text."""
    english = str(exc) or type(exc).__name__
    if not isinstance(exc, CodedError):
        return store_texts.describe(exc)
    return describe(exc.code, exc.params, english)


def unknown_statuses(counts: Mapping[str, int]) -> str:
    """The import summary's line on platform statuses no rule profile knows (kept as
    text, the case left where it was): '' when there were none. Rich text."""
    if not counts:
        return ""
    shown = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    items = _tr(LIST_SEPARATOR).join(f"{html.escape(text)} ×{n}" for text, n in shown[:5])
    if len(shown) > 5:
        items += " …"
    return _tr(UNKNOWN_STATUSES).replace("%1", items)
