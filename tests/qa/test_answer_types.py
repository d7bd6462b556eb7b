"""Question and answer types (`qa.answer_types`) on fixed inputs."""

import pytest

from qa.answer_types import AnswerType, clear_mismatch, question_type, span_matches
from qa.verify import Verifier
from tests.qa.cases import case, hand_set_model


@pytest.mark.parametrize(
    "question, kind",
    [
        ("When did Dar meet Rubio?", AnswerType.DATE),
        ("On what date was the call reported?", AnswerType.DATE),
        ("In which year did the war end?", AnswerType.DATE),
        ("How many people were killed?", AnswerType.NUMBER),
        ("What percentage tariff was imposed?", AnswerType.NUMBER),
        ("Who is Pakistan's finance chief?", AnswerType.PERSON),
        ("Where will the dialogue be held?", AnswerType.PLACE),
        ("In which city did Dar chair meetings?", AnswerType.PLACE),
        ("What did Rubio express gratitude for?", None),
        ("What was the outcome of the U.S.-Pakistan Counterterrorism Dialogue?", AnswerType.OUTCOME),
        ("What was the result of the vote?", AnswerType.OUTCOME),
        ("What was the venue of the dialogue?", None),
        # "when" asks for a date only where it opens the question or a clause, or ends it: "Where was Dar when he
        # spoke with Rubio?" asks for a place (it had been typed a date, as had 1,203 of SQuAD v1.1 train's questions)
        ("Where was Dar when he spoke with Rubio by phone?", AnswerType.PLACE),
        ("How old was Dar when he became foreign minister?", AnswerType.NUMBER),
        ("Who received Dar when he arrived?", AnswerType.PERSON),
        ("What company did he work for when he was young?", None),
        ("In 2025, when did Dar meet Rubio?", AnswerType.DATE),
        ("Dar met Rubio when?", AnswerType.DATE),
        ("And when?", AnswerType.DATE),
        ("Since when has Dar been foreign minister?", AnswerType.DATE),
    ],
)
def test_question_types(question, kind):
    assert question_type(question) is kind


@pytest.mark.parametrize(
    "kind, span, ok",
    [
        (AnswerType.DATE, "July 25, 2025", True),
        (AnswerType.DATE, "Friday", True),
        (AnswerType.DATE, "last month", True),
        (AnswerType.DATE, "Islamabad", False),
        (AnswerType.DATE, "around 1 a.m.", True),  # a time answers "when" too
        (AnswerType.DATE, "9 pm", True),
        (AnswerType.DATE, "1 am bombing", True),
        (AnswerType.DATE, "I am", False),
        (AnswerType.NUMBER, "26 people", True),
        (AnswerType.NUMBER, "eight-day", True),
        (AnswerType.NUMBER, "an hour", True),  # "How long after the escape was Zeya found?" (0.28 before)
        (AnswerType.NUMBER, "an hour later", True),
        (AnswerType.NUMBER, "a decade", True),
        (AnswerType.NUMBER, "free of charge", True),  # "How much will the repair cost owners?" (0.04 before)
        (AnswerType.NUMBER, "at no cost", True),
        (AnswerType.NUMBER, "freedom", False),
        (AnswerType.NUMBER, "a zoo", False),
        (AnswerType.NUMBER, "Marco Rubio", False),
        (AnswerType.PERSON, "Marco Rubio", True),
        (AnswerType.PERSON, "the army chief", True),
        (AnswerType.PERSON, "26", False),
        (AnswerType.PLACE, "August 2021", False),
        (AnswerType.OUTCOME, "Islamabad", False),
        (AnswerType.OUTCOME, "President Trump", False),
        (AnswerType.OUTCOME, "August 2025", False),
        (AnswerType.OUTCOME, "a joint statement on intelligence sharing", None),
        (AnswerType.OUTCOME, "26 people", None),
        (None, "anything", None),
    ],
)
def test_span_types(kind, span, ok):
    assert span_matches(kind, span) is ok


@pytest.mark.parametrize(
    "question, span, asked",
    [
        ("What time of day did the phone call take place?", "Monday", "a time of day"),
        ("What time of day did the phone call take place?", "late in the evening", ""),
        ("What time of day did the call take place?", "10:30 a.m.", ""),
        ("What time did the earthquake strike?", "Friday", "a time of day"),  # a weekday names no hour; was 0.69
        ("What time did the earthquake strike?", "3:40 p.m.", ""),
        ("At what time did the earthquake strike?", "Tuesday", "a time of day"),  # was 0.49
        ("At what time did the earthquake strike?", "4:12 a.m.", ""),
        ("At what hour were the tsunami warnings lifted?", "Tuesday", "a time of day"),  # was 0.71
        ("At what hour were the tsunami warnings lifted?", "5 a.m.", ""),
        # a day and a part of it name no hour either: 0.78 before, in a report that gives the hour elsewhere
        ("What time did the plane land?", "Friday night", "a time of day"),
        ("What time did the plane land?", "on Friday night", "a time of day"),
        ("At what time did the rebels enter Damascus?", "early Sunday morning", "a time of day"),
        # a day of a run of days: 0.67 for the smoke, with its hour cut
        ("What time did the white smoke appear?", "second day of the conclave", "a time of day"),
        ("What time did the white smoke appear?", "on the final day", "a time of day"),
        ("What time did the plane land?", "Friday night at 5:30", ""),
        ("What time of day did the plane land?", "Friday night", ""),
        ("What time did Trump host Asim Munir?", "Last month", "a time of day"),  # was 0.57
        ("What time did Kerry call the White House?", "one day", "a time of day"),  # a length of time; was 0.77
        ("What time did Kerry call the White House?", "one day after Americans went to the polls", "a time of day"),
        ("What time did the tower collapse?", "nearly two weeks ago", "a time of day"),  # was 0.62
        ("What time did the tower collapse?", "about two hours after the alarm", "a time of day"),
        ("What time did the tower collapse?", "about 1:30 a.m.", ""),
        # 0.51 with the answer's sentence cut, in a report outside the seeds
        ("What time did the collision happen?", "after the JAL plane landed on runway C.", "a time of day"),
        ("What time did the collision happen?", "after the plane landed at 5:47", ""),
        ("What time did the name begin to be used?", "after the Swabian War of 1499", ""),
        ("What time did the collision happen?", "after the war", ""),  # an era may be what is asked
        # 0.58 with the hour cut, in a set of outside reports on an earthquake off Kamchatka
        ("What time did the quake hit?", "Wednesday's earthquake", "a time of day"),
        ("What time did the quake hit?", "Wednesday's 11:25 a.m. shock", ""),
        # any span that names the day but no hour: 0.55 with the hour cut, in a set of outside reports on an outage
        ("What time did the outage begin?", "Tuesday's outage, which ran for about three hours", "a time of day"),
        ("What time did the outage begin?", "Tuesday, in the early hours", ""),
        ("What time did the outage begin?", "Tuesday's outage at 11:20 UTC", ""),
        ("What time does the city observe all year?", "Central Standard Time", ""),
        ("Around what time did the empire fall?", "the 1940s", ""),  # "what time" also asks for an era
        ("How long did the private lunch last?", "Just last month", "a length of time"),
        ("How long did the private lunch last?", "month", "a length of time"),
        ("How long did the private lunch last?", "two hours", ""),
        ("How long did the lunch last?", "a month", ""),
        ("How long did the lunch at the White House last?", "one-on-one", "a length of time"),  # was 0.52
        ("How long did the lunch last?", "a rare one-on-one", "a length of time"),
        ("How long did the rivalry last?", "until the Soviet Union's dissolution", ""),  # bounded
        ("How long did the talks last?", "for the remainder of his term", ""),
        ("How long did Ronaldo remain with Barcelona?", "short time", ""),
        ("How old is Asim Munir?", "one-on-one", "an age"),
        ("How many people attended the lunch at the White House?", "one-on-one", "a number"),  # was 0.76
        ("How many people attended the lunch?", "two one-on-one meetings", ""),
        ("How old were his brothers when they died?", "in their fifties", ""),
        ("How old is the orchestra?", "a century", ""),
        ("How old is Asim Munir?", "57", ""),
        ("How old is Kami Rita?", "30th", "an age"),  # "his 30th ascent": 0.57 with his age cut
        ("How old is Kami Rita?", "54th", "an age"),
        # 0.47 with the firefighter's age cut, in a set of outside reports on a fire in Hong Kong
        ("How old was the firefighter who died?", "at least four people", "an age"),
        ("How old were the victims?", "two 17-year-old boys", ""),
        ("How old were the recruits?", "18 to 25", ""),
        ("How much oil does Pakistan export to India?", "one day", "an amount"),
        ("How much sediment did the river carry?", "three millennia", "an amount"),  # irregular plural
        ("How much oil does Pakistan export to India?", "5,000 barrels a day", ""),
        ("How much time did the talks take?", "two days", ""),  # time asked: a duration is an amount of it
        ("How much investment did Aurangzeb secure in Washington?", "long-term", "an amount"),  # was 0.47
        ("How much investment did Aurangzeb secure?", "long-term investment", "an amount"),
        ("How much investment did Aurangzeb secure?", "$2 billion", ""),
        ("How much influence did each szlachcic have?", "enormous influence", ""),  # sized by a word
        ("How much of the budget went to defence?", "the bulk", ""),
        ("How much can belief vary?", "by region, sect, and caste", ""),  # a degree, not an amount
        ("How much did Microsoft pay for Nokia's handset business?", "pricey acquisition", "an amount"),  # was 0.57
        ("How much did Microsoft pay for Nokia's handset business?", "$7.2 billion", ""),
        ("How much does it cost to use the Metromover?", "free", ""),
        # 0.60, in a set of outside reports on Chile's election ("She has promised to raise the minimum wage")
        ("What minimum wage has Jara promised?", "raise the minimum wage", "an amount"),
        ("What minimum wage has Jara promised?", "$30", ""),
        ("What fine did the court impose?", "a fine of double the profit", ""),
        ("What salary will the coach earn?", "$2 million a year", ""),
        ("What did Jara promise about the minimum wage?", "to raise it", ""),  # not a wage asked
        ("Which rent controls did Jara propose?", "a freeze on rents", ""),  # controls asked, not a rent
        ("How tall is the Klyuchevskoy volcano?", "tallest", "a measure"),  # 0.59, in a set of outside reports
        ("How high is the mountain?", "the highest", "a measure"),
        ("How tall is the Klyuchevskoy volcano?", "4,750 metres", ""),
        ("How tall is the tower?", "the tallest in Europe", ""),  # more than a superlative: the checks after decide
        # "net loss" (0.61) for a retailer's revenues, in a report outside the seeds
        ("What were Bed Bath & Beyond's revenues in the third quarter?", "net loss", "a figure"),
        ("What was the company's net income?", "a record", "a figure"),
        ("What were Bed Bath & Beyond's revenues in the third quarter?", "$2.76 billion", ""),
        ("What is the main source of income for Paris?", "taxes", ""),  # a source asked, not the income
        ("What was the company's net income?", "twice the year-ago figure", ""),
        ("How much older was Sand than Chopin?", "six years", ""),
        ("On what date did Dar meet Rubio at the State Department?", "last month", "a date"),
        ("On what date did Dar meet Rubio at the State Department?", "last", "a date"),  # cut from "last month": 0.53
        ("On what date did Dar meet Rubio?", "last July", ""),
        ("In which year did the war end?", "that year", "a date"),
        ("On what date did Dar meet Rubio?", "July 25", ""),
        ("On what date was the call reported from Islamabad?", "Monday", "a date"),  # a weekday; was 0.54
        ("What year did the talks begin?", "on Friday", "a date"),
        ("On what date did Dar meet Rubio?", "Friday, July 25", ""),
        ("On what day did Dar meet Rubio?", "Friday", ""),  # a day is asked: a weekday may answer
        ("Which day will the Counterterrorism Dialogue start?", "August", "a day"),  # was 0.76
        ("When will Dar and Rubio meet next?", "last month", "a time still to come"),  # was 0.48
        ("When is the dialogue scheduled?", "two weeks ago", "a time still to come"),
        ("When will Dar and Rubio meet next?", "next month", ""),
        ("When did Dar and Rubio meet?", "last month", ""),
        ("Which two US officials did Aurangzeb meet?", "Jamieson Greer", "two US officials"),  # was 0.69
        ("Which two US officials did Aurangzeb meet?", "Howard Lutnick and Jamieson Greer", ""),
        ("Which two-time winner graduated from BYU?", "Jim McMahon", ""),  # one winner, twice
        ("What two settlements merged?", "Koligram–Dakshin", ""),
        ("On what day will the dialogue start?", "in August 2025", "a day"),
        ("On what day will the dialogue start?", "August 4", ""),
        ("Which day will the Counterterrorism Dialogue start?", "August in Islamabad", "a day"),  # was 0.57
        ("Which day did the talks start?", "Monday, August 4", ""),
        ("What day did the sale begin?", "the Friday after Thanksgiving", ""),
        ("On what date was Telangana formed?", "June 2014", ""),  # a date may be a month
        ("What day of the year is Independence Day?", "July", ""),
        ("When did Dar meet Rubio?", "last month", ""),  # "when" may be answered so
        ("When did Dar and Rubio meet?", "month", "a time"),  # a bare unit, left when "last month" was vetoed
        ("When did Dar and Rubio meet?", "the week", "a time"),
        ("When did Dar and Rubio meet?", "that week", ""),
        ("Who is the finance minister?", "Monday", ""),  # no clear rule: the verifier's features decide
        (
            "Who was Pakistan's foreign minister before Ishaq Dar?",
            "Foreign Minister Ishaq Dar held his first meeting",
            "someone other than Ishaq Dar",
        ),
        ("Whom did Marco Rubio meet?", "Ishaq Dar", ""),
        ("Who was Pakistan's finance minister before Aurangzeb?", "Muhammad Aurangzeb", "someone other than Aurangzeb"),
        ("Who was finance minister before Ishaq Dar?", "Dar", "someone other than Ishaq Dar"),  # his surname
        ("Who was finance minister before Aurangzeb's term?", "Aurangzeb", "someone other than Aurangzeb"),
        ("Who met Rubio apart from Aurangzeb?", "Muhammad Aurangzeb", "someone other than Aurangzeb"),
        ("Who succeeded Louis XIV?", "Louis XV", ""),
        ("Who met Rubio after Aurangzeb?", "Ishaq Dar", ""),
        ("Who met Marco Rubio?", "Rubio's deputy", ""),  # part of a name is not the name
        ("What did Ishaq Dar say?", "Ishaq Dar thanked Rubio", ""),  # only "who" questions ask for a person
        ("Who chaired UN Security Council meetings?", "Pakistan’s rotating presidency", "a person or group"),  # 0.53
        ("Who chaired the meetings?", "the presidency", "a person or group"),
        ("Who chaired the meetings?", "Pakistan", ""),
        ("How many people are missing?", "many more", "a number"),  # 0.54 with the count cut
        ("How many cameras were on the museum's outer walls?", "few", "a number"),  # 0.49, "why so few cameras"
        ("How many cameras watched the walls?", "so few", "a number"),
        ("How many people came?", "Very many", "a number"),
        ("How many people came?", "a few hundred", ""),  # a size, if not a count
        ("How many people came?", "few dozen", ""),
        ("How many people came?", "several", ""),  # more than two: a count too vague to veto
        ("How much did the peso rise on Monday?", "sharply", "an amount"),  # 0.64, in a set of outside reports
        ("How much did the peso rise?", "5 percent", ""),
        ("How much did the peso rise?", "a lot", ""),
        ("How did the peso move?", "sharply", ""),  # how, not how much
        (  # 0.66 with the leader's sentence cut, in a report outside the seeds
            "Who leads the IFRC in Libya?",
            "International Federation of the Red Cross and Red Crescent Societies",
            "someone other than the IFRC",
        ),
        ("Who leads the IFRC in Libya?", "Tamer Ramadan", ""),
        (  # 0.53 with the answer's sentence cut, in a report outside the seeds
            "Who shot Crooks?",
            "Thomas Matthew Crooks, 20, of Bethel Park, as the man who allegedly shot Donald Trump",
            "someone other than Crooks",
        ),
        ("Who shot Crooks?", "a Secret Service sniper", ""),
        ("Who shot Crooks?", "officer had confronted the shooter, Thomas Matthew Crooks", "someone other than Crooks"),
        (
            "Who leads the IFRC?",
            "An official from the International Federation of the Red Cross",
            "someone other than the IFRC",
        ),
        ("Who shot Crooks?", "Thomas Crooks' neighbour John Lee", ""),  # another, named after Crooks
        ("Who did Crooks shoot?", "Donald Trump", ""),
        ("Who founded Apple?", "Apple co-founder Steve Jobs", ""),  # one name word: no full name
        ("Who leads the IFRC?", "IFRC chief Tamer Ramadan", ""),  # its chief, named
        ("Who founded NASA?", "National Aeronautics Act", ""),  # not the body's initials in order
        ("How many people are missing?", "10,000 more", ""),
        ("Who was the captain of the coast guard plane?", "escaped", "a person or group"),  # 0.64, cut
        ("Who was the captain?", "Alfred", ""),
        ("Who was the captain?", "the retired", ""),
        ("Who chaired the meetings?", "the term's first chair", ""),  # the office is not what it ends in
        ("What ended with the presidency?", "his term", ""),  # only "who" asks for a person
        ("How long was Dar's meeting with Rubio?", "last month", "a length"),  # 0.70
        ("How long was the lunch?", "one-on-one", "a length"),  # 0.63
        ("How long was the bridge?", "1,200 feet", ""),
        ("Which day did Dar meet Rubio in Washington?", "last month", "a day"),  # 0.74
        ("On what day did Dar and Rubio meet?", "month", "a day"),
        ("On what day did Dar and Rubio meet?", "last", "a day"),
        ("On what day did U.S. planes locate the fleet?", "second", ""),  # "On the second day"
        ("On what day did Dar and Rubio meet?", "yesterday", ""),
        ("Which outlet reported the meeting between Dar and Rubio?", "Foreign Office", "a news outlet"),  # 0.56
        ("Which newspaper reported the talks?", "Pakistan’s Foreign Office", "a news outlet"),
        ("Which outlet reported the meeting?", "Dawn", ""),
        ("Which office reported the meeting?", "Foreign Office", ""),  # an office asked
        # a day or date is no place: "Where will the next round of talks be held?" had "Monday" (0.58)
        ("Where will the next round of talks be held?", "Monday", "a place"),
        ("In which city did Dar meet Rubio?", "on July 25, 2025", "a place"),
        ("Where will the next round of talks be held?", "Geneva", ""),
        ("Where was the film shot?", "at night", ""),
        # a model is no one: "Who was the pilot of the Aeroflot jet?" had "Sukhoi Superjet-100" (0.47)
        ("Who was the pilot of the Aeroflot jet?", "Sukhoi Superjet-100", "a person"),
        ("Who is the chief executive of the airline?", "Boeing 747", "a person"),
        ("Who won the auction?", "Arena Football 1", ""),  # a firm may be the answer
        ("Who was the pilot of the Aeroflot jet?", "Denis Evdokimov", ""),
        # a decimal is no clock time: "What time did the Thursday quake strike?" had its magnitude, "6.4" (0.71)
        ("What time did the Thursday quake strike?", "6.4", "a time of day"),
        ("What time did the race start?", "10.30", ""),  # a clock time as British papers write it
        ("What time did the quake strike?", "10:30 a.m. PDT", ""),
        # a time is no speed: "How fast was the Missouri train going when it hit the truck?" had "1:42 p.m" (0.56)
        ("How fast was the train going when it hit the truck?", "1:42 p.m", "a speed"),
        ("How fast was the express travelling when it derailed?", "03:00 local time", "a speed"),  # 0.59
        ("At what speed did the train derail?", "Monday", "a speed"),
        ("How quickly did the ship sink?", "on May 3", "a speed"),
        # a word that counts nothing: "How many fake accounts does Twitter have?" had "count" (0.54)
        ("How many fake accounts does Twitter have?", "count", "a number"),
        ("How many fake accounts does Twitter have?", "the count", "a number"),
        # an ordinal is no count, in digits as in words: "took his «10th» Tour stage win" (0.55 for how many stages
        # another rider won, in a set of outside reports)
        ("How many stages did Vingegaard win?", "10th", "a number"),
        ("How many stages did Vingegaard win?", "fourth", "a number"),
        ("How many stages did Vingegaard win?", "10", ""),
        # where one placed asks a rank: "«Paris»" (0.57, in a set of outside reports on a bicycle race)
        ("Where did Pogacar place on the final stage?", "Paris", "a place in the order they finished"),
        ("Where did Pogacar rank overall?", "Paris", "a place in the order they finished"),
        ("Where did Pogacar place?", "Paris", "a place in the order they finished"),
        ("Where did Pogacar place on the final stage?", "fourth", ""),
        ("Where did Pogacar place on the final stage?", "4th", ""),
        ("Where did police place the barriers?", "on the Champs-Elysees", ""),  # a thing placed
        ("Where did the final stage take place?", "Paris", ""),
        ("Which stage did Vingegaard win?", "10th", ""),
        ("How many times did they meet?", "twice", ""),
        # how often counts no votes: "ran for the leadership «twice» before" (0.60, in a set of outside reports)
        ("How many votes did she win in the runoff?", "twice", "a number"),
        ("How many votes did Nicusor Dan receive?", "almost twice", "a number"),  # 0.55, in outside reports
        ("How many votes did she win?", "three times", "a number"),
        ("How many times did they meet?", "three times", ""),
        ("How many more genes does it have?", "three times", ""),  # how many times as many
        # a measure counts no birdies: "holed a «six-foot» birdie putt" (0.57, in a set of outside reports)
        ("How many birdies did Lowry make?", "six-foot", "a count, not a measure"),
        ("How many birdies did Lowry make?", "six-foot birdie", "a count, not a measure"),  # 0.57 then
        ("How many birdies did Lowry make?", "two 10-metre", ""),
        ("How many feet long was the putt?", "six-foot", ""),  # the unit asked
        ("How many storeys does the tower have?", "nine-storey", ""),
        # a clause is no place: "Born in «Taiwan, Huang moved to the United States»" (0.51, in a set of outside
        # reports) for where Nvidia is based
        ("Where is Nvidia based?", "Taiwan, Huang moved to the United States", "a place"),
        ("Where is Nvidia based?", "Santa Clara, California", ""),
        # nor is a clause of its own: "Manila's international airport on Tuesday «as he returned» from Hong Kong"
        # (0.58 for where Duterte was returning from, in a set of outside reports)
        ("Where was Duterte returning from?", "Manila's airport on Tuesday as he returned from Hong Kong", "a place"),
        ("Where was Duterte arrested?", "Manila's airport, as the police said", ""),  # no pronoun's clause
        ("Where was Duterte arrested?", "as far as Davao", ""),
        # two counts and a verb are no count: "«16 were killed in the Eaton fire and eight»" (0.58, the same set)
        ("How many people died in the Palisades fire?", "16 were killed in the Eaton fire and eight", "a number"),
        ("How many people died?", "16 or 17", ""),
        ("How many people died?", "16, of whom eight were children", ""),
        ("Where did they meet?", "Busan, South Korea", ""),
        ("How many sides have pins?", "both", ""),
        ("How many fake accounts are there?", "millions", ""),
        # a length of time is no speed: "How fast was the vessel moving after it was freed?" had "several hours" (0.49)
        ("How fast was the vessel moving after it was freed?", "several hours", "a speed"),
        ("At what speed did the ship sail?", "two days", "a speed"),
        ("How quickly did the ship sink?", "two hours", ""),  # how soon, which a length of time says
        ("How fast was the vessel moving?", "3.1 knots", ""),
        ("How fast was the train going?", "80 mph (130 kmh)", ""),
        ("How quickly did the economy grow?", "2.50%", ""),
        ("How quickly did rescuers arrive?", "within 20 minutes", ""),
        # a time is no cause: "What caused the Upper Big Branch explosion?" had "shift-change time" (0.65)
        ("What caused the explosion?", "shift-change time", "a cause"),
        # what the cause did is no cause: "a devastating fire nearly destroyed the … Cathedral" (0.56 before)
        ("What caused the fire?", "nearly destroyed", "a cause"),
        ("What caused the fire?", "destroyed", "a cause"),
        ("What caused the fire?", "devastating fire nearly destroyed", "a cause"),  # 0.47 then
        ("What caused the fire?", "nearly destroyed the iconic Notre Dame Cathedral", "a cause"),  # 0.55 next
        ("What caused the fire?", "destroyed its roof and spire", "a cause"),  # 0.66, in a set of outside reports
        ("What caused the flooding?", "burst pipes", ""),
        ("What caused the outage?", "damaged cables", ""),
        ("What caused the crash?", "increased demand for flights", ""),
        ("What caused the crisis?", "greed", ""),
        ("What caused the fire?", "overheated wiring", ""),
        ("What sparked the fire?", "late Saturday night", "a cause"),
        ("What may have triggered the blast?", "Monday", "a cause"),
        ("What caused the explosion?", "methane gas", ""),
        ("What caused the delay?", "a lack of time", ""),
        # a vague length is no hour: "What time did the Dresden heist take place?" had "just minutes" (0.66)
        ("What time did the Dresden heist take place?", "just minutes", "a time of day"),
        ("What time did the heist take place?", "a few hours", "a time of day"),
        # a day, early or late, names no hour either: "late on Sunday" (0.52 with the hour cut, in a set of outside
        # reports on an earthquake)
        ("What time did the heist take place?", "early Monday", "a time of day"),
        ("What time did the earthquake hit?", "late on Sunday", "a time of day"),
        ("When did the heist happen?", "just minutes", "a time"),
        ("When will Armenia apply to join?", "in a few years", ""),  # a time to come
        ("When did the rescuers arrive?", "minutes later", ""),
        # a crime is no one's name: "What are the names of the arrested suspects?" had "organized theft and criminal
        # conspiracy" (0.48)
        ("What are the names of the arrested suspects?", "organized theft and criminal conspiracy", "a name"),
        ("What was the name of the missing worker?", "a worker", "a name"),
        ("What are the names of the arrested suspects?", "Ali and Omar", ""),
        ("What was the name of the highest ranking official in a province?", "governor", "a name"),
        ("What is the name of the process?", "photosynthesis", ""),  # a thing's name may be a word
        # a home is no one's father: "What is the name of James Eason's father?" had "yurt" (0.60), and "the name of
        # Johnson's friend who ran the credit repair business" "fake police reports" (0.63)
        ("What is the name of James Eason's father?", "yurt", "a name"),
        ("What is the name of Johnson's friend who ran the credit repair business?", "fake police reports", "a name"),
        ("What was the name of the family's dog?", "rex", ""),  # a pet is no person
        ("What is the name of James Eason's father?", "Tom Eason", ""),
        # a length is no frequency: "How often does Iceland have an eruption?", its sentence cut out, had "less than a
        # month" (0.67), the time since the last one
        ("How often does Iceland have an eruption?", "less than a month", "how often it happens"),
        ("How often does Iceland have an eruption?", "one eruption every four to five years", ""),
        ("How often has Montana voted for a Democratic governor?", "60 percent", ""),
        ("How often do the trains run?", "twice a day", ""),
        ("How often is the prize awarded?", "annually", ""),
        # mile markers are no length of time: "How long was the Mississippi River closed?" had "98 to 70" (0.47)
        ("How long was the Mississippi River closed?", "98 to 70", "a length of time"),
        ("How long was the stadium closed?", "six months", ""),
        ("How long was Disraeli in office?", "matter of months", ""),
        ("How long was the river closed?", "until Friday", ""),
        ("How long was the stretch of river first closed?", "28 mile", ""),  # a stretch is long
        # a clock time is no size, an age no length: had "6:23" (0.53) and "21-year-old" (0.59, its sentence cut)
        ("How tall is Odysseus?", "6:23", "a size"),
        ("How tall is Odysseus?", "4.3 meters", ""),
        # nor a part of the day or a weekday: "How far away was the rooftop from Kirk?" had "about midday" (0.63)
        # a bare title names no one who leads: "Who leads Myanmar's military government?" had "the head" (0.47)
        ("Who leads Myanmar's military government?", "the head", "a name"),
        ("Who is the head of the junta?", "its leader", "a name"),
        ("Who leads the junta?", "Min Aung Hlaing", ""),
        ("Who leads Sudan's army?", "chief", "a name"),  # "Sudan's army «chief» said" (0.55, in outside reports)
        ("Who leads Sudan's army?", "army chief", "a name"),
        ("Who is the leader of the minority party?", "Minority Leader", ""),  # a title that names the office
        ("Who appoints the judges?", "the president", ""),  # not who leads
        ("How far away was the rooftop from Kirk?", "about midday", "a size"),
        ("How far did the storm travel?", "overnight", "a size"),
        ("How big was the crowd?", "on Sunday", "a size"),
        ("How far is the camp from the city?", "a night's walk", ""),  # a distance, as a day's march is
        ("How far is the camp from the city?", "two hours' drive", ""),
        ("How large were the donations?", "Donations of the evening totalled 1.5 billion yuan", ""),
        ("How long is Haaland's contract with City?", "21-year-old", "a length, not an age"),
        ("How long is Haaland's contract with City?", "five years", ""),
        # a border is long in space: "ending «five days» of border fighting" (0.77, its sentence cut)
        ("How long is the Thai-Cambodian border?", "five days", "a length, not a time"),
        ("How long is the Thai-Cambodian border?", "817 kilometres", ""),
        ("How long was the border closed?", "five days", ""),
        ("How long were canals used?", "a century", ""),
        # a flight is no type of aircraft: "What type of aircraft crashed near Moscow?" had "Saratov Airlines flight"
        ("What type of aircraft crashed near Moscow?", "Saratov Airlines flight", "a type of aircraft"),
        ("What type of aircraft crashed near Moscow?", "Antonov An-148", ""),
        ("Which airline's flight crashed?", "Saratov Airlines flight", ""),
        # a sum is no odds: "What are the odds of winning the Powerball jackpot?" had "$429.6 million" (0.77)
        ("What are the odds of winning the Powerball jackpot?", "$429.6 million", "odds or a chance"),
        ("What are the odds of winning the Powerball jackpot?", "1 in 292.2m", ""),
        ("What is the chance of rain?", "60 percent", ""),
        ("What are the chances of a deal?", "slim", ""),
        # a date is no hour: "What time did Nayeri and Tieu get captured?" had "Jan. 30" (0.69)
        ("What time did Nayeri and Tieu get captured?", "Jan. 30", "a time of day"),
        ("How long was the stretch of river?", "28 miles", ""),  # a length
        # "someone" names no one: "Who cut the fence in Dallas?" had it (0.47), from "when someone cut fencing"
        ("Who cut the fence in Dallas?", "someone", "who it was"),
        ("Who cut the fence in Dallas?", "an unidentified man", "who it was"),
        ("Who could apply?", "anyone", ""),  # who may, asked
        ("Who cut the fence in Dallas?", "a zoo worker", ""),
        # a clock time is no flight number, nor a length: "What was the flight number of the Hawaiian Airlines
        # flight?" had "10:50" (0.52), "How long before landing did the Hawaiian flight hit turbulence?" "10:50 a.m"
        # (0.48, its sentence cut)
        ("What was the flight number of the Hawaiian Airlines flight?", "10:50", "a flight number"),
        ("What was the flight number?", "35", ""),
        ("How long before landing did the Hawaiian flight hit turbulence?", "10:50 a.m", "a length of time"),
        ("How long before landing did the flight hit turbulence?", "around 30 minutes", ""),
        # a weekend is no hour: "What time did the Fort Worth robbery occur?" had "over the weekend" (0.65, its
        # sentence cut)
        ("What time did the Fort Worth robbery occur?", "over the weekend", "a time of day"),
        ("What time did the Fort Worth robbery occur?", "weekend", "a time of day"),  # then 0.60
        ("Where will the talks be held?", "during the weekend", "a place"),
        ("How long did the festival last?", "the weekend", ""),  # may be a length
        # a day is no length: "How long was Travis Scott's performance?" had "Friday" (0.72)
        ("How long was Travis Scott's performance?", "Friday", "a length of time"),
        ("How long did the festival last?", "on Friday", "a length of time"),
        ("How long was Travis Scott's performance?", "75-minute", ""),
        # a weight is no value: "What was the street value of the cocaine …?" had "165 kilos" (0.63, its sentence cut)
        ("What was the street value of the cocaine seized in the vessel?", "165 kilos", "a value in money"),
        ("What was the street value of the cocaine?", "$4.1 million", ""),
        ("What was the price of the ticket?", "50 pounds", ""),  # a British price
        ("How much was the haul worth?", "165 kilos valued at $4.1 million", ""),  # money named too
        # a month is no hour, a clock time no magnitude: in a set of outside reports, with their sentences cut, "What
        # time did the collision happen?" had "January" (0.48) and "What was the magnitude of the earthquake?"
        # "4:10 p.m." (0.49)
        ("What time did the collision happen?", "January", "a time of day"),
        ("What time did the collision happen?", "in January 2025", "a time of day"),
        ("What time did the collision happen?", "8:47 p.m. in January", ""),
        ("What time of year did the storm hit?", "January", ""),  # not the hour asked
        # a holiday is no hour: "New Year's Day" (0.59, its sentence cut) for when the New Orleans attack happened
        ("What time did the New Orleans attack happen?", "New Year's Day", "a time of day"),
        ("What time did the attack happen?", "on Christmas Eve", "a time of day"),
        ("When did the attack happen?", "New Year's Day", ""),
        ("What was the magnitude of the earthquake?", "4:10 p.m.", "a magnitude"),
        ("How strong was the quake?", "about 4:10 p.m.", "a magnitude"),
        ("What was the magnitude of the earthquake?", "7.6", ""),
        ("How strong was the quake?", "magnitude 6.1", ""),
    ],
)
def test_clear_mismatches(question, span, asked):
    assert clear_mismatch(question, span) == asked


def test_a_clear_mismatch_is_vetoed_and_said():
    text = "Dar and Rubio spoke by phone on Monday about trade."
    question = "What time of day did the phone call between Dar and Rubio take place?"
    cand, passage, articles = case(text, "Monday", question)
    verdict = Verifier(hand_set_model(score_diff=10.0, type_match=5.0)).verify(
        question, [cand], [passage], articles, 0.5
    )[0]
    assert verdict.probability == 0.0 and verdict.check.wrong_kind == "a time of day"
    assert verdict.reason == "The question asks for a time of day, but the closest passage gives “Monday”."
