# Stand-in for the standard library's datetime.py (pure Python, which the runtime cannot
# import yet): like it, it re-exports the C implementation, capsule included, so that
# PyDateTime_IMPORT (PyCapsule_Import("datetime.datetime_CAPI")) finds CPython's _datetime.
from _datetime import *
from _datetime import datetime_CAPI
