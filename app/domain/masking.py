"""Buyers' personal data is stored whole but shown masked."""


def mask_phone(phone: str | None) -> str:
    """138****5678: of an 11-digit mobile number the first 3 and last 4 show. A shorter
    number shows a quarter at each end (1234567 -> 1*****7), a very short one nothing."""
    if not phone:
        return ""
    digits = phone.strip()
    if "*" in digits:
        return digits  # already masked by the platform
    n = len(digits)
    if n < 7:
        return "*" * n
    head, tail = (3, 4) if n >= 11 else (n // 4, n // 4)
    return digits[:head] + "*" * (n - head - tail) + digits[n - tail:]


def mask_name(name: str | None) -> str:
    if not name:
        return ""
    name = name.strip()
    if "*" in name or len(name) <= 1:
        return name
    return name[0] + "*" * (len(name) - 1 if len(name) <= 3 else 2) + (name[-1] if len(name) > 3 else "")


def mask_address(address: str | None) -> str:
    """Keep the region (first 6 characters), hide the street and door."""
    if not address:
        return ""
    address = address.strip()
    if len(address) <= 6:
        return address[:2] + "*" * (len(address) - 2)
    return address[:6] + "****"
