# An uncaught OSError shows errno, message and filename.
open("/nonexistent/dir/file.txt")
