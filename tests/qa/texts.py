"""Sentences from the seeds and outside reports that the tests of several checks read."""

ROLES = (
    "Dar met U.S. Secretary of State Marco Rubio in Washington. "
    "Pakistan’s Ambassador to the United States Rizwan Saeed Sheikh accompanied him."
)

DAR = (
    "Islamabad: Deputy Prime Minister and Foreign Minister Mohammad Ishaq Dar spoke with "
    "US Secretary of State Marco Rubio."
)

SECTORS = "Talks covered trade, investment, agriculture, technology, and minerals, and tables and graphs were shown."

COMPANY = "President Trump noted that an American company would soon be selected to lead the project."

OPERATION = "In response to Indian military operations on May 6, Pakistan launched Operation Bunyanum Marsoos."

GREER = (
    "After meeting US Commerce Secretary Howard Lutnick and US Trade Representative Jamieson Greer, Pakistan’s "
    "finance chief Muhammad Aurangzeb said priority sectors had been identified. Marco Rubio welcomed him."
)

KILLED = "The April 22 attack killed 26 people, most of them tourists, and wounded 17 soldiers, including 3 officers."

MET_IN_WASHINGTON = (
    "ISLAMABAD: Dar held his first meeting with US Secretary of State Marco Rubio in Washington on Friday."
)

UPCOMING = "They discussed the upcoming U.S.-Pakistan Counterterrorism Dialogue, scheduled for August in Islamabad."

BIDEN_IGNORED = "The previous administration under president Joe Biden had largely ignored Islamabad."

STANDOFF = "The visit followed a four-day India-Pakistan military standoff, which ended with a ceasefire on May 10."

STRUCK = "On May 10, Pakistan deployed its Al-Fatah missile system, striking multiple Indian military targets."

OIL = "Trump announced a partnership on Pakistan's oil reserves; an American company would soon be selected to lead it."

FIRST_SINCE_BIDEN = (
    "It was the first such meeting, as the previous administration under president Joe Biden had ignored Islamabad."
)

SAID = "After meeting Howard Lutnick and Jamieson Greer, Aurangzeb said priority sectors had been identified."

QUOTED = (
    "After meeting Howard Lutnick, Aurangzeb spoke of sectors. During the meeting, Dar also described Pakistan as a "
    "destination for investors.\n“We are optimistic about progress in the trade dialogue,” he said."
)

DAR_HERE = "Deputy Prime Minister and Foreign Minister Mohammad Ishaq Dar spoke with Marco Rubio."

DAR_THERE = "ISLAMABAD: Pakistan’s Deputy Prime Minister and Foreign Minister Ishaq Dar held his first meeting."


HERMINE = (
    "Hurricane Hermine made landfall early Friday in Florida, knocking out power to hundreds of thousands of people "
    "and killing one man who was struck by a tree. Hermine was the first such storm to hit the state since 2005."
)
