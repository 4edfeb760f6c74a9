"""Buyers' personal data is stored whole but shown masked."""


def mask_phone(phone: str | None) -> str:
    if not phone:
        return ""
    digits = phone.strip()
    if "*" in digits or len(digits) < 7:
        return digits if "*" in digits else "*" * len(digits)
    return f"{digits[:3]}****{digits[-4:]}"


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
