"""A BERT encoder forward pass in plain numpy, matching Hugging Face's BertModel in float32.

Only what sentence embedding needs: absolute positions, one segment, exact GELU,
post-layer-norm blocks, no dropout, no pooler. Weights are re-laid out once at
load (transposed, Q/K/V fused, attention scale folded into Q) so that every step
of the hot path is a contiguous matmul.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from onward.embedding.tokens import mean_pool

F32 = NDArray[np.float32]


@dataclass(frozen=True)
class Layer:
    qkv_w: F32  # (hidden, 3*hidden); the query third pre-scaled by 1/sqrt(head_dim)
    qkv_b: F32
    out_w: F32  # (hidden, hidden)
    out_b: F32
    ln1_g: F32
    ln1_b: F32
    up_w: F32  # (hidden, intermediate)
    up_b: F32
    down_w: F32  # (intermediate, hidden)
    down_b: F32
    ln2_g: F32
    ln2_b: F32


@dataclass(frozen=True)
class BertWeights:
    word: F32  # (vocab, hidden)
    position: F32  # (max_positions, hidden)
    token_type0: F32  # (hidden,): every token is segment 0 for single sentences
    ln_g: F32
    ln_b: F32
    layers: tuple[Layer, ...]
    heads: int
    eps: float

    @property
    def hidden(self) -> int:
        return int(self.word.shape[1])

    @property
    def max_positions(self) -> int:
        return int(self.position.shape[0])

    @classmethod
    def from_tensors(
        cls, tensors: Mapping[str, np.ndarray], *, heads: int, eps: float
    ) -> BertWeights:
        """Build from Hugging Face BertModel tensor names; raise ValueError if any is off."""
        prefix = "bert." if "bert.embeddings.word_embeddings.weight" in tensors else ""

        def shape_of(name: str) -> tuple[int, ...]:
            if prefix + name not in tensors:
                raise ValueError(f"tensor {prefix + name!r} is missing")
            return tuple(np.shape(tensors[prefix + name]))

        def get(name: str, shape: tuple[int, ...]) -> F32:
            if shape_of(name) != shape:
                raise ValueError(
                    f"tensor {prefix + name!r} has shape {shape_of(name)}, not {shape}"
                )
            return np.ascontiguousarray(tensors[prefix + name], dtype=np.float32)

        word_shape = shape_of("embeddings.word_embeddings.weight")
        if len(word_shape) != 2 or word_shape[1] % heads:
            raise ValueError(f"word embeddings of shape {word_shape} do not fit {heads} heads")
        vocab, hidden = word_shape
        inter = shape_of("encoder.layer.0.intermediate.dense.weight")[0]
        positions = shape_of("embeddings.position_embeddings.weight")[0]
        count = 0
        while prefix + f"encoder.layer.{count}.attention.self.query.weight" in tensors:
            count += 1
        scale = np.float32(1.0 / math.sqrt(hidden // heads))
        sq, vec = (hidden, hidden), (hidden,)

        layers = []
        for i in range(count):
            p = f"encoder.layer.{i}."
            qkv = [p + f"attention.self.{part}." for part in ("query", "key", "value")]
            qkv_w = _transposed([get(name + "weight", sq) for name in qkv])
            qkv_w[:, :hidden] *= scale
            qkv_b = np.concatenate([get(name + "bias", vec) for name in qkv])
            qkv_b[:hidden] *= scale
            layers.append(
                Layer(
                    qkv_w=qkv_w,
                    qkv_b=qkv_b,
                    out_w=_transposed([get(p + "attention.output.dense.weight", sq)]),
                    out_b=get(p + "attention.output.dense.bias", vec),
                    ln1_g=get(p + "attention.output.LayerNorm.weight", vec),
                    ln1_b=get(p + "attention.output.LayerNorm.bias", vec),
                    up_w=_transposed([get(p + "intermediate.dense.weight", (inter, hidden))]),
                    up_b=get(p + "intermediate.dense.bias", (inter,)),
                    down_w=_transposed([get(p + "output.dense.weight", (hidden, inter))]),
                    down_b=get(p + "output.dense.bias", vec),
                    ln2_g=get(p + "output.LayerNorm.weight", vec),
                    ln2_b=get(p + "output.LayerNorm.bias", vec),
                )
            )
        return cls(
            word=get("embeddings.word_embeddings.weight", (vocab, hidden)),
            position=get("embeddings.position_embeddings.weight", (positions, hidden)),
            token_type0=get("embeddings.token_type_embeddings.weight", (2, hidden))[0].copy(),
            ln_g=get("embeddings.LayerNorm.weight", vec),
            ln_b=get("embeddings.LayerNorm.bias", vec),
            layers=tuple(layers),
            heads=heads,
            eps=eps,
        )


def _transposed(parts: list[F32]) -> F32:
    """Torch's (out, in) matrices, stacked along out, as one contiguous (in, out) array.

    x @ W then runs on a C-contiguous right operand, which OpenBLAS handles fastest.
    """
    out = np.empty((parts[0].shape[1], sum(part.shape[0] for part in parts)), dtype=np.float32)
    column = 0
    for part in parts:
        out[:, column : column + part.shape[0]] = part.T
        column += part.shape[0]
    return out


def encode_mean_pooled(weights: BertWeights, ids: np.ndarray, mask: np.ndarray) -> F32:
    """Run the encoder on a padded batch and mean-pool over real tokens.

    ids and mask are (batch, length) integer arrays; returns (batch, hidden),
    not yet normalised.
    """
    batch, length = ids.shape
    hidden, heads = weights.hidden, weights.heads
    head_dim = hidden // heads
    # Activations stay 2-D (batch*length, hidden): one GEMM per weight matrix. A 3-D
    # matmul would call BLAS once per sequence and re-pack the weights every time.
    x = weights.word[ids.reshape(-1)]
    x += np.tile(weights.position[:length], (batch, 1))
    x += weights.token_type0
    x = _layer_norm(x, weights.ln_g, weights.ln_b, weights.eps)
    # Padded keys get a huge negative score, as in BertModel, so softmax gives them 0.
    bias = np.where(mask[:, None, None, :] > 0, np.float32(0), np.finfo(np.float32).min)
    bias = bias.astype(np.float32)
    for layer in weights.layers:
        qkv = x @ layer.qkv_w
        qkv += layer.qkv_b
        qkv5 = qkv.reshape(batch, length, 3, heads, head_dim).transpose(2, 0, 3, 1, 4)
        q, k, v = qkv5[0], qkv5[1], qkv5[2]  # each (batch, heads, length, head_dim)
        scores = q @ k.transpose(0, 1, 3, 2)
        scores += bias
        scores -= scores.max(axis=-1, keepdims=True)
        np.exp(scores, out=scores)
        scores /= scores.sum(axis=-1, keepdims=True)
        context = (scores @ v).transpose(0, 2, 1, 3).reshape(batch * length, hidden)
        attended = context @ layer.out_w
        attended += layer.out_b
        attended += x
        x = _layer_norm(attended, layer.ln1_g, layer.ln1_b, weights.eps)
        up = x @ layer.up_w
        up += layer.up_b
        down = _gelu(up) @ layer.down_w
        down += layer.down_b
        down += x
        x = _layer_norm(down, layer.ln2_g, layer.ln2_b, weights.eps)
    return mean_pool(x.reshape(batch, length, hidden), mask)


def _layer_norm(x: F32, gain: F32, bias: F32, eps: float) -> F32:
    """In place over the last axis; x is a temporary the caller no longer needs."""
    x -= x.mean(axis=-1, keepdims=True)
    var = np.einsum("ij,ij->i", x, x)[:, None]
    var /= np.float32(x.shape[-1])
    var += np.float32(eps)
    np.sqrt(var, out=var)
    x /= var
    x *= gain
    x += bias
    return x


# Abramowitz & Stegun 7.1.26: erfc(z) ~ t * poly(t) * exp(-z^2), t = 1 / (1 + p z), z >= 0,
# |error| < 1.5e-7, below float32 resolution of the activations; it keeps scipy out of
# the runtime for the one erf we need. With z = |x| / sqrt2 the constants below fold in
# the 1/sqrt2 (into p) and the 1/2 of Phi (into the coefficients).
_P = np.float32(0.3275911 / math.sqrt(2.0))
_A = tuple(
    np.float32(0.5 * c) for c in (1.061405429, -1.453152027, 1.421413741, -0.284496736, 0.254829592)
)
_MINUS_HALF = np.float32(-0.5)


def _gelu(x: F32) -> F32:
    """Exact (erf) GELU, in place: BERT's "gelu", not the tanh approximation.

    With q = Phi(-|x|) = erfc(|x|/sqrt2) / 2, gelu(x) = x * Phi(x) = max(x, 0) - |x| * q
    for either sign of x, which needs no branch, no np.where and no copysign (each
    costs more than the rest of the steps). Buffers are reused: these are the widest
    activations.
    """
    a = np.abs(x)
    t = a * _P
    t += 1
    np.reciprocal(t, out=t)
    q = t * _A[0]
    for coeff in _A[1:]:
        q += coeff
        q *= t
    e = np.square(a)
    e *= _MINUS_HALF
    np.exp(e, out=e)  # exp(-z^2); underflows to 0 for large |x|, where q should be 0
    q *= e
    a *= q
    np.maximum(x, np.float32(0), out=x)
    x -= a
    return x
