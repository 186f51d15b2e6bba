"""The analysis stage of two or more checkouts, alternating: the issue 12 cost budget's measurement.

Usage: python3 tests/ArticleGen.Benchmarks/compare/stage_ab.py ROUNDS PASSES DIR...  (see docs/performance.md). Each DIR
is a checkout whose benchmarks are built (`dotnet build tests/ArticleGen.Benchmarks -c Release`); each round runs
`ArticleGen.Benchmarks stage-profile 10000 PASSES` in every DIR, in an order that turns by one every round, so no
checkout always runs first. A run gives the analysis stage's last pass (Resolve + Analyze) and, where the checkout's
`stage-profile` prints it, its median over the passes after the second. Prints each run, then per DIR the medians of
both and their ratio to the first DIR."""
import os
import re
import statistics
import subprocess
import sys

LAST = re.compile(r"Resolve \+ Analyze \(body\)\s+(\d+) ms \(GC\s+(\d+) ms\)\s+(\d+) MB allocated")
MEDIAN = re.compile(r"Analysis, passes \d+-\d+: median (\d+) ms")


def run(directory, passes):
    program = os.path.join(directory, "tests/ArticleGen.Benchmarks/bin/Release/net10.0/ArticleGen.Benchmarks")
    output = subprocess.run([program, "stage-profile", "10000", str(passes)], cwd=directory, capture_output=True,
                            text=True, check=True).stdout
    last = LAST.search(output)
    median = MEDIAN.search(output)
    return int(last.group(1)), int(last.group(3)), int(median.group(1)) if median else None


def main():
    rounds, passes, dirs = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3:]
    runs = {d: [] for d in dirs}
    for r in range(rounds):
        for d in dirs[r % len(dirs):] + dirs[:r % len(dirs)]:
            last, allocated, median = run(d, passes)
            runs[d].append((last, median))
            shown = f", median of later passes {median} ms" if median is not None else ""
            print(f"round {r + 1} {d}: last pass {last} ms{shown}, {allocated} MB allocated", flush=True)
    base_last = statistics.median(last for last, _ in runs[dirs[0]])
    base_median = medians(runs[dirs[0]])
    for d in dirs:
        last = statistics.median(value for value, _ in runs[d])
        median = medians(runs[d])
        line = f"{d}: last passes {last:.0f} ms ({last / base_last:.2f}x)"
        if median is not None and base_median is not None:
            line += f", medians of later passes {median:.0f} ms ({median / base_median:.2f}x)"
        print(line)


def medians(values):
    found = [median for _, median in values if median is not None]
    return statistics.median(found) if len(found) == len(values) else None


if __name__ == "__main__":
    main()
