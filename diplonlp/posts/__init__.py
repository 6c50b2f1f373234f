"""The post stage: title heads read into post phrases by ordered lists of named rules.

Reads: tokens with morphology, NER spans, organizations, places and countries found before. Adds:
``found["post"]``, one `Found` per phrase with its title, name, country, host, organization and the rules that
read it, or kept a governed phrase out of it (``data["fired"]``). Who holds each post is `diplonlp.holders`.

Modules, in the order a phrase is read: `heads` (where a title stands; the lexicon is `lexicon.post_heads`,
`data/posts.tsv`), `left` (`LEFT_RULES`), `chain` (`CHAIN_RULES`), `normalize` (`TITLE_RULES`), `right`
(`RIGHT_RULES`), `complements` (`COMPLEMENT_RULES`), then `lists` (`LIST_RULES`: posts a layout gives) and `find`'s
`ministry_named_before` (a title over a bare `ведомство`: the ministry a title before it names) and
`ministry_of_sentence` (a deputy's title over a bare `министра`: the ministry its sentence names), `right`'s
`possessed_body_title` and `minister_of_ministry` (`глава Минобороны`: `министр обороны`); `phrase` holds the
typed `PostPhrase`, `agreement` the case agreement the holder rules read too, `find` the driver.
"""

from .chain import ADJECTIVE_OF_CHAMBER, BOARD_IN_TITLE, CHAIN_RULES, COMPANY_NOUN_OF_BODY
from .colleagues import (
    COLLEAGUE_NAMED_BEFORE,
    COLLEAGUE_OF_PRONOUN,
    COLLEAGUE_OF_ROLE_NOUN,
    COLLEAGUES_OF_STATES,
    COLLEAGUES_UNNAMED,
)
from .complements import COMPLEMENT_RULES
from .find import (
    EMBASSY_OF_SENTENCE,
    MINISTRY_NAMED_BEFORE,
    MINISTRY_OF_SENTENCE,
    PARLIAMENT_OF_SENTENCE,
    PLURAL_ROLE_OF_STATES,
    RANK_BEFORE_HOLDER,
    find,
)
from .heads import LEADER_OF_NATION, PLURAL_SUBJECT
from .left import LEFT_RULES
from .lists import LIST_RULES, TOLD_RULES
from .normalize import PLACE_NAMES_KEPT, TITLE_RULES
from .right import MINISTER_OF_MINISTRY, MISSION_AFTER_AT, POSSESSED_BODY_TITLE, RIGHT_RULES, STATE_RULES

RULE_LISTS = (LEFT_RULES, CHAIN_RULES, TITLE_RULES, RIGHT_RULES, COMPLEMENT_RULES, LIST_RULES)
"""Every rule function of the stage, list by list."""
NAMED_RULES = (*TOLD_RULES, *STATE_RULES, MINISTRY_NAMED_BEFORE, MINISTRY_OF_SENTENCE, EMBASSY_OF_SENTENCE,
               COLLEAGUE_NAMED_BEFORE, COLLEAGUE_OF_ROLE_NOUN, POSSESSED_BODY_TITLE, PLURAL_SUBJECT, RANK_BEFORE_HOLDER,
               BOARD_IN_TITLE, PLURAL_ROLE_OF_STATES, COLLEAGUES_OF_STATES, COLLEAGUE_OF_PRONOUN,
               PARLIAMENT_OF_SENTENCE, PLACE_NAMES_KEPT, COLLEAGUES_UNNAMED, LEADER_OF_NATION, MINISTER_OF_MINISTRY,
               ADJECTIVE_OF_CHAMBER, MISSION_AFTER_AT, COMPANY_NOUN_OF_BODY)
"""Named rules of the stage that are no function of those lists (asked inside one, or by later stages)."""

__all__ = ["CHAIN_RULES", "COMPLEMENT_RULES", "LEFT_RULES", "LIST_RULES", "NAMED_RULES", "RIGHT_RULES", "RULE_LISTS",
           "TITLE_RULES", "TOLD_RULES", "find"]
