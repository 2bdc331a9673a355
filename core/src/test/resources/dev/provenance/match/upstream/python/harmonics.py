# Copyright 2021 The Tidepool Authors
# Licensed under the Tidepool test license: a fixture of the Provenance test suite.
"""Least-squares fit of tidal harmonic constituents to gauge readings."""

import math
from dataclasses import dataclass

SPEEDS = {
    "M2": 28.9841042,
    "S2": 30.0,
    "N2": 28.4397295,
    "K1": 15.0410686,
    "O1": 13.9430356,
}


@dataclass
class Constituent:
    name: str
    amplitude: float
    phase: float


def design_row(hours, names):
    """One row of the design matrix: a mean term, then a cosine and a sine per constituent."""
    row = [1.0]
    for name in names:
        angle = math.radians(SPEEDS[name] * hours)
        row.append(math.cos(angle))
        row.append(math.sin(angle))
    return row


def solve(matrix, vector):
    """Solves a small dense system by Gaussian elimination with partial pivoting."""
    size = len(vector)
    augmented = [list(matrix[i]) + [vector[i]] for i in range(size)]
    for column in range(size):
        pivot = max(range(column, size), key=lambda r: abs(augmented[r][column]))
        if abs(augmented[pivot][column]) < 1e-12:
            raise ValueError("singular system at column %d" % column)
        augmented[column], augmented[pivot] = augmented[pivot], augmented[column]
        for row in range(column + 1, size):
            factor = augmented[row][column] / augmented[column][column]
            for k in range(column, size + 1):
                augmented[row][k] -= factor * augmented[column][k]
    solution = [0.0] * size
    for row in reversed(range(size)):
        tail = sum(augmented[row][k] * solution[k] for k in range(row + 1, size))
        solution[row] = (augmented[row][size] - tail) / augmented[row][row]
    return solution


def fit(readings, names=("M2", "S2", "K1", "O1")):
    """Fits constituents to (hours, height) readings; returns the mean level and the constituents."""
    width = 1 + 2 * len(names)
    normal = [[0.0] * width for _ in range(width)]
    rhs = [0.0] * width
    for hours, height in readings:
        row = design_row(hours, names)
        for i in range(width):
            rhs[i] += row[i] * height
            for j in range(width):
                normal[i][j] += row[i] * row[j]
    coefficients = solve(normal, rhs)
    constituents = []
    for index, name in enumerate(names):
        a = coefficients[1 + 2 * index]
        b = coefficients[2 + 2 * index]
        amplitude = math.hypot(a, b)
        phase = math.degrees(math.atan2(b, a)) % 360.0
        constituents.append(Constituent(name, amplitude, phase))
    return coefficients[0], constituents


def predict(mean, constituents, hours):
    """The fitted height at a time given in hours."""
    level = mean
    for c in constituents:
        angle = math.radians(SPEEDS[c.name] * hours - c.phase)
        level += c.amplitude * math.cos(angle)
    return level
