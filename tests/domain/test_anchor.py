"""The rules a live case is judged by against what a signed head vouched for, and the
streamed Merkle root a million cases are summed up with."""

from __future__ import annotations

import hashlib
from dataclasses import replace

import pytest

from app.domain import anchor as a
from app.domain.history import GENESIS_HASH
from app.domain.tree_head import Leaf, RootBuilder, TreeHead, head_over, leaf_hash, merkle_root
from tests.domain.test_history import build_chain


def leaves(n: int) -> list[Leaf]:
    return [Leaf(i * 3 + 1, i % 5, f"{i:064x}") for i in range(n)]


def rfc6962(hashes: list[bytes]) -> bytes:
    """RFC 6962 §2.1 as written: split at the largest power of two below n."""
    if len(hashes) == 1:
        return hashes[0]
    k = 1
    while k * 2 < len(hashes):
        k *= 2
    return hashlib.sha256(b"\x01" + rfc6962(hashes[:k]) + rfc6962(hashes[k:])).digest()


@pytest.mark.parametrize("n", [*range(1, 34), 63, 64, 65, 1000])
def test_the_streamed_root_is_rfc_6962s(n):
    builder = RootBuilder()
    for leaf in leaves(n):
        builder.add(leaf)
    assert builder.root() == rfc6962([leaf_hash(x) for x in leaves(n)]).hex()
    assert builder.count == n and merkle_root(leaves(n)[::-1]) == builder.root()


def test_the_root_is_the_one_signed_before():
    """Pinned: files signed earlier must still verify."""
    assert merkle_root([]) == hashlib.sha256(b"").hexdigest()
    assert merkle_root(leaves(7)) == (
        "ec5ff33da80b2bc75987c11f3b4adf9bda5c9c8c8602b07e724b021a46f3617b")
    assert merkle_root(leaves(1000)) == (
        "892a1d909257181bcdc18424e3a7cba8ea5eb23793c78a6ffb50c1016a77b30f")


def test_leaves_that_match_their_head_pass():
    got = leaves(10)
    assert a.leaves_problem(head_over(got, "2026-11-20T09:00:00+00:00", {}), got) is None


def test_each_way_leaves_can_disagree_with_their_head_is_named():
    got = leaves(10)
    head = head_over(got, "t", {})
    assert "holds 9 cases" in a.leaves_problem(head, got[:9])
    edited = [*got[:3], replace(got[3], head="f" * 64), *got[4:]]
    assert "signed root" in a.leaves_problem(head, edited)
    longer = [*got[:3], replace(got[3], length=got[3].length + 1), *got[4:]]
    assert "events where its head vouches" in a.leaves_problem(head, longer)
    swapped = [got[1], got[0], *got[2:]]
    assert "out of order" in a.leaves_problem(head, swapped)
    assert "signed root" in a.leaves_problem(TreeHead("t", 10, head.events, "0" * 64, {}), got)


def test_an_unchanged_or_appended_chain_is_fine():
    events, head = build_chain(n=4)
    assert a.judge(Leaf(7, 4, head), events) is None
    assert a.judge(Leaf(7, 2, events[1].hash), events) is None  # two appended since
    assert a.judge(Leaf(7, 0, GENESIS_HASH), events) is None


def test_a_recomputed_chain_is_rewritten():
    other, _ = build_chain(case_id=7, n=5)  # a valid chain, but not the vouched one
    got = a.judge(Leaf(7, 4, "ab" * 32), other)
    assert got is not None and got.verdict == a.REWRITTEN and got.seq == 4


def test_a_chain_broken_inside_the_vouched_part_is_rewritten_where_it_breaks():
    events, head = build_chain(n=4)
    events[1] = replace(events[1], actor="someone")
    got = a.judge(Leaf(7, 4, head), events)
    assert got is not None and (got.verdict, got.seq) == (a.REWRITTEN, 2)


def test_a_forged_seq_does_not_move_the_break_past_the_vouched_part():
    events, head = build_chain(n=4)
    events[2] = replace(events[2], seq=40)
    got = a.judge(Leaf(7, 4, head), events)
    assert got is not None and (got.verdict, got.seq) == (a.REWRITTEN, 3)


def test_a_chain_broken_after_the_vouched_part_is_broken_since():
    events, _ = build_chain(n=4)
    events[3] = replace(events[3], actor="someone")
    got = a.judge(Leaf(7, 3, events[2].hash), events)
    assert got is not None and (got.verdict, got.seq) == (a.BROKEN_SINCE, 4)


def test_shorter_is_truncated_and_empty_is_removed():
    events, head = build_chain(n=4)
    got = a.judge(Leaf(7, 4, head), events[:2])
    assert got is not None and got.verdict == a.TRUNCATED and got.live_length == 2
    got = a.judge(Leaf(7, 4, head), [])
    assert got is not None and got.verdict == a.REMOVED
    assert a.gone(Leaf(7, 4, head), 0).problem == "the case and its history are gone"
    assert "3 of its events remain" in a.gone(Leaf(7, 4, head), 3).problem
