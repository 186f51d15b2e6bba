"""Cold builds of two or more consuming projects, alternating, each measured with its whole process tree.

Usage: python3 tests/ArticleGen.Benchmarks/compare/ab.py ROUNDS DIR[@VAR=VALUE,...]...  (see docs/performance.md,
"A lean compile"). Each DIR is a project, for example one written by `make-project package N DIR FEED` on the package
of one commit; each round deletes its bin and obj and runs `dotnet build -c Release` (restore included, no compiler
server, no node reuse), in an order that is reversed every other round. `DIR@VAR=VALUE` builds DIR with that
environment variable set (the same project may be named twice, with and without). Prints each run, then the medians."""
import os
import statistics
import sys

import measure
from compare import cold_build


def main():
    rounds, dirs = int(sys.argv[1]), sys.argv[2:]
    runs = {d: [] for d in dirs}
    for r in range(rounds):
        for d in dirs if r % 2 == 0 else list(reversed(dirs)):
            directory, _, variables = d.partition("@")
            env = dict(os.environ, DOTNET_CLI_TELEMETRY_OPTOUT="1", DOTNET_NOLOGO="1")
            env.update(v.split("=", 1) for v in variables.split(",") if v)
            wall, cpu, peak = cold_build(directory, measure.Tree(), env)
            runs[d].append((wall, cpu, peak))
            print(f"{d}: wall {wall:.1f} s, CPU {cpu:.1f} s, peak {peak / 2**30:.2f} GB", flush=True)
    for d in dirs:
        wall, cpu, peak = (statistics.median(run[i] for run in runs[d]) for i in range(3))
        print(f"{d}: median wall {wall:.1f} s, CPU {cpu:.1f} s, peak {peak / 2**30:.2f} GB")


if __name__ == "__main__":
    main()
