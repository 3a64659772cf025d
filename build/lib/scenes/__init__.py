"""Manim scenes of normviz.  Each scene file renders with ``manim render scenes/<name>.py``."""
