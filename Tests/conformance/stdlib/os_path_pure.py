# os.path string functions (posixpath): no file system access.
import os.path as p

for path in ["/usr/lib/python3.11/os.py", "a/b/", "file.tar.gz", ".bashrc", "/", "", "a//b///c", "../x/./y"]:
    print(repr(path), p.split(path), p.splitext(path), repr(p.basename(path)), repr(p.dirname(path)))
print(p.join("a", "b", "c"), p.join("/a", "/b", "c"), p.join("a", ""), p.join("", "x"))
for path in ["a/./b/../c", "//x//y/", "/../a", "", ".", "a/b/../../..", "///a"]:
    print(repr(path), "->", repr(p.normpath(path)))
print(p.isabs("/x"), p.isabs("x"), p.isabs(""))
print(p.commonprefix(["/usr/lib", "/usr/local", "/usr/li"]), p.commonpath(["/usr/lib/x", "/usr/local/y"]))
print(p.relpath("/a/b/c", "/a/d"), p.relpath("/a", "/a"), p.relpath("/a/b", "/"))
print(p.splitdrive("/x/y"), p.sep, p.extsep, p.pathsep, p.curdir, p.pardir)
print(p.normcase("AbC"), p.expanduser("~nosuchuser_xyz/a"))
try:
    p.commonpath(["/a", "b"])
except ValueError as e:
    print("ValueError", e)
try:
    p.join("a", 3)
except TypeError as e:
    print("TypeError", e)
print(p.join(b"a", b"b"), p.split(b"/x/y.py"), p.splitext(b"q.txt"))
