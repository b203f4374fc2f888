"""The roles children play in an act a sentence tells: victim, perpetrator, recruit or witness."""

from __future__ import annotations

import re

from marsad.extract import lexicon as lx
from marsad.extract.counts import CountMention

_MAKERS = {"force", "make", "order", "show", "see", "use", "train"}
_CHILD_WORDS = {"boy", "girl", "child", "teenager", "minor", "cub", "schoolboy", "schoolgirl", "youngster", "kid"}


def child_agent(sent) -> bool:
    """Dependency rule: a child is the one doing the violent act (its subject, its agent, or the
    object of "force/make/order" whose complement the act is: "forced a boy to shoot")."""
    for verb in sent:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in lx.VIOLENT_LEMMAS:
            continue
        doers = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
        doers += [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        if verb.dep_ in ("xcomp", "ccomp") and verb.head.lemma_.lower() in _MAKERS:
            doers += [c for c in verb.head.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
        if verb.dep_ == "acl" and verb.head.lemma_.lower() in _CHILD_WORDS:
            doers.append(verb.head)
        for doer in doers:
            if any(t.lemma_.lower() in _CHILD_WORDS for t in doer.subtree):
                return True
    return False


def child_roles(text: str, event_type: str, counts: list[tuple[CountMention, str]]) -> set[str]:
    """The roles children play in the act a sentence tells: victim, perpetrator, recruit, witness."""
    roles: set[str] = set()
    text = _CHILDREN_IN_NAMES.sub(" ", text)  # "Save the Children ... 'beheading of children'": a charity's name
    if not lx.CHILD_TERMS.search(text):
        return roles
    if lx.CHILD_PERPETRATOR.search(text):
        roles.add("perpetrator")
    if event_type == "child_recruitment" or lx.CHILD_RECRUIT.search(text):
        roles.add("recruit")
    if lx.CHILD_WITNESS.search(text):
        roles.add("witness")
    if event_type in _VICTIM_TYPES and "perpetrator" not in roles:
        if any(category == "children" for _, category in counts) or re.search(
            r"(?:abduct\w*|kidnap\w*|kill\w*|behead\w*|murder\w*|seiz\w*|sold|held|carried (?:off|away)"
            r"|snatched|took|massacre"
            r"|dead,? including)[^.;]{0,60}"
            r"(?:children|girls|boys|schoolgirls|students|pupils|new-?borns|babies|infants)"
            r"|(?:child|children|girls|boys|schoolgirls|sons?|daughters?|\d+-year-old|new-?borns|babies|infants)\b"
            r"[^.;]{0,40}\b(?:were|was|are|is|being)(?: \w+)?(?: being)? (?:\w+ )?"
            r"(?:raped|abducted|killed|sold|murdered|beheaded|shot|among those)"
            r"|(?:children|girls|boys|schoolgirls)\s+(?:captured|abducted|kidnapped|enslaved|held|sold|raped)\b"
            r"|\b(?:wounded|injured) (?:[A-Z]\w+ )?(?:children|girls|boys)\b"  # "Wounded Afghan boys, who survived"
            # "At least 72 people, mostly women and children, ... were killed"; "killed ..., many of them children"
            r"|\b(?:people|persons|civilians|worshippers|villagers|dead|killed|injured),? (?:mostly|mainly|most of them"
            r"|many of them) (?:women and )?(?:children|boys|girls)\b(?!,? (?:who )?(?:fled|escaped|displaced))",
            text,
            re.IGNORECASE,
        ):
            roles.add("victim")
    return roles


_CHILDREN_IN_NAMES = re.compile(
    r"\bSave the Children(?: International| Fund)?\b|\bWar Child\b|\bChildren['’]s (?:Hospital|Fund)\b"
)

_VICTIM_TYPES = (
    "abduction",
    "killing",
    "sexual_violence",
    "bombing",
    "abuse",
    "execution",
    "attack_on_school_or_hospital",
)
