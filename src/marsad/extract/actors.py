"""Armed actors: one canonical name for many aliases, from an editable table.

The table ships as ``marsad/data/actors.json``; ``MARSAD_ACTORS`` may point at a replacement.
Each entry has an ``id``, a canonical ``name`` and ``aliases``. Acronyms of two or three capitals
("IS", "SDF") match only in capitals, so the verb "is" is never the Islamic State; other aliases
match in any case. ``local_aliases`` name the actor only in its own ``country`` ("government forces"
are Syria's in a report from Syria); of those, ``named_country_aliases`` ("security forces") only where the
report names that country. ``elsewhere`` maps a country to another actor sharing the alias (Mozambique's
insurgents are locally called al-Shabab but are not the Somali group; "the Taliban" in Pakistan are the
TTP), except for ``fixed_aliases`` that name their own country ("Afghan Taliban"). Anaphora such as "the
group" or "the terror group" are resolved by the caller to the actor last named in the document.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from marsad.extract.places import demonym_country, gazetteer

ANAPHORA = re.compile(
    r"\b(?:(?:the|this)\s+(?:islamic\s+|islamist\s+)?(?:terror(?:ist)?\s+|jihadist\s+|militant\s+|extremist\s+|armed\s+|rebel\s+)?"
    r"(?:group|organi[sz]ation|movement|militants|jihadists|insurgents|extremists|fighters|gunmen|rebels|militia)"
    r"|(?:islamist|jihadist|suspected|armed)\s+(?:insurgents|militants|jihadists|gunmen|fighters)"
    r"|\bits\s+(?:militants|fighters|jihadists|gunmen|members)"  # "Last month, its militants ambushed a patrol"
    # "About 70 militants carried out the attack": the attackers, counted
    r"|(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+|over\s+|more\s+than\s+)?\b\d+\s+(?:militants|jihadists|gunmen"
    r"|fighters|attackers|assailants|insurgents)\s+(?:carried\s+out|launched|staged|stormed|raided)"
    r"|an?\s+(?:islamist|jihadist|islamic state[- ]linked|isis[- ]linked)\s+(?:armed\s+)?(?:group|insurgency))\b"
    # (not "according to the group Human Rights Activists in Iran": a group named after the word)
    r"(?! (?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)(?-i:[A-Z][a-z]))",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Actor:
    """A canonical actor."""

    id: str
    name: str
    kind: str
    country: str | None = None  # a state's forces: the country they belong to
    abroad: bool = False  # forces that mostly fight on others' soil: their country is no fallback scene

    def as_json(self) -> dict[str, str]:
        """The record's perpetrator object."""
        return {"id": self.id, "name": self.name}


# "jihadists linked to al Qaeda", "an ally of JNIM", "pledged allegiance to the ISIL (ISIS) group": a group
# named as someone's affiliate, not as the actor
LINKED_BEFORE = re.compile(
    # (not "assailants that security forces have linked to the ADF": the blame for the act)
    # (nor "the family members ... were linked to Jemaah Ansharut Daulah": the attackers' group)
    r"(?:(?<!have )(?<!has )(?<!had )(?<!were )(?<!was )(?:linked|affiliated|allied|associated|aligned) (?:to|with)"
    r"|an? (?:ally|affiliate|offshoot) of|allegiance to"
    # "mainly the subsidiaries of Al- Qaida and Islamic State (IS)"
    r"|(?:the )?(?:subsidiaries|affiliates|branches|offshoots|franchises) of"
    # "ISWAP, a faction of the Boko Haram jihadist group", "originally a branch of Boko Haram in Nigeria"
    # (but "insurgents believed to be from a faction of Boko Haram" are that group's, told by its faction)
    r"|(?<!from )(?<!by )(?:an?|the|originally a) (?:faction|branch|splinter group|splinter faction|breakaway faction"
    r"|wing) of"
    r"|(?:ties|connections|links) (?:to|with))\s+(?:the\s+)?"
    # "linked to al-Qaeda and ISIL": both groups of a pair
    r"(?:(?:[\w'’-]+\s+){0,2}[\w'’-]+(?:\s*\([\w -]+\))?,?\s+(?:and|or)\s+(?:the\s+)?)?"
    # "a splinter faction of the banned terrorist outfit Tehreek-e-Taliban Pakistan"
    r"(?:(?:notorious|feared|brutal|militant|jihadist|extremist|banned|outlawed|terrorist)\s+){0,2}"
    r"(?:(?:outfit|group|organi[sz]ation)\s+)?"
    r"(?:(?:[\w-]+\s+){0,4}[\w-]+\s*\(\s*)?$",
    re.IGNORECASE,
)


def named_as_affiliate(text: str, start: int) -> bool:
    """Whether the actor named at ``start`` is named as another's affiliate ("fighters linked to the
    Islamic State Terrorist Group (ISIS)")."""
    return LINKED_BEFORE.search(text[max(0, start - 70) : start]) is not None


@dataclass(frozen=True)
class ActorMention:
    """An actor named in text, with its span."""

    start: int
    end: int
    text: str
    actor: Actor


class ActorTable:
    """Finds actor aliases in text and maps them to canonical actors."""

    def __init__(self, entries: list[dict]) -> None:
        self.actors = {
            e["id"]: Actor(e["id"], e["name"], e.get("kind", "armed_group"), e.get("country"), e.get("abroad", False))
            for e in entries
        }
        self.elsewhere = {e["id"]: e.get("elsewhere", {}) for e in entries}
        self.parent = {e["id"]: e["parent"] for e in entries if e.get("parent")}  # a branch's own group
        # aliases that name the actor's own country ("Afghan Taliban") are never another country's group
        self.fixed = {alias.lower() for e in entries for alias in e.get("fixed_aliases", [])}
        # words that name this actor only in its own country ("government forces" are Syria's only in Syria)
        self.local = {alias.lower(): e.get("country") for e in entries for alias in e.get("local_aliases", [])}
        # words as common as "security forces": this actor's only where the report names its country
        self.strict = {alias.lower() for e in entries for alias in e.get("named_country_aliases", [])}
        exact, folded = [], []
        self._alias_actor: dict[str, str] = {}
        for entry in entries:
            for alias in entry["aliases"]:
                (exact if _is_initials(alias) else folded).append(alias)
                self._alias_actor[alias if _is_initials(alias) else alias.lower()] = entry["id"]
        # "Al Qaeda in the Islamic Maghreb" written without the hyphen of "al-Qaeda in the Islamic Maghreb"
        self._by_words = {_words(a): i for a, i in self._alias_actor.items() if not _is_initials(a)}
        self._exact = self._pattern(exact, 0)
        self._folded = self._pattern(folded, re.IGNORECASE)

    @staticmethod
    def _pattern(aliases: list[str], flags: int) -> re.Pattern[str] | None:
        if not aliases:
            return None
        alternatives = "|".join(
            re.escape(a).replace(r"\ ", r"[\s-]+").replace(r"\-", r"[\s-]+").replace("'", "['’]")
            for a in sorted(aliases, key=len, reverse=True)
        )
        return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", flags)

    @classmethod
    def load(cls, path: Path | None = None) -> ActorTable:
        """The table at ``path``, ``$MARSAD_ACTORS``, or the packaged one."""
        source = path or (Path(os.environ["MARSAD_ACTORS"]) if os.environ.get("MARSAD_ACTORS") else None)
        text = (
            source.read_text("utf-8")
            if source
            else resources.files("marsad.data").joinpath("actors.json").read_text("utf-8")
        )
        return cls(json.loads(text))

    def without_parents(self, actors: list[Actor]) -> list[Actor]:
        """ "The Islamic State group claimed ... ISWAP claimed credit": a branch named beside its parent group
        is the doer; the parent is not a second one."""
        branches_of = {self.parent[a.id] for a in actors if a.id in self.parent}
        # "a Taliban suicide bomber" beside Jamaat-ul-Ahrar: the Taliban, in Pakistan the TTP, is its parent
        return [a for a in actors if a.id not in branches_of and not set(self.elsewhere[a.id].values()) & branches_of]

    def find(self, text: str, country: str | None = None, named: frozenset[str] = frozenset()) -> list[ActorMention]:
        """Every actor alias in ``text`` (longest first, no overlaps), mapped in context of ``country``; a
        local alias counts only where the report ``named`` its actor's country, or no country at all."""
        spans: list[tuple[int, int, str]] = []
        for pattern in (self._folded, self._exact):
            if pattern is None:
                continue
            for match in pattern.finditer(text):
                if not any(s < match.end() and match.start() < e for s, e, _ in spans):
                    spans.append((match.start(), match.end(), match.group(0)))
        # a report that names no country but a state's own forces ("the Cameroonian army") names that country
        named = (
            named
            or frozenset(
                actor.country
                for *_, alias in spans
                if alias.lower() not in self.local
                and (actor := self.actors.get(self._alias_actor.get(alias) or self._alias_actor.get(_fold(alias), "")))
                and actor.kind == "state"
                and actor.country
            )
            or frozenset(c for c in (country,) if c)
        )  # else the country its places are in ("regime soldiers" in Kumba)
        mentions, left = [], []
        for start, end, alias in sorted(spans):
            actor_id = (
                self._alias_actor.get(alias) or self._alias_actor.get(_fold(alias)) or self._by_words.get(_words(alias))
            )
            if actor_id is None or (
                _AFFILIATE_AFTER.match(text, end) and not _ITS_OWN.search(text[max(0, start - 8) : start])
            ):
                continue  # "the al-Qaeda linked group JNIM", "Al Qaeda affiliate JNIM": a label for another group
            if _LABEL_AFTER.match(text, end) and any(
                s != start and abs(s - start) < 60 and self._alias_actor.get(a) != actor_id for s, _, a in spans
            ):
                continue  # "Jamaat-ul-Ahrar, a Taliban-offshoot group": a label for the group named beside it
            if _WITHDREW_AFTER.match(text, end) or _RULERS_AFTER.match(text, end) or _PRISONER_AFTER.match(text, end):
                # (and "in return for al Qaeda prisoner Sajida al Rishawi": a prisoner's allegiance)
                continue  # "the Malian army had vacated a post", "Mali's military government says": not the doers
            if _OUSTED_BEFORE.search(text, max(0, start - 30), start):
                continue  # "the U.S. invasion to topple the Taliban's brutal regime": the regime ousted, not a doer
            if _PARTY_TO_TALKS.search(text, max(0, start - 90), start):
                continue  # "a peace deal with FARC rebels": the other side of an agreement, not a doer
            if _HARBOURED_BEFORE.search(text, max(0, start - 40), start):
                continue  # "civilians suspected of harbouring separatist fighters": whom the victims were said to aid
            if _BREAKAWAY_BEFORE.search(text, max(0, start - 60), start) or _BREAKAWAY_AFTER.match(text, end):
                left.append((end, actor_id))
                continue  # "dissident factions of the FARC", "FARC dissidents", "former FARC combatants": not FARC
            if any(actor_id == gone and re.fullmatch(r"\s*\(\s*", text[at:start]) for at, gone in left):
                continue  # the initials after a name left out above: "dissidents of the Revolutionary ... (FARC)"
            whose = _DEMONYM_BEFORE.search(text, max(0, start - 20), start)  # "Iraqi government forces"
            own = demonym_country(whose.group(1)) if whose and alias.lower() in self.local else None
            if own and own != self.local[alias.lower()]:
                actor_id = self.elsewhere[actor_id].get(own, "")
                if not actor_id:
                    continue
            elif named and alias.lower() in self.local and self.local[alias.lower()] not in named:
                # "government forces" in a report on Cameroon are Cameroon's, where the table says whose they are
                actor_id = next(
                    (self.elsewhere[actor_id][c] for c in sorted(named) if c in self.elsewhere[actor_id]), ""
                )
                if not actor_id:
                    continue  # "Yemen's government forces" are not Syria's
            if alias.lower() in self.strict and (
                self.actors[actor_id].country not in named or re.match(r" (?-i:[A-Z])", text[end : end + 2])
            ):
                continue  # "battled security forces" with no country named; "the Military True News Information Team"
            if alias.lower() in self.local and _owned_by_another(text[max(0, start - 40) : start]):
                continue  # "the Taliban's brutal regime": another's (not "Syria's government forces")
            if _fold(alias) not in self.fixed and not _abroad_after(text, end, country):
                actor_id = self.elsewhere.get(actor_id, {}).get(country or "", actor_id)
            mentions.append(ActorMention(start, end, alias, self.actors[actor_id]))
        return self._with_allies(text, mentions, country, named)

    def _with_allies(
        self, text: str, mentions: list[ActorMention], country: str | None, named: frozenset[str]
    ) -> list[ActorMention]:
        """ "Government and Russian air strikes", "Syrian and Russian warplanes": the state named beside another's
        weapons by its word alone is a doer too."""
        allies = []
        for mention in mentions:
            ally = _ALLY_BEFORE.search(text, max(0, mention.start - 30), mention.start)
            if mention.actor.kind != "state" or ally is None:
                continue
            word = ally["who"]
            probe = "government forces" if word.lower() in ("government", "regime") else f"{word} forces"
            found = [a.actor for a in self.find(probe, country, named) if a.actor.kind == "state"]
            if found and found[0].id != mention.actor.id:
                allies.append(ActorMention(ally.start("who"), ally.end("who"), word, found[0]))
        return sorted(mentions + allies, key=lambda m: m.start) if allies else mentions


_ALLY_BEFORE = re.compile(r"\b(?P<who>[Gg]overnment|[Rr]egime|(?-i:[A-Z])[a-z]+(?:an|ian|i))\s+and\s+$")
# "Islamic State militants killed 129 people in Paris" in a report on Mali: the group itself, not its Sahel branch
_IN_CITY_AFTER = re.compile(r"[^.;]{0,60}?\bin (?P<city>(?-i:[A-Z])[\w'’-]+(?: (?-i:[A-Z])[\w'’-]+)?)", re.I)


def _abroad_after(text: str, end: int, country: str | None) -> bool:
    """Whether the act told just after an actor's name (at ``end``) is in a great city of another country."""
    found = _IN_CITY_AFTER.match(text, end)
    city = gazetteer().city(found["city"], 1_000_000) if found and country else None
    return city is not None and city.country != country


_AFFILIATE_AFTER = re.compile(
    r"(?:[\s-]*(?:linked|affiliated|aligned|allied|inspired|backed)"
    # "Al-Qaeda's North African affiliate"
    r"|(?:'s)?\s+(?:(?-i:[A-Z])[\w-]+\s+){0,2}(?:affiliate|ally|offshoot|franchise)"
    r"|'s\s+(?:Islamic State|IS|ISIS)[\w\s-]{0,12}(?:faction|branch|wing))\b",  # "Boko Haram's IS-backed faction"
    re.IGNORECASE,
)


# "a Taliban-offshoot group", "A Taliban group known as Jamaat-ul Ahrar", "a Taliban splinter group"
_LABEL_AFTER = re.compile(
    r"[\s-]+(?:offshoot|splinter|breakaway)\b|\s+(?:group|faction) (?:known as|called|named)\b", re.IGNORECASE
)
_PRISONER_AFTER = re.compile(r"\s+(?:prisoners?|inmates?|detainees?|convicts?)\b", re.I)
_WITHDREW_AFTER = re.compile(
    r"\s+(?:troops\s+|soldiers\s+|forces\s+)?(?:had\s+|has\s+|have\s+)?"
    r"(?:vacated|withdrawn|withdrew|pulled out|left (?:the|its|their))\b"
)
_RULERS_AFTER = re.compile(r"\s+(?:government|junta|authorities|rulers|regime)\b", re.I)
_DEMONYM_BEFORE = re.compile(
    r"\b((?:(?:South|North|Central) )?[A-Z][a-z]+(?:i|ian|ese|an))\s+$"
)  # "Iraqi ", "South Sudanese "
_OUSTED_BEFORE = re.compile(
    r"\b(?:topple[ds]?|toppling|oust(?:ed|ing|s)?|overthr(?:ew|own|ows?|owing)|(?:drove|driven) out|unseat(?:ed)?)"
    r"\s+(?:the\s+)?$",
    re.I,
)
_ITS_OWN = re.compile(r"\b(?:its|it['’]s|their)\s+$", re.I)  # "fighters from its West Africa Province affiliate"
_HARBOURED_BEFORE = re.compile(
    r"\b(?:harbou?r(?:ing)?|host(?:ing)?|shelter(?:ing)?|hid(?:ing)?|feed(?:ing)?|collaborat(?:ing|ed) with"
    r"|sympathi[sz](?:ing|ers?) (?:with|of)|informers? for|spying for|aid(?:ing)?) (?:the )?$",
    re.IGNORECASE,
)
# a group's breakaway or its former members are no longer the group: "dissident factions of the FARC", "a splinter
# faction of the now defunct FARC", "former FARC combatants", "dissident FARC units", "FARC dissidents"
_BREAKAWAY_BEFORE = re.compile(
    r"(?:\b(?:dissidents?|dissident (?:factions?|units|groups?|fighters)|splinter (?:factions?|groups?)|offshoots?"
    r"|former (?:members|fighters|combatants|guerrillas|rebels))\s+(?:of|from)\s+(?:the\s+)?(?:now[\s-]+)?"
    r"(?:defunct\s+)?|\b(?:dissident|former|ex-)\s*)$",
    re.IGNORECASE,
)
# (an armed group's "remnants" are still it; "a Shining Path splinter group", "offshoot" are not)
_BREAKAWAY_AFTER = re.compile(r"\s+(?:dissidents?|splinter (?:groups?|factions?)|offshoots?)\b", re.IGNORECASE)
_PARTY_TO_TALKS = re.compile(
    r"\b(?:deal|agreement|accord|talks|negotiations|ceasefire|truce)(?: in \d{4})? with\b"
    r"(?![^.;:]*\b(?:killed|attacked|stormed|said|claimed|launched|blamed|while|as|but|when|after)\b)[^.;:,]{0,80}$",
    re.IGNORECASE,
)


def _owned_by_another(before: str) -> bool:
    """Whether a local alias follows the possessive of a name that is no country ("the Taliban's brutal")."""
    from marsad.extract.places import gazetteer

    owner = re.search(r"([A-Z][\w-]+)['’]s (?:[\w-]+ )?$", before)
    return bool(owner) and getattr(gazetteer().resolve(owner.group(1)), "precision", None) != "country"


def _is_initials(alias: str) -> bool:
    """ "ISIS", "TTP", "LeT": initials match only in their own case ("Let me" is not Lashkar-e-Taiba)."""
    return bool(re.fullmatch(r"[A-Z]{2,4}", alias) or re.fullmatch(r"[A-Z][a-z]?[A-Z][A-Za-z]{0,3}", alias))


def _words(alias: str) -> str:
    return re.sub(r"[\s-]+", " ", alias.lower())


def _fold(alias: str) -> str:
    return re.sub(r"[\s-]+", lambda m: " " if " " in m.group(0) else m.group(0), alias.lower().replace("’", "'"))


@cache
def actor_table() -> ActorTable:
    """The shared actor table."""
    return ActorTable.load()


# "It killed ...", "Its fighters ...": the group, not "It was the deadliest attack"
_IT = re.compile(r"\s*(?:It(?! (?:was|is|had been|has been|came|comes|marked|marks|follows|followed)\b)|Its)\s")


def it_is_the_group(text: str, offset: int, actor: Actor) -> bool:
    """Whether the sentence at ``offset`` opens on "It" or "Its" right after a sentence whose subject is
    ``actor`` ("CODECO has frequently targeted camps. It killed about 60 people at another camp")."""
    if not _IT.match(text, offset):
        return False
    before = text[max(0, offset - 300) : offset].rstrip()
    previous = re.split(r"(?<=[.!?])\s+", before)[-1] if before else ""
    found = actor_table().find(previous)
    return bool(found) and found[0].actor == actor and found[0].start <= 4
