"""A child of the bench: another agent's process changing one case's status again and
again (in_progress ⇄ waiting_buyer), each change timed; prints one JSON line, exits.

    python -m bench.status_probe --data-dir DIR --user NAME --case ID
                                 (--times K | --while-file F)

--while-file: keep changing while F exists (the bench removes it when the import
it runs beside has ended), at least once.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.status_probe")
    p.add_argument("--data-dir", required=True)
    p.add_argument("--user", required=True)
    p.add_argument("--case", type=int, required=True)
    p.add_argument("--times", type=int, default=0)
    p.add_argument("--while-file")
    args = p.parse_args(argv)
    from sqlalchemy import text

    from app.services.case_actions import change_status
    from app.services.store import open_store

    store = open_store(Path(args.data_dir))
    waits: list[float] = []
    try:
        flag = Path(args.while_file) if args.while_file else None
        with store.unit_of_work() as uow:
            status = uow.session.execute(
                text("SELECT status FROM cases WHERE id = :i"),
                {"i": args.case}).scalar_one()
        while True:
            target = "waiting_buyer" if status == "in_progress" else "in_progress"
            t0 = time.perf_counter()
            status = change_status(store, args.user, args.case, target)
            waits.append(time.perf_counter() - t0)
            if flag is not None:
                if not flag.exists():
                    break
                time.sleep(0.05)  # an agent's next click, not a tight loop
            elif len(waits) >= args.times:
                break
    finally:
        store.close()
    sys.stdout.write(json.dumps({"waits": waits}) + "\n")
    sys.stdout.flush()
    os._exit(0)


if __name__ == "__main__":
    sys.exit(main())
