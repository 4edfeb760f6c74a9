"""Appeal bundles of real cases with evidence attached through the services: the bundle
passes bundle-check, its manifest vouches for its files, its summary reads in the user's
language, and a missing or changed evidence file stops it with the file named."""

from __future__ import annotations

import hashlib
import json
import stat
import zipfile
from pathlib import Path
from typing import Any

import pytest

from app.domain.filters import CaseFilter
from app.io.bundle_check import check_bundle
from app.io.bundle_zip import BlobDamaged
from app.io.errors import TargetError
from app.services import evidence as ev
from app.services.bundles import write_bundle
from app.services.cases import case_detail, list_cases
from app.services.playbooks import playbook_json
from tests.evidence_files import pdf, png

SCRIPT = "<script>alert('x')</script> 外箱压坏"


def case_on(store: Any, platform: str) -> int:
    return list_cases(store, CaseFilter(platforms=(platform,)), limit=1)[0].id


def read(path: Path) -> tuple[dict[str, Any], dict[str, bytes]]:
    with zipfile.ZipFile(path) as zf:
        entries = {name: zf.read(name) for name in zf.namelist()}
    return json.loads(entries["manifest.json"]), entries


def attach(store: Any, case: int, *sources: ev.Source, note: str | None = None) -> None:
    result = ev.attach(store, "lina", case, list(sources), note=note)
    assert result.ok, [f.to_json() for f in result.files]


def test_a_bundle_passes_bundle_check_and_its_manifest_matches_its_files(demo_store, tmp_path):
    case = case_on(demo_store, "pinduoduo")
    attach(demo_store, case, ev.Source("破损.png", data=png(seed=1)),
           ev.Source("破损.png", data=png(seed=2)), ev.Source("快递单.pdf", data=pdf()),
           note=SCRIPT)
    out = tmp_path / "out" / "appeal.zip"
    out.parent.mkdir()
    result = write_bundle(demo_store, case, out, "lina")
    assert result.path == out.resolve() and result.files == 3 and result.warnings == []
    assert result.sha256 == hashlib.sha256(out.read_bytes()).hexdigest()
    check = check_bundle(out)
    assert check.ok, check.problems
    assert check.files_checked == 4
    manifest, entries = read(out)
    assert manifest["format"] == "aftersales-bundle/1" and manifest["made_by"] == "lina"
    detail = case_detail(demo_store, case)
    assert manifest["case"] == {k: detail[k] for k in ("id", "case_no", "platform", "shop",
                                                       "kind", "status")} | {
        "order_no": detail["order"]["order_no"]}
    for f in manifest["files"]:
        assert hashlib.sha256(entries[f["path"]]).hexdigest() == f["sha256"]
        assert len(entries[f["path"]]) == f["size"]
    assert manifest["summary_sha256"] == hashlib.sha256(entries["summary.html"]).hexdigest()
    # Two files of one name get two entries, numbered in the order they were added.
    assert [f["path"] for f in manifest["files"]] == [
        "evidence/01 破损.png", "evidence/02 破损.png", "evidence/03 快递单.pdf"]
    assert [f["original_name"] for f in manifest["files"]] == ["破损.png", "破损.png", "快递单.pdf"]
    assert {f["note"] for f in manifest["files"]} == {SCRIPT}
    assert set(entries) == {"manifest.json", "summary.html", *(f["path"] for f in
                                                              manifest["files"])}
    # Nothing but the bundle was left in its folder (no temporary file).
    assert [p.name for p in out.parent.iterdir()] == ["appeal.zip"]


def test_the_summary_names_the_case_and_escapes_what_agents_typed(demo_store, tmp_path):
    case = case_on(demo_store, "douyin")
    attach(demo_store, case, ev.Source("a.png", data=png(seed=3)), note=SCRIPT)
    write_bundle(demo_store, case, tmp_path / "b.zip", "lina")
    _, entries = read(tmp_path / "b.zip")
    page = entries["summary.html"].decode("utf-8")
    detail = case_detail(demo_store, case)
    assert detail["case_no"] in page and detail["order"]["order_no"] in page
    assert "<script>" not in page
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; 外箱压坏" in page
    # Every event of the history is on the page, and the evidence with its hash.
    assert page.count("<tr><td>") >= len(detail["history"])
    assert ev.list_evidence(demo_store, case)[0]["sha256"] in page


def test_chinese_and_english_summaries_differ(demo_store, tmp_path):
    case = case_on(demo_store, "douyin")
    attach(demo_store, case, ev.Source("a.png", data=png(seed=4)))
    write_bundle(demo_store, case, tmp_path / "zh.zip", "lina", lang="zh_CN")
    write_bundle(demo_store, case, tmp_path / "en.zip", "lina", lang="en")
    zh_manifest, zh = read(tmp_path / "zh.zip")
    en_manifest, en = read(tmp_path / "en.zip")
    zh_page, en_page = zh["summary.html"].decode(), en["summary.html"].decode()
    assert zh_page != en_page
    assert "售后申诉材料" in zh_page and "抖店" in zh_page and '<html lang="zh-CN">' in zh_page
    assert "After-sales appeal bundle" in en_page and "Douyin" in en_page
    assert "售后申诉材料" not in en_page
    assert (zh_manifest["lang"], en_manifest["lang"]) == ("zh_CN", "en")
    assert zh_manifest["files"] == en_manifest["files"]  # the same evidence either way


def test_douyin_limits_are_warned_in_the_users_language(demo_store, tmp_path):
    case = case_on(demo_store, "douyin")
    attach(demo_store, case, *(ev.Source(f"p{i}.png", data=png(seed=10 + i)) for i in range(5)))
    attach(demo_store, case, ev.Source("long.png", data=png(seed=20)), note="很长" * 101)
    result = write_bundle(demo_store, case, tmp_path / "b.zip", "lina", lang="en")
    assert result.warnings == [
        {"code": "max_images", "text": "Douyin takes 4 images in an evidence call; this bundle "
                                       "holds 6."},
        {"code": "max_comment", "text": "Douyin takes a comment of 200 characters in an evidence "
                                        "call; the note of evidence/06 long.png has 202."}]
    manifest, entries = read(tmp_path / "b.zip")
    assert manifest["warnings"] == result.warnings
    assert "this bundle holds 6" in entries["summary.html"].decode()
    zh = write_bundle(demo_store, case, tmp_path / "zh.zip", "lina", lang="zh_CN")
    assert zh.warnings[0]["text"] == "抖店的凭证上传最多 4 张图片，本材料包有 6 张。"


def test_kuaishou_takes_six_images(demo_store, tmp_path):
    case = case_on(demo_store, "kuaishou")
    attach(demo_store, case, *(ev.Source(f"p{i}.png", data=png(seed=30 + i)) for i in range(6)))
    assert write_bundle(demo_store, case, tmp_path / "b.zip", "lina").warnings == []
    attach(demo_store, case, ev.Source("p7.png", data=png(seed=37)))
    warned = write_bundle(demo_store, case, tmp_path / "c.zip", "lina").warnings
    assert [w["code"] for w in warned] == ["max_images"]


def test_a_removed_file_stays_out_and_a_case_without_evidence_still_bundles(demo_store,
                                                                          tmp_path):
    case = case_on(demo_store, "taobao")
    empty = write_bundle(demo_store, case, tmp_path / "empty.zip", "lina")
    assert empty.files == 0 and check_bundle(tmp_path / "empty.zip").ok
    attach(demo_store, case, ev.Source("keep.png", data=png(seed=50)),
           ev.Source("wrong.png", data=png(seed=51)))
    wrong = next(r for r in ev.list_evidence(demo_store, case) if r["name"] == "wrong.png")
    ev.remove(demo_store, "lina", wrong["id"], "another order's photo")
    write_bundle(demo_store, case, tmp_path / "b.zip", "lina")
    manifest, _ = read(tmp_path / "b.zip")
    assert [f["original_name"] for f in manifest["files"]] == ["keep.png"]


def _blob(store: Any, case: int, name: str) -> Path:
    row = next(r for r in ev.list_evidence(store, case) if r["name"] == name)
    path = store.blobs.path(row["sha256"])
    path.chmod(stat.S_IWRITE | stat.S_IREAD)  # blobs are read-only; the test is the vandal
    return path


def test_a_deleted_evidence_file_stops_the_bundle_naming_it(demo_store, tmp_path):
    case = case_on(demo_store, "douyin")
    attach(demo_store, case, ev.Source("ok.png", data=png(seed=60)),
           ev.Source("卸货照片.png", data=png(seed=61)))
    _blob(demo_store, case, "卸货照片.png").unlink()
    with pytest.raises(BlobDamaged, match=r"卸货照片\.png .* is missing from the evidence folder"):
        write_bundle(demo_store, case, tmp_path / "b.zip", "lina")
    assert list(tmp_path.glob("*b.zip*")) == []  # neither the bundle nor its temporary file


def test_a_changed_evidence_file_stops_the_bundle_naming_it(demo_store, tmp_path):
    case = case_on(demo_store, "douyin")
    attach(demo_store, case, ev.Source("签收单.png", data=png(seed=62)))
    blob = _blob(demo_store, case, "签收单.png")
    blob.write_bytes(png(seed=63))  # same size, other content
    with pytest.raises(BlobDamaged, match=r"签收单\.png .* was changed in the evidence folder"):
        write_bundle(demo_store, case, tmp_path / "b.zip", "lina")
    assert list(tmp_path.glob("*b.zip*")) == []


def test_an_existing_file_the_database_and_the_evidence_folder_are_never_written_over(
        demo_store, tmp_path):
    case = case_on(demo_store, "douyin")
    taken = tmp_path / "taken.zip"
    taken.write_bytes(b"someone's file")
    with pytest.raises(TargetError) as exc:
        write_bundle(demo_store, case, taken, "lina")
    assert exc.value.code == "target_exists" and taken.read_bytes() == b"someone's file"
    assert write_bundle(demo_store, case, taken, "lina", overwrite=True).files == 0
    assert check_bundle(taken).ok
    db = demo_store.location.data_dir / "aftersales.db"
    for guarded in (db, demo_store.location.blobs_dir / "x.zip", demo_store.backup_dir / "b.zip"):
        with pytest.raises(TargetError) as exc:
            write_bundle(demo_store, case, guarded, "lina", overwrite=True)
        assert exc.value.code == "target_protected"


def test_a_file_on_a_playbook_step_names_the_step_in_the_summary(demo_store, tmp_path):
    case = next(c.id for c in list_cases(demo_store, CaseFilter(kinds=("return_refund",)),
                                         limit=50)
                if not case_detail(demo_store, c.id)["steps_done"])
    book = case_detail(demo_store, case)["playbook"]
    asks = next(s for s in book["steps"] if s["evidence"] and not s["answers"])
    result = ev.attach(demo_store, "lina", case, [ev.Source("开箱.png", data=png(seed=70))],
                       step=asks["key"])
    assert result.ok
    write_bundle(demo_store, case, tmp_path / "b.zip", "lina", lang="zh_CN")
    manifest, entries = read(tmp_path / "b.zip")
    assert [f["step"] for f in manifest["files"]] == [asks["key"]]
    title_zh = next(s["title"] for s in playbook_json(case_detail(demo_store, case),
                                                      "zh_CN")["steps"]
                    if s["key"] == asks["key"])
    assert not title_zh.isascii() and title_zh in entries["summary.html"].decode()
