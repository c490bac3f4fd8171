# Notes are printed after the exception line.
e = RuntimeError("with notes")
e.add_note("note one")
e.add_note("last note")
raise e
