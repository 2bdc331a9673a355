# Copyright 2026 Example AI Lab. All rights reserved.
"""Example-7B: the decoder of the Example model family."""

import math

import torch
from torch import nn


class ExampleRMSNorm(nn.Module):
    """Scales each vector by the inverse of its root mean square, then by a learned gain."""

    def __init__(self, width, tiny=1e-5):
        super().__init__()
        self.gain = nn.Parameter(torch.ones(width))
        self.tiny = tiny

    def forward(self, vectors):
        kept = vectors.dtype
        wide = vectors.float()
        mean_square = (wide * wide).mean(dim=-1, keepdim=True)
        scaled = wide / torch.sqrt(mean_square + self.tiny)
        return (scaled * self.gain).to(kept)


class ExampleRotaryEmbedding(nn.Module):
    """Holds cosine and sine tables for every position below a limit; grows them on demand."""

    def __init__(self, head_width, limit=4096, theta=50000.0):
        super().__init__()
        steps = torch.arange(0, head_width, 2).float() / head_width
        self.register_buffer("speeds", theta ** (-steps), persistent=False)
        self.limit = 0
        self._grow(limit)

    def _grow(self, limit):
        positions = torch.arange(limit, dtype=self.speeds.dtype, device=self.speeds.device)
        angles = positions[:, None] * self.speeds[None, :]
        doubled = torch.cat([angles, angles], dim=-1)
        self.register_buffer("cos_table", doubled.cos(), persistent=False)
        self.register_buffer("sin_table", doubled.sin(), persistent=False)
        self.limit = limit

    def forward(self, length):
        if length > self.limit:
            self._grow(max(length, 2 * self.limit))
        return self.cos_table[:length], self.sin_table[:length]


def rotate_half(block):
    """Splits the last axis in two halves (a, b) and returns (-b, a)."""
    half = block.shape[-1] // 2
    first, second = block[..., :half], block[..., half:]
    return torch.cat([-second, first], dim=-1)


def apply_rotary(queries, keys, cos_table, sin_table, where):
    """Turns queries and keys by the angles of their positions."""
    cos_rows = cos_table[where][:, None, :, :]
    sin_rows = sin_table[where][:, None, :, :]
    turned_q = queries * cos_rows + rotate_half(queries) * sin_rows
    turned_k = keys * cos_rows + rotate_half(keys) * sin_rows
    return turned_q, turned_k


def repeat_kv(heads, copies):
    """Repeats each key/value head `copies` times so grouped heads line up with the query heads."""
    if copies == 1:
        return heads
    batch, groups, length, width = heads.shape
    widened = heads.unsqueeze(2).expand(batch, groups, copies, length, width)
    return widened.reshape(batch, groups * copies, length, width)


def attend(queries, keys, values, bias=None, drop=0.0, learning=False):
    """Scores every query against every key, normalises the scores, and mixes the values with them."""
    scores = queries @ keys.transpose(-2, -1)
    scores = scores * (1.0 / math.sqrt(queries.size(-1)))
    if bias is not None:
        scores = scores + bias
    weights = torch.softmax(scores.float(), dim=-1).type_as(queries)
    if learning and drop > 0.0:
        weights = nn.functional.dropout(weights, p=drop)
    return weights @ values, weights


class ExampleAttention(nn.Module):
    """Grouped attention: fewer key/value heads than query heads, rotary positions, no bias terms."""

    def __init__(self, width, heads, groups, limit=4096):
        super().__init__()
        self.heads = heads
        self.groups = groups
        self.head_width = width // heads
        self.ask = nn.Linear(width, heads * self.head_width, bias=False)
        self.tell = nn.Linear(width, groups * self.head_width, bias=False)
        self.give = nn.Linear(width, groups * self.head_width, bias=False)
        self.join = nn.Linear(heads * self.head_width, width, bias=False)
        self.table = ExampleRotaryEmbedding(self.head_width, limit)

    def forward(self, vectors, where, bias=None):
        batch, length, _ = vectors.shape
        q = self.ask(vectors).view(batch, length, self.heads, self.head_width).transpose(1, 2)
        k = self.tell(vectors).view(batch, length, self.groups, self.head_width).transpose(1, 2)
        v = self.give(vectors).view(batch, length, self.groups, self.head_width).transpose(1, 2)
        cos_table, sin_table = self.table(int(where.max()) + 1)
        q, k = apply_rotary(q, k, cos_table, sin_table, where)
        k = repeat_kv(k, self.heads // self.groups)
        v = repeat_kv(v, self.heads // self.groups)
        mixed, _ = attend(q, k, v, bias)
        mixed = mixed.transpose(1, 2).reshape(batch, length, self.heads * self.head_width)
        return self.join(mixed)


class ExampleDecoderLayer(nn.Module):
    """One pre-norm decoder block: attention, then a gated feed-forward, each with a residual path."""

    def __init__(self, config):
        super().__init__()
        self.attn_norm = ExampleRMSNorm(config["width"], config["norm_tiny"])
        self.attn = ExampleAttention(config["width"], config["heads"], config["head_groups"], config["limit"])
        self.ffn_norm = ExampleRMSNorm(config["width"], config["norm_tiny"])
        self.gate = nn.Linear(config["width"], config["widening"], bias=False)
        self.up = nn.Linear(config["width"], config["widening"], bias=False)
        self.down = nn.Linear(config["widening"], config["width"], bias=False)

    def forward(self, hidden, positions, mask=None):
        hidden = hidden + self.attn(self.attn_norm(hidden), positions, mask)
        normed = self.ffn_norm(hidden)
        return hidden + self.down(nn.functional.silu(self.gate(normed)) * self.up(normed))
