"""The reference stage: words that stand for a person named elsewhere, resolved once to that person.

Two kinds, by what the contract makes of them:
- `titles`: a bare title or a title repeated without its holder (`Посол подчеркнул`, `российский министр`) and a
  role noun (`глава внешнеполитического ведомства`, `казахский дипломат`) refer back to the holder of a post.
  They are mentions of that person in the output, so the entity stage resolves them while it builds the
  persons (rules `title_refers_back`, `role_noun_refers_back`, `colleague_refers_back`: `его индонезийский коллега`,
  `state_adjective_inside`, `headline_role_noun`, `role_of_another_state`, `same_office_title`: `Президент
  Казахстана` after `Глава государства Касым-Жомарт Токаев`; `head_of_body`, `head_of_named_body`: `Глава Кабинета`
  after `Председатель Кабинета министров …`);
  so is the title of a head of state whose holder the leaders' list names (`head_of_state_title`); a bare title
  subject of its sentence is who met, not one met after `с` (`title_of_actor`).
- `pronouns`: a pronoun is no mention in the output; after the entities are built it is resolved to a person
  entity (``doc.references``) for every relation stage (rules `pronoun_subject`, `pronoun_of_another_state`;
  `pronoun_counterpart`: `встретился с ним`).
- `guests`: `гость`, `гостья`, `гости` are resolved the same way to the visiting side named before (rule
  `guest_refers_to_visitor`), and a delegation told again alone to the head of the delegation told before (rule
  `delegation_refers_to_head`).

Leaving the `references` stage out leaves all its rules out.
"""

from ..analysis import Analysis
from ..holders.discourse import OBLIQUE_NAME_NO_SUBJECT
from . import guests, pronouns
from .pronouns import Reference
from .titles import (
    BODY_STATE_OF_ROLE,
    COLLEAGUE_REFERS_BACK,
    DIPLOMAT_OF_FOREIGN_MINISTRY,
    HEAD_OF_BODY,
    HEAD_OF_NAMED_BODY,
    HEAD_OF_STATE_OF_SETTING,
    HEAD_OF_STATE_TITLE,
    HEADLINE_ROLE_NOUN,
    ROLE_NOUN_REFERS_BACK,
    ROLE_OF_ANOTHER_STATE,
    SAME_OFFICE_TITLE,
    STATE_ADJECTIVE_INSIDE,
    TITLE_OF_ACTOR,
    TITLE_REFERS_BACK,
)

RULES = (TITLE_REFERS_BACK, ROLE_NOUN_REFERS_BACK, COLLEAGUE_REFERS_BACK, STATE_ADJECTIVE_INSIDE, HEADLINE_ROLE_NOUN,
         ROLE_OF_ANOTHER_STATE, HEAD_OF_STATE_TITLE, HEAD_OF_STATE_OF_SETTING, HEAD_OF_BODY, SAME_OFFICE_TITLE,
         DIPLOMAT_OF_FOREIGN_MINISTRY, BODY_STATE_OF_ROLE, TITLE_OF_ACTOR, HEAD_OF_NAMED_BODY,
         pronouns.PRONOUN_SUBJECT, pronouns.PRONOUN_OF_ANOTHER_STATE, pronouns.PRONOUN_PAST_OWN_PHRASE,
         pronouns.PRONOUN_AFTER_DATE, pronouns.PRONOUN_OBJECT, pronouns.PRONOUN_COUNTERPART, OBLIQUE_NAME_NO_SUBJECT,
         guests.GUEST_REFERS_TO_VISITOR, guests.DELEGATION_REFERS_TO_HEAD)
"""The stage's named rules."""


def resolve(doc: Analysis) -> list[Reference]:
    """The pronoun and guest references of a document whose entities are built, in text order."""
    return sorted(pronouns.resolve(doc) + guests.resolve(doc))

__all__ = ["RULES", "Reference", "resolve"]
