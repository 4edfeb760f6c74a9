"""The column mappings an import can use: built in (resources) or saved by a user."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from app.domain.clock import utcnow
from app.domain.errors import DomainError
from app.io.errors import CodedError, ImportFileError, ProfileError
from app.io.profiles import (
    LIST_KINDS,
    FieldSpec,
    Profile,
    builtin_profiles,
    fields_of,
    plan,
    profile_from_dict,
    user_profile,
)
from app.services.store import Store
from app.store.unit_of_work import UnitOfWork


class ProfileExists(CodedError, DomainError):
    pass


@dataclass(frozen=True)
class ProfileInfo:
    name: str
    platform: str
    list_kind: str
    builtin: bool
    description: str = ""


def field_specs(list_kind: str) -> tuple[FieldSpec, ...]:
    return fields_of(list_kind)


def all_profiles(uow: UnitOfWork) -> list[Profile]:
    saved = [user_profile(name, platform, kind, mapping)
             for name, platform, kind, mapping in uow.imports.saved_profiles()]
    return [*builtin_profiles(), *saved]


def list_profiles(store: Store) -> list[ProfileInfo]:
    with store.unit_of_work() as uow:
        profiles = all_profiles(uow)
    return [ProfileInfo(p.name, p.platform, p.list_kind, p.builtin, p.description)
            for p in profiles]


def save_profile(store: Store, actor: str, name: str, platform: str, list_kind: str,
                 columns: Mapping[str, str | Sequence[str]]) -> ProfileInfo:
    """Save a user's column mapping (our field -> their header) as a new profile."""
    name = name.strip()
    if not name:
        raise ProfileError("profile_name_missing")
    if list_kind not in LIST_KINDS:
        raise ProfileError("list_kind_unknown", value=list_kind)
    cols = {k: [v] if isinstance(v, str) else list(v) for k, v in columns.items() if v}
    profile = profile_from_dict({"name": name, "platform": platform, "list_kind": list_kind,
                                 "columns": cols}, builtin=False)
    missing = [f.key for f in fields_of(list_kind) if f.required and f.key not in cols]
    if missing:
        raise ProfileError("mapping_needs", fields=tuple(missing))
    with store.unit_of_work().for_writing() as uow:
        taken = {p.name for p in all_profiles(uow)}
        if name in taken:
            raise ProfileExists("profile_exists", profile=name)
        uow.imports.save_profile(name=name, platform=profile.platform, list_kind=list_kind,
                                 mapping=profile.to_mapping_json(), actor=actor, at=utcnow())
        uow.commit()
    return ProfileInfo(name, profile.platform, list_kind, False)


def guess_mapping(list_kind: str, headers: Sequence[str]) -> dict[str, int]:
    """A first guess for the mapping dialog: our field -> column index, from the
    header names the built-in profiles know."""
    out: dict[str, int] = {}
    for p in builtin_profiles():
        if p.list_kind != list_kind:
            continue
        cp = plan(p, list(headers))
        for key, i in cp.index.items():
            out.setdefault(key, i)
        for key, cols in cp.summed.items():
            out.setdefault(key, cols[0])
    return out


def pick_profile(profiles: Sequence[Profile], name: str | None) -> Profile | None:
    if not name:
        return None
    for p in profiles:
        if p.name == name:
            return p
    raise ImportFileError("profile_unknown", profile=name)
