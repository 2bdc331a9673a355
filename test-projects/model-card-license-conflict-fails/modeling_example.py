# Copyright 2026 Example AI Lab
# SPDX-License-Identifier: MIT
"""The Example-7B decoder."""

import math


class ExampleRotaryEmbedding:
    """Rotary position embedding with a configurable base."""

    def __init__(self, dim, base=10000.0):
        self.dim = dim
        self.inv_freq = [1.0 / (base ** (i / dim)) for i in range(0, dim, 2)]

    def angles(self, position):
        return [position * f for f in self.inv_freq]


def scaled_attention_logit(q, k, dim):
    return sum(a * b for a, b in zip(q, k)) / math.sqrt(dim)
