# Driver for CPython's own lib-dynload module select, loaded from the CPython 3.11 install
# found at run time (the runner puts its lib-dynload directory on PYTHONPATH).


def check(label, fn):
    try:
        print(label, '->', repr(fn()))
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', str(e))


import select
print('from lib-dynload ->', select.__file__.endswith('.cpython-311-x86_64-linux-gnu.so'))
import os

check('error is OSError', lambda: select.error is OSError)
check('constants', lambda: (select.POLLIN, select.POLLOUT, select.POLLERR, select.POLLHUP, select.POLLNVAL, select.POLLPRI))
check('epoll constants', lambda: (select.EPOLLIN, select.EPOLLOUT, select.EPOLLET, select.EPOLLONESHOT, select.EPOLL_CLOEXEC))
r, w = os.pipe()
check('select empty pipe', lambda: select.select([r], [], [], 0))
check('select writable', lambda: select.select([], [w], [], 0) == ([], [w], []))
os.write(w, b'x')
check('select readable', lambda: select.select([r], [w], [], 0) == ([r], [w], []))
check('select bad timeout', lambda: select.select([r], [], [], -1))
check('select bad timeout type', lambda: select.select([r], [], [], 'x'))
check('select bad fd', lambda: select.select([-1], [], [], 0))
check('select not list', lambda: select.select(5, [], []))
check('select fileno obj', lambda: len(select.select([open(os.devnull)], [], [], 0)[0]))
class Fd:
    def __init__(self, fd):
        self.fd = fd

    def fileno(self):
        return self.fd
check('select fileno method', lambda: type(select.select([Fd(r)], [], [], 0)[0][0]).__name__)
check('select fileno bad', lambda: select.select([Fd('x')], [], [], 0))
p = select.poll()
check('poll type', lambda: type(p).__name__)
p.register(r, select.POLLIN)
p.register(w)
check('poll', lambda: sorted(p.poll(0)) == sorted([(r, select.POLLIN), (w, select.POLLOUT)]))
p.modify(w, select.POLLIN)
check('poll modify', lambda: p.poll(0) == [(r, select.POLLIN)])
p.unregister(w)
def unregister_missing():
    try:
        p.unregister(w)
    except KeyError as e:
        return 'KeyError for the fd', e.args[0] == w
check('poll unregister missing', unregister_missing)
check('poll modify missing', lambda: p.modify(w, 0))
check('poll timeout ms', lambda: len(p.poll(1)))
check('poll bad timeout', lambda: p.poll('x'))
check('poll register bad', lambda: p.register('x'))
os.read(r, 1)
check('poll after read', lambda: p.poll(0))
ep = select.epoll()
check('epoll type', lambda: type(ep).__name__)
check('epoll fileno', lambda: ep.fileno() > 2)
check('epoll closed', lambda: ep.closed)
ep.register(w, select.EPOLLOUT)
ep.register(r, select.EPOLLIN)
check('epoll poll', lambda: ep.poll(0) == [(w, select.EPOLLOUT)])
os.write(w, b'yz')
check('epoll poll readable', lambda: sorted(ep.poll(0.0)) == sorted([(w, select.EPOLLOUT), (r, select.EPOLLIN)]))
check('epoll maxevents', lambda: len(ep.poll(0, 1)))
ep.modify(w, 0)
check('epoll modify', lambda: ep.poll(0) == [(r, select.EPOLLIN)])
check('epoll register twice', lambda: ep.register(r))
ep.unregister(r)
check('epoll unregister twice', lambda: ep.unregister(r))
check('epoll bad maxevents', lambda: ep.poll(0, -5))
ep.close()
check('epoll after close', lambda: ep.closed)
check('epoll use closed', lambda: ep.poll(0))
check('epoll context', lambda: select.epoll().__enter__().closed)
check('epoll fromfd bad', lambda: select.epoll.fromfd(-1).closed)
check('epoll bad sizehint', lambda: select.epoll(-2))
os.close(r)
os.close(w)
check('select closed fd', lambda: select.select([r], [], [], 0))
