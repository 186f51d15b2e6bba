"""Runs a command and measures it with its whole process tree: wall time, CPU time and peak resident memory.

Processes that leave the tree (a build server, an MSBuild node) are followed from the moment they are first seen in
it; their CPU counts from then on. A process is polled every 50 ms, so one shorter than that may escape the memory
peak (never the CPU: waited children are counted through wait4)."""
import os
import subprocess
import time

PAGE = os.sysconf("SC_PAGE_SIZE")
TICK = os.sysconf("SC_CLK_TCK")


def _stat(pid):
    try:
        with open(f"/proc/{pid}/stat", "rb") as f:
            fields = f.read().rsplit(b")", 1)[1].split()
        with open(f"/proc/{pid}/statm", "rb") as f:
            rss = int(f.read().split()[1]) * PAGE
        # fields[1] is ppid; utime and stime are fields 14 and 15 of the whole line (11 and 12 here).
        return int(fields[1]), (int(fields[11]) + int(fields[12])) / TICK, rss
    except (OSError, IndexError, ValueError):
        return None


def _children_map():
    parents = {}
    for name in os.listdir("/proc"):
        if name.isdigit():
            s = _stat(int(name))
            if s:
                parents.setdefault(s[0], []).append(int(name))
    return parents


class Tree:
    """The processes of one tool, kept across runs (a warm build server belongs to the tool that started it)."""

    def __init__(self):
        self.followed = set()

    def _descendants(self, root):
        parents = _children_map()
        found, todo = set(), [root]
        while todo:
            pid = todo.pop()
            for child in parents.get(pid, []):
                if child not in found:
                    found.add(child)
                    todo.append(child)
        return found

    def sample(self, root):
        """Adds the root's descendants to the followed set; returns the summed RSS of the root and every followed process."""
        self.followed |= self._descendants(root)
        total = 0
        for pid in [root, *self.followed]:
            s = _stat(pid)
            if s:
                total += s[2]
        return total

    def cpu_of_followed(self):
        cpu = {}
        for pid in list(self.followed):
            s = _stat(pid)
            if s:
                cpu[pid] = s[1]
            else:
                self.followed.discard(pid)
        return cpu


def run(cmd, cwd, tree, env=None, timeout=3600):
    """Runs cmd to its end; returns (wall s, cpu s, peak bytes, exit code)."""
    before = tree.cpu_of_followed()
    start = time.monotonic()
    proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = 0
    while True:
        peak = max(peak, tree.sample(proc.pid))
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        if time.monotonic() - start > timeout:
            proc.kill()
        time.sleep(0.05)
    wall = time.monotonic() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    cpu = usage.ru_utime + usage.ru_stime
    # Followed processes still alive (servers, nodes) were never waited: add what they spent during this run.
    for pid, now in tree.cpu_of_followed().items():
        cpu += now - before.get(pid, 0.0)
    stderr = proc.stderr.read().decode(errors="replace")
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed ({proc.returncode}) in {cwd}:\n{stderr[-3000:]}")
    return wall, cpu, peak
