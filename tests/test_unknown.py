from index.unknown import (
    asks_count_choice_or_place,
    asks_finding,
    says_no_reply,
    says_not_told,
    says_withheld,
    tells_finding,
)

CUSTODY = (
    "The exchange will see 1,000 POWs from both sides return home. Kyiv does not release the figures for how "
    "many Russian POWs are currently in Ukrainian custody."
)
OSCAR = (
    "Penn won Best Actor trophies for Mystic River and Milk. While it's unclear which Oscar he parted with, "
    "his loyalty to Ukraine is not."
)


def test_a_quote_saying_the_count_asked_is_not_released_tells_it_is_not_known() -> None:
    assert says_not_told("How many Russian POWs is Ukraine holding right now?", CUSTODY)
    assert says_not_told("How many civilians were killed?", "It is unclear how many civilians were killed.")


def test_a_quote_saying_which_one_is_not_known_tells_it_is_not_known() -> None:
    assert says_not_told("Which of his Oscars did Sean Penn leave with Zelensky?", OSCAR)
    assert says_not_told("Which of his two Oscars did Penn leave in Kyiv?", OSCAR)  # "two" is no thing asked


def test_another_count_or_another_question_is_not_told_unknown() -> None:
    # One word in common of the two asked ("POWs", not "came home") is another count.
    assert not says_not_told("How many POWs came home?", CUSTODY)
    # A question asking which, answered by a quote unsure how many, and the other way round.
    assert not says_not_told("Which Oscar did Penn win first?", "It is unclear how many Oscars he won.")
    assert not says_not_told("How many Oscars did Penn win?", OSCAR)
    # No "how many" or "which" asked; nothing said unknown.
    assert not says_not_told("Why did Sean Penn give Zelensky an Oscar?", OSCAR)
    assert not asks_count_choice_or_place("Why did Sean Penn give Zelensky an Oscar?")
    assert asks_count_choice_or_place("Which of his Oscars did Sean Penn leave?")
    assert not says_not_told("How many Russian POWs were exchanged?", "Russia handed over 390 Russian POWs.")


def test_a_count_not_told_may_be_said_with_a_contraction() -> None:
    quote = "He didn't specify how many Belarusian warplanes received the upgrade."
    assert says_not_told(
        "Exactly how many Belarusian warplanes were converted to carry nuclear weapons?", quote
    )
    assert not says_not_told("How many Russian jets were upgraded?", quote)  # another count


def test_a_place_not_told_declines_a_question_asking_where() -> None:
    drill = (
        "The Royal Navy trains Ukrainian sailors in Scotland. The exact location of the drill is undisclosed."
    )
    question = "Where exactly in Scotland were the Ukrainian sailors trained?"
    assert asks_count_choice_or_place(question)
    assert says_not_told(question, drill)
    assert says_not_told(
        "Where was the military facility?", "Officials did not specify the exact location of it."
    )
    assert says_not_told(
        "In which city were the prisoners held?", "They were taken to an undisclosed location."
    )
    # A place told, or a question asking no place.
    assert not says_not_told(question, "The sailors trained at Faslane on the Clyde.")
    assert not says_not_told("Why were the sailors trained in Scotland?", drill)
    assert not asks_count_choice_or_place("Why were the sailors trained in Scotland?")


def test_a_sum_or_a_name_withheld_is_not_known() -> None:
    sale = "Govor will take on the restaurants. It did not disclose the sale price, but expects a $1bn hit."
    assert says_withheld("sum", sale)
    assert says_withheld("sum", "Shell Neft will be sold for an undisclosed sum.")
    assert says_withheld("sum", "The financial terms of the deal were not disclosed.")
    assert not says_withheld("sum", "McDonald's sold its Russian business to Alexander Govor for $1.")
    assert not says_withheld("name", sale)  # a price withheld tells nothing of a name
    suspect = "The agencies did not disclose the suspect's name, who faces up to 10 years in prison."
    assert says_withheld("name", suspect)
    assert says_withheld("name", "The identity of the officer has not been made public.")
    assert not says_withheld("name", "The suspect, Ivan Petrov, was detained on June 9.")


def test_a_reply_asked_of_someone_who_has_not_commented_is_not_known() -> None:
    question = "What did Keith Kellogg reply to his daughter's post?"
    quote = "His daughter wrote to him on X during the attack. Kellogg has not yet commented on the attacks."
    assert says_no_reply(question, quote)
    assert says_no_reply(
        "How did the Kremlin respond to the raid?", "The Kremlin did not immediately respond."
    )
    amnesty = "How did Amnesty International respond to Russia declaring it an undesirable organization?"
    assert says_no_reply(
        amnesty, "Russia banned the group. Amnesty International has not yet issued a response."
    )
    assert not says_no_reply(amnesty, "Amnesty International called the decision grotesque.")
    # Someone else's silence, or a question asking no reply, is no reason.
    assert not says_no_reply(question, "The Pentagon has not yet commented on the attacks.")
    assert not says_no_reply("What did Kellogg say about the attack?", quote)
    # A government's silence under its capital's name.
    assert says_no_reply("How did the Kremlin respond to the images?", "Moscow has not yet responded.")


def test_a_finding_asked_is_told_only_by_a_finding() -> None:
    question = (
        "What did the General Staff's working group conclude after investigating Shyrshyn's complaints?"
    )
    assert asks_finding(question)
    assert asks_finding("What were the findings of the UN fact-finding mission into Olenivka?")
    # A cause concluded is index/causes.py's question.
    assert not asks_finding("What did investigators conclude caused the fire at the plant?")
    set_up = "By order of the chief of the General Staff, a working group has been set up to study it."
    assert not tells_finding([set_up])
    assert tells_finding(["The working group concluded that the orders had been justified."])
    assert tells_finding(["Investigators found that the brigade had lost 40 men."])
    assert not tells_finding(["He spent much time finding a capable command for the brigade."])
    long_asked = (
        "What did the General Staff working group set up on May 18, 2025 to study 47th Brigade battalion "
        "commander Oleksandr Shyrshyn's allegations conclude?"
    )
    assert asks_finding(long_asked)


def test_a_quote_saying_no_kind_was_given_tells_none() -> None:
    # blind59 un54: "nor the specific type of missile used" tells no missile type.
    quote = "The statement did not identify the location of the training ground, nor the specific type of missile used."
    for question in (
        "Which missile type did Russia use on the training ground on June 1",
        "what type of missile hit the training ground",
    ):
        assert asks_count_choice_or_place(question) and says_not_told(question, quote)
    assert not says_not_told("what type of drone hit the bus", quote)
    assert not says_not_told("Which missile type was used?", "An Iskander missile was used in the strike.")


def test_what_an_autopsy_said_is_a_finding() -> None:
    # blind65 ut47: "found dead after reportedly falling off his boat" tells no autopsy's finding.
    assert asks_finding("what did the autopsy say killed ivan pechorin?")
    assert not tells_finding(["Ivan Pechorin was found dead after reportedly falling off his boat."])


def test_a_reply_asked_in_lower_case_is_not_given_when_none_was_issued() -> None:
    # blind70 uy42.
    question = "how did amnesty international respond after russia labelled it an undesirable organization"
    assert says_no_reply(question, "Amnesty International has not yet issued a response.")
    assert not says_no_reply(question, "The Kremlin has not yet commented.")
