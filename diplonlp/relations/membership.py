"""Membership of states (or bodies) in organizations: `в рамках ООН, СНГ и ШОС`, `член ОДКБ с 1994 года`.

`в рамках визита` names no organization and gives nothing.
"""

from __future__ import annotations

from ..lexicon import words
from ..models import Membership
from ..morph import lemmas
from .context import Context, Ref

MEMBER_WORDS = words("membership.member_words")


def _org_list(ctx: Context, s: int, start: int) -> list[Ref]:
    """International organizations listed from character ``start`` on (`ООН, СНГ, ШОС и другие`)."""
    kinds = {o.id: o.kind for o in ctx.out.organizations}
    out: list[Ref] = []
    end = start
    for ref in ctx.between(start, ctx.doc.sents[s].stop, ("org",)):
        gap = ctx.doc.text[end:ref.start]
        if out and (len(gap.split()) > 2 or any(ch in gap for ch in ".;:")):
            break
        if kinds.get(ref.id) == "international" and len(ctx.doc.text[end:ref.start].split()) <= 8:
            out.append(ref)
            end = ref.stop
    return out


def _members(ctx: Context, s: int, stop: int) -> list[str]:
    """The states the sentence makes members: its states before ``stop``, else the sides of the talks."""
    members: list[str] = []
    for ref in ctx.between(ctx.doc.sents[s].start, stop, ("country", "person")):
        party = ctx.party_of(ref)
        if party and party.startswith("country-") and party not in members:
            members.append(party)
    if not members:
        members = ctx.both_states(s)
    if not members:
        members = [p for p in ctx.sides_of_talks(s) if p.startswith("country-")]
    return members


CLAUSE_BREAKS = {",", ";", "а", "но", "."}


def _clause_members(ctx: Context, s: int, k: int) -> list[str]:
    """`Венгрия является членом ЕС, а Казахстан – одним из основателей ОДКБ`: the states of this clause."""
    toks = ctx.doc.tokens
    start = k
    while start - 1 >= ctx.doc.sents[s].first and toks[start - 1].lower not in CLAUSE_BREAKS:
        start -= 1
    members: list[str] = []
    for ref in ctx.between(toks[start].start, toks[k].start, ("country", "person")):
        party = ctx.party_of(ref)
        if party and party.startswith("country-") and party not in members:
            members.append(party)
    return members


RULES = ("membership_frame", "membership_word")


def find(ctx: Context) -> list[Membership]:
    found: list[Membership] = []
    toks = ctx.doc.tokens
    for s, sent in enumerate(ctx.doc.sents):
        for k in range(sent.first, sent.last):
            low = toks[k].lower
            frame = low == "рамках" and k > sent.first and toks[k - 1].lower == "в"
            member = bool(lemmas(toks[k].text) & MEMBER_WORDS)
            if not ((frame and ctx.on("membership_frame")) or (member and ctx.on("membership_word"))):
                continue
            orgs = _org_list(ctx, s, toks[k].stop)
            if member and orgs and len(ctx.doc.text[toks[k].stop:orgs[0].start].split()) > 1:
                orgs = []  # член … ОДКБ: the organization follows the word
            if not orgs:
                continue
            members = _clause_members(ctx, s, k) if member else _members(ctx, s, toks[k].start)
            for country in members:
                for org in orgs:
                    if not any(m.member == country and m.organization == org.id for m in found):
                        found.append(Membership(member=country, organization=org.id, evidence=ctx.evidence(s),
                                                rule="membership_word" if member else "membership_frame"))
    return found
