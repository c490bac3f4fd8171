# os functions on files and directories: mkdir/listdir/scandir/stat/rename/remove, fd I/O.
import os
import stat

base = os.path.join(os.path.dirname(os.path.abspath(__file__)), "tmp_os_files")
os.mkdir(base)
try:
    fd = os.open(os.path.join(base, "a.bin"), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    print(os.write(fd, b"hello world"))
    os.close(fd)
    fd = os.open(os.path.join(base, "a.bin"), os.O_RDONLY)
    print(os.read(fd, 5), os.read(fd, 100), os.read(fd, 10))
    print(os.lseek(fd, 6, os.SEEK_SET), os.read(fd, 3))
    st = os.fstat(fd)
    os.close(fd)
    print(st.st_size, stat.S_ISREG(st.st_mode), stat.S_IMODE(st.st_mode) == 0o644 & ~0 or stat.S_IMODE(st.st_mode))
    os.mkdir(os.path.join(base, "d"))
    try:
        os.mkdir(os.path.join(base, "d"))
    except FileExistsError as e:
        print("FileExistsError", e.errno, e.strerror)
    print(sorted(os.listdir(base)))
    with os.scandir(base) as it:
        entries = sorted(it, key=lambda e: e.name)
    for e in entries:
        print(e.name, e.is_dir(), e.is_file(), e.is_symlink(), e.path == os.path.join(base, e.name))
    os.rename(os.path.join(base, "a.bin"), os.path.join(base, "b.bin"))
    print(sorted(os.listdir(base)))
    st = os.stat(os.path.join(base, "b.bin"))
    print(type(st).__name__, st[stat.ST_SIZE], st.st_size, len(st), isinstance(st, tuple))
    print(isinstance(st.st_mtime, float), isinstance(st[8], int), st.st_mtime_ns // 10**9 == int(st.st_mtime))
    try:
        os.rmdir(base)
    except OSError as e:
        print(type(e).__name__, e.errno)
    try:
        os.remove(os.path.join(base, "nope"))
    except FileNotFoundError as e:
        print("FileNotFoundError", e.filename == os.path.join(base, "nope"))
    os.remove(os.path.join(base, "b.bin"))
    os.rmdir(os.path.join(base, "d"))
finally:
    os.rmdir(base)
print(os.path.exists(base))
