import sys
import sysapi


def check(label, fn):
    try:
        print(label, '->', repr(fn()))
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', str(e))


check('get maxsize', lambda: sysapi.get('maxsize'))
check('get byteorder', lambda: sysapi.get('byteorder'))
check('get missing', lambda: sysapi.get('no_such_attribute'))
check('get is sys attr', lambda: sysapi.get('path') is sys.path)
check('set', lambda: sysapi.set('swallow_marker', [1, 2]))
check('Python sees set', lambda: sys.swallow_marker)
check('delete', lambda: sysapi.set('swallow_marker', ...))
check('Python sees delete', lambda: hasattr(sys, 'swallow_marker'))
check('delete missing', lambda: sysapi.set('swallow_marker', ...))

sysapi.write_out('hello', 10)
print('after write_out')
sysapi.write_long(990)
sysapi.write_long(1200)
sysapi.format_out([1, 'a'], 'plain')
check('keeps_error', sysapi.keeps_error)


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)


cap = Capture()
old = sys.stdout
sys.stdout = cap
sysapi.write_out('captured', 3)
sysapi.format_out(None, 'x')
sys.stdout = old
print('captured parts', cap.parts)

err = Capture()
old_err = sys.stderr
sys.stderr = err
sysapi.write_err('to stderr')
sys.stderr = old_err
print('stderr parts', err.parts)

check('xoptions', sysapi.xoptions)
check('warnoptions', sysapi.warnoptions)
saved_argv = list(sys.argv)
check('set_argv', sysapi.set_argv)
check('Python sees argv', lambda: sys.argv)
sys.argv = saved_argv
check('set_path', sysapi.set_path)
check('from_wide', sysapi.from_wide)
