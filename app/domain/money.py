"""Money is integer fen everywhere; yuan strings only at the edges."""

import re
from decimal import Decimal, InvalidOperation

from app.domain.errors import InvalidAmount

_FULLWIDTH = str.maketrans(
    "０１２３４５６７８９．，－＋　", "0123456789.,-+ "
)
_CURRENCY = re.compile(r"^(?:[¥￥]|RMB|CNY|元)|(?:元|RMB|CNY)$", re.IGNORECASE)


def fen_to_yuan(fen: int) -> str:
    """12 50 fen -> '12.50'; negative amounts keep their sign."""
    sign = "-" if fen < 0 else ""
    whole, cents = divmod(abs(int(fen)), 100)
    return f"{sign}{whole}.{cents:02d}"


def yuan_text(fen: int) -> str:
    """1001200 fen -> '¥10,012.00': how a refusal quotes an amount to a person."""
    sign = "-" if fen < 0 else ""
    whole, cents = divmod(abs(int(fen)), 100)
    return f"{sign}¥{whole:,}.{cents:02d}"


def parse_yuan(text: str | int | float | Decimal) -> int:
    """Parse '¥1,299.00', '1299', '-12.50', '１２.５' into fen; raise InvalidAmount."""
    if isinstance(text, bool):
        raise InvalidAmount(f"not an amount: {text!r}")
    if isinstance(text, int):
        return text * 100
    if isinstance(text, float | Decimal):
        raw = str(text)
    else:
        raw = str(text).translate(_FULLWIDTH).strip().replace(" ", "")
        for _ in range(2):
            raw = _CURRENCY.sub("", raw).strip()
        sign = ""
        if raw.startswith(("-", "+")):
            sign, raw = raw[0], raw[1:]
        for _ in range(2):
            raw = _CURRENCY.sub("", raw).strip()
        if re.fullmatch(r"\d{1,3}(,\d{3})+(\.\d*)?", raw):
            raw = raw.replace(",", "")
        raw = sign + raw
    if not re.fullmatch(r"[-+]?(\d+(\.\d*)?|\.\d+)", raw):
        raise InvalidAmount(f"not an amount: {text!r}")
    try:
        value = Decimal(raw)
    except InvalidOperation as exc:  # pragma: no cover - the regex already guards
        raise InvalidAmount(f"not an amount: {text!r}") from exc
    fen = value * 100
    if fen != fen.to_integral_value():
        raise InvalidAmount(f"more than two decimals: {text!r}")
    return int(fen)


# The largest amount a money action takes: ¥100,000,000.00. Anything larger is a typo.
MAX_ACTION_FEN = 10_000_000_000
_TYPED = re.compile(r"(\d+)(?:\.(\d*))?")


def parse_amount(text: str) -> int:
    """An amount an agent typed for a money action, in fen: "12.5", "¥12.50", "12.50元"
    and "１２.５" are read; "", "-1", "1e3", "12.505" and anything over ¥100,000,000 are
    refused with InvalidAmount naming the problem. Stricter than `parse_yuan`, which
    reads what platform exports hold."""
    raw = str(text).translate(_FULLWIDTH).strip().replace(" ", "")
    if not raw:
        raise InvalidAmount("enter an amount, such as 12.50", "empty", str(text))
    raw = re.sub(r"^(?:[¥￥]|RMB|CNY)", "", raw, flags=re.IGNORECASE)
    raw = re.sub(r"(?:元|RMB|CNY)$", "", raw, flags=re.IGNORECASE)
    if raw.startswith("-"):
        raise InvalidAmount(f"{text!r}: an amount cannot be negative", "negative", str(text))
    if re.fullmatch(r"\+?\d{1,3}(,\d{3})+(\.\d*)?", raw):
        raw = raw.replace(",", "")
    match = _TYPED.fullmatch(raw.lstrip("+"))
    if match is None:
        raise InvalidAmount(f"{text!r} is not an amount in yuan, such as 12.50",
                            "not_number", str(text))
    whole, cents = match.group(1), (match.group(2) or "")
    if len(cents) > 2:
        raise InvalidAmount(f"{text!r}: an amount has at most two decimals (fen)",
                            "decimals", str(text))
    fen = int(whole) * 100 + int((cents + "00")[:2])
    if fen > MAX_ACTION_FEN:
        raise InvalidAmount(f"{text!r} is over ¥{fen_to_yuan(MAX_ACTION_FEN)}", "too_large",
                            str(text))
    return fen
