"""Shapes."""
from .area import square
