"""The semantic event typer: sentences the trigger lexicon misses, typed by their nearest examples.

The trigger lexicon (:mod:`~marsad.extract.lexicon`) is precise but knows only the words it
lists; reports keep finding new ones ("drowned in a cage", "cut off his hand", "blocked medical
supplies"). This component embeds the sentences the lexicon leaves untyped but that carry a cue of
violence (an armed actor, a counted victim, a single named victim) with all-MiniLM-L6-v2
(:mod:`~marsad.extract.encoder`) and gives each the type of its nearest example sentences in
``marsad/data/prototypes.tsv``, an editable table of written examples, ``none`` included for
sentences that report no new act. A sentence gets the type of its nearest example when that example
is close enough and clearly closer than every ``none`` example; otherwise it stays untyped.

It runs as a spaCy component (``marsad_event_typer``, after the parser) so that it is batched and
runs in spaCy's worker processes; it writes ``doc._.marsad_events``: ``[start_char, type,
similarity, example]`` for each sentence it typed. ``MARSAD_PROTOTYPES`` may name a TSV of extra examples.

    python -m marsad.extract.semantic     # rebuild the packaged vectors after editing the table
"""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

import numpy as np

from marsad.errors import InputError
from marsad.extract import cues
from marsad.extract import lexicon as lx
from marsad.extract.actors import ANAPHORA, actor_table
from marsad.extract.counts import find_counts
from marsad.extract.doctext import text_of
from marsad.extract.records import INCIDENT_TYPES
from marsad.extract.single_victim import SINGLE_VICTIM

MIN_SIMILARITY = 0.45
MARGIN = 0.05
NONE = "none"
COMPONENT = "marsad_event_typer"
# ", police said." adds words to embed and nothing to the act
_SAID_TAIL = re.compile(r",[^,]{1,80}\b(?:said|says|told [\w ]{1,40}|reported)\.?\s*$")
_PEOPLE = re.compile(
    r"\b(?:people|civilians|residents|villagers|prisoners|captives|detainees|hostages|women|men|families|"
    r"worshippers|passengers|farmers|herders|students|pupils|teachers|nurses|doctors|patients|aid workers|"
    r"soldiers|troops|officers|police(?:men)?|population|mayor|chief|official|leader|priest|imam|journalist)\b",
    re.I,
)
_ATTACKERS = re.compile(r"\b(?:gunmen|armed men|attackers|assailants|kidnappers|fighters|militants|insurgents)\b", re.I)


@dataclass(frozen=True)
class Verdict:
    """The type given to one sentence, how close its nearest example is, and that example."""

    type: str
    similarity: float
    example: str


def read_prototypes(path: Path) -> list[tuple[str, str]]:
    """``(type, sentence)`` rows of a prototype table; a bad row is an :class:`InputError` naming it."""
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        label, _, sentence = line.partition("\t")
        if label not in (*INCIDENT_TYPES, NONE) or not sentence.strip():
            raise InputError(
                f"{path} line {number}",
                f"expected TYPE<TAB>SENTENCE with TYPE one of {', '.join((*INCIDENT_TYPES, NONE))}",
                "fix the line or remove it",
            )
        rows.append((label, sentence.strip()))
    return rows


def _packaged() -> Path:
    return Path(str(resources.files("marsad") / "data" / "prototypes.tsv"))


def _digest(rows: list[tuple[str, str]]) -> str:
    return hashlib.sha256("\n".join(f"{label}\t{text}" for label, text in rows).encode()).hexdigest()


def build_vectors(table: Path | None = None) -> Path:
    """Embed the packaged table and save the vectors beside it (``prototypes.npz``)."""
    from marsad.extract.encoder import sentence_encoder

    table = table or _packaged()
    rows = read_prototypes(table)
    vectors = sentence_encoder().encode([text for _, text in rows])
    target = table.with_suffix(".npz")
    np.savez_compressed(target, vectors=vectors.astype(np.float16), digest=np.array(_digest(rows)))
    return target


_SEEN_LIMIT = 4096


class EventTyper:
    """Nearest-example typing of sentences (see the module docstring)."""

    def __init__(self, rows: list[tuple[str, str]], vectors: np.ndarray) -> None:
        self.labels = [label for label, _ in rows]
        self.texts = [text for _, text in rows]
        self.vectors = vectors.astype(np.float32)
        self._non_events = np.array([label == NONE for label in self.labels])
        self._seen: dict[str, Verdict | None] = {}

    @classmethod
    def load(cls) -> EventTyper:
        """The packaged table (vectors precomputed) plus ``$MARSAD_PROTOTYPES`` if set."""
        from marsad.extract.encoder import sentence_encoder

        table = _packaged()
        rows = read_prototypes(table)
        saved = np.load(table.with_suffix(".npz"))
        if str(saved["digest"]) == _digest(rows):
            vectors = saved["vectors"]
        else:  # the table was edited and the vectors not rebuilt: embed it now
            vectors = sentence_encoder().encode([text for _, text in rows])
        extra = os.environ.get("MARSAD_PROTOTYPES")
        if extra:
            more = read_prototypes(Path(extra))
            rows += more
            vectors = np.vstack([vectors, sentence_encoder().encode([text for _, text in more])])
        return cls(rows, vectors)

    def classify(self, sentences: list[str]) -> list[Verdict | None]:
        """A verdict per sentence, or None where no incident type is clear. Verdicts are kept by text
        (a bounded cache): re-reports and syndicated copies repeat sentences word for word."""
        from marsad.extract.encoder import sentence_encoder

        new = list(dict.fromkeys(s for s in sentences if s not in self._seen))
        if new:
            similarities = sentence_encoder().encode(new) @ self.vectors.T
            for sentence, row in zip(new, similarities, strict=True):
                if len(self._seen) >= _SEEN_LIMIT:
                    self._seen.pop(next(iter(self._seen)))  # the oldest first
                self._seen[sentence] = self._verdict(row)
        return [self._seen[s] for s in sentences]

    def _verdict(self, similarities: np.ndarray) -> Verdict | None:
        top = int(np.argmax(similarities))
        label, best = self.labels[top], float(similarities[top])
        closest_non_event = float(similarities[self._non_events].max()) if self._non_events.any() else -1.0
        if label == NONE or best < MIN_SIMILARITY or best - closest_non_event < MARGIN:
            return None
        return Verdict(label, round(best, 3), self.texts[top])


@cache
def event_typer() -> EventTyper:
    """The process-wide typer, loaded once."""
    return EventTyper.load()


# verbs of saying, showing and being: a sentence whose only verbs are these reports no act
_NOT_ACTS = frozenset(
    "say tell report add claim announce state estimate believe appear show publish release post be have wound "
    "injure accuse belong receive open reopen serve call end speak confirm deny condemn describe count".split()
)


def preload_encoder() -> None:
    """Load the sentence encoder now (before worker processes fork), when it is installed."""
    from marsad.extract.encoder import EncoderUnavailable, sentence_encoder

    try:
        sentence_encoder()
    except EncoderUnavailable:
        pass  # the typer reports it when it is first needed


def action_verb(sent):
    """The sentence's first verb of action (not of saying or being), else its root: a typed sentence's trigger."""
    return next((t for t in sent if t.pos_ == "VERB" and t.lemma_.lower() not in _NOT_ACTS), sent.root)


_DEVICES = r"(?:explosive devices?|IEDs?|IEDS|bombs?|explosives)"
_DEVICES_FOUND = re.compile(
    rf"\b(?:defused|defusing|recovered|found|neutrali[sz]ed|seized|discovered|dismantled|disarmed)\b[^.;]{{0,40}}\b{_DEVICES}"
    rf"|\b{_DEVICES}\b[^.;]{{0,20}}\b(?:were|was|have been|had been) (?:recovered|found|defused|seized|discovered"
    r"|neutrali[sz]ed|dismantled)\b",
    re.I,
)
_CHARGED = re.compile(
    r"\b(?:charged with|accused of|convicted of|guilty of|on trial for|tried for) (?:\w+ )?(?:murders?|killings?)\b",
    re.I,
)
# a bomber in prison and a pilot's mission name no blast
_NO_BLAST = re.compile(
    r"\b(?:failed|would-be|jailed|convicted) (?:\w+ )?suicide bombers?\b(?:[^.;]{0,60}\b(?:held|jailed"
    r"|imprisoned|on death row)\b)?|\bsuicide bombers? (?:\w+ )?(?:held|jailed|imprisoned|on death row)\b"
    r"|\bbombing (?:run|mission)s?\b"
    # belts worn by attackers shot dead ("wearing suicide belts, were then shot dead"); charges the bomb squad set off
    r"|\b(?:wearing|carrying|wore|carried|strapped with) (?:fake |dummy |mock )?(?:suicide|explosive)"
    r" (?:belts?|vests?)\b"
    r"|\b(?:explosives?|bombs?|devices?|belts?|vests?)\b[^.;]{0,30}\b(?:were|was) (?:then )?"
    r"(?:detonated|blown up|destroyed) by (?:the )?(?:bomb (?:squad|disposal)|police|army|military|soldiers|experts"
    r"|sappers)\b"
    r"|\bcontrolled (?:explosions?|detonations?)\b",
    re.I,
)
_WENT_OFF = re.compile(r"\b(?:explo(?:ded|sion)|blasts?|detonat\w+|blew|went off|suicide)\b", re.I)


# an act told only as why a place was struck or what the act resembles ("similarities with the ... attack at ...")
_WHY_TARGETED = re.compile(
    r"\bfor (?:its|their|his|her) (?:involvement|role|part|participation) in\b|\bsimilarit(?:y|ies) (?:with|to)\b"
)


def lexicon_types(text: str) -> list[str]:
    """The incident types whose trigger words a sentence contains (:data:`lexicon.TRIGGERS`), not counting a
    motive's words beside an act's ("... against two villages in retaliation for clashes between ...")."""
    found = [event_type for event_type, pattern in lx.TRIGGERS.items() if pattern.search(text)]
    if "bombing" in found and _DEVICES_FOUND.search(text) and not _WENT_OFF.search(text):
        found.remove("bombing")  # "defused explosive devices", "explosive devices were recovered": no blast
    if "bombing" in found and _NO_BLAST.search(text) and not lx.TRIGGERS["bombing"].search(_NO_BLAST.sub(" ", text)):
        found.remove("bombing")  # "in exchange for a female suicide bomber held in Jordan", "on a bombing run"
    if "killing" in found and _CHARGED.search(text) and not lx.TRIGGERS["killing"].search(_CHARGED.sub(" ", text)):
        found.remove("killing")  # "a man in his late 20s was charged with murder": a charge, not the act
    motive = cues.MOTIVE.search(text) if found else None
    if motive:
        outside = text[: motive.start()] + text[motive.end() :]
        kept = [event_type for event_type in found if lx.TRIGGERS[event_type].search(outside)]
        # (one act told only as a motive: "Belgium was targeted for its involvement in the coalition fighting ...")
        found = kept or (found if len(found) > 1 or not _WHY_TARGETED.search(text) else [])
    return found


# a detail of the dead told before ("Next to one of the bodies was an open passport, the hands of this person were
# tied")
_BODY_DETAIL = re.compile(
    r"\b(?:one|two|three|some|several|many|more|most|all) (?:more )?of (?:the|these|those) (?:bodies|dead|corpses)\b",
    re.I,
)


def needs_typing(sent, triggered: list[str] | None = None) -> bool:
    """Whether a sentence (a spaCy span) is worth embedding: no trigger word, not background, a verb
    of action, someone it could be done to (counted, named or a word for people) and someone to do
    it (an armed actor, attackers), or a counted victim."""
    text = sent.text
    if (
        (lexicon_types(text) if triggered is None else triggered)
        or lx.BACKGROUND.search(text)
        or lx.MEMORIAL.search(text)
        or cues.STRIKES_ON_CAMPS.search(text)  # "the airstrikes targeted Islamic State camps": no act unless told dead
        or _BODY_DETAIL.search(text)
    ):
        return False
    if not any(t.pos_ == "VERB" and t.lemma_.lower() not in _NOT_ACTS for t in sent):
        return False
    counted = any(lx.VICTIM_AFTER_COUNT.match(text[m.end :]) for m in find_counts(text))
    if lx.BLAME.search(text) and not counted:
        return False  # "Al-Shabaab said it carried out the attack": who did it, not a new act
    victims = counted or SINGLE_VICTIM.search(text) or lx.CHILD_TERMS.search(text) or _PEOPLE.search(text)
    if not victims:
        return False
    return bool(counted or ANAPHORA.search(text) or _ATTACKERS.search(text) or actor_table().find(text, None))


def type_sentences(doc) -> list[list]:
    """``[start_char, type, similarity, example]`` for the sentences of ``doc`` the typer could type; the
    trigger words found on the way are kept in ``doc._.marsad_triggers`` for the rules."""
    return type_documents([doc])[0]


def type_documents(docs: list) -> list[list[list]]:
    """:func:`type_sentences` for several documents, their candidate sentences embedded together
    (one forward pass for a batch of documents is cheaper than one per document)."""
    candidates = []
    for doc in docs:
        triggered = {sent.start_char: lexicon_types(sent.text) for sent in doc.sents}
        doc._.marsad_triggers = triggered
        candidates.append([sent for sent in doc.sents if needs_typing(sent, triggered[sent.start_char])])
    verdicts = iter(event_typer().classify([_SAID_TAIL.sub(".", s.text) for told in candidates for s in told]))
    return [
        [[s.start_char, v.type, v.similarity, v.example] for s in told if (v := next(verdicts)) is not None]
        for told in candidates
    ]


class _TyperComponent:
    """The spaCy component: types each document's sentences, a batch of documents at a time in ``pipe``."""

    def __call__(self, doc):
        doc._.marsad_events = type_sentences(doc)
        return doc

    def pipe(self, docs, batch_size: int = 32):
        from spacy.util import minibatch

        for batch in minibatch(docs, batch_size):
            for doc, found in zip(batch, type_documents(batch), strict=True):
                doc._.marsad_events = found
                yield doc


# a type the trigger words found nowhere in the document must be a close match to be believed
NEW_TYPE_SIMILARITY = 0.6


def semantic_types(doc, lexicon_types: set[str]) -> dict[int, tuple[str, float, str]]:
    """Sentence start -> (type, similarity, nearest example) from the typer's verdicts on ``doc``; a type
    the trigger words did not find in the document must be a close match, since sentences around a
    found event mostly retell it."""
    verdicts = getattr(doc._, "marsad_events", None) or []
    text = text_of(doc)
    return {
        start: (event_type, similarity, example)
        for start, event_type, similarity, example in verdicts
        if (event_type in lexicon_types or not lexicon_types or similarity >= NEW_TYPE_SIMILARITY)
        and (event_type != "attack_on_school_or_hospital" or _INSTITUTION_WORDS.search(text, start, start + 400))
        and (event_type != "sexual_violence" or _SEXUAL_WORDS.search(text, start, start + 250))
    }


# sexual violence is told in its own words: "A woman was shot as militants attacked a village" tells none
_SEXUAL_WORDS = re.compile(
    r"\b(?:rap(?:e|ed|es|ing|ists?)|sexual\w*|sex|slaves?|slavery|enslav\w*|marr(?:y|ied|iage)|wives|brides?|sold"
    r"|molest\w*|violat\w*|harem|concubines?)\b",
    re.I,
)


# a school or health attack names the place or its people: "Villagers took refuge in the bushes" names neither
_INSTITUTION_WORDS = re.compile(
    r"\b(?:schools?|classrooms?|pupils|students|teachers?|universit(?:y|ies)|college|hospitals?|clinics?|dispensar(?:y|ies)"
    r"|health|medical|nurses?|doctors?|medics|vaccinat\w*|polio|patients?|maternity)\b",
    re.I,
)


def add_to_pipeline(nlp) -> None:
    """Add the typer as the last component of a spaCy pipeline (once)."""
    from spacy.language import Language
    from spacy.tokens import Doc

    for name in ("marsad_events", "marsad_triggers"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
    if not Language.has_factory(COMPONENT):

        @Language.factory(COMPONENT)
        def _component(nlp, name):
            return _TyperComponent()

    if COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(COMPONENT, last=True)


if __name__ == "__main__":
    print(f"wrote {build_vectors()}")
