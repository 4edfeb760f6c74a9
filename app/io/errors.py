"""Why a file or a row could not be read (or written); every message is meant for the user.

Every error carries a stable `code` and its `params`. The English sentence — what the
command line prints, logs and tests read, `str(exc)` — is built from MESSAGES. The
window says the same in the user's language from the code and the params
(ui/import_texts.py has a sentence for every code here).

Params are plain values: text, whole numbers, or tuples of text. Two names mean
something: `field` is one of our field keys (FIELD_NAMES; the window translates it)
and `column` is the platform's header as the file spells it (never translated). A
`value` is shown as the English sentence shows it (quoted where it is text).
"""

from __future__ import annotations

from collections.abc import Mapping

from app.domain.errors import DomainError

Param = str | int | tuple[str, ...]
Params = Mapping[str, Param]

# Our fields named in row messages, in English.
FIELD_NAMES: dict[str, str] = {
    "case_no": "case no.",
    "order_no": "order no.",
    "sub_order_no": "sub-order no.",
    "tracking_no": "tracking no.",
}

# One row cannot be imported: the reason goes to the report with the row.
# {where} is " (column)" when a column is named, else nothing.
ROW_MESSAGES: dict[str, str] = {
    "id_missing": "missing {field}{where}",
    "id_not_id": "{field} {value} is not an id",
    "id_decimal": "{field} {value} is a decimal number, not an id{where}",
    "id_excel_number": ("{field} {value} was stored as a number by Excel, which keeps only "
                        "{digits} digits (damaged by Excel){where}; export the ids as text"),
    "id_scientific": ("{field} in scientific notation (damaged by Excel): {value}{where}; "
                      "the digits are lost, export the file again with ids as text"),
    "id_invalid": "{field} {value} is not a platform id{where}",
    "amount_not_number": "amount {value} is not a number ({column})",
    "amount_decimals": "amount {value} has more than two decimals ({column})",
    "time_missing": "missing {column}",
    "date_invalid": "{column} {value} is not a valid date ({detail})",
    "date_unreadable": "{column} {value} is not a date",
    "flag_invalid": "{column} {value} is neither 是 nor 否",
    "quantity_invalid": "{column} {value} is not a whole number",
    "kind_unknown": "unknown after-sales type {value} ({column})",
    "no_shop": "no shop name in the row; name the shop for this file (--shop)",
    "mixed_encoding": ("the row has bytes that are not valid {encoding} text "
                       "(the file mixes encodings)"),
    "amount_too_large": "amount {value} is larger than {limit} yuan ({column})",
    "amount_negative": "the amount is negative ({value} yuan, {column}); a refund cannot be",
    "quantity_too_large": "{column} {value} is larger than {limit}",
    "text_too_long": "{column} is {length} characters long; at most {limit} fit",
    "cell_too_large": "a cell of {column} holds {length} characters; at most {limit} are read",
    "row_too_large": "the row holds {length} characters; at most {limit} are read",
}

# The file as a whole cannot be imported (or a profile cannot be saved or used).
FILE_MESSAGES: dict[str, str] = {
    "file_missing": "{file} does not exist or is not a file",
    "file_empty": "{file} is empty",
    "encoding_unknown": "cannot tell the text encoding of the file; save it as UTF-8 and retry",
    "not_xlsx": ("{file} is not an Excel workbook (.xlsx): the file is damaged or of another "
                 "kind; open it in Excel and save it again as .xlsx or .csv"),
    "not_xls": "{file} is not an Excel 97-2003 workbook (.xls)",
    "not_text": "{file} is not a text or spreadsheet file",
    "csv_broken": "the CSV file is broken near line {line}: {detail}",
    "workbook_unreadable": ("{file} cannot be read as an Excel workbook ({detail}); "
                            "open it in Excel and save it again"),
    "workbook_error": "{file} cannot be read as an Excel workbook: {detail}",
    "workbook_damaged": "the workbook is damaged near row {line}: {detail}",
    "no_header": "{file} has no header row and no data",
    "unknown_headers": "{file}: the columns match no import profile; headers found: {headers}",
    "unknown_headers_profile": ("{file}: the columns match no import profile; headers found: "
                                "{headers} (profile {profile} finds no column for {fields})"),
    "mapping_incomplete": "the mapping finds no column for {fields}",
    "no_profile_chosen": "no profile chosen for this file",
    "profile_unknown": "no import profile named {profile!r}",
    "no_shop_column": "{file} has no shop column; name the shop (--shop NAME)",
    "read_only": "{reason}",
    "import_cancelled": ("the import was stopped; the rows written so far are kept and the "
                         "batch is incomplete: import the same file again to complete it"),
    "profile_name_missing": "a profile needs a name",
    "list_kind_unknown": "unknown list kind {value!r}",
    "mapping_needs": "the mapping needs a column for {fields}",
    "profile_exists": "a profile named {profile!r} already exists",
    "export_format": "{file}: export to .csv or .xlsx",
    "folder_missing": "folder {folder} does not exist",
    "target_exists": "{file} already exists; choose another name, or --overwrite to replace it",
    "target_protected": ("{file} is the database in use or one of its backups; it is never "
                         "written over, choose another name"),
    "target_is_folder": "{file} is a folder; name a file",
    "csv_quote_unclosed": ("the quote opened on line {line} is never closed: the rest of the "
                           "file would be one cell; close the quote and import again"),
    "csv_cell_too_large": ("a cell starting near line {line} is larger than {limit} characters "
                           "(an unclosed quote, or not an export); nothing was imported"),
    "workbook_cell_too_large": ("{file} holds a cell of more than {limit} characters, more "
                                "than Excel itself allows ({part}); nothing was imported"),
}

MESSAGES: dict[str, str] = {**ROW_MESSAGES, **FILE_MESSAGES}



def english(code: str, params: Params) -> str:
    """The English sentence for a code and its params."""
    values: dict[str, object] = {}
    for name, value in params.items():
        if name == "field" and isinstance(value, str):
            values[name] = FIELD_NAMES.get(value, value)
        elif isinstance(value, tuple):
            values[name] = ", ".join(value) or "(none)"
        else:
            values[name] = value
    column = params.get("column")
    values["where"] = f" ({column})" if column else ""
    template = MESSAGES[code]
    return template.format(**values)


class CodedError(Exception):
    """An error with a stable code and params; its text is the English sentence."""

    def __init__(self, code: str, /, **params: Param) -> None:
        if code not in MESSAGES:
            raise KeyError(f"no message for error code {code!r}")
        super().__init__(english(code, params))
        self.code = code
        self.params: dict[str, Param] = dict(params)

    def __reduce__(self) -> tuple[object, ...]:
        # Pickle and copy rebuild from the state, not by calling __init__ with the text.
        return (_restore, (type(self), self.args, dict(self.__dict__)))


def _restore(cls: type[CodedError], args: tuple[object, ...],
             state: dict[str, object]) -> CodedError:
    exc = cls.__new__(cls)
    exc.args = args
    exc.__dict__.update(state)
    return exc


class ImportFileError(CodedError, DomainError):
    """The file as a whole cannot be read: nothing of it is imported."""


class UnknownHeaders(ImportFileError):
    """No profile matches the file's header row; a user may map the columns."""

    def __init__(self, path_name: str, headers: tuple[str, ...] | list[str],
                 profile: str = "", missing: tuple[str, ...] = ()) -> None:
        found = tuple(h for h in headers if h)
        if profile:
            super().__init__("unknown_headers_profile", file=path_name, headers=found,
                             profile=profile, fields=tuple(missing))
        else:
            super().__init__("unknown_headers", file=path_name, headers=found)
        self.headers = list(headers)


class ProfileError(CodedError, ValueError):
    """A column mapping cannot be saved as a profile."""


class RowError(CodedError, ValueError):
    """One row cannot be imported; the reason goes to the report with the row."""


class ExportPathError(CodedError, ValueError):
    """An export cannot be written under the name asked for."""


class FolderMissing(CodedError, OSError):
    """The folder to write a file into does not exist."""


class TargetError(CodedError, ValueError):
    """A file cannot be written under the name asked for (exists, protected, a folder)."""
