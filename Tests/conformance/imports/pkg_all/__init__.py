__all__ = ["sub_one", "TOP"]
TOP = "top"
HIDDEN = "not exported"
