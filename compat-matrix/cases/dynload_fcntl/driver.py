# Driver for CPython's own lib-dynload module fcntl, loaded from the CPython 3.11 install
# found at run time (the runner puts its lib-dynload directory on PYTHONPATH).


def check(label, fn):
    try:
        print(label, '->', repr(fn()))
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', str(e))


import fcntl
print('from lib-dynload ->', fcntl.__file__.endswith('.cpython-311-x86_64-linux-gnu.so'))
import os
import struct
import tempfile

check('constants', lambda: (fcntl.F_GETFD, fcntl.F_SETFD, fcntl.F_GETFL, fcntl.F_SETFL, fcntl.FD_CLOEXEC, fcntl.LOCK_SH, fcntl.LOCK_EX, fcntl.LOCK_NB, fcntl.LOCK_UN, fcntl.F_DUPFD))
r, w = os.pipe()
check('F_GETFD', lambda: fcntl.fcntl(r, fcntl.F_GETFD) & fcntl.FD_CLOEXEC)
check('F_SETFD', lambda: fcntl.fcntl(r, fcntl.F_SETFD, 0))
check('F_GETFD after', lambda: fcntl.fcntl(r, fcntl.F_GETFD) & fcntl.FD_CLOEXEC)
fcntl.fcntl(r, fcntl.F_SETFD, fcntl.FD_CLOEXEC)
fl = fcntl.fcntl(w, fcntl.F_GETFL)
check('O_NONBLOCK off', lambda: fl & os.O_NONBLOCK)
fcntl.fcntl(w, fcntl.F_SETFL, fl | os.O_NONBLOCK)
check('O_NONBLOCK on', lambda: fcntl.fcntl(w, fcntl.F_GETFL) & os.O_NONBLOCK == os.O_NONBLOCK)
check('F_GETPIPE_SZ', lambda: fcntl.fcntl(r, fcntl.F_GETPIPE_SZ) > 0)
check('bytes arg', lambda: fcntl.fcntl(r, fcntl.F_GETFD, b'\x00' * 8))
check('bad fd', lambda: fcntl.fcntl(-1, fcntl.F_GETFD))
check('closed fd', lambda: fcntl.fcntl(9999, fcntl.F_GETFD))
check('bad arg type', lambda: fcntl.fcntl(r, fcntl.F_GETFD, 1.5))
check('too long bytes', lambda: fcntl.fcntl(r, fcntl.F_GETFD, b'x' * 2000))
check('fileno object', lambda: fcntl.fcntl(open(os.devnull), fcntl.F_GETFL) & 3)
check('not a fd', lambda: fcntl.fcntl('x', fcntl.F_GETFD))
d = tempfile.mkdtemp()
path = os.path.join(d, 'lock')
fd = os.open(path, os.O_RDWR | os.O_CREAT)
os.write(fd, b'0123456789')
check('flock ex', lambda: fcntl.flock(fd, fcntl.LOCK_EX))
check('flock un', lambda: fcntl.flock(fd, fcntl.LOCK_UN))
check('flock sh nb', lambda: fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB))
check('flock bad op', lambda: fcntl.flock(fd, 12345))
check('lockf ex', lambda: fcntl.lockf(fd, fcntl.LOCK_EX, 5, 0, 0))
check('lockf un', lambda: fcntl.lockf(fd, fcntl.LOCK_UN))
check('lockf bad whence', lambda: fcntl.lockf(fd, fcntl.LOCK_EX, 1, 0, 9))
lk = struct.pack('hhqqi', fcntl.F_WRLCK, 0, 0, 0, 0)
check('F_GETLK', lambda: struct.unpack('hhqqi', fcntl.fcntl(fd, fcntl.F_GETLK, lk))[0] == fcntl.F_UNLCK)
buf = bytearray(4)
check('ioctl FIONREAD pipe', lambda: fcntl.ioctl(r, 0x541B, buf, True))
os.write(w, b'abc')
fcntl.ioctl(r, 0x541B, buf)
check('ioctl FIONREAD value', lambda: struct.unpack('i', buf)[0])
check('ioctl immutable', lambda: struct.unpack('i', fcntl.ioctl(r, 0x541B, b'\x00' * 4))[0])
check('ioctl bad fd', lambda: fcntl.ioctl(-1, 0x541B, buf))
check('ioctl bad request', lambda: fcntl.ioctl(fd, 0x7fff, 0))
os.close(fd)
os.remove(path)
os.rmdir(d)
os.close(r)
os.close(w)
