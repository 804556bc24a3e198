"""Copy a trained pipeline into the package: training/output/LANG/model-best -> claims/models/LANG.

    python training/package_model.py nl            # after `bash training/train.sh nl 95`
    python training/package_model.py en --minutes 95

Sets meta.json (name, version, licence, description, sources) and writes claims/models/LANG/MODEL_CARD.md with the
scores on the held-out UD test files from training/output/LANG/test-scores.json (written by train.sh's final
`spacy evaluate`); without that file the card shows the dev scores from training, marked as such.
The copy is made beside the target and swapped in, so a reader never sees a half-copied pipeline.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import shutil
import sys
import time
from pathlib import Path

import spacy

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
MAX_MB = 15.0
VERSION = "0.1.0"
VERSION_WITH_GUM = "0.2.0"  # en trained on EWT + the attribution-licensed GUM subset (EN_GUM=1 in train.sh)
LICENSE = "CC BY-SA 4.0"
LICENSE_URL = "https://creativecommons.org/licenses/by-sa/4.0/"

UD = "https://universaldependencies.org"
TREEBANKS = {
    "alpino": {
        "name": "UD_Dutch-Alpino (Universal Dependencies 2.16)",
        "url": "https://github.com/UniversalDependencies/UD_Dutch-Alpino",
        "license": "CC BY-SA 4.0",
        "author": "Gosse Bouma, Gertjan van Noord and contributors",
    },
    "lassysmall": {
        "name": "UD_Dutch-LassySmall (Universal Dependencies; train: Feb 2017 release, dev/test: 2.16)",
        "url": "https://github.com/UniversalDependencies/UD_Dutch-LassySmall",
        "license": "CC BY-SA 4.0",
        "author": "Gosse Bouma, Gertjan van Noord and contributors",
    },
    "alpino-treebank": {
        "name": "Alpino Treebank (hand-corrected folders of the Alpino parser's Treebank, converted to UD with alud)",
        "url": "https://github.com/rug-compling/Alpino",
        "license": "LGPL-2.1-or-later (notice in the Alpino repository); some folders hold text with its own copyright",
        "author": "Gertjan van Noord, Gosse Bouma and the Alpino team, University of Groningen",
    },
    "ewt": {
        "name": "UD_English-EWT (Universal Dependencies 2.16)",
        "url": "https://github.com/UniversalDependencies/UD_English-EWT",
        "license": "CC BY-SA 4.0",
        "author": "Natalia Silveira, Timothy Dozat, Marie-Catherine de Marneffe, Samuel Bowman, Miriam Connor, "
                  "John Bauer, Christopher D. Manning, Nathan Schneider and contributors",
    },
    "gum-cc": {
        "name": "UD_English-GUM, attribution-licensed documents only (Wikinews news, interviews and bios, "
                "Wikivoyage, OpenStax textbooks, YouTube Creative Commons vlogs, public-domain political speeches, "
                "Santa Barbara Corpus conversations), selected by training/gum_subset.py",
        "url": "https://github.com/UniversalDependencies/UD_English-GUM",
        "license": "CC BY (Wikimedia, OpenStax, YouTube CC, Santa Barbara Corpus documents) and public domain "
                   "(speeches), per the GUM licence notice; the treebank as a whole is CC BY-NC-SA 4.0 and its "
                   "NC genres (wikiHow, fiction) and other genres are not used",
        "author": "Amir Zeldes, Siyao Peng and the GUM annotators (Georgetown University, LING-4427 "
                  "\"Computational Corpus Linguistics\"; https://gucorpling.org/gum/); texts: Wikinews and "
                  "Wikivoyage contributors, OpenStax, the YouTube creators, John Du Bois and the Santa Barbara "
                  "Corpus of Spoken American English (UCSB), the speakers of the public-domain speeches",
    },
}
# corpus file (training/corpus/LANG/<split>/<file>.spacy) -> treebank key
FILE_SOURCE = {
    "train-alpino": "alpino-treebank", "train-alpino-extra": "alpino-treebank",
    "train-lassysmall-2017": "lassysmall", "dev-alpino": "alpino", "test-alpino": "alpino",
    "dev-lassysmall": "lassysmall", "test-lassysmall": "lassysmall",
    "train-ewt": "ewt", "dev-ewt": "ewt", "test-ewt": "ewt",
    "train-gum-cc": "gum-cc", "dev-gum-cc": "gum-cc", "test-gum-cc": "gum-cc",
}
DEFAULT_FILES = {
    "nl": {"train": ["train-alpino", "train-alpino-extra", "train-lassysmall-2017"],
           "dev": ["dev-alpino", "dev-lassysmall"], "test": ["test-alpino", "test-lassysmall"]},
    "en": {"train": ["train-ewt"], "dev": ["dev-ewt"], "test": ["test-ewt"]},
}
NAMES = {"nl": "claims_nl_news", "en": "claims_en_web"}
LANGUAGE = {"nl": "Dutch", "en": "English"}
ALPINO_NOTE = (
    "nl/train-alpino*.conllu are converted from the Alpino Treebank in the Alpino parser's repository, whose notice "
    "puts its files under LGPL-2.1-or-later (the UD release of the same Alpino treebank, UD_Dutch-Alpino, is "
    "CC BY-SA 4.0); some folders hold sentences from novels and other sources with their own copyright. Training "
    "on the UD files alone is the conservative choice if a licence question comes up."
)

GUM_NOTE = (
    "en/*-gum-cc.conllu hold only the documents of UD_English-GUM whose texts the GUM licence notice puts under "
    "an attribution licence or in the public domain (genres news, interview, bio, voyage, textbook, vlog, speech, "
    "conversation; GUM's own train/dev/test split; documents sharing a sentence or eight words in a row with the "
    "project's evaluation texts removed). GUM's LICENSE.txt: \"The treebank is licensed under the Creative Commons "
    "License Attribution-NonCommercial-ShareAlike 4.0 International.\" ... \"The documents from Wikimedia "
    "(Wikinews, including interviews and bios, and Wikivoyage) are available under a CC-BY attribution license, as "
    "are open access textbooks from OpenStax, YouTube Creative Commons vlogs and the political speeches, which are "
    "in the public domain. However wikiHow texts are made available under a CC-BY-NC-SA license (non-commercial, "
    "share alike), as are the fiction texts, meaning that commercial and/or non-open source use of those texts is "
    "prohibited. Conversational data from the Santa Barbara Corpus has been kindly made available under a Creative "
    "Commons attribution license by John Du Bois, UCSB\" ... \"When using the annotated data in this repository, "
    "please make sure to cite the sources of the texts as required by their source sites, and give credit to the "
    "GUM annotators, which are listed on the project website, for the annotated data.\" Training on "
    "train-ewt alone (remove train-gum-cc from the en) line of train.sh) is the conservative choice if a licence "
    "question comes up."
)


def dir_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def corpus_files(lang: str) -> dict[str, list[str]]:
    """The treebank files the run used (training/corpus/LANG/<split>/*.spacy), else the train.sh defaults."""
    out = {}
    for split, default in DEFAULT_FILES.get(lang, {"train": [], "dev": [], "test": []}).items():
        found = sorted(p.stem for p in (HERE / "corpus" / lang / split).glob("*.spacy"))
        out[split] = found or default
    return out


def sources(files: dict[str, list[str]]) -> list[dict]:
    keys: list[str] = []
    for names in files.values():
        for name in names:
            key = FILE_SOURCE.get(name)
            if key and key not in keys:
                keys.append(key)
    return [dict(TREEBANKS[k]) for k in keys]


def pct(value) -> str:
    if value is None:
        return "–"
    value = float(value)
    return f"{value * 100:.1f}" if value <= 1.0 else f"{value:.1f}"


SCORE_ROWS = [
    ("POS (UPOS accuracy)", "pos_acc"),
    ("Fine-grained tag (XPOS accuracy)", "tag_acc"),
    ("Morphology (UFeats accuracy)", "morph_acc"),
    ("Lemma accuracy", "lemma_acc"),
    ("UAS", "dep_uas"),
    ("LAS", "dep_las"),
    ("Sentence boundaries (F)", "sents_f"),
    ("Tokenization (token F)", "token_f"),
]


def model_card(lang: str, meta: dict, scores: dict | None, scores_kind: str, files: dict[str, list[str]],
               size: int, minutes: int, trained: dt.datetime, per_file: dict[str, dict] | None = None) -> str:
    name = meta["name"]
    lines = [
        f"# {lang}_{name} {meta['version']} — {LANGUAGE.get(lang, lang)} parsing pipeline for claims",
        "",
        meta["description"],
        "",
        "| | |",
        "|---|---|",
        f"| Language | {LANGUAGE.get(lang, lang)} (`{lang}`) |",
        f"| Components | {', '.join(meta.get('pipeline', []))} |",
        f"| spaCy | {meta.get('spacy_version', '')} |",
        f"| Size on disk | {size / 1e6:.1f} MB |",
        f"| Trained | {trained:%Y-%m-%d %H:%M} UTC (model-best) |",
        f"| Packaged | {dt.datetime.now(dt.timezone.utc):%Y-%m-%d} |",
        f"| Licence | {LICENSE} ({LICENSE_URL}) |",
        "",
        f"## Scores ({scores_kind})",
        "",
    ]
    if scores and per_file:
        names = list(per_file)
        lines += ["| metric | all test files | " + " | ".join(names) + " |", "|---|---|" + "---|" * len(names)]
        for label, key in SCORE_ROWS:
            if key in scores and scores[key] is not None:
                cells = [pct(per_file[n].get(key)) for n in names]
                lines.append(f"| {label} | {pct(scores[key])} | " + " | ".join(cells) + " |")
    elif scores:
        lines += ["| metric | score |", "|---|---|"]
        for label, key in SCORE_ROWS:
            if key in scores and scores[key] is not None:
                lines.append(f"| {label} | {pct(scores[key])} |")
    else:
        lines.append("No scores available.")
    if scores_kind.startswith("dev"):
        lines += ["", "These are scores on the development files used to pick model-best, not on held-out data. "
                      "Run the evaluation command below and package again for test scores."]
    lines += [
        "",
        "`spacy evaluate` runs the pipeline on the raw sentence text (spaCy's own tokenizer, aligned to the "
        "treebank tokens). The claims loader adds quote-mark tokenization rules at load time (claims/tokenizer.py); they are not "
        "part of this directory.",
        "",
        "## Data",
        "",
    ]
    for split in ("train", "dev", "test"):
        lines.append(f"- {split}: " + ", ".join(f"`{lang}/{n}.conllu`" for n in files.get(split, [])))
    lines += ["", "Treebanks:", ""]
    for s in meta.get("sources", []):
        lines.append(f"- **{s['name']}** — {s['url']} — licence: {s['license']}; authors: {s.get('author', '')}")
    lines += [
        "",
        "Test files are never used for training or for model selection.",
        "",
        "## Licence and attribution",
        "",
        f"This pipeline is distributed under {LICENSE} ({LICENSE_URL}), the licence of the Universal Dependencies "
        "treebanks it was trained on. Attribution: " + "; ".join(s["name"] for s in meta.get("sources", [])) +
        ", via Universal Dependencies (" + UD + "). Changes: converted with `spacy convert`, trained with spaCy.",
        "",
    ]
    if any(n.startswith("train-alpino") for n in files.get("train", [])):
        lines += ["**Alpino Treebank note.** " + ALPINO_NOTE, ""]
    if any(n.endswith("-gum-cc") for n in files.get("train", [])):
        lines += ["**UD_English-GUM note.** " + GUM_NOTE, ""]
    lines += [
        "## Recipe",
        "",
        "```bash",
    ]
    if any(n.endswith("-gum-cc") for n in files.get("train", [])):
        lines.append("python training/gum_subset.py UD_English-GUM $UD_DIR/en --exclude fixtures/realnews "
                     "--exclude fixtures/gold   # + any other evaluation texts")
    lines += [
        ("EN_GUM=1 " if any(n.endswith("-gum-cc") for n in files.get("train", [])) else "") +
        f"bash training/train.sh {lang} {minutes}          # UD_DIR=/path/to/ud (nl/*.conllu, en/*.conllu)",
        f"python -m spacy evaluate training/output/{lang}/model-best training/corpus/{lang}/test "
        f"--output training/output/{lang}/test-scores.json",
        f"python training/package_model.py {lang} --minutes {minutes}",
        "```",
        "",
        f"Config: `training/configs/{lang}.cfg`; seed 0; one thread; see training/README.md.",
        "",
    ]
    return "\n".join(lines)


def package(lang: str, src: Path, dest: Path, minutes: int) -> Path:
    if not (src / "config.cfg").exists():
        raise SystemExit(f"no trained pipeline at {src}")
    files = corpus_files(lang)
    tmp = dest.parent / f".{dest.name}.new"
    old = dest.parent / f".{dest.name}.old"
    for p in (tmp, old):
        if p.exists():
            shutil.rmtree(p)
    for attempt in range(3):  # training may be rewriting model-best right now: copy until the copy loads
        shutil.copytree(src, tmp)
        try:
            spacy.load(tmp)
            break
        except Exception as err:  # noqa: BLE001 - any half-written file
            shutil.rmtree(tmp)
            if attempt == 2:
                raise SystemExit(f"could not copy a loadable pipeline from {src}: {err}")
            time.sleep(10)

    meta_path = tmp / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta.update({
        "name": NAMES.get(lang, f"claims_{lang}"),
        "version": VERSION_WITH_GUM if any(n.endswith("-gum-cc") for n in files.get("train", [])) else VERSION,
        "license": LICENSE,
        "description": (f"{LANGUAGE.get(lang, lang)} tagger, morphologizer, lemmatizer, dependency parser and "
                        f"sentence segmenter for the claims news checker, trained with spaCy on Universal "
                        f"Dependencies treebanks. No word vectors, no NER."),
        "author": "claims contributors",
        "url": "",
        "sources": sources(files),
    })
    meta_path.write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")

    test_scores = HERE / "output" / lang / "test-scores.json"
    if test_scores.exists():
        scores = json.loads(test_scores.read_text(encoding="utf-8"))
        kind = "held-out UD test files: " + ", ".join(files.get("test", []))
    else:
        scores = meta.get("performance")
        kind = "dev files (no test-scores.json yet): " + ", ".join(files.get("dev", []))
    per_file = {}
    if test_scores.exists() and len(files.get("test", [])) > 1:
        for name in files["test"]:
            one = HERE / "output" / lang / f"test-scores-{name}.json"
            if one.exists():
                per_file[name] = json.loads(one.read_text(encoding="utf-8"))
    trained = dt.datetime.fromtimestamp((src / "meta.json").stat().st_mtime, dt.timezone.utc)
    size = dir_size(tmp)
    card = model_card(lang, meta, scores, kind, files, size, minutes, trained, per_file)
    (tmp / "MODEL_CARD.md").write_text(card, encoding="utf-8")
    size = dir_size(tmp)
    if size > MAX_MB * 1e6:
        shutil.rmtree(tmp)
        raise SystemExit(f"{src} is {size / 1e6:.1f} MB, over the {MAX_MB} MB limit: not packaged")

    if dest.exists():
        dest.rename(old)
    tmp.rename(dest)
    if old.exists():
        shutil.rmtree(old)
    return dest


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Copy training/output/LANG/model-best into claims/models/LANG.")
    ap.add_argument("lang")
    ap.add_argument("--src", type=Path, help="default: training/output/LANG/model-best")
    ap.add_argument("--dest", type=Path, help="default: claims/models/LANG")
    ap.add_argument("--minutes", type=int, default=95, help="training time cap used, for the recipe (default 95)")
    args = ap.parse_args(argv)
    src = args.src or HERE / "output" / args.lang / "model-best"
    dest = args.dest or ROOT / "claims" / "models" / args.lang
    out = package(args.lang, src, dest, args.minutes)
    meta = json.loads((out / "meta.json").read_text(encoding="utf-8"))
    print(f"{out}: {meta['lang']}_{meta['name']}-{meta['version']}, {dir_size(out) / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
