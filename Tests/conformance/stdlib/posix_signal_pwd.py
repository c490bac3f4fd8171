# signal (handler bookkeeping) and pwd.
import os
import pwd
import signal

print(signal.SIGINT.value, signal.SIGTERM.name, signal.getsignal(signal.SIGINT) is signal.default_int_handler)
old = signal.signal(signal.SIGUSR1, lambda s, f: None)
print(old, callable(signal.getsignal(signal.SIGUSR1)))
signal.signal(signal.SIGUSR1, signal.SIG_DFL)
print(signal.getsignal(signal.SIGUSR1))
print(signal.Signals(15), signal.SIG_IGN, signal.strsignal(signal.SIGKILL))
try:
    signal.signal(signal.SIGKILL, signal.SIG_IGN)
except OSError as e:
    print("OSError", e.errno)
try:
    signal.getsignal(999)
except ValueError as e:
    print("ValueError", e)
me = pwd.getpwuid(os.getuid())
print(type(me).__name__, me.pw_uid == os.getuid(), me[2] == me.pw_uid, len(me))
print(pwd.getpwnam(me.pw_name).pw_dir == me.pw_dir)
try:
    pwd.getpwnam("no_such_user_xyz")
except KeyError as e:
    print("KeyError", e)
