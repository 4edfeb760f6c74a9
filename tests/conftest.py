"""Every test gets real files: a fresh SQLite store in its own temp folder."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from app.services.store import Store

# Qt must never try to open a real display in tests.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")
# The demo store is secured (every demo account's password is `demo`): the commands the
# tests run as `--user lina` sign in with it. Set at import, so every subprocess a test
# starts inherits it; the tests of refusals unset it themselves.
os.environ["AFTERSALES_PASSWORD"] = "demo"
os.environ.pop("AFTERSALES_NEW_PASSWORD", None)

FIXED_NOW = datetime(2026, 11, 20, 9, 0, 0)
REPO = Path(__file__).resolve().parents[1]
FIXTURES = REPO / "tests" / "fixtures"
# The UI tests still import the old name; it is the same in-repo folder.
SHARED_FIXTURES = FIXTURES


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in ("AFTERSALES_DATA_DIR", "AFTERSALES_DB_URL", "AFTERSALES_ASSUME_NETWORK_DRIVE",
                 "AFTERSALES_EVIDENCE_DIR", "AFTERSALES_EVIDENCE_MAX_MB"):
        monkeypatch.delenv(name, raising=False)
    # QSettings and platformdirs must not touch the developer's real profile.
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "home" / ".config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "home" / ".local" / "share"))


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    d = tmp_path / "data"
    d.mkdir()
    return d


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo store's database, made once a session: a test asking for `demo_store`
    gets its own copy (generating it took a second, for a few hundred tests)."""
    from app.config import DB_FILE
    from app.services import demo
    from app.services.store import open_store

    folder = tmp_path_factory.mktemp("demo-template")
    s = open_store(folder)
    try:
        demo.generate(s, 300, seed=7, now=FIXED_NOW, evidence=False)
    finally:
        s.close()
    return folder / DB_FILE


@pytest.fixture
def store(data_dir: Path, request: pytest.FixtureRequest) -> Iterator[Store]:
    import shutil

    from app.config import DB_FILE
    from app.services.store import open_store

    if "demo_store" in request.fixturenames:
        template = request.getfixturevalue("demo_template")
        for suffix in ("", "-wal", "-shm"):
            if Path(f"{template}{suffix}").exists():
                shutil.copyfile(f"{template}{suffix}", data_dir / f"{DB_FILE}{suffix}")
    s = open_store(data_dir)
    yield s
    s.close()


@pytest.fixture
def demo_store(store: Store) -> Store:
    """A store with 300 deterministic demo cases around a fixed 'now', without the
    demo's evidence files (tests count the files they attach themselves): a copy of
    the session's `demo_template`."""
    return store


def forget_return_addresses(store: Store) -> None:
    """The demo gives every shop a return address; some tests need a shop without one
    (the agent is then asked for it)."""
    from app.domain.clock import utcnow

    with store.unit_of_work().for_writing() as uow:
        for shop_id, _platform, _name in uow.settings.shops():
            uow.settings.set_shop_value(shop_id, "return_address", "", "test", utcnow())
        uow.commit()


@pytest.fixture
def no_return_addresses(request: pytest.FixtureRequest) -> None:
    """Use in a module (autouse there) whose tests expect shops without a return address."""
    if "demo_store" in request.fixturenames:
        forget_return_addresses(request.getfixturevalue("demo_store"))


def unsecure(store: Store) -> None:
    """Take every password away: the store works as one made before sign-in existed
    (anyone names themselves), which the tests of "who am I" need."""
    from sqlalchemy import update

    from app.store import models as m

    with store.unit_of_work().for_writing() as uow:
        uow.session.execute(update(m.User).values(password_hash=None))
        uow.commit()
