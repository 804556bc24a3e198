"""Extract the attribution-licensed part of UD_English-GUM for training the English pipeline.

    python training/gum_subset.py GUM_CHECKOUT OUT_DIR [--exclude PATH ...] [--genres news,interview,...]

GUM_CHECKOUT is a clone of https://github.com/UniversalDependencies/UD_English-GUM (a working tree or a bare
git directory; a bare directory is read with ``git show HEAD:...``). The script

* keeps only the documents whose genre's texts are under an attribution licence (see ``ALLOWED_GENRES`` and
  training/README.md): news, interview, bio, voyage (Wikimedia, CC BY), textbook (OpenStax, CC BY), vlog
  (YouTube Creative Commons, CC BY), speech (public domain), conversation (Santa Barbara Corpus, CC BY);
  wikiHow, fiction and the other NC or unclear genres are never read;
* keeps GUM's own train/dev/test split (``not-to-release/file-lists/files.{train,dev,test}``), one document per
  file in ``not-to-release/sources/GUM_<genre>_<name>.conllu``;
* drops every document that shares a sentence (five words or more) or any sequence of eight words with a text
  given by ``--exclude`` (JSON files with a ``text`` field, or plain text files, or folders of them searched
  recursively), so no evaluation text of the project leaks into training;
* writes ``OUT_DIR/{train,dev,test}-gum-cc.conllu`` and ``OUT_DIR/gum-cc-manifest.json`` (documents kept and
  dropped, with the reason).

Words are compared lower-cased, as runs of letters and digits, so punctuation and quote styles do not hide an
overlap.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from pathlib import Path

ALLOWED_GENRES = ("news", "interview", "bio", "voyage", "textbook", "speech", "vlog", "conversation")
SPLITS = ("train", "dev", "test")
NGRAM = 8
MIN_SENTENCE_WORDS = 5
_WORD = re.compile(r"[^\W_]+")
_SENT_SPLIT = re.compile(r"(?<=[.!?])[\"'”’)\]]*\s+|\n+")


def words(text: str) -> list[str]:
    """Lower-cased runs of letters and digits."""
    return [w.lower() for w in _WORD.findall(text)]


def ngrams(tokens: list[str], n: int = NGRAM) -> set[tuple[str, ...]]:
    """Every sequence of ``n`` consecutive tokens."""
    return {tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1)}


class Checkout:
    """Read files from a GUM working tree or bare git directory."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.bare = not (root / "not-to-release").is_dir()

    def read(self, rel: str) -> str:
        if not self.bare:
            return (self.root / rel).read_text(encoding="utf-8")
        out = subprocess.run(
            ["git", "-C", str(self.root), "show", f"HEAD:{rel}"], check=True, capture_output=True
        )
        return out.stdout.decode("utf-8")


def genre(doc: str) -> str:
    """``GUM_news_iodine`` -> ``news``."""
    parts = doc.split("_")
    return parts[1] if len(parts) > 2 and parts[0] == "GUM" else ""


def sentence_texts(conllu: str) -> list[str]:
    """The ``# text =`` line of every sentence."""
    return [line[len("# text = ") :] for line in conllu.splitlines() if line.startswith("# text = ")]


def exclusion_texts(paths: list[Path]) -> list[str]:
    """Texts of the files under ``paths`` (``text`` field of JSON files, whole content of other files)."""
    texts: list[str] = []
    for path in paths:
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for f in files:
            if f.suffix == ".json":
                try:
                    data = json.loads(f.read_text(encoding="utf-8"))
                except (ValueError, UnicodeDecodeError):
                    continue
                items = data if isinstance(data, list) else [data]
                texts.extend(i["text"] for i in items if isinstance(i, dict) and isinstance(i.get("text"), str))
            elif f.suffix in (".txt", ".md"):
                texts.append(f.read_text(encoding="utf-8", errors="replace"))
    return texts


class Excluder:
    """Finds GUM documents that overlap the project's evaluation texts."""

    def __init__(self, texts: list[str]) -> None:
        self.grams: set[tuple[str, ...]] = set()
        self.sentences: set[tuple[str, ...]] = set()
        for text in texts:
            self.grams |= ngrams(words(text))
            for sent in _SENT_SPLIT.split(text):
                toks = tuple(words(sent))
                if len(toks) >= MIN_SENTENCE_WORDS:
                    self.sentences.add(toks)

    def overlap(self, sentences: list[str]) -> str | None:
        """Why a document with these sentences must be dropped, or None."""
        for sent in sentences:
            toks = words(sent)
            if len(toks) >= MIN_SENTENCE_WORDS and tuple(toks) in self.sentences:
                return f"shares a sentence: {sent[:60]!r}"
        doc_words = [w for sent in sentences for w in words(sent)]
        shared = ngrams(doc_words) & self.grams
        if shared:
            return f"shares {len(shared)} eight-word sequence(s), e.g. {' '.join(sorted(shared)[0])!r}"
        return None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gum", type=Path, help="UD_English-GUM checkout (working tree or bare git directory)")
    ap.add_argument("out", type=Path, help="folder for {train,dev,test}-gum-cc.conllu")
    ap.add_argument("--exclude", type=Path, action="append", default=[], help="texts that must not leak")
    ap.add_argument("--genres", default=",".join(ALLOWED_GENRES),
                    help="comma-separated subset of the allowed genres to keep (default: all of them)")
    args = ap.parse_args(argv)
    genres = {g.strip() for g in args.genres.split(",") if g.strip()}
    if not genres <= set(ALLOWED_GENRES):
        ap.error(f"genres outside the attribution-licensed set: {', '.join(sorted(genres - set(ALLOWED_GENRES)))}")

    repo = Checkout(args.gum)
    excluder = Excluder(exclusion_texts(args.exclude))
    args.out.mkdir(parents=True, exist_ok=True)
    manifest: dict[str, dict] = {"kept": {}, "dropped": {}, "skipped_genre": {}}
    for split in SPLITS:
        docs = [d.strip() for d in repo.read(f"not-to-release/file-lists/files.{split}").split() if d.strip()]
        chunks: list[str] = []
        for doc in docs:
            g = genre(doc)
            if g not in genres:
                manifest["skipped_genre"].setdefault(split, []).append(doc)
                continue
            conllu = repo.read(f"not-to-release/sources/{doc}.conllu")
            why = excluder.overlap(sentence_texts(conllu))
            if why:
                manifest["dropped"].setdefault(split, {})[doc] = why
                continue
            manifest["kept"].setdefault(split, []).append(doc)
            chunks.append(conllu.strip("\n") + "\n")
        target = args.out / f"{split}-gum-cc.conllu"
        tmp = target.with_suffix(".tmp")
        tmp.write_text("\n".join(chunks), encoding="utf-8")
        tmp.replace(target)
        n_sent = sum(c.count("\n# sent_id") + c.startswith("# sent_id") for c in chunks)
        n_tok = sum(1 for c in chunks for line in c.splitlines() if line[:1].isdigit() and re.match(r"^\d+\t", line))
        print(
            f"{split}: kept {len(manifest['kept'].get(split, []))} documents ({n_sent} sentences, {n_tok} tokens), "
            f"dropped {len(manifest['dropped'].get(split, {}))} for overlap, "
            f"{len(manifest['skipped_genre'].get(split, []))} of other genres not read",
            file=sys.stderr,
        )
    (args.out / "gum-cc-manifest.json").write_text(json.dumps(manifest, indent=1, sort_keys=True) + "\n")
    for split, dropped in manifest["dropped"].items():
        for doc, why in dropped.items():
            print(f"dropped {split} {doc}: {why}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
