# subprocess on _posixsubprocess: run/check_output/Popen with pipes, input, text mode, shell,
# return codes, errors, environment and working directory, and select on a pipe.
import os
import select
import subprocess
import sys

res = subprocess.run(["echo", "hello", "world"], capture_output=True)
print(res.returncode, res.stdout, res.stderr, res.args)
print(subprocess.run("exit 4", shell=True).returncode)
print(subprocess.check_output(["cat"], input=b"piped through cat"))
print(repr(subprocess.check_output("printf 'a\\nb\\n'", shell=True, text=True)))
print(subprocess.run(["sh", "-c", "echo $GREETING"], env={"GREETING": "hi", "PATH": os.environ["PATH"]},
                     capture_output=True, text=True).stdout.strip())
print(subprocess.run(["pwd"], cwd="/", capture_output=True, text=True).stdout.strip())
p = subprocess.Popen(["sh", "-c", "echo out; echo err >&2; exit 2"], stdout=subprocess.PIPE,
                     stderr=subprocess.PIPE, text=True)
out, err = p.communicate()
print(repr(out), repr(err), p.returncode, p.poll())
p = subprocess.Popen(["sh", "-c", "echo merged; echo also >&2"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
print(sorted(p.stdout.read().split()), p.wait())
try:
    subprocess.check_call(["false"])
except subprocess.CalledProcessError as e:
    print("CalledProcessError", e.returncode, e.cmd)
try:
    subprocess.run(["/nonexistent/program"])
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno, e.filename)
try:
    subprocess.run(["sleep", "5"], timeout=0.2)
except subprocess.TimeoutExpired as e:
    print("TimeoutExpired", round(e.timeout, 1))
child = subprocess.run([sys.executable, "-c", "import sys; print(sys.argv[1:]); sys.exit(9)", "x"],
                       capture_output=True, text=True)
print(child.stdout.strip(), child.returncode)
print(subprocess.getoutput("echo got output"), subprocess.getstatusoutput("exit 3"))

# select on a pipe: not readable until written.
r, w = os.pipe()
print(select.select([r], [], [], 0))
os.write(w, b"x")
print(select.select([r], [], [], 1.5)[0] == [r])
poller = select.poll()
poller.register(r, select.POLLIN)
print([(fd == r, ev & select.POLLIN != 0) for fd, ev in poller.poll(100)])
os.close(r)
os.close(w)
try:
    select.select([-1], [], [], 0)
except ValueError as e:
    print("ValueError", e)
