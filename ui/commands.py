"""Commands that need Qt (screenshots); registered by main.py. The benchmark is not a
command of the product: `python -m bench` (docs/bench.md).

Imports stay inside the commands: `main.py` loads this module on every start.
"""

from __future__ import annotations

import argparse

# The reports' names (app.services.reports.catalog.NAMES; a test keeps them equal): not
# imported, as this module loads on every start.
REPORTS = ("refund-rate", "quality-refunds", "reasons", "second-refunds", "compensation",
           "refund-cost", "supplier-exceptions", "deadlines", "workload")


def _size(text: str) -> tuple[int, int]:
    try:
        w, h = (int(x) for x in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"size must look like 1440x900, not {text!r}") from None
    if not (320 <= w <= 8000 and 240 <= h <= 8000):
        raise argparse.ArgumentTypeError(f"size {text} is out of range")
    return w, h


def cmd_screenshot(args: argparse.Namespace) -> int:
    from ui.screenshot import screenshot

    return screenshot(args)


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("screenshot", help="render the main window offscreen into a PNG")
    p.add_argument("out", help="PNG file to write")
    p.add_argument("--view", choices=("inbox", "case", "approvals", "payments", "reports",
                                      "audit"),
                   default="inbox",
                   help="inbox: the case list; case: a case open in the pane; approvals: the "
                        "approvals queue (--user a supervisor); payments: the payments list; "
                        "reports: the Reports window (--user a supervisor); audit: the audit "
                        "of every case's history (--user a supervisor)")
    p.add_argument("--report", default="refund-rate", choices=REPORTS,
                   help="with --view reports: which report to show")
    p.add_argument("--tab", choices=("handle", "reply", "evidence", "actions", "order",
                                     "timeline"), default="timeline",
                   help="with --view case: which tab of the case pane to show")
    p.add_argument("--dialog", default=None,
                   choices=("compensate", "coupon", "approve_refund", "approve_return",
                            "receive_return", "inspect", "reject", "fast_refund", "appeal",
                            "reship", "exchange", "intercept", "address_change", "about",
                            "sign_in"),
                   help="with --tab actions: that action's dialog, open over the window, on "
                        "a case that offers it; about: Help → About; sign_in: the sign-in "
                        "dialog as a start shows it")
    p.add_argument("--reveal", choices=("phone", "address"), action="append",
                   help="with --view case: show the buyer's full phone or address first, "
                        "as the Show button does (--user a supervisor; it is recorded)")
    p.add_argument("--size", type=_size, default=(1440, 900), help="WIDTHxHEIGHT")
    p.add_argument("--lang", choices=("zh_CN", "en"), default="zh_CN")
    p.add_argument("--inbox", default="due_soon",
                   help="which inbox view to show: mine, unassigned, due_soon, overdue, … all")
    p.set_defaults(func=cmd_screenshot)
