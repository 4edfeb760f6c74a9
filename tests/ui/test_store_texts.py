"""Store errors reach the user as sentences in the user's language."""

import pytest

from app.services.store import open_store
from app.store.errors import StoreError
from ui import i18n, store_texts


@pytest.fixture
def chinese(qapp):
    i18n.install("zh_CN")
    yield
    i18n.install("en")


def has_cjk(text: str) -> bool:
    return any("\u4e00" <= c <= "\u9fff" for c in text)


@pytest.mark.parametrize("code", sorted(store_texts.TEXTS))
def test_every_code_has_a_chinese_sentence(chinese, code):
    params = {name: "X" for name in store_texts.ARGS.get(code, ())}
    text = store_texts.describe(StoreError("english", code, **params))
    assert has_cjk(text) and "%1" not in text and "%2" not in text


def test_a_real_error_from_the_store_is_described(chinese, tmp_path, monkeypatch):
    monkeypatch.setenv("AFTERSALES_ASSUME_NETWORK_DRIVE", "1")
    with pytest.raises(StoreError) as err:
        open_store(tmp_path / "share")
    text = store_texts.describe(err.value)
    assert has_cjk(text) and str(tmp_path / "share") in text


def test_unknown_errors_keep_their_text(qapp):
    assert store_texts.describe(ValueError("plain")) == "plain"
    assert store_texts.describe(StoreError("english", "no_such_code")) == "english"


def test_import_errors_that_are_store_errors_are_translated_too(chinese):
    from ui.import_texts import describe_error

    text = describe_error(StoreError("the database is busy", "busy"))
    assert has_cjk(text) and "busy" not in text


def _raised_store_codes() -> set[str]:
    """Every code the program raises a StoreError with (read from the source)."""
    import ast

    from tests.conftest import REPO

    codes: set[str] = set()
    for path in (REPO / "app").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "StoreError":
                args = [a for a in node.args[1:2] if isinstance(a, ast.Constant)]
                args += [k.value for k in node.keywords
                         if k.arg == "code" and isinstance(k.value, ast.Constant)]
                codes.update(a.value for a in args if isinstance(a.value, str))
    return codes


def test_every_store_error_the_program_raises_has_a_sentence():
    raised = _raised_store_codes()
    assert {"bad_url", "driver_missing", "foreign_database", "backup_damaged"} <= raised
    assert raised - set(store_texts.TEXTS) == set()
