"""Utility package."""
from .registry import register, REGISTRY
__all__ = ["register", "REGISTRY", "text"]
__version__ = "1.0"
