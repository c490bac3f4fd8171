# os.fork, os.pipe, os.waitpid/os.wait and the wait-status helpers, os.execv/execve in a
# child, fork hooks, and the errors of the exec family.
import os
import signal
import sys

events = []
os.register_at_fork(before=lambda: events.append("before"),
                    after_in_parent=lambda: events.append("parent"),
                    after_in_child=lambda: events.append("child"))

r, w = os.pipe()
sys.stdout.flush()
pid = os.fork()
if pid == 0:
    os.close(r)
    os.write(w, ("child saw hooks %s" % events).encode())
    os._exit(7)
os.close(w)
chunks = []
while True:
    data = os.read(r, 64)
    if not data:
        break
    chunks.append(data)
os.close(r)
got, status = os.waitpid(pid, 0)
print(b"".join(chunks).decode(), "| parent hooks", events)
print(got == pid, os.WIFEXITED(status), os.WEXITSTATUS(status), os.waitstatus_to_exitcode(status))

# A child killed by a signal.
sys.stdout.flush()
pid = os.fork()
if pid == 0:
    os.kill(os.getpid(), signal.SIGTERM)
    os._exit(0)
got, status = os.wait()
print(got == pid, os.WIFSIGNALED(status), os.WTERMSIG(status) == signal.SIGTERM, os.waitstatus_to_exitcode(status))

# execv replaces the child with a new interpreter; execve passes the environment.
sys.stdout.flush()
pid = os.fork()
if pid == 0:
    os.execv(sys.executable, [sys.executable, "-c", "import sys; print('exec ran', sys.argv[1:]); sys.exit(3)", "a", "b"])
print("execv child exit code:", os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
sys.stdout.flush()
pid = os.fork()
if pid == 0:
    os.execve(sys.executable, [sys.executable, "-c", "import os; print('env', os.environ.get('FORK_TEST'))"],
              {"FORK_TEST": "yes"})
print("execve child exit code:", os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))

# WNOHANG on a child still running.
sys.stdout.flush()
pid = os.fork()
if pid == 0:
    os.read(os.open(os.devnull, os.O_RDONLY), 1)
    import time
    time.sleep(0.2)
    os._exit(0)
print("WNOHANG:", os.waitpid(pid, os.WNOHANG))
print("reaped:", os.waitpid(pid, 0)[0] == pid)

for call in (lambda: os.execv(sys.executable, []), lambda: os.execv(sys.executable, [""]),
             lambda: os.execv(sys.executable, "abc"), lambda: os.execv("/nonexistent/x", ["x"]),
             lambda: os.execve(sys.executable, ["x"], 5), lambda: os.waitpid(-1, 0)):
    try:
        call()
    except (ValueError, TypeError, OSError) as e:
        print(type(e).__name__, e)
try:
    os.register_at_fork(before=5)
except TypeError as e:
    print("TypeError", e)
try:
    os.register_at_fork()
except TypeError as e:
    print("TypeError", e)
