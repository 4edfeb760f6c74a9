"""`python -m bench [--cases N] [--json] [--runs R] [--only M,…] [--save F] [--rebuild]`
(docs/bench.md)."""

from __future__ import annotations

import argparse
import sys


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m bench",
                                description="measure the inbox at N cases against baselines")
    p.add_argument("--cases", type=int, default=1_000_000)
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.add_argument("--rebuild", action="store_true", help="build the cached store again")
    p.add_argument("--runs", type=int, default=5,
                   help="runs of each whole-process figure (start-up and such)")
    p.add_argument("--only", help="comma-separated metrics to measure (default: all)")
    p.add_argument("--save", help="merge the figures into this JSON file as each part ends")
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    if args.cases < 1:
        parser().error("--cases must be at least 1")
    from bench.run import bench

    return bench(args)


if __name__ == "__main__":
    sys.exit(main())
