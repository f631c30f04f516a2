"""Run every bench module (or those named on the command line) and print one table."""
from __future__ import annotations

import importlib
import pkgutil
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main(argv: list[str]) -> int:
    names = sorted(m.name for m in pkgutil.iter_modules([str(HERE)]) if m.name.startswith("bench_"))
    wanted = [a for a in argv if not a.startswith("-")]
    if wanted:
        names = [n for n in names if any(w in n for w in wanted)]
    print("| area | measure | value | target | note |")
    print("|---|---|---|---|---|")
    for name in names:
        t0 = time.perf_counter()
        module = importlib.import_module(f"bench.{name}")
        for row in module.run():
            print(row.format(), flush=True)
        print(f"<!-- {name}: {time.perf_counter() - t0:.1f} s -->", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
