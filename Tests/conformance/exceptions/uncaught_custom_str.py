# The last line uses the qualified name of a class nested in another and its str().
class Outer:
    class InnerError(Exception):
        def __str__(self):
            return "custom message"
raise Outer.InnerError()
