"""The example problem the scenes share, so that one loss tells the whole story.

``f(b) = (b - c)^T A (b - c)`` with c = (3, 1), A = [[2, 0.5], [0.5, 1]] and budget t = 2:
the L1 optimum is the corner (2, 0), the L2 optimum (1.879, 0.685) has no zero.
"""

CENTER: tuple[float, ...] = (3.0, 1.0)
MATRIX: tuple[tuple[float, ...], ...] = ((2.0, 0.5), (0.5, 1.0))
RADIUS: float = 2.0

#: The cloud of random losses (``mathcore.cloud.cloud_2d``) that the cloud scene shows and
#: the high-dimension scene compares with: its loss shapes, its seed and how many centres
#: measure its share of optima with an exact 0 (the budget is ``RADIUS``).
CLOUD_CASE: str = "general"
CLOUD_SEED: int = 7
CLOUD_SAMPLES: int = 1_000_000
