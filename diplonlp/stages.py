"""The pipeline's rule stages, in order, each saying what it reads and what it adds.

Tokens, sentences and the neural layers come first (`Pipeline._prepare`); then these stages read the
working document (`Analysis`): mention stages add ``doc.found[kind]``, the entity stage builds the
`Document`, relation stages add relations to it. ``needs`` are stages a stage cannot run without;
``uses`` are stages whose output it reads when they ran (it reads nothing from a disabled one).
`plan` leaves stages out (`Pipeline(disable=[...])`) and refuses to leave out one that a kept stage needs.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from . import capitals, holders, posts, references, relations
from .analysis import Analysis, Found, coverage
from .entities import RULES as ENTITY_RULES
from .entities import build
from .lexicon import post_heads
from .mentions import countries, dates, locations, organizations, persons, sectors
from .relations.context import RULES as CONTEXT_RULES
from .text import Sentence, Token


@dataclass(frozen=True)
class Stage:
    name: str
    adds: tuple[str, ...]  # mention kinds (found[...]), the Document, or relation kinds
    run: Callable[[Analysis], None]
    needs: tuple[str, ...] = ()
    uses: tuple[str, ...] = ()


def _found(doc: Analysis, *kinds: str) -> list:  # type: ignore[type-arg]
    """The mentions of ``kinds`` found so far (none of a disabled stage's)."""
    return [f for kind in kinds for f in doc.found.get(kind, [])]


def _countries(doc: Analysis) -> None:
    doc.found["country_candidate"] = countries.find(doc)


def _organizations(doc: Analysis) -> None:
    doc.found["org"] = organizations.find(doc)


def _country_names(doc: Analysis) -> None:
    doc.found["country"] = countries.outside_names(_found(doc, "country_candidate"), _found(doc, "org"))


def _locations(doc: Analysis) -> None:
    doc.found["location"] = locations.find(doc, _found(doc, "country", "org"))


def _dates(doc: Analysis) -> None:
    doc.found["date"] = dates.find(doc, _found(doc, "org"))


def _posts(doc: Analysis) -> None:
    doc.found["post"] = posts.find(doc, _found(doc, "org"))


def _persons(doc: Analysis) -> None:
    doc.found["person"] = persons.find(doc, _found(doc, "org", "location", "country"))


def _sectors(doc: Analysis) -> None:
    doc.found["sector"] = sectors.find(doc, _found(doc, "org", "post"))


def _entities(doc: Analysis) -> None:
    doc.document = build(doc)


def _references(doc: Analysis) -> None:
    doc.references = references.resolve(doc)


def _relation(finder: Callable[[relations.Context], list]) -> Callable[[Analysis], None]:  # type: ignore[type-arg]
    def run(doc: Analysis) -> None:
        assert doc.document is not None
        doc.document.relations.extend(finder(relations.context(doc)))
    return run


MENTIONS = ("country_candidate", "org", "country", "location", "date", "post", "person", "sector")
STAGES: list[Stage] = [
    Stage("countries", ("country_candidate",), _countries),
    Stage("organizations", ("org",), _organizations, uses=("countries",)),
    Stage("country_names", ("country",), _country_names, needs=("countries",), uses=("organizations",)),
    Stage("locations", ("location",), _locations, uses=("country_names", "organizations")),
    Stage("dates", ("date",), _dates, uses=("organizations",)),
    Stage("posts", ("post",), _posts, uses=("organizations",)),
    Stage("persons", ("person",), _persons, uses=("organizations", "locations", "country_names")),
    Stage("sectors", ("sector",), _sectors, uses=("organizations", "posts")),
    Stage("entities", ("document", "holds_post"), _entities,
          uses=("country_names", "organizations", "locations", "dates", "posts", "persons", "sectors")),
    Stage("references", ("references",), _references, needs=("entities",)),
    Stage("meeting", ("meeting",), _relation(relations.meeting.find), needs=("entities",), uses=("references",)),
    Stage("visit", ("visit",), _relation(relations.visit.find), needs=("entities",), uses=("references",)),
    Stage("cooperation", ("cooperation",), _relation(relations.cooperation.find), needs=("entities",),
          uses=("references", "meeting")),
    Stage("agreement", ("agreement",), _relation(relations.agreement.find), needs=("entities",),
          uses=("references", "meeting")),
    Stage("membership", ("membership",), _relation(relations.membership.find), needs=("entities",),
          uses=("references", "meeting")),
]
"""Every rule stage, in the order they run."""

def _registry(*groups: tuple[str, Iterable[str]]) -> dict[str, str]:
    """Rule name -> stage; a name used twice is an error (a rule must be one switch)."""
    out: dict[str, str] = {}
    for stage, names in groups:
        for name in names:
            if name in out:
                raise ValueError(f"rule {name!r} named in both {out[name]!r} and {stage!r}")
            out[name] = stage
    return out


RULES: dict[str, str] = _registry(
    ("text", capitals.RULES),  # read as the tokens are cut, before any stage
    ("countries", countries.RULES),
    ("organizations", organizations.RULES),
    ("locations", locations.RULES),
    ("persons", persons.RULES),
    ("sectors", sectors.RULES),
    ("dates", [*(rule.__name__ for rule in dates.RULES), *dates.ANCHOR_RULES]),
    ("posts", [*(rule.__name__ for rules in posts.RULE_LISTS for rule in rules), *posts.NAMED_RULES]),
    ("entities", (*holders.HOLDER_RULES, *holders.PREDICATE_RULES, *holders.STATE_RULES, *holders.AGREEMENT_RULES,
                  *holders.VETO_RULES, *ENTITY_RULES)),
    ("references", references.RULES),
    *((kind, (*getattr(relations, kind).RULES, *getattr(getattr(relations, kind), "VETOES", ()),
              *getattr(getattr(relations, kind), "NAMING_RULES", ())))
      for kind in ("meeting", "visit", "cooperation", "agreement", "membership")),
    ("meeting", relations.setting.RULES),  # they date visits and agreements too; with meetings they go
    ("cooperation", CONTEXT_RULES),  # the sides of talks, read by cooperation and agreements
)
"""Every named rule a user (or `benchmarks/ablate.py`) may leave out, and the stage it belongs to."""

KINDS = {"country": ("countries", "country_names"), "organization": ("organizations",), "location": ("locations",),
         "date": ("dates",), "post": ("posts",), "person": ("persons",), "sector": ("sectors",)}
"""Mention kinds a user may name in ``disable``, and the stages that make them."""


def plan(disable: Iterable[str] = ()) -> list[Stage]:
    """The stages to run with ``disable`` (stage names, mention kinds or rule names) left out; ValueError for
    an unknown name, or for a left-out stage that a kept one needs."""
    names = {s.name for s in STAGES}
    off: set[str] = set()
    for name in disable:
        if name in RULES:
            continue  # a rule: its stage runs without it (`Analysis.on`)
        if name in KINDS:
            off.update(KINDS[name])
        elif name in names:
            off.add(name)
        else:
            known = ", ".join([*(s.name for s in STAGES), *KINDS])
            raise ValueError(f"no stage, kind or rule {name!r} to disable; stages and kinds: {known}; rules: "
                             f"{', '.join(RULES)}")
    kept = [s for s in STAGES if s.name not in off]
    for stage in kept:
        missing = [n for n in stage.needs if n in off]
        if missing:
            raise ValueError(f"cannot disable {', '.join(missing)}: stage {stage.name!r} needs it "
                             f"(disable {stage.name!r} too)")
    return kept


def sentences_to_parse(docs: list[Analysis]) -> Callable[[list[Token], Sentence], bool]:
    """Which sentences the parser reads: those with a person (NER's) or a title, the only ones whose parse
    the person and post stages use (the parser is the costliest model)."""
    people = {id(d.tokens): coverage([Found("person", -1, -1, s.start, s.stop) for s in d.ner if s.type == "PER"])
              for d in docs}

    def names_someone(tokens: list[Token], sent: Sentence) -> bool:
        return people[id(tokens)].overlaps(sent.start, sent.stop) or any(
            post_heads().match_at(tokens, i, sent.last) for i in range(sent.first, sent.last))
    return names_someone
