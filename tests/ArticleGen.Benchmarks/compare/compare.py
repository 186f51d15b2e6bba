"""Side by side: ArticleGen, Velite and Astro on the same Markdown articles. See run.sh and docs/performance.md."""
import argparse
import json
import os
import shutil
import statistics
import subprocess
import time

import measure
import watch

HERE = os.path.dirname(os.path.abspath(__file__))
EDITED = "articles/a00001.md"
MARK = "\n\nComparison edit "


def cold_build(directory, tree, env):
    """A cold dotnet build of a project: bin and obj deleted, no compiler server, no node reuse; (wall, cpu, peak)."""
    for d in ("bin", "obj"):
        shutil.rmtree(os.path.join(directory, d), ignore_errors=True)
    # Restore is timed with the build: a user's first build restores too.
    cmd = ["dotnet", "build", "-c", "Release", "-p:UseSharedCompilation=false", "-nodeReuse:false"]
    return measure.run(cmd, directory, tree, env)


def edit(path, k):
    """Rewrites the last paragraph the comparison added to one article (or adds it): a body edit, different each time."""
    with open(path, encoding="utf-8") as f:
        text = f.read()
    cut = text.find(MARK)
    if cut >= 0:
        text = text[:cut] + "\n"
    text = text.rstrip("\n") + f"{MARK}{k}.\n"
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


class ArticleGen:
    name = "ArticleGen"

    def __init__(self, root, benchmarks, repository, n):
        self.dir = os.path.join(root, "articlegen")
        if not os.path.exists(os.path.join(self.dir, "Corpus.csproj")):
            # As a user has it: the packed package from a local folder (a ProjectReference would also build our projects).
            feed = os.path.join(root, "packages")
            shutil.rmtree(feed, ignore_errors=True)
            version = "0.0.0-compare." + time.strftime("%Y%m%d%H%M%S", time.gmtime())
            subprocess.run(["dotnet", "pack", os.path.join(repository, "src", "ArticleGen"), "-c", "Release", "-o", feed,
                            "-p:Version=" + version, "-v", "quiet", "-nologo"], check=True, stdout=subprocess.DEVNULL)
            subprocess.run([benchmarks, "make-project", "package", str(n), self.dir, feed], check=True, stdout=subprocess.DEVNULL)
        self.tree = measure.Tree()
        self.env = dict(os.environ, DOTNET_CLI_TELEMETRY_OPTOUT="1", DOTNET_NOLOGO="1")

    def article(self):
        return os.path.join(self.dir, EDITED)

    def _build(self, server):
        cmd = ["dotnet", "build", "-c", "Release", "--no-restore"]
        if not server:
            cmd += ["-p:UseSharedCompilation=false", "-nodeReuse:false"]
        return measure.run(cmd, self.dir, self.tree, self.env)

    def cold(self):
        return cold_build(self.dir, self.tree, self.env)

    def rebuild(self, k):
        edit(self.article(), k)
        return self._build(server=False)

    def rebuild_warm(self, k):
        # One unmeasured edit warms the compiler server (as a user's previous build would), then the measured one.
        edit(self.article(), k)
        self._build(server=True)
        edit(self.article(), k + 1)
        return self._build(server=True)

    def watcher(self):
        w = watch.Watcher(["dotnet", "watch", "run", "--non-interactive", "-c", "Release"], self.dir, self.env)
        return w, (lambda: w.count(r"^compiled: ") > 0), (lambda: watch.line_printed(w, r"^compiled: "))


class Velite:
    name = "Velite"

    def __init__(self, root, source):
        self.dir = os.path.join(root, "velite")
        _copy_project(os.path.join(HERE, "velite"), self.dir, source, "content/articles")
        self.tree = measure.Tree()

    def article(self):
        return os.path.join(self.dir, "content", EDITED)

    def _velite(self, *args):
        return measure.run(["node_modules/.bin/velite", *args], self.dir, self.tree)

    def cold(self):
        shutil.rmtree(os.path.join(self.dir, ".velite"), ignore_errors=True)
        return self._velite("build", "--clean")

    def rebuild(self, k):
        edit(self.article(), k)
        return self._velite("build")

    def watcher(self):
        out = os.path.join(self.dir, ".velite", "articles.json")
        w = watch.Watcher(["node_modules/.bin/velite", "dev"], self.dir)
        return w, (lambda: w.count(r"build finished") > 0 and os.path.exists(out)), (lambda: watch.file_changed(out))


class Astro:
    name = "Astro"

    def __init__(self, root, source):
        self.dir = os.path.join(root, "astro")
        _copy_project(os.path.join(HERE, "astro"), self.dir, source, "src/content/articles")
        self.tree = measure.Tree()
        self.env = dict(os.environ, ASTRO_TELEMETRY_DISABLED="1")

    def article(self):
        return os.path.join(self.dir, "src", "content", EDITED)

    def _astro(self, *args):
        return measure.run(["node_modules/.bin/astro", *args], self.dir, self.tree, self.env)

    def cold(self):
        for d in (".astro", "node_modules/.astro"):
            shutil.rmtree(os.path.join(self.dir, d), ignore_errors=True)
        return self._astro("sync")

    def rebuild(self, k):
        edit(self.article(), k)
        return self._astro("sync")

    def watcher(self):
        store = os.path.join(self.dir, ".astro", "data-store.json")
        w = watch.Watcher(["node_modules/.bin/astro", "dev", "--port", "4391"], self.dir, self.env)
        return w, (lambda: w.count(r"ready in|Local") > 0 and os.path.exists(store)), (lambda: watch.file_changed(store))


def _copy_project(template, target, source, articles):
    """The tool's pinned project files, its npm packages installed once, and the corpus's Markdown articles."""
    os.makedirs(target, exist_ok=True)
    for name in os.listdir(template):
        src = os.path.join(template, name)
        dst = os.path.join(target, name)
        if os.path.isdir(src):
            shutil.copytree(src, dst, dirs_exist_ok=True)
        else:
            shutil.copy(src, dst)
    if not os.path.exists(os.path.join(target, "node_modules")):
        subprocess.run(["npm", "install", "--no-audit", "--no-fund", "--loglevel=error"], cwd=target, check=True)
    dst = os.path.join(target, articles)
    if not os.path.isdir(dst):
        os.makedirs(dst)
        for name in sorted(os.listdir(source)):
            if name.endswith(".md"):
                shutil.copy(os.path.join(source, name), dst)


def measure_watch(tool, edits, k0, log):
    """Edit-to-output times of the tool's watch mode; what the watcher printed is kept in log."""
    w, ready, done_after_edit = tool.watcher()
    try:
        if w.wait_for(ready, 900) is None:
            raise RuntimeError(f"{tool.name}'s watch mode was not ready in 900 s:\n" + "".join(w.lines[-40:]))
        time.sleep(2)
        times = []
        for i in range(edits):
            done = done_after_edit()
            edit(tool.article(), k0 + i)
            times.append(w.wait_for(done, 300))
            time.sleep(2)
        return times, w.peak
    finally:
        w.stop()
        with open(log, "a", encoding="utf-8") as f:
            f.writelines(w.lines)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--articles", type=int, default=1000)
    p.add_argument("--rounds", type=int, default=2)
    p.add_argument("--watch-edits", type=int, default=3)
    p.add_argument("--work", required=True)
    p.add_argument("--benchmarks", required=True, help="the ArticleGen.Benchmarks executable (make-project)")
    p.add_argument("--repository", required=True, help="the ArticleGen repository, whose src/ArticleGen is packed")
    args = p.parse_args()
    os.makedirs(args.work, exist_ok=True)

    ag = ArticleGen(args.work, args.benchmarks, args.repository, args.articles)
    source = os.path.join(ag.dir, "articles")
    tools = [ag, Velite(args.work, source), Astro(args.work, source)]
    results = {t.name: {} for t in tools}

    def record(tool, kind, value):
        results[tool.name].setdefault(kind, []).append(value)
        print(f"  {tool.name:10} {kind:22} " + (f"wall {value[0]:7.2f} s  cpu {value[1]:7.2f} s  peak {value[2] / 2**30:5.2f} GB" if isinstance(value, tuple) else f"seconds {value[0]}, peak {value[1]} GB"), flush=True)

    k = 1
    for r in range(args.rounds):
        print(f"round {r + 1} of {args.rounds}", flush=True)
        # Alternating: each round runs every tool once per measurement, in a rotating order.
        order = tools[r % 3:] + tools[:r % 3]
        for tool in order:
            record(tool, "cold", tool.cold())
        for tool in order:
            record(tool, "one-article edit", tool.rebuild(k))
            k += 1
        record(ag, "edit, warm server", ag.rebuild_warm(k))
        k += 2
        for tool in order:
            times, peak = measure_watch(tool, args.watch_edits, k, os.path.join(args.work, f"watch-{tool.name}.log"))
            k += args.watch_edits
            record(tool, "watch: edit to output", [times, round(peak / 2**30, 2)])

    print(json.dumps(results), file=open(os.path.join(args.work, "results.json"), "w"))
    print_table(results, args.articles)


def print_table(results, n):
    def med(tool, kind, i):
        return statistics.median(v[i] for v in results[tool][kind])

    def watch_med(tool):
        times = [t for v in results[tool]["watch: edit to output"] for t in v[0] if t is not None]
        missed = sum(1 for v in results[tool]["watch: edit to output"] for t in v[0] if t is None)
        return (statistics.median(times) if times else None), missed, max(v[1] for v in results[tool]["watch: edit to output"])

    print()
    print(f"| {n:,} articles, median of alternating runs | ArticleGen | Velite | Astro | ArticleGen / Velite | ArticleGen / Astro |")
    print("|---|---|---|---|---|---|")
    rows = [("cold, wall", "cold", 0, "s"), ("cold, CPU", "cold", 1, "s"), ("cold, peak memory", "cold", 2, "GB"),
            ("one-article edit, wall", "one-article edit", 0, "s"), ("one-article edit, CPU", "one-article edit", 1, "s"),
            ("one-article edit, peak memory", "one-article edit", 2, "GB")]
    for label, kind, i, unit in rows:
        scale = 2**30 if unit == "GB" else 1
        v = [med(t, kind, i) / scale for t in ("ArticleGen", "Velite", "Astro")]
        print(f"| {label} | {v[0]:.2f} {unit} | {v[1]:.2f} {unit} | {v[2]:.2f} {unit} | {v[0] / v[1]:.1f}x | {v[0] / v[2]:.1f}x |")
    warm = [med("ArticleGen", "edit, warm server", i) for i in range(3)]
    print(f"| ArticleGen edit with a warm compiler server (wall, CPU) | {warm[0]:.2f} s, {warm[1]:.2f} s | | | {warm[0] / med('Velite', 'one-article edit', 0):.1f}x | {warm[0] / med('Astro', 'one-article edit', 0):.1f}x |")
    w = {t: watch_med(t) for t in ("ArticleGen", "Velite", "Astro")}

    def cell(t):
        m, missed, peak = w[t]
        return ("no update" if m is None else f"{m:.2f} s") + (f" ({missed} edits not seen)" if missed else "") + f", {peak:.2f} GB"

    def ratio(a, b):
        return f"{w[a][0] / w[b][0]:.1f}x" if w[a][0] and w[b][0] else "n/a"
    print(f"| watch mode: edit to updated output, peak memory | {cell('ArticleGen')} | {cell('Velite')} | {cell('Astro')} | {ratio('ArticleGen', 'Velite')} | {ratio('ArticleGen', 'Astro')} |")


if __name__ == "__main__":
    main()
