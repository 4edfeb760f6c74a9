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
