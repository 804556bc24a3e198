"""Train the status confidence model on the gold corpus (dev split only; the test split is never used).

    python training/train_status.py [--gold fixtures/gold] [--out claims/models/status.json]

Runs the pipeline on every dev article, matches predicted claims to gold statements (Jaccard ≥ 0.5), and fits
a logistic regression from the evidence/attribution features of each matched claim to its gold status. Reports
5-fold stratified cross-validation (fixed seed) of the rules and of the model, and writes the coefficients as
JSON. When the model's held-out accuracy beats the rules', the JSON says so ("decides": true) and the pipeline
lets the model decide the status.
"""
from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from claims.confidence import feature_names, features  # noqa: E402
from claims.evaluation import match  # noqa: E402
from claims.gold import load_gold  # noqa: E402
from claims.parse import load_pipeline  # noqa: E402
from claims.pipeline import process  # noqa: E402
from claims.read import from_text  # noqa: E402

SEED = 0


def collect(gold_dir: Path) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    X, y, rule = [], [], []
    for art in load_gold(gold_dir):
        if art.split != "dev":
            continue
        nlp = load_pipeline(art.language)
        document = process(nlp(art.text), from_text(art.text, art.id), art.language, "", use_model=False)
        claims = document.claims
        pairs = match([(c.span.start, c.span.end) for c in claims], [(s.start, s.end) for s in art.statements], 0.5)
        for i, j in pairs:
            X.append(features(claims[i]))
            y.append(1 if art.statements[j].status == "confirmed" else 0)
            rule.append(1 if claims[i].status == "confirmed" else 0)
    return np.array(X), np.array(y), np.array(rule)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, default=Path("fixtures/gold"))
    ap.add_argument("--out", type=Path, default=Path("claims/models/status.json"))
    args = ap.parse_args()
    X, y, rule = collect(args.gold)
    folds = StratifiedKFold(n_splits=5, shuffle=True, random_state=SEED)
    proba = np.zeros(len(y))
    for train, test in folds.split(X, y):
        clf = LogisticRegression(C=1.0, max_iter=2000, random_state=SEED).fit(X[train], y[train])
        proba[test] = clf.predict_proba(X[test])[:, 1]
    # the decision threshold with the best held-out accuracy (ties: closest to 0.5)
    thresholds = [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6]
    threshold = max(thresholds, key=lambda t: (float(((proba >= t) == y).mean()), -abs(t - 0.5)))
    pred = (proba >= threshold).astype(int)
    clf = LogisticRegression(C=1.0, max_iter=2000, random_state=SEED).fit(X, y)
    tp = int(((pred == 1) & (y == 1)).sum())
    cv = {
        "folds": 5, "seed": SEED, "examples": int(len(y)), "confirmed": int(y.sum()), "threshold": threshold,
        "rules_accuracy": round(float((rule == y).mean()), 4), "model_accuracy": round(float((pred == y).mean()), 4),
        "model_confirmed_precision": round(tp / max(1, int(pred.sum())), 4),
        "model_confirmed_recall": round(tp / max(1, int(y.sum())), 4),
        "rules_confirmed_precision": round(float(((rule == 1) & (y == 1)).sum() / max(1, (rule == 1).sum())), 4),
        "rules_confirmed_recall": round(float(((rule == 1) & (y == 1)).sum() / max(1, (y == 1).sum())), 4),
    }
    decides = cv["model_accuracy"] > cv["rules_accuracy"]
    out = {"features": feature_names(), "coef": [round(float(c), 6) for c in clf.coef_[0]],
           "intercept": round(float(clf.intercept_[0]), 6), "decides": decides, "threshold": threshold,
           "trained_on": f"{args.gold} (dev split), {date.today().isoformat()}", "cross_validation": cv}
    args.out.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(cv, indent=1))
    print("model decides" if decides else "rules decide (model gives the confidence only)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
