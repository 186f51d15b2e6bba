#!/usr/bin/env bash
# Side by side: ArticleGen, Velite and Astro on the same articles (docs/performance.md, "Against Velite and Astro").
# Usage: tests/ArticleGen.Benchmarks/compare/run.sh [ARTICLES=1000] [ROUNDS=2] [WORK=/tmp/articlegen-compare-ARTICLES]
# Needs the .NET SDK of global.json, Node.js 20 or later and npm (Velite 0.4.0 and Astro 5.18.2, pinned in
# velite/package.json and astro/package.json, are installed into WORK on the first run).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
articles="${1:-1000}"
rounds="${2:-2}"
work="${3:-/tmp/articlegen-compare-$articles}"
dotnet build -c Release "$root/tests/ArticleGen.Benchmarks" -v quiet -nologo > /dev/null
exec python3 "$here/compare.py" --articles "$articles" --rounds "$rounds" --work "$work" \
  --repository "$root" --benchmarks "$root/tests/ArticleGen.Benchmarks/bin/Release/net10.0/ArticleGen.Benchmarks"
