"""Shared by tools/conformance/record and tools/conformance/run.

The conformance suite: every Tests/conformance/AREA/NAME.py is a program run from its own
directory with PYTHONHASHSEED=0. Its recorded outcome, NAME.expected.json, holds CPython 3.11's
stdout, the last line of its stderr and its exit code. Paths of the program's directory and of
the interpreter are replaced by <dir> and <exe> in both columns, so recordings are portable.
Files named helper_*.py and packages (directories without a .py of the same name) are support
modules imported by programs, not programs.
"""
import json
import os
import subprocess

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SUITE = os.path.join(ROOT, "Tests", "conformance")
XFAIL = os.path.join(SUITE, "xfail.txt")
# Generous: a timeout is for hangs, and CI machines and debug builds vary (the heaviest
# programs take seconds in a debug build on an idle machine).
TIMEOUT = int(os.environ.get("SWALLOW_CONFORMANCE_TIMEOUT", "120"))


def programs(patterns=()):
    """Program paths relative to SUITE, sorted; patterns select by substring."""
    found = []
    for area in sorted(os.listdir(SUITE)):
        d = os.path.join(SUITE, area)
        if not os.path.isdir(d):
            continue
        for name in sorted(os.listdir(d)):
            if name.endswith(".py") and not name.startswith("helper_"):
                rel = f"{area}/{name}"
                if not patterns or any(p in rel for p in patterns):
                    found.append(rel)
    return found


def normalise(text, directory, exe):
    text = text.replace(directory + "/", "<dir>/").replace(directory, "<dir>")
    return text.replace(exe, "<exe>")


def run(argv_prefix, rel, exe_for_normalising):
    """Runs one program; returns {"stdout", "stderr_last_line", "exit_code"}."""
    path = os.path.join(SUITE, rel)
    directory = os.path.dirname(path)
    env = dict(os.environ)
    env.pop("PYTHONPATH", None)
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env["PYTHONIOENCODING"] = "utf-8"
    try:
        proc = subprocess.run(argv_prefix + [os.path.basename(path)], cwd=directory, env=env,
                              capture_output=True, timeout=TIMEOUT, stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        return {"stdout": "", "stderr_last_line": f"<timeout after {TIMEOUT} s>", "exit_code": -1}
    out = normalise(proc.stdout.decode("utf-8", "replace"), directory, exe_for_normalising)
    err = normalise(proc.stderr.decode("utf-8", "replace"), directory, exe_for_normalising)
    lines = [l for l in err.splitlines() if l.strip()]
    return {"stdout": out, "stderr_last_line": lines[-1] if lines else "",
            "exit_code": proc.returncode}


def expected_path(rel):
    return os.path.join(SUITE, rel[:-3] + ".expected.json")


def load_xfail():
    """{relative path: reason} from xfail.txt ('area/name.py: reason' lines, # comments)."""
    table = {}
    if os.path.exists(XFAIL):
        for line in open(XFAIL, encoding="utf-8"):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            path, _, reason = line.partition(":")
            table[path.strip()] = reason.strip()
    return table
