"""Galley: a desktop review desk for machine-translated copy."""
__version__ = "0.1.0"
