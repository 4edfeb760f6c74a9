"""Batch approve as the window's Selection menu reports it: a result per case, in the
shape every bulk action gives (`case_actions.Done` / `Refused`), with the batch call
each approved case went in."""

from __future__ import annotations

from collections.abc import Sequence

from app.services.case_actions import Done, Refused
from app.services.refunds import batch_approve
from app.services.store import Store


def approve_selected(store: Store, actor: str, case_ids: Sequence[int], key: str
                     ) -> list[Done | Refused]:
    """`refunds.batch_approve` of the selected cases under the dialog's key (the same key
    again approves nothing twice), one result per case."""
    report = batch_approve(store, actor, list(case_ids), key)
    out: list[Done | Refused] = []
    for row in report["cases"]:
        if row.get("ok"):
            out.append(Done(int(row["id"]), int(row["version"]), str(row["status"]),
                            str(row["action"]), {**row.get("changes", {}),
                                                 "batch": row.get("batch")}))
        else:
            out.append(Refused(int(row["id"]) if str(row["id"]).isdigit() else 0,
                               str(row.get("reason", "")), str(row.get("code", ""))))
    return out
