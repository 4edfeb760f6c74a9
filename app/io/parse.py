"""From raw export rows to clean, typed rows (or a rejection with its reason).

`ExportReader` finds the header row (skipping title lines above it), chooses the
profile, then yields one item per line lazily: an AftersalesRow / OrderRow, a
Rejected row (kept for the report), or a Skipped line (blank, 合计 summary).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from types import TracebackType
from typing import Any

from app.domain.limits import FREE_TEXT_LIMIT, limit_of
from app.domain.money import fen_to_yuan
from app.io import quirks as q
from app.io.errors import ImportFileError, RowError, UnknownHeaders
from app.io.profiles import (
    AFTERSALES,
    ColumnPlan,
    Profile,
    Vocabulary,
    choose,
    personal_columns,
    plan,
)
from app.io.readers import FileInfo, Row, inspect, open_rows
from app.io.records import (
    AFTERSALES_STORED,
    ORDER_STORED,
    AftersalesRow,
    Item,
    OrderRow,
    Rejected,
    Skipped,
    cell_text,
)

__all__ = ["AftersalesRow", "ExportReader", "Item", "OrderRow", "Rejected", "Skipped",
           "cell_text"]

HEADER_SCAN_LINES = 30
# A cell holds at most what Excel allows; a whole row, at most this many characters.
CELL_LIMIT = FREE_TEXT_LIMIT
ROW_LIMIT = 1_000_000

class ExportReader:
    """Open an export, find its header and profile, and stream its parsed rows.

    Use as a context manager. `profiles` are the candidates (built-in and saved);
    `profile` forces one; `platform` restricts the choice. When no profile fits,
    entering raises UnknownHeaders unless `allow_unknown` is set, in which case
    `plan` is None and `headers` / `sample` hold what the mapping dialog shows.
    """

    def __init__(self, path: Path, profiles: Sequence[Profile], *, platform: str | None = None,
                 profile: Profile | None = None, default_shop: str | None = None,
                 allow_unknown: bool = False) -> None:
        self.path = Path(path)
        self._profiles = list(profiles)
        self._platform = platform
        self._forced = profile
        self.default_shop = default_shop
        self._allow_unknown = allow_unknown
        self.info: FileInfo
        self.plan: ColumnPlan | None = None
        self.headers: list[str] = []
        self.header_line = 0
        self.title_lines: list[str] = []
        self.sample: list[list[str]] = []
        self._ctx: Any = None
        self._rows: Iterator[Row]
        self._pending: list[Row] = []
        self.fraction: Callable[[], float] = lambda: 0.0

    def __enter__(self) -> ExportReader:
        self.info = inspect(self.path)
        self._ctx = open_rows(self.info)
        source = self._ctx.__enter__()
        self._rows = source.rows
        self.fraction = source.fraction
        try:
            self._find_header()
        except BaseException:
            self.__exit__(None, None, None)
            raise
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if self._ctx is not None:
            ctx, self._ctx = self._ctx, None
            ctx.__exit__(exc_type, exc, tb)

    # -- header -----------------------------------------------------------------------

    def _find_header(self) -> None:
        seen: list[Row] = []
        for line, cells in self._rows:
            seen.append((line, cells))
            if q.is_blank(cells):
                if len(seen) >= HEADER_SCAN_LINES:
                    break
                continue
            found = self._match(cells)
            if found is not None:
                self.plan = found
                self.headers = [cell_text(c).strip() for c in cells]
                self.header_line = line
                self.title_lines = [" ".join(cell_text(c) for c in r if c not in (None, ""))
                                    for ln, r in seen[:-1] if not q.is_blank(r)]
                return
            if len(seen) >= HEADER_SCAN_LINES:
                break
        # No profile fits. The header is the first line with several filled cells
        # (a title line above it has one).
        candidates = [(ln, r) for ln, r in seen if not q.is_blank(r)]
        header = next(((ln, r) for ln, r in candidates
                       if sum(1 for c in r if cell_text(c).strip()) >= 2),
                      candidates[0] if candidates else (0, []))
        self.header_line = header[0]
        self.headers = [cell_text(c).strip() for c in header[1]]
        if self._allow_unknown:
            self._pending = [(ln, r) for ln, r in seen if ln > self.header_line]
            return
        if not candidates:
            raise ImportFileError("no_header", file=self.path.name)
        if self._forced is not None:
            missing = plan(self._forced, header[1]).missing_required
            raise UnknownHeaders(self.path.name, self.headers, self._forced.name,
                                 tuple(missing))
        raise UnknownHeaders(self.path.name, self.headers)

    def _match(self, cells: list[object]) -> ColumnPlan | None:
        if self._forced is not None:
            cp = plan(self._forced, cells)
            return None if cp.missing_required else cp
        return choose(self._profiles, cells, self._platform)

    @property
    def personal_columns(self) -> dict[int, str]:
        """Which columns hold the buyer's name, phone and address (for ReportWriter)."""
        return {} if self.plan is None else personal_columns(self.plan)

    def use_profile(self, profile: Profile) -> None:
        """After the user mapped the columns: parse the rest with this profile."""
        cp = plan(profile, self.headers)
        if cp.missing_required:
            raise ImportFileError("mapping_incomplete", fields=tuple(cp.missing_required))
        self.plan = cp

    def raw_rows(self, limit: int) -> list[list[str]]:
        """The first data rows as text (for the mapping dialog's preview)."""
        out: list[list[str]] = []
        taken: list[Row] = []
        pending, self._pending = self._pending, []
        for line, cells in _chain(iter(pending), self._rows):
            taken.append((line, cells))
            if q.is_blank(cells):
                continue
            out.append([cell_text(c) for c in cells])
            if len(out) >= limit:
                break
        # Put them back (with what was not looked at) for items().
        self._pending = taken + pending[len(taken):]
        return out

    # -- rows -------------------------------------------------------------------------

    def items(self) -> Iterator[Item]:
        if self.plan is None:
            raise ImportFileError("no_profile_chosen")
        parse = (self._aftersales_parser() if self.plan.profile.list_kind == AFTERSALES
                 else self._order_parser())
        key_col = self.plan.index.get("case_no" if self.plan.profile.list_kind == AFTERSALES
                                      else "order_no", 0)
        width = len(self.headers)
        stored = AFTERSALES_STORED if self.plan.profile.list_kind == AFTERSALES else ORDER_STORED
        # An address joins four cells: each within a quarter of its limit is safe.
        shortest_limit = min(min(limit_of(f) for f in stored.values()),
                             limit_of("buyers.address") // 4)
        col = self.plan.header_of
        lossy = self.info.format == "csv"  # decoded text: bad bytes became U+FFFD
        pending = list(self._pending)
        self._pending.clear()
        for line, cells in _chain(iter(pending), self._rows):
            if q.is_blank(cells):
                yield Skipped(line, "blank")
                continue
            if len(cells) < width:
                cells = cells + [None] * (width - len(cells))
            key = cells[key_col]
            if key is None or not str(key).strip():
                if q.is_summary(cells):
                    yield Skipped(line, "summary")
                    continue
                if sum(1 for c in cells if c is not None and str(c).strip()) == 1:
                    yield Skipped(line, "note")  # 注：…, 导出时间：… under the data
                    continue
            try:
                longest = _check_size(cells, self.headers)
                if lossy and "\ufffd" in "\x1f".join(c for c in cells if isinstance(c, str)):
                    raise RowError("mixed_encoding", encoding=str(self.info.encoding))
                row = parse(line, cells)
                if longest > shortest_limit:  # else every text fits (parsing never lengthens)
                    _fits(row, stored, col)
                yield row
            except RowError as exc:
                yield Rejected(line, cells, str(exc), exc.code, exc.params)

    def case_keys(self) -> Iterator[tuple[int, str | None, str]]:
        """(line, shop, case no.) of each after-sales line whose case no. reads, without
        parsing the rest: a quick first pass that finds the cases a file repeats."""
        if self.plan is None or self.plan.profile.list_kind != AFTERSALES:
            raise ImportFileError("no_profile_chosen")
        get, col = self._cols()
        has_shop = "shop" in self.plan.index
        pending = list(self._pending)
        self._pending.clear()
        for line, cells in _chain(iter(pending), self._rows):
            if len(cells) < len(self.headers):
                cells = cells + [None] * (len(self.headers) - len(cells))
            try:
                case_no = q.platform_id(get(cells, "case_no"), "case_no", col("case_no"))
            except RowError:
                continue  # rejected in the real pass, whatever else it holds
            if case_no:
                shop = (q.text(get(cells, "shop")) if has_shop else None) or self.default_shop
                yield line, shop, case_no

    def _cols(self) -> tuple[Callable[[list[object], str], object], Callable[[str], str]]:
        cp = self.plan
        assert cp is not None
        index = dict(cp.index)

        def get(cells: list[object], key: str) -> object:
            i = index.get(key)
            return None if i is None else cells[i]

        return get, cp.header_of

    def _aftersales_parser(self) -> Callable[[int, list[object]], AftersalesRow]:
        cp = self.plan
        assert cp is not None
        get, col = self._cols()
        vocab = Vocabulary(cp.profile)
        amount_cols = cp.summed.get("amount", ())
        has_shop = "shop" in cp.index
        default_shop = self.default_shop
        headers = cp.headers

        def parse(line: int, cells: list[object]) -> AftersalesRow:
            case_no = q.platform_id(get(cells, "case_no"), "case_no", col("case_no"))
            order_no = q.platform_id(get(cells, "order_no"), "order_no", col("order_no"))
            shop = q.text(get(cells, "shop")) if has_shop else None
            shop = shop or default_shop
            if not shop:
                raise RowError("no_shop")
            type_text = q.text(get(cells, "case_type")) or ""
            kind = vocab.kind(type_text)
            if kind is None:
                raise RowError("kind_unknown", value=repr(type_text), column=col("case_type"))
            reason_text = q.text(get(cells, "reason_text"))
            amount = 0
            for i in amount_cols:
                part = q.amount_fen(cells[i], headers[i])
                if part < 0 and not _is_discount(headers[i]):
                    raise RowError("amount_negative", value=fen_to_yuan(part), column=headers[i])
                amount += part
            fast = get(cells, "fast_refund")
            return AftersalesRow(
                line=line, shop=shop, case_no=case_no or "", order_no=order_no or "",
                sub_order_no=q.platform_id(get(cells, "sub_order_no"), "sub_order_no",
                                           col("sub_order_no"), required=False),
                product_name=q.text(get(cells, "product_name")),
                sku_spec=q.text(get(cells, "sku_spec")),
                sku_code=q.text(get(cells, "sku_code")),
                platform_product_id=q.text(get(cells, "platform_product_id")),
                kind=kind, case_type=type_text,
                platform_status=q.text(get(cells, "platform_status")),
                reason=vocab.reason(reason_text), reason_text=reason_text,
                applied_at=q.china_time(get(cells, "applied_at"), col("applied_at")),
                deadline_at=q.china_time(get(cells, "deadline_at"), col("deadline_at")),
                # A refunded discount is exported negative; the case is never owed less than 0.
                # A refunded discount is exported negative; the case is never owed less than 0.
                amount_fen=max(amount, 0),
                fast_refund=False if fast is None else q.flag(fast, col("fast_refund")),
                buyer_nickname=q.text(get(cells, "buyer_nickname")),
                tracking_no=q.text(get(cells, "tracking_no")),
                return_carrier=q.text(get(cells, "return_carrier")),
                return_tracking_no=q.text(get(cells, "return_tracking_no")),
                updated_at=q.china_time(get(cells, "updated_at"), col("updated_at")),
            )

        return parse

    def _order_parser(self) -> Callable[[int, list[object]], OrderRow]:
        cp = self.plan
        assert cp is not None
        get, col = self._cols()
        total_cols = cp.summed.get("total", ())
        has_shop = "shop" in cp.index
        default_shop = self.default_shop
        headers = cp.headers

        def parse(line: int, cells: list[object]) -> OrderRow:
            order_no = q.platform_id(get(cells, "order_no"), "order_no", col("order_no"))
            shop = q.text(get(cells, "shop")) if has_shop else None
            shop = shop or default_shop
            if not shop:
                raise RowError("no_shop")
            total = 0
            for i in total_cols[:1]:  # alternatives, not parts: the first present one
                total = q.amount_fen(cells[i], headers[i])
                if total < 0:
                    raise RowError("amount_negative", value=fen_to_yuan(total),
                                   column=headers[i])
            parts = [q.text(get(cells, k)) for k in ("province", "city", "district", "address")]
            address = "".join(p for p in parts if p) or None
            return OrderRow(
                line=line, shop=shop, order_no=order_no or "",
                sub_order_no=q.platform_id(get(cells, "sub_order_no"), "sub_order_no",
                                           col("sub_order_no"), required=False),
                product_name=q.text(get(cells, "product_name")),
                sku_spec=q.text(get(cells, "sku_spec")),
                sku_code=q.text(get(cells, "sku_code")),
                platform_product_id=q.text(get(cells, "platform_product_id")),
                quantity=q.quantity(get(cells, "quantity"), col("quantity")),
                total_fen=total,
                created_at=q.china_time(get(cells, "created_at"), col("created_at")),
                paid_at=q.china_time(get(cells, "paid_at"), col("paid_at")),
                order_status=q.text(get(cells, "order_status")),
                carrier=q.text(get(cells, "carrier")),
                tracking_no=q.platform_id(get(cells, "tracking_no"), "tracking_no",
                                          col("tracking_no"), required=False),
                shipped_at=q.china_time(get(cells, "shipped_at"), col("shipped_at")),
                receiver_name=q.text(get(cells, "receiver_name")),
                receiver_phone=q.text(get(cells, "receiver_phone")),
                address=address,
                buyer_nickname=q.text(get(cells, "buyer_nickname")),
                buyer_note=q.text(get(cells, "buyer_note")),
            )

        return parse


def _is_discount(header: str) -> bool:
    """A column of refunded discounts (退支付优惠): the platforms export these negative."""
    return "优惠" in header or "discount" in header.lower()


def _check_size(cells: list[object], headers: Sequence[str]) -> int:
    """The longest text cell of a row; RowError if a cell or the row is beyond what an
    export holds."""
    try:  # the common case, all text (CSV): two passes in C
        longest, total = max(map(len, cells), default=0), sum(map(len, cells))  # type: ignore[arg-type]  # TypeError below when not
    except TypeError:  # spreadsheet cells: numbers and dates count as they will be written
        texts = [c if isinstance(c, str) else str(c) for c in cells if c is not None]
        longest, total = max(map(len, texts), default=0), sum(map(len, texts))
    if longest > CELL_LIMIT:
        i = next((i for i, c in enumerate(cells) if c is not None and len(str(c)) == longest), 0)
        column = headers[i] if i < len(headers) and headers[i] else f"#{i + 1}"
        raise RowError("cell_too_large", column=column, length=longest, limit=CELL_LIMIT)
    if total > ROW_LIMIT:
        raise RowError("row_too_large", length=total, limit=ROW_LIMIT)
    return longest


def _fits(row: AftersalesRow | OrderRow, stored: dict[str, str],
          col: Callable[[str], str]) -> None:
    """RowError naming the first text of the row longer than the column it is stored in."""
    for key, field_name in stored.items():
        value = getattr(row, key)
        if value is not None and len(value) > limit_of(field_name):
            raise RowError("text_too_long", column=col(key) or key, length=len(value),
                           limit=limit_of(field_name))


def _chain(first: Iterator[Row], rest: Iterator[Row]) -> Iterator[Row]:
    yield from first
    yield from rest
