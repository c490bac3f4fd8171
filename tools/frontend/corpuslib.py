"""Shared machinery of the front end's differential corpus tools (ast-corpus, symtable-corpus).

Each tool compares, file by file, what Swallow prints (through a `swallow --dump-*-batch
LISTFILE` mode, one JSON line per file) with what CPython 3.11 itself produces for the same
file, in parallel batches, and reports identical / different / failed counts.
"""
import argparse
import difflib
import hashlib
import json
import os
import subprocess
import sys
import sysconfig
from concurrent.futures import ProcessPoolExecutor

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def require_cpython311():
    if sys.implementation.name != "cpython" or sys.version_info[:2] != (3, 11):
        sys.exit("this tool compares with CPython 3.11 and must run under it, not %s %s"
                 % (sys.implementation.name, sys.version.split()[0]))


def default_roots():
    """The running CPython's standard library (tests included) and its site-packages."""
    paths = sysconfig.get_paths()
    roots = [("stdlib", paths["stdlib"])]
    if os.path.isdir(paths["purelib"]):
        roots.append(("site-packages", paths["purelib"]))
    return roots


def find_swallow(explicit):
    if explicit:
        return explicit
    if os.environ.get("SWALLOW"):
        return os.environ["SWALLOW"]
    for config in ("release", "debug"):
        p = os.path.join(REPO, ".build", config, "swallow")
        if os.path.exists(p):
            return p
    sys.exit("no swallow executable: build it, or pass --swallow / set SWALLOW")


def collect(roots, skip_site_packages_of_stdlib=True):
    """(label, absolute path) of every .py file under the roots, sorted, each file once."""
    seen = set()
    out = []
    purelibs = [os.path.realpath(r) for _, r in roots]
    for label, root in roots:
        root_real = os.path.realpath(root)
        for d, dirs, files in os.walk(root):
            dirs.sort()
            # The stdlib root contains site-packages: leave it to its own root.
            if skip_site_packages_of_stdlib:
                dirs[:] = [x for x in dirs
                           if not any(os.path.realpath(os.path.join(d, x)) == p and p != root_real
                                      for p in purelibs)]
            for name in sorted(files):
                if not name.endswith(".py"):
                    continue
                path = os.path.join(d, name)
                real = os.path.realpath(path)
                if real in seen or not os.path.isfile(real):
                    continue
                seen.add(real)
                out.append((label + ":" + os.path.relpath(path, root), path))
    return out


def sample(files, n):
    """A deterministic sample: the n files whose names hash lowest."""
    if n is None or n >= len(files):
        return files
    keyed = sorted(files, key=lambda f: hashlib.sha1(f[0].encode()).hexdigest())
    chosen = set(f[0] for f in keyed[:n])
    return [f for f in files if f[0] in chosen]


def load_xfail(path):
    """`NAME REASON...` per line (NAME as the tools print it); # comments and blank lines."""
    xfail = {}
    if path and os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            for line in f:
                line = line.strip()
                if not line or line.startswith("#"):
                    continue
                name, _, reason = line.partition(" ")
                xfail[name] = reason.strip()
    return xfail


def short_diff(got, want, multiline):
    if multiline:
        lines = list(difflib.unified_diff(want.splitlines(), got.splitlines(), "cpython", "swallow",
                                          n=1, lineterm=""))
        return "\n".join(lines[:14])
    i = 0
    n = min(len(got), len(want))
    while i < n and got[i] == want[i]:
        i += 1
    lo = max(0, i - 100)
    return ("  at char %d\n  cpython: ...%s...\n  swallow: ...%s..."
            % (i, want[lo:i + 100], got[lo:i + 100]))


def run_swallow(swallow, mode, paths, timeout):
    """{path: result-dict} for the paths Swallow answered; missing ones crashed or hung."""
    import tempfile
    with tempfile.NamedTemporaryFile("w", suffix=".list", delete=False) as f:
        f.write("\n".join(paths) + "\n")
        listfile = f.name
    answers = {}
    try:
        p = subprocess.run([swallow, mode, listfile], capture_output=True, timeout=timeout)
        status = p.returncode
        out = p.stdout
    except subprocess.TimeoutExpired as e:
        status = "timeout"
        out = e.stdout or b""
    finally:
        os.unlink(listfile)
    for line in out.splitlines():
        try:
            d = json.loads(line)
        except ValueError:
            continue
        answers[d["path"]] = d
    return status, answers


def check_batch(args):
    swallow, mode, batch, cpython_fn, per_file_timeout, multiline = args
    paths = [p for _, p in batch]
    status, answers = run_swallow(swallow, mode, paths, per_file_timeout * len(paths) + 30)
    results = []
    for name, path in batch:
        got = answers.get(path)
        if got is None:
            # Isolate: run the file alone to tell a crash from a casualty of one.
            st, one = run_swallow(swallow, mode, [path], per_file_timeout)
            got = one.get(path)
            if got is None:
                results.append((name, "failed", "swallow exited with %s" % st))
                continue
        want = cpython_fn(path)
        g = got.get("result", None)
        g = g if g is not None else "error " + got.get("error", "?")
        if g == want:
            results.append((name, "identical", None))
        else:
            results.append((name, "different", short_diff(g, want, multiline)))
    return results


def main(description, mode, cpython_fn, xfail_default, multiline):
    require_cpython311()
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("roots", nargs="*", help="directories to walk (default: CPython's Lib and site-packages)")
    ap.add_argument("--sample", type=int, help="a deterministic sample of N files")
    ap.add_argument("--swallow", help="the swallow executable (default: $SWALLOW, .build/release, .build/debug)")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--batch", type=int, default=150, help="files per swallow process")
    ap.add_argument("--timeout", type=float, default=20.0, help="seconds per file")
    ap.add_argument("--xfail", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), xfail_default))
    ap.add_argument("--show", type=int, default=8, help="differing files to show")
    ap.add_argument("--list", help="write every non-identical file name and status here")
    ap.add_argument("--quiet", action="store_true", help="only the summary line")
    ap.add_argument("--only", help="check only the files named in this file (first word of each line, "
                    "as --list writes them)")
    a = ap.parse_args()
    roots = [(os.path.basename(os.path.normpath(r)), r) for r in a.roots] or default_roots()
    files = sample(collect(roots), a.sample)
    if a.only:
        with open(a.only, encoding="utf-8") as f:
            wanted = set(line.split()[0] for line in f if line.strip())
        files = [x for x in files if x[0] in wanted]
    swallow = find_swallow(a.swallow)
    xfail = load_xfail(a.xfail)
    # Interleave so that batches mix large and small files.
    batches = [files[i::max(1, (len(files) + a.batch - 1) // a.batch)]
               for i in range(max(1, (len(files) + a.batch - 1) // a.batch))]
    tasks = [(swallow, mode, b, cpython_fn, a.timeout, multiline) for b in batches if b]
    counts = {"identical": 0, "different": 0, "failed": 0}
    bad = []
    with ProcessPoolExecutor(max_workers=a.jobs) as ex:
        for results in ex.map(check_batch, tasks):
            for name, status, detail in results:
                counts[status] += 1
                if status != "identical":
                    bad.append((name, status, detail))
    bad.sort()
    unexpected = [b for b in bad if b[0] not in xfail]
    xfailed = len(bad) - len(unexpected)
    if not a.quiet:
        for name, status, detail in unexpected[:a.show]:
            print("%s: %s" % (status.upper(), name))
            if detail:
                print(detail)
    if a.list:
        with open(a.list, "w", encoding="utf-8") as f:
            for name, status, _ in bad:
                f.write("%s %s\n" % (name, status))
    print("%s: %d files: %d identical, %d different, %d failed (%d of them xfail)"
          % (os.path.basename(sys.argv[0]), len(files), counts["identical"], counts["different"],
             counts["failed"], xfailed))
    return 0 if not unexpected else 1
