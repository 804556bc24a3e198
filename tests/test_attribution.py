"""Extraction and attribution, one construction per test, in both languages (whole pipeline)."""
import pytest

from extract_helpers import run, speaker_of, statements


NL_CASES = [
    # cue verb + dat-clause
    ("Minister Jansen zegt dat de maatregel volgend jaar wordt ingevoerd.",
     ("indirect", "de maatregel volgend jaar wordt ingevoerd", "Jansen")),
    # volgens X at the start
    ("Volgens de politie is de verdachte via de achterdeur gevlucht.",
     ("indirect", "is de verdachte via de achterdeur gevlucht", "de politie")),
    # volgens X in mid-sentence: the whole sentence
    ("De schade bedraagt volgens de gemeente ruim twee miljoen euro.",
     ("indirect", "De schade bedraagt volgens de gemeente ruim twee miljoen euro", "de gemeente")),
    # aldus X at the end
    ("De brand is onder controle, aldus de brandweer.",
     ("indirect", "De brand is onder controle", "de brandweer")),
    # infinitival complement
    ("Het ministerie meldde gisteren schade te hebben toegebracht aan een depot.",
     ("indirect", "schade te hebben toegebracht aan een depot", "Het ministerie")),
    # direct quote with inverted subject
    ('"De situatie is instabiel", zegt een legerwoordvoerder.',
     ("direct", "De situatie is instabiel", "een legerwoordvoerder")),
    # colon frame
    ("Burgemeester De Vries: ,,We gaan dit niet accepteren.''",
     ("direct", "We gaan dit niet accepteren.", "De Vries")),
]

EN_CASES = [
    # reported clauses without "that" that the parser did not hang on the cue
    ("Market trader Bilal Hussain told the BBC he had lost stock worth about 6,000 pounds.",
     ("indirect", "he had lost stock worth about 6,000 pounds", "Bilal Hussain")),
    ("Her lawyer, Angela Ruiz, said her client had no memory of the attack.",
     ("indirect", "her client had no memory of the attack", "Angela Ruiz")),
    # a reported clause runs on past "in" (only "in the words of" is a source phrase) and over a partial quote
    ('Councillor Nadia Qureshi said the council had "followed every rule in the book" when it installed the signs.',
     ("mixed", 'the council had "followed every rule in the book" when it installed the signs', "Nadia Qureshi")),
    # a trailing cue followed by a participle clause
    ("Solway Ferries will suspend its winter crossings from November, the company confirmed on Tuesday, ending a "
     "service that began in 1987.",
     ("indirect", "Solway Ferries will suspend its winter crossings from November", "the company")),
    # "disputes that," is a demonstrative: the clause after the comma has its own cue and speaker
    ("The parish council disputes that, and the spokeswoman acknowledged that the surgery was told in February.",
     ("indirect", "the surgery was told in February", "the spokeswoman")),
    ("The mayor said that the bridge would reopen on Monday.",
     ("indirect", "the bridge would reopen on Monday", "The mayor")),
    ("The mayor said the bridge would reopen on Monday.",
     ("indirect", "the bridge would reopen on Monday", "The mayor")),
    ("According to the police, the suspect fled through the back door.",
     ("indirect", "the suspect fled through the back door", "the police")),
    ("The suspect fled through the back door, according to the police.",
     ("indirect", "The suspect fled through the back door", "the police")),
    ('"We will rebuild," Sarah Jones said.', ("direct", "We will rebuild", "Sarah Jones")),
    ('Jones told reporters that the plant would close by March.',
     ("indirect", "the plant would close by March", "Jones")),
    ('Hill: "It is absurd."', ("direct", "It is absurd.", "Hill")),
]


@pytest.mark.parametrize("text,expected", NL_CASES)
def test_dutch_constructions(text, expected):
    assert expected in statements(text, "nl")


@pytest.mark.parametrize("text,expected", EN_CASES)
def test_english_constructions(text, expected):
    assert expected in statements(text, "en")


def test_anaphoric_attribution_dutch():
    text = "Russische troepen hebben de buitenwijken van de stad bereikt. Dat heeft het Oekraïense leger bekendgemaakt."
    got = statements(text, "nl")
    assert got == [("indirect", "Russische troepen hebben de buitenwijken van de stad bereikt", "het Oekraïense leger")]
    assert run(text, "nl")["claims"][0]["cue"]["lemma"] == "bekendmaken"


def test_anaphoric_attribution_english():
    text = "The factory will close next spring. That is what the ministry said on Tuesday."
    assert statements(text, "en") == [("indirect", "The factory will close next spring", "the ministry")]


def test_split_quote_gives_two_statements_with_one_speaker():
    text = '"Het is bizar", zegt advocaat Gerald Roethof. "Mijn cliënt heeft niets gedaan."'
    got = statements(text, "en" if False else "nl")
    assert [g[1] for g in got] == ["Het is bizar", "Mijn cliënt heeft niets gedaan."]
    assert {g[2] for g in got} == {"Gerald Roethof"}


def test_english_split_quote_around_attribution():
    text = '"We offered a fair deal," said Dana Whitcomb, "and they walked away from it."'
    got = statements(text, "en")
    assert [g[1] for g in got] == ["We offered a fair deal", "and they walked away from it."]
    assert {g[2] for g in got} == {"Dana Whitcomb"}


def test_floating_quote_takes_the_previous_speaker():
    text = ('Wethouder Karin Bos zegt dat de bouw in mei begint.\n\n'
            '"Het wordt een lastige zomer voor de buurt. Maar het is nodig."')
    got = statements(text, "nl")
    assert got[-1] == ("direct", "Het wordt een lastige zomer voor de buurt. Maar het is nodig.", "Karin Bos")


def test_scare_quotes_and_titles_are_not_statements():
    text = ('Het kabinet presenteerde gisteren een zogeheten "vredesplan". '
            "De documentaire 'Het Verzet' wordt vanavond uitgezonden.")
    assert statements(text, "nl") == []


def test_headline_with_colon_attribution():
    text = "Zelensky: zware week voor de boeg\n\nDe Oekraïense president sprak gisteren in Kyiv."
    assert ("direct", "zware week voor de boeg", "Zelensky") in statements(text, "nl")


def test_text_without_statements():
    text = "Ajax heeft zondag met 3-1 gewonnen van PSV. De thuisploeg was de hele wedstrijd sterker."
    assert statements(text, "nl") == []


def test_unattributed_quote_has_no_speaker():
    text = 'Op het spandoek stond: de buurt is van ons.\n\n"Dit is een schande voor de hele stad en iedereen weet het."'
    got = statements(text, "nl")
    assert got and got[-1][2] is None


@pytest.mark.parametrize("text,lang,expected", [
    ("PARIS, Oct 3 (Reuters) - The former commander said the withdrawal came too late.", "en",
     ("indirect", "the withdrawal came too late", "The former commander")),
    ("AMSTERDAM (ANP) - De minister zegt dat het plan doorgaat.", "nl", ("indirect", "het plan doorgaat", "De minister")),
    ("Calder Holt in talks to buy Vermeer\n\nLONDON, March 4 (Reuters) - British group Calder Holt is in talks to buy "
     "Vermeer, according to three people familiar with the matter.", "en",
     ("indirect", "British group Calder Holt is in talks to buy Vermeer", "three people familiar with the matter")),
])
def test_wire_dateline_is_not_part_of_the_sentence(text, lang, expected):
    assert statements(text, lang) == [expected]


def test_question_and_answer_interview():
    text = ("Huisarts Femke Oosterhuis: 'Ik stuur elke week patiënten weg'\n\n"
            "Femke Oosterhuis heeft al negentien jaar een praktijk in Emmen.\n\n"
            "Hoeveel mensen heeft u moeten weigeren?\n\n"
            "Zeker veertig. Vaak gaat het om jonge gezinnen die net zijn verhuisd.\n\n"
            "Wat moet de minister doen?\n\n"
            "De vergoeding voor praktijken in krimpregio's verhogen.")
    got = statements(text, "nl")
    answers = [g for g in got if g[1].startswith(("Zeker veertig", "De vergoeding"))]
    assert [a[2] for a in answers] == ["Femke Oosterhuis", "Femke Oosterhuis"]
    assert not any(g[1].endswith("?") for g in got)


def test_person_introduced_before_a_quote_is_its_speaker():
    text = ("De eerste turbine moet in 2027 draaien.\n\n"
            'Een boer die grond verhuurt, wil zijn naam niet in de krant. "Ik krijg nu al boze blikken in de supermarkt."')
    got = statements(text, "nl")
    assert got == [("direct", "Ik krijg nu al boze blikken in de supermarkt.", "Een boer die grond verhuurt")]


def test_a_name_inside_the_content_is_not_the_source():
    text = "Voltaris had also considered sites in Spain, two people briefed on the talks said."
    sp = speaker_of(text, "en", "Voltaris had also considered sites in Spain")
    assert sp["name"] == "two people briefed on the talks" and sp["anonymous"] is True


def test_whitespace_tokens_never_break_content_spans():
    from claims.attribution import _subtree_chars
    from claims.lang import load_language
    from claims.parse import load_pipeline
    from claims.textview import TextView
    doc = load_pipeline("en")("He said so.\n\n\n“Yes.”\n\nShe said that it was fine.\n\n")
    view = TextView(doc, load_language("en"), [])
    for tok in doc:
        a, b = _subtree_chars(view, tok)
        assert 0 <= a <= b <= len(doc.text)


def test_a_name_opening_the_sentence_before_a_quote_introduces_its_speaker():
    text = ("De universiteit heeft maatregelen genomen.\n\nPieter Nauta, directeur van studentenhuisvester Stadsruim, "
            "ziet het probleem al jaren aankomen. “Wij bouwen per jaar zo'n driehonderd kamers. De vraag groeit "
            "met duizend per jaar.”")
    claim = "Wij bouwen per jaar zo'n driehonderd kamers. De vraag groeit met duizend per jaar."
    assert speaker_of(text, "nl", claim)["name"] == "Pieter Nauta"


def test_a_quote_ending_in_a_comma_runs_on_into_its_attribution():
    text = ('"Patient safety is our first priority, and we are acting out of caution," Chief Executive Mette '
            'Lindqvist said in a statement. She added that no deaths had been reported.')
    doc = run(text, "en")
    quote = next(c for c in doc["claims"] if c["kind"] == "direct")
    assert quote["speaker"]["text"] == "Chief Executive Mette Lindqvist"
    assert quote["cue"]["text"] == "said"


def test_a_long_unnamed_source_after_the_content():
    text = ("The company has received 37 reports of patients with low blood sugar that may be linked to the "
            "fault, people familiar with the matter said.")
    sp = speaker_of(text, "en", "The company has received 37 reports of patients with low blood sugar that may "
                                "be linked to the fault")
    assert sp["name"] == "people familiar with the matter" and sp["anonymous"]


def test_relative_that_and_subordinate_cues_and_appositive_names():
    text = ("The Financial Courier reported last week that Calder Holt had hired advisers to look at targets in "
            "Germany.")
    assert speaker_of(text, "en", "Calder Holt had hired advisers to look at targets in Germany")["name"] == \
        "Financial Courier"
    text = ("The mayor of Harwick, Dennis Oyelaran, announced on Monday that he would step down at the end of the "
            "month, days after a council inquiry criticised his handling of a contract.")
    doc = run(text, "en")
    assert len(doc["claims"]) == 1
    assert doc["speakers"][0]["name"] == "Dennis Oyelaran"


def test_a_possessor_is_not_the_person_it_owns():
    text = ("Calder Holt’s Chief Executive Martin Greaves told analysts that the group was looking for "
            "acquisitions. Later, Calder Holt confirmed that it was in discussions about an offer.")
    a = speaker_of(text, "en", "the group was looking for acquisitions")
    b = speaker_of(text, "en", "it was in discussions about an offer")
    assert (a["name"], b["name"]) == ("Martin Greaves", "Calder Holt")


def test_one_of_them_named_in_apposition_is_the_source():
    text = "Bij de brand raakten twee bewoners lichtgewond. Een van hen, Ria Verhoeven, zei na afloop dat ze slecht slaapt."
    assert speaker_of(text, "nl", "ze slecht slaapt")["name"] == "Ria Verhoeven"


@pytest.mark.parametrize("text,content", [
    ("A federal mediator is expected to join the talks on Thursday, according to a person familiar with the "
     "negotiations who was not authorized to speak publicly.", "A federal mediator is expected to join the talks on Thursday"),
    ("A footbridge was reportedly swept away overnight, according to the parish council, although this could not "
     "be independently verified.", "A footbridge was reportedly swept away overnight"),
])
def test_a_trailing_according_to_leaves_what_follows_its_source(text, content):
    assert [s[1] for s in statements(text, "en")] == [content]


def test_the_addressee_of_told_is_not_the_source_even_without_a_subject_in_the_parse():
    text = "Hereford resident Pat Donnelly told the BBC the water had reached her front step by 10 o’clock."
    assert speaker_of(text, "en", "the water had reached her front step by 10 o’clock")["name"] == "Pat Donnelly"


@pytest.mark.parametrize("text,lang,expected", [
    ("Brennock Biscuits will close its factory in Halifax next year, the company confirmed on Thursday, three days "
     "after dismissing a report of the closure.", "en",
     [("indirect", "Brennock Biscuits will close its factory in Halifax next year", "the company")]),
    ("Hij zou een donkere jas hebben gedragen, meldt de politie, die getuigen oproept zich te melden.", "nl",
     [("indirect", "Hij zou een donkere jas hebben gedragen", "de politie")]),
    ("Longarts Bart Verhulst, die niet bij de studie betrokken was, noemt de uitkomsten ,,overtuigend, maar geen "
     "reden om nu massaal te verhuizen''.", "nl",
     # the object and the quote that characterises it are one mixed statement (the annotation scheme)
     [("mixed", "de uitkomsten ,,overtuigend, maar geen reden om nu massaal te verhuizen''", "Bart Verhulst")]),
])
def test_trailing_attributions_and_what_may_follow_them(text, lang, expected):
    assert statements(text, lang) == expected


def test_a_quote_opening_with_this_is_not_an_anaphoric_attribution():
    text = ("A doctor at the regional hospital, speaking on condition of anonymity, said the hospital had admitted "
            "about thirty wounded people.\n\n“This is a lie told to cover up a crime,” Foreign Minister Elena Varga "
            "said in a televised address.")
    found = statements(text, "en")
    assert ("indirect", "the hospital had admitted about thirty wounded people", "A doctor at the regional hospital") in found
    assert ("direct", "This is a lie told to cover up a crime", "Elena Varga") in found


def test_an_interviewer_prompt_that_is_no_question_still_introduces_an_answer():
    text = ("Dijkgraaf Marieke Hoekstra: 'We kunnen niet overal het peil vasthouden'\n\n"
            "Marieke Hoekstra is sinds vorig jaar dijkgraaf.\n\n"
            "Hoe ernstig is het?\n\n"
            "Ernstiger dan de meeste mensen denken.\n\n"
            "Boeren zeggen dat u te weinig doet om water vast te houden.\n\n"
            "Dat begrijp ik, maar het klopt niet. We hebben ruim 400 stuwen geplaatst.\n\n"
            "Gaat u het beregenen verbieden?\n\n"
            "Niet overal.")
    got = statements(text, "nl")
    assert ("direct", "Dat begrijp ik, maar het klopt niet. We hebben ruim 400 stuwen geplaatst.",
            "Marieke Hoekstra") in got


@pytest.mark.parametrize("text,lang,expected", [
    ("The mayor resigned on Monday. Mr Oyelaran is said to have been under pressure from senior councillors.", "en",
     ("indirect", "Mr Oyelaran is said to have been under pressure from senior councillors", None)),
    ("Er woedt een grote brand in Deventer. De brand zou zijn begonnen in een opslagruimte met gasflessen.", "nl",
     ("indirect", "De brand zou zijn begonnen in een opslagruimte met gasflessen", None)),
])
def test_a_reportive_hedge_makes_a_statement_of_unnamed_origin(text, lang, expected):
    assert expected in statements(text, lang)


def test_plain_narration_and_future_in_the_past_are_no_reports():
    assert statements("De brandweer was snel ter plaatse. Het vuur was om middernacht onder controle.", "nl") == []
    assert statements("Hij wist toen nog niet dat hij burgemeester zou worden.", "nl") == []


def test_a_cue_parsed_as_a_modifier_before_its_complementizer_is_still_a_cue():
    text = "De club bevestigde zondagavond dat uit een scan is gebleken dat Brink een kneuzing heeft."
    assert statements(text, "nl") == [("indirect", "uit een scan is gebleken dat Brink een kneuzing heeft", "De club")]
    assert statements("De bevestigde cijfers liggen hoger dan verwacht.", "nl") == []


def test_a_fronted_time_is_not_a_source_in_apposition():
    text = "On Thursday, Brennock confirmed that it would close the Halifax factory."
    assert speaker_of(text, "en", "it would close the Halifax factory")["name"] == "Brennock"
