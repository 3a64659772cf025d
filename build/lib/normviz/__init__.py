"""The ``normviz`` command: a thin layer over mathcore (and, later, the scenes)."""
