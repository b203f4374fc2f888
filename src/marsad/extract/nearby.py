"""The town or village a report names near an act whose own sentences place it only in a province or a country:
the sentence just before or after it, or the scene its lede sets ("... killed 28 passengers." "The bus was stopped
50km from the town of Mandera.")."""

from __future__ import annotations

import re

from marsad.extract.context import is_country_name, known_here, location_of, named_small_place, small_place_names
from marsad.extract.cues import STRIKES_ON_CAMPS
from marsad.extract.layout import caption_lines
from marsad.extract.places import gazetteer


def nearby_place(
    first: int,
    last: int,
    text: str,
    doc_places: list,
    country: str | None,
    lede_places: list | None = None,
    elsewhere: list | tuple = (),
    strike: bool = False,
) -> dict | None:
    """A town or village named in the sentence just before or after the span ``first:last`` of an
    act whose own sentences name only a province or a country ("... killed 28 passengers." "The bus
    was stopped 50km from the town of Mandera."); given ``lede_places`` (all the report's places), also
    the village its lede names as the scene. A sentence that tells another act (a span of ``elsewhere``)
    names that act's village, and one that tells air strikes names the town of a ``strike`` only."""
    text = text if strike else without_strikes(text)  # (the town air strikes hit is theirs: "camps in ... Derna")
    start = text.rfind(".", 0, max(0, first - 2)) + 1
    end = text.find(".", last + 1)
    end = len(text) if end < 0 else end
    towns = [
        p
        for p in doc_places
        if start <= p[2] < end
        and p[0].precision in ("town", "point")
        and (country is None or p[0].country == country)
        and not p[1].isupper()  # not a dateline
        and text[p[2]] != " "  # (blanked: a sentence of air strikes)
    ]
    # "Jammu and Kashmir's Anantnag district" is an area: a spot the lede sets as the scene comes first
    spots = [p for p in towns if not text.startswith(" district", p[3])]
    if spots:
        spot = min(spots, key=lambda p: abs(p[2] - first))
        wider = [p for p in doc_places if p[0].country == spot[0].country]
        for site in _SITE_IN_TOWN.finditer(text, start, end):  # "a site called A Nang Pa in jade-rich Hpakant Township"
            if any(text.startswith(p[1], site.end()) for p in spots) and (named := named_small_place(site[0], wider)):
                return named
        return location_of([spot])
    lede = earlier_scene(first, text, lede_places, country) if lede_places is not None else None
    if towns:
        return lede or location_of([min(towns, key=lambda p: abs(p[2] - first))])
    # the places the report names elsewhere give the country of a village told just before
    wider = [p for p in doc_places or lede_places or [] if p[0].country == country] if country else []
    if not wider:
        return lede
    end = last if _tells_other_act(last, end, elsewhere) else end  # not the village of the act told next
    text = without_captions(text)  # a photo's town is no scene ("... in Palma, Mozambique, Feb. 16, 2017. (AFP Photo)")
    abroad = _other_country(text[last:end], country) or bool(
        country and _other_country(text[last:end], country, _IN_COUNTRY)
    )
    after = None if abroad else named_small_place(text[first:end], wider)
    before = None if _tells_other_act(start, first, elsewhere) else named_small_place(text[start:first], wider)
    # the sentence before, then a scene set in the lede, then the sentence after (not another country's item)
    return before or lede or after


_SITE_IN_TOWN = re.compile(
    r"\b(?:site|place|area|location|spot) (?:called|named|known as) [A-Z][\w'’-]*(?: [A-Z][\w'’-]+){0,2} in "
    r"(?:[\w-]+ )?(?=[A-Z])"
)


def without_strikes(text: str) -> str:
    """``text`` with the sentences that tell air strikes on a group's camps or targets blanked out."""
    for found in STRIKES_ON_CAMPS.finditer(text):
        start, end = text.rfind(".", 0, found.start()) + 1, text.find(".", found.end())
        end = len(text) if end < 0 else end
        text = text[:start] + " " * (end - start) + text[end:]
    return text


_ITEM_OF = re.compile(r"(?:^|\n)\W*([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)[,:]")  # "- Mali, Gao region:"
_IN_COUNTRY = re.compile(r"\b(?:in|of) ([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)\b")  # "... National Park in Benin"


def _tells_other_act(start: int, end: int, elsewhere: list | tuple) -> bool:
    """Whether another act's sentence begins between ``start`` and ``end``."""
    return any(start <= at < end for at, _ in elsewhere)


def _other_country(text: str, country: str | None, named: re.Pattern = _ITEM_OF) -> bool:
    """Whether ``text`` opens an item of another country than ``country`` ("- Mali, Gao region: ..." after
    Niger's item), or, with ``named`` set to :data:`_IN_COUNTRY`, names one ("... in the remote Pendjari National Park
    in Benin": a park or village it names lies there, not in the act's country)."""
    for name in named.findall(text):
        place = gazetteer().resolve(name) if is_country_name(name) else None
        if place is not None and place.country != country:
            return True
    return False


_LEDE_CHARS = 250


def earlier_scene(first: int, text: str, doc_places: list, country: str | None) -> dict | None:
    """A village the gazetteer lacks, named as the scene earlier in the report ("In Barsalogho, civilians
    did not have time to finish digging ... The previous morning, gunmen machine-gunned these civilians"),
    for an act whose own sentences and their neighbours name only the country: the lede's scene, in the
    report's opening lines."""
    # (not a photo caption's: "Skulls ... are seen in Tshienke ..., on March 12.")
    before = without_captions(text[: min(first, _LEDE_CHARS)])
    names = [n for n in small_place_names(before) if not known_here(n, country)]
    wider = [p for p in doc_places if p[0].country == country] if country else []
    if not names or not wider:
        return None
    at = before.rfind(names[-1])
    start, end = before.rfind(".", 0, at) + 1, before.find(".", at)
    end = end if end >= 0 else len(before)
    if any(start <= p[2] < end and p[0].country != country for p in doc_places):
        return None  # "- Burkina Faso: ... in Dablo commune" is another country's item
    return named_small_place(before[start:end], wider)


def without_captions(text: str) -> str:
    """``text`` with its photo-caption lines blanked out (the same length, so offsets still hold)."""
    for begin, stop in caption_lines(text):
        text = text[:begin] + " " * (stop - begin) + text[stop:]
    return text
