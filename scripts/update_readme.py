"""Refresh the measured numbers in README.md from real runs: the `claims eval` tables (the real-news corpus in
fixtures/realnews, ../shared/realnews when it is beside the project, the self-written fixtures/gold; both splits,
both languages) and the parsing-pipeline table (test scores from the model cards' JSON, speed from
benchmarks/parse_speed.py).

    python scripts/update_readme.py [--no-speed]
"""
from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import claims  # noqa: E402


def fmt(x: float) -> str:
    return f"{x:.3f}"


def table(root: Path, langs=("nl", "en", "all"), splits=("dev", "test", "all")) -> str:
    report = claims.evaluate(root)
    rows = ["| lang | split | docs | gold | pred | P | R | F1 | speaker | kind | status | confirmed P | confirmed R | e2e F1 |",
            "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"]
    for lang in langs:
        for split in splits:
            r = report["results"].get(lang, {}).get(split)
            if r is None:
                continue
            rows.append(f"| {lang} | {split} | {r['articles']} | {r['gold']} | {r['predicted']} | {fmt(r['precision'])} | "
                        f"{fmt(r['recall'])} | **{fmt(r['f1'])}** | **{fmt(r['speaker_accuracy'])}** | "
                        f"{fmt(r['kind_accuracy'])} | **{fmt(r['status_accuracy'])}** | {fmt(r['confirmed_precision'])} | "
                        f"{fmt(r['confirmed_recall'])} | {fmt(r['end_to_end_f1'])} |")
    return "\n".join(rows)


def parser_table(speed: bool) -> str:
    rows = ["| pipeline | size | POS | morph | lemma | UAS | LAS | sentence F | words/s |", "|---|---|---|---|---|---|---|---|---|"]
    speeds = {}
    if speed:
        out = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "parse_speed.py"), "--json"],
                             capture_output=True, text=True, check=True).stdout
        for rec in json.loads(out)["results"]:
            speeds[rec["lang"]] = rec["words_per_s"]
    for lang in ("nl", "en"):
        model = ROOT / "claims" / "models" / lang
        meta = json.loads((model / "meta.json").read_text())
        scores = meta.get("performance", {})
        test = ROOT / "training" / "scores" / f"{lang}-test.json"
        if test.exists():
            scores = json.loads(test.read_text())
        size = sum(p.stat().st_size for p in model.rglob("*") if p.is_file()) / 1e6

        def pct(key: str) -> str:
            v = scores.get(key)
            return f"{100 * v:.1f}" if isinstance(v, (int, float)) else "–"

        rows.append(f"| `{meta['lang']}_{meta['name']}` {meta['version']} | {size:.1f} MB | {pct('pos_acc')} | "
                    f"{pct('morph_acc')} | {pct('lemma_acc')} | {pct('dep_uas')} | **{pct('dep_las')}** | "
                    f"{pct('sents_f')} | {speeds.get(lang, '–')} |")
    return "\n".join(rows)


def replace(text: str, marker: str, body: str) -> str:
    pattern = re.compile(rf"(<!-- {marker} -->\n).*?(\n<!-- /{marker} -->)", re.S)
    return pattern.sub(lambda m: m.group(1) + body + m.group(2), text)


def main() -> int:
    readme = ROOT / "README.md"
    text = readme.read_text(encoding="utf-8")
    text = replace(text, "realnews-table", table(ROOT / "fixtures" / "realnews"))
    shared = ROOT.parent / "shared" / "realnews"
    if shared.is_dir():  # the licensed set beside the project, when it is there
        text = replace(text, "shared-table", table(shared, splits=("all",)))
    text = replace(text, "eval-table", table(ROOT / "fixtures" / "gold"))
    text = replace(text, "parser-table", parser_table("--no-speed" not in sys.argv))
    readme.write_text(text, encoding="utf-8")
    print("README.md updated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
