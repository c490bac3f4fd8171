# stat and errno.
import errno
import stat

print(stat.S_ISDIR(0o040755), stat.S_ISREG(0o100644), stat.S_ISLNK(0o120777), stat.S_IMODE(0o104755))
print(stat.filemode(0o100644), stat.filemode(0o040755), stat.filemode(0o104755), stat.filemode(0o120777), stat.filemode(0o041777))
print(stat.S_IFMT(0o100644) == stat.S_IFREG, stat.ST_SIZE, stat.S_IRWXU, stat.UF_HIDDEN)
print(errno.ENOENT, errno.EEXIST, errno.EACCES, errno.EAGAIN == errno.EWOULDBLOCK, errno.errorcode[2], errno.errorcode[11])
print(len(errno.errorcode) > 100, errno.errorcode[errno.EDEADLK])
e = OSError(errno.ENOENT, "gone")
print(type(e).__name__, e.errno, e.strerror)
