__all__ = ["public_a", "_listed_private"]
public_a = "a"
public_b = "b"
_listed_private = "p"
