# os.path functions that look at the file system, in a directory the program creates.
import os
import os.path as p

base = p.join(p.dirname(p.abspath(__file__)), "tmp_os_path_fs")
os.makedirs(p.join(base, "sub", "deep"), exist_ok=True)
f = p.join(base, "sub", "file.txt")
with open(f, "w") as fh:
    fh.write("12345")
try:
    for path in [base, f, p.join(base, "missing"), p.join(base, "sub", "deep")]:
        rel = p.relpath(path, base)
        print(rel, p.exists(path), p.isdir(path), p.isfile(path), p.islink(path))
    print(p.getsize(f), p.samefile(f, p.join(base, "sub", "..", "sub", "file.txt")))
    print(p.realpath(p.join(base, "sub", "..")) == p.realpath(base))
    print(p.abspath("x") == p.join(os.getcwd(), "x"))
    try:
        p.getsize(p.join(base, "missing"))
    except OSError as e:
        print(type(e).__name__, e.errno, p.basename(e.filename))
    os.symlink(f, p.join(base, "link"))
    print(p.islink(p.join(base, "link")), p.lexists(p.join(base, "link")), os.readlink(p.join(base, "link")) == f)
finally:
    for root, dirs, files in os.walk(base, topdown=False):
        for name in files:
            os.remove(p.join(root, name))
        for name in dirs:
            os.rmdir(p.join(root, name))
    os.rmdir(base)
print(p.exists(base))
