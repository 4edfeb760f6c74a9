"""The team's Ed25519 signing key, kept in the data folder (keys/signing_key.pem):
archives and checkpoints are signed with it, and verified against it (or against the
public key a file carries, which then says only that the file is intact)."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)

KEY_FILE = Path("keys") / "signing_key.pem"


@dataclass(frozen=True)
class SigningKey:
    private: Ed25519PrivateKey
    path: Path

    @property
    def public_raw(self) -> bytes:
        return self.private.public_key().public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw)

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_raw)

    def sign(self, data: bytes) -> bytes:
        return self.private.sign(data)


def fingerprint(public_raw: bytes) -> str:
    """SHA-256 of the raw public key, as 16 groups of 4 hex digits (what the About box
    shows, and what a supervisor reads out to compare two machines)."""
    digest = hashlib.sha256(public_raw).hexdigest()
    return ":".join(digest[i:i + 4] for i in range(0, 64, 4))


def key_path(data_dir: Path) -> Path:
    return data_dir / KEY_FILE


def load_key(data_dir: Path) -> SigningKey | None:
    """The data folder's key, or None when it has none yet."""
    path = key_path(data_dir)
    if not path.is_file():
        return None
    key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    if not isinstance(key, Ed25519PrivateKey):
        raise ValueError(f"{path} is not an Ed25519 key")
    return SigningKey(key, path)


def load_or_create_key(data_dir: Path) -> SigningKey:
    """The data folder's key, made on first use (owner-only file, never overwritten)."""
    found = load_key(data_dir)
    if found is not None:
        return found
    path = key_path(data_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                            serialization.NoEncryption())
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:  # another process made it first: use theirs
        loaded = load_key(data_dir)
        assert loaded is not None
        return loaded
    with os.fdopen(fd, "wb") as out:
        out.write(pem)
    return SigningKey(key, path)


def verify_signature(public_raw: bytes, signature: bytes, data: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(public_raw).verify(signature, data)
    except (InvalidSignature, ValueError):
        return False
    return True
