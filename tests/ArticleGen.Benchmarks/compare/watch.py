"""Measures a tool's watch mode: from an article edit to the tool's updated output, with the tree's peak memory."""
import os
import re
import signal
import subprocess
import threading
import time

import measure


class Watcher:
    """A watch-mode process (its own process group, ended by its id when done) and the lines it has printed."""

    def __init__(self, cmd, cwd, env=None):
        self.proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True)
        self.lines = []
        self.tree = measure.Tree()
        self.peak = 0
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        for raw in self.proc.stdout:
            self.lines.append(raw.decode(errors="replace"))

    def count(self, pattern):
        return sum(1 for line in list(self.lines) if re.search(pattern, line))

    def wait_for(self, done, timeout):
        """Polls done() every 20 ms, sampling memory; returns the seconds it took, or None at the timeout."""
        start = time.monotonic()
        next_sample = 0.0
        while time.monotonic() - start < timeout:
            now = time.monotonic()
            if now >= next_sample:
                self.peak = max(self.peak, self.tree.sample(self.proc.pid))
                next_sample = now + 0.2
            if done():
                return time.monotonic() - start
            if self.proc.poll() is not None:
                raise RuntimeError("the watcher ended:\n" + "".join(self.lines[-40:]))
            time.sleep(0.02)
        return None

    def stop(self):
        try:
            os.killpg(self.proc.pid, signal.SIGTERM)
            self.proc.wait(timeout=20)
        except (ProcessLookupError, subprocess.TimeoutExpired):
            os.killpg(self.proc.pid, signal.SIGKILL)
        time.sleep(2)
        measure.reap_leftovers()


def file_changed(path):
    """A done() that is true once path's modification time differs from what it is now."""
    def stamp():
        try:
            return os.stat(path).st_mtime_ns
        except FileNotFoundError:
            return None
    first = stamp()
    return lambda: stamp() not in (None, first)


def line_printed(watcher, pattern):
    """A done() that is true once pattern has been printed once more than now."""
    seen = watcher.count(pattern)
    return lambda: watcher.count(pattern) > seen
