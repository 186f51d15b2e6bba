"""Runs a command and measures it with its whole process tree: wall time, CPU time and peak resident memory.

This process makes itself a child subreaper, so a process that leaves the tree (an MSBuild node, a build server)
is reparented to it and reaped here with its CPU time; one still alive at the end (a server kept warm for the next
run) counts the CPU it spent during the run. Memory is polled every 50 ms, so a process shorter than that may escape
the peak (never the CPU)."""
import ctypes
import os
import subprocess
import time

PAGE = os.sysconf("SC_PAGE_SIZE")
TICK = os.sysconf("SC_CLK_TCK")
PR_SET_CHILD_SUBREAPER = 36
ctypes.CDLL(None, use_errno=True).prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)


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


def reap_leftovers():
    """Reaps what earlier runs or watchers left to this subreaper, so that their CPU is not counted in the next run."""
    while True:
        try:
            pid, _, _ = os.wait4(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if not pid:
            return


def run(cmd, cwd, tree, env=None, timeout=3600):
    """Runs cmd to its end; returns (wall s, cpu s, peak bytes)."""
    reap_leftovers()
    before = tree.cpu_of_followed()
    start = time.monotonic()
    proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = 0
    cpu = 0.0
    status = None
    while status is None:
        peak = max(peak, tree.sample(proc.pid))
        # Reap the command and any orphan of its tree reparented to this subreaper (wait4's CPU includes what each
        # reaped process had reaped in turn); a followed process reaped here had its earlier CPU counted already.
        while True:
            try:
                pid, st, usage = os.wait4(-1, os.WNOHANG)
            except ChildProcessError:
                break
            if not pid:
                break
            cpu += usage.ru_utime + usage.ru_stime - before.pop(pid, 0.0)
            tree.followed.discard(pid)
            if pid == proc.pid:
                status = st
        if time.monotonic() - start > timeout:
            proc.kill()
        time.sleep(0.05)
    wall = time.monotonic() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    # Processes of the tree still alive (servers, nodes): add what they spent during this run.
    for pid, now in tree.cpu_of_followed().items():
        cpu += now - before.get(pid, 0.0)
    stderr = proc.stderr.read().decode(errors="replace")
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed ({proc.returncode}) in {cwd}:\n{stderr[-3000:]}")
    return wall, cpu, peak
