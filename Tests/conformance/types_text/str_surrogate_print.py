# Writing a lone surrogate to the standard streams: stderr escapes it (backslashreplace),
# stdout (strict) raises UnicodeEncodeError, and text before it is still written.
import sys
print(sys.stdout.errors, sys.stderr.errors)
sys.stderr.write('err: \udc80\n')
print('before')
sys.stdout.flush()
print('bad: \udc80')
