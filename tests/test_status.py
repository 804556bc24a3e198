"""Status and evidence: hedges, non-confirmation, denial, confirmation, corroboration, anonymity."""
import pytest

from extract_helpers import run


def evidence_of(text, lang, claim_text):
    for c in run(text, lang)["claims"]:
        if c["text"] == claim_text:
            return c["status"], {e["type"]: e["text"] for e in c["evidence"]}
    raise AssertionError([c["text"] for c in run(text, lang)["claims"]])


def test_single_source_is_unconfirmed_by_default():
    status, ev = evidence_of("De gemeente zegt dat de brug maandag opengaat.", "nl", "de brug maandag opengaat")
    assert status == "unconfirmed" and "single_source" in ev


@pytest.mark.parametrize("text,claim,hedge", [
    ("Volgens ingewijden zou de minister hebben ingestemd met het plan.",
     "zou de minister hebben ingestemd met het plan", "zou de minister hebben"),
    ("Volgens de krant is de directeur naar verluidt al vertrokken.",
     "is de directeur naar verluidt al vertrokken", "naar verluidt"),
    ("The company reportedly paid the fine, according to two people familiar with the matter.",
     "The company reportedly paid the fine", "reportedly"),
])
def test_hedges(text, claim, hedge):
    lang = "en" if "according" in text else "nl"
    status, ev = evidence_of(text, lang, claim)
    assert status == "unconfirmed"
    assert ev.get("hedge") == hedge


def test_zou_under_a_matrix_verb_is_not_a_hedge():
    status, ev = evidence_of("De minister zei dat hij later zou komen.", "nl", "hij later zou komen")
    assert "hedge" not in ev


def test_non_confirmation_by_the_other_party():
    text = ("Russische troepen hebben de buitenwijken van Toretsk bereikt. Dat heeft het Oekraïense leger "
            "bekendgemaakt.\n\nHet Russische leger heeft het nieuws over de gevechten bij Toretsk nog niet bevestigd.")
    status, ev = evidence_of(text, "nl", "Russische troepen hebben de buitenwijken van Toretsk bereikt")
    assert status == "unconfirmed"
    assert ev["not_confirmed"] == "nog niet bevestigd"
    assert len(run(text, "nl")["claims"]) == 1  # the non-confirmation is not a statement of its own


def test_could_not_be_independently_verified():
    text = ("Rebels said they had captured the airport. "
            "The claim could not be independently verified.")
    status, ev = evidence_of(text, "en", "they had captured the airport")
    assert status == "unconfirmed" and "not_confirmed" in ev


def test_confirmation_cue_confirms():
    status, ev = evidence_of("De politie bevestigt dat er twee mensen zijn aangehouden.", "nl",
                             "er twee mensen zijn aangehouden")
    assert status == "confirmed" and "confirmed" in ev


def test_english_confirmation():
    status, ev = evidence_of("The ministry confirmed that three soldiers were killed.", "en",
                             "three soldiers were killed")
    assert status == "confirmed"


def test_denial_by_another_party_is_evidence():
    text = ("Prosecutors said the minister had taken bribes worth 40,000 euros. "
            "The minister denied the allegations.")
    status, ev = evidence_of(text, "en", "the minister had taken bribes worth 40,000 euros")
    assert status == "unconfirmed" and "denied" in ev


def test_corroboration_by_two_independent_sources():
    text = ("De brandweer zegt dat bij de brand in de loods 40 koeien zijn omgekomen.\n\n"
            "Ook de eigenaar van de boerderij verklaarde dat er 40 koeien zijn omgekomen bij de brand.")
    doc = run(text, "nl")
    assert len(doc["claims"]) == 2
    for c in doc["claims"]:
        assert c["status"] == "confirmed"
        assert "corroborated" in {e["type"] for e in c["evidence"]}


def test_same_speaker_twice_does_not_corroborate():
    text = ("De brandweer zegt dat er 40 koeien zijn omgekomen. "
            "De brandweer zegt ook dat er 40 koeien zijn omgekomen bij de brand.")
    for c in run(text, "nl")["claims"]:
        assert "corroborated" not in {e["type"] for e in c["evidence"]}


def test_anonymous_source_is_recorded():
    status, ev = evidence_of('"We zijn klaar met onderhandelen", zegt een ingewijde.', "nl",
                             "We zijn klaar met onderhandelen")
    assert status == "unconfirmed" and ev["anonymous_source"] == "een ingewijde"


def test_confidence_is_a_probability_for_the_decided_status():
    for c in run("The ministry confirmed that three soldiers were killed. Rebels said they won.", "en")["claims"]:
        assert 0.0 <= c["confidence"] <= 1.0




def test_confirmation_near_the_top_confirms_the_lead_statement_it_repeats():
    text = ("Fietser zwaargewond bij aanrijding in Deventer\n\n"
            "Een 54-jarige fietser is dinsdagavond zwaargewond geraakt bij een aanrijding op de Brinkgreverweg in "
            "Deventer. Dat heeft de politie bekendgemaakt.\n\n"
            "Een woordvoerder van het Deventer Ziekenhuis bevestigt dat de vrouw zwaargewond is geraakt. "
            "Volgens buurtbewoners is het kruispunt al jaren gevaarlijk.")
    lead = ("Een 54-jarige fietser is dinsdagavond zwaargewond geraakt bij een aanrijding op de Brinkgreverweg in "
            "Deventer")
    status, ev = evidence_of(text, "nl", lead)
    assert status == "confirmed" and "confirmed" in ev
    status, ev = evidence_of(text, "nl", "is het kruispunt al jaren gevaarlijk")
    assert status == "unconfirmed"
    # a confirmation of another fact ("the woman is being treated there") leaves the lead as the police told it
    other = text.replace("de vrouw zwaargewond is geraakt", "de vrouw daar wordt behandeld")
    status, ev = evidence_of(other, "nl", lead)
    assert status == "unconfirmed" and "confirmed" not in ev


def test_confirmation_in_the_lead_sentence_is_the_same_source():
    text = ("Flu cases double in Riverside\n\n"
            "Flu cases in Riverside county have doubled since December, according to the county health office, which "
            "confirmed on Monday that a care home had closed to visitors.\n\n"
            "Doctors said waiting rooms were full.")
    status, ev = evidence_of(text, "en", "Flu cases in Riverside county have doubled since December")
    assert status == "unconfirmed" and "confirmed" not in ev


def test_confirmation_far_from_the_lead_does_not_confirm_it():
    text = ("Fietser zwaargewond bij aanrijding in Deventer\n\n"
            "Een 54-jarige fietser is dinsdagavond zwaargewond geraakt bij een aanrijding. Dat heeft de politie "
            "bekendgemaakt.\n\nHet kruispunt is berucht.\n\nVorig jaar gebeurden er vier ongelukken.\n\n"
            "De gemeente heeft een nieuw verkeersplan.\n\n"
            "De gemeente bevestigt dat de verkeerslichten volgend jaar worden vervangen.")
    status, ev = evidence_of(text, "nl", "Een 54-jarige fietser is dinsdagavond zwaargewond geraakt bij een aanrijding")
    assert status == "unconfirmed"


def test_a_confirmation_links_to_the_statement_it_paraphrases():
    text = ("Gemeente bouwt nieuwe sporthal\n\n"
            "Wethouder Jansen zegt dat de gemeente 12 miljoen euro in de nieuwe sporthal steekt. "
            "Volgens de sportbond is de oude hal al jaren te klein.\n\n"
            "Het college bevestigt dat er voor de sporthal 12 miljoen euro is gereserveerd.")
    status, ev = evidence_of(text, "nl", "de gemeente 12 miljoen euro in de nieuwe sporthal steekt")
    assert status == "confirmed"
    status, ev = evidence_of(text, "nl", "is de oude hal al jaren te klein")
    assert status == "unconfirmed"


def test_a_clear_repeat_far_up_is_confirmed_but_other_figures_are_not():
    text = ("Trainer blijft\n\n"
            "Trainer Ruud Kamp zegt dat spits Daan Veld in januari heeft bijgetekend tot de zomer van 2028.\n\n"
            "Kamp wil kampioen worden.\n\nDe selectie is breed.\n\nHet publiek is enthousiast.\n\n"
            "Een woordvoerder van de club bevestigt dat Veld in januari tot de zomer van 2028 heeft bijgetekend.")
    status, ev = evidence_of(text, "nl", "spits Daan Veld in januari heeft bijgetekend tot de zomer van 2028")
    assert status == "confirmed" and "confirmed" in ev
    text = text.replace("zomer van 2028.\n\nKamp", "zomer van 2027.\n\nKamp")
    status, ev = evidence_of(text, "nl", "spits Daan Veld in januari heeft bijgetekend tot de zomer van 2027")
    assert status == "unconfirmed"


def test_a_figure_with_its_multiplier_is_one_figure():
    from claims.figures import Figure, figures_differ

    def figs(text, lang="nl"):
        return [Figure(v, k, a, True) for v, k, a in _figures(text, lang)]
    assert figures_differ(figs("240 miljoen euro"), figs("15 miljoen euro"))
    assert not figures_differ(figs("twee jaar"), figs("in 2026 en 2027"))
    assert not figures_differ(figs("£2,340", "en"), figs("a claim for £2.340", "en"))


def test_an_anaphoric_confirmation_confirms_the_statement_just_before():
    text = ("Count night in Mersea\n\n"
            "Reform UK's candidate is said to be narrowly ahead in Mersea.\n\n"
            "A BBC correspondent at the count reported that early sampling showed two parties level in the town "
            "wards. A Reform spokesman later confirmed the report.")
    status, ev = evidence_of(text, "en", "early sampling showed two parties level in the town wards")
    assert status == "confirmed" and ev["confirmed"] == "A Reform spokesman later confirmed the report"


def test_an_admission_covers_the_whole_account_just_before():
    text = ("Organist neemt afscheid\n\n"
            "Dominee Marleen de Jong zegt dat Postma haar in de eerste week al corrigeerde. 'Ik had een lied "
            "gekozen dat niet bij de lezing paste.' Postma geeft dat lachend toe.")
    for claim in ("Postma haar in de eerste week al corrigeerde", "Ik had een lied gekozen dat niet bij de lezing paste."):
        status, ev = evidence_of(text, "nl", claim)
        assert status == "confirmed", claim


def test_one_sentence_of_a_longer_quote_corroborates_with_its_own_polarity():
    text = ("Minister refers himself to watchdog\n\n"
            "Transport minister Graham Tolley said he would refer himself to the standards commissioner.\n\n"
            "The prime minister's spokesman told reporters: \"The minister has referred himself to the "
            "commissioner, which is the right thing to do. We won't comment further while that process is under "
            "way.\"")
    status, ev = evidence_of(text, "en", "he would refer himself to the standards commissioner")
    assert status == "confirmed" and "corroborated" in ev
    negated = text.replace("The minister has referred himself", "The minister has not referred himself")
    status, ev = evidence_of(negated, "en", "he would refer himself to the standards commissioner")
    assert status == "unconfirmed"


def _figures(text, lang):
    from claims.lang import load_language
    from claims.parse import load_pipeline
    from claims.figures import figures
    from claims.textview import TextView
    view = TextView(load_pipeline(lang)(text), load_language(lang), [])
    return [(round(f.value, 3), f.kind, f.approx) for f in figures(view, 0, len(text))]


def test_figures_in_words_digits_shares_and_years():
    assert _figures("a loss of £4.6m, a little over four and a half million pounds, about 70% of it, "
                    "a little over two thirds, in 2016", "en") == [
        (4600000, "count", False), (4500000, "count", True), (0.7, "share", True), (0.667, "share", True),
        (2016, "year", False)]
    assert _figures("212 banen, ruim tweehonderd mensen, 18 procent en 2,5 miljoen euro", "nl") == [
        (212, "count", False), (200, "count", True), (0.18, "share", False), (2500000, "count", False)]


def test_a_duration_in_other_units_is_the_same_figure_but_a_common_one_is_not_a_fact():
    from claims.figures import Figure, same_figure
    assert _figures("stopped us for six weeks, a 41-day suspension", "en") == [(42, "duration", False),
                                                                           (41, "duration", False)]
    weeks, days = Figure(42, "duration", False, False, "weeks", 6), Figure(41, "duration", False, True, "day", 41)
    assert same_figure([weeks], [days])
    two_years = Figure(730, "duration", False, False, "jaar", 2)
    assert not same_figure([two_years], [two_years])


def test_a_ratio_is_a_share_not_its_two_numbers():
    """"six in ten", "zes op de tien": a share of 0.6, not the counts 6 and 10 (a statement about "ten cents"
    shares no figure with it); a year after "in" is no ratio."""
    assert _figures("six in ten voters, 1 in 10,000 people, two in 2020", "en") == [
        (0.6, "share", False), (0.0, "share", False), (2, "count", False), (2020, "year", False)]
    assert _figures("zes op de tien Nederlanders", "nl") == [(0.6, "share", False)]


def test_a_number_with_a_thousands_separator_is_no_year():
    assert _figures("may exceed 2,000 cases, in 2016", "en") == [(2000, "count", False), (2016, "year", False)]
    assert _figures("boven de 2.000 besmettingen", "nl") == [(2000, "count", False)]


def test_dates_versions_and_addresses_are_no_figures():
    assert _figures("op 12.03.2024 via 10.0.0.1 in versie 1.2.3", "nl") == []


def test_an_approximate_figure_agrees_only_when_it_says_so():
    from claims.figures import Figure, agree
    assert agree(Figure(212, "count", False, True), Figure(200, "count", True, False))
    assert not agree(Figure(212, "count", False, True), Figure(200, "count", False, False))
    assert not agree(Figure(2026, "year", True, True), Figure(2027, "year", False, True))


def test_the_same_figure_in_other_words_corroborates():
    text = ("Kaasfabriek dicht\n\n"
            "Volgens Noordmelk verdwijnen er 212 arbeidsplaatsen.\n\n"
            "Vakbond FNV is boos. ,,Ruim tweehonderd mensen raken hun baan kwijt'', zegt bestuurder Marieke Dijkstra.")
    status, ev = evidence_of(text, "nl", "verdwijnen er 212 arbeidsplaatsen")
    assert status == "confirmed" and "corroborated" in ev
    text = text.replace("Ruim tweehonderd", "Honderdvijftig")
    status, ev = evidence_of(text, "nl", "verdwijnen er 212 arbeidsplaatsen")
    assert status == "unconfirmed"


def test_a_liveblog_heading_does_not_corroborate_its_own_entry_but_shares_its_status():
    text = ("LIVE | Debat over de notitie\n\n"
            "20.05 Oppositie: 'Minister heeft Kamer misleid'\n\n"
            "Kamerlid Yara Bouzid zegt dat de minister de Kamer heeft misleid.")
    for claim in ("Minister heeft Kamer misleid", "de minister de Kamer heeft misleid"):
        status, ev = evidence_of(text, "nl", claim)
        assert status == "unconfirmed", claim
    text = text.replace("heeft misleid.", "heeft misleid. Premier Ruud Hendriks bevestigt dat de minister de Kamer "
                        "heeft misleid.")
    status, ev = evidence_of(text, "nl", "Minister heeft Kamer misleid")
    assert status == "confirmed"


def test_a_liveblog_is_read_newest_first_for_later_confirmations():
    def liveblog(first, second):
        return ("LIVE | Debat over de notitie\n\n"
                f"{first} Van Dalen geeft fout toe\n\n"
                "Minister Van Dalen erkent dat ze de ambtelijke notitie op 3 maart al had gelezen.\n\n"
                f"{second} Debat begonnen\n\n"
                "RTL Nieuws meldde vorige week dat Van Dalen de notitie al begin maart kende. Het ministerie "
                "ontkende dat bericht toen.")
    claim = "Van Dalen de notitie al begin maart kende"
    status, ev = evidence_of(liveblog("20.30", "19.20"), "nl", claim)  # newest first: the admission came last
    assert status == "confirmed" and "denied" in ev
    status, ev = evidence_of(liveblog("19.20", "20.30"), "nl", claim)  # oldest first: the denial came last
    assert status == "unconfirmed" and "denied" in ev


def test_a_document_check_confirms_the_statement_before_it_despite_a_denial():
    text = ("Kaasfabriek dicht\n\n"
            "Noordmelk sluit haar kaasfabriek in Veendam. Directeur Harm Wiersma ontkent dat het besluit al "
            "maanden klaarlag.\n\n"
            "Volgens bestuurder Marieke Dijkstra lag het besluit al maanden klaar. Uit een interne presentatie van "
            "april, die deze krant heeft ingezien, blijkt dat het bestuur de sluiting toen al als voorkeur "
            "aanmerkte.")
    status, ev = evidence_of(text, "nl", "lag het besluit al maanden klaar")
    assert status == "confirmed" and ev["confirmed"] == "deze krant heeft ingezien"


def test_a_second_party_also_denying_the_same_report_corroborates_the_denial():
    text = ("Talks in Geneva\n\n"
            "Reports on social media that the Ukrainian delegation had walked out of the talks are false, according "
            "to the Swiss foreign ministry. A Ukrainian delegate, reached by phone, also dismissed the reports as "
            "fake.")
    claim = "Reports on social media that the Ukrainian delegation had walked out of the talks are false"
    status, ev = evidence_of(text, "en", claim)
    assert status == "confirmed" and "corroborated" in ev
    status, ev = evidence_of(text.replace(" also ", " "), "en", claim)
    assert status == "unconfirmed" and "denied" in ev


def test_a_negated_verification_is_a_non_confirmation():
    text = ("Protest in Severnside\n\n"
            "About 300 people had gathered outside City Hall by 17:00. That is what Severnside Police said. "
            "Neither figure could be independently verified.")
    status, ev = evidence_of(text, "en", "About 300 people had gathered outside City Hall by 17:00")
    assert status == "unconfirmed" and "confirmed" not in ev and "not_confirmed" in ev


def test_a_check_of_the_reporters_own_sentence_does_not_confirm_the_quote_before_it():
    text = ("A hidden sign\n\n"
            "Tom Ellery was fined three times. \"You would need to be a squirrel to see it,\" he said.\n\n"
            "The sign is partly hidden by the branches of a lime tree. This newspaper was able to verify that on a "
            "visit on Tuesday.")
    status, ev = evidence_of(text, "en", "You would need to be a squirrel to see it")
    assert status == "unconfirmed"
    text = text.replace('"You would', '"It is behind a tree," he said. "You would')
    status, ev = evidence_of(text, "en", "It is behind a tree")
    assert status == "confirmed" and "verify" in ev["confirmed"]


def test_a_confirmation_of_few_words_is_read_with_its_sentence():
    text = ("Rare beetle back in Scotland\n\n"
            "Walkers will be kept off the moor this summer, the estate said on Monday.\n\n"
            "The Northern Institute said that its researchers had found three specimens of the lesser bog diver near "
            "Altnaharra. The survey took place last August. Drainage ditches on the site were blocked in 2015. The "
            "estate has kept cattle away. Local walkers often cross the moor. The nearest village is eight miles "
            "away.\n\n"
            "Specialists at the national museum, who examined the specimens of the bog diver independently, "
            "confirmed that they belonged to the species.")
    status, ev = evidence_of(text, "en", "its researchers had found three specimens of the lesser bog diver near Altnaharra")
    assert status == "confirmed"
    status, ev = evidence_of(text, "en", "Walkers will be kept off the moor this summer")
    assert status == "unconfirmed"


def test_zou_under_a_matrix_verb_is_no_hedge_and_a_confirmation_can_point_back():
    text = ("Gesprekken in Genève\n\n"
            "De vredesgesprekken in Genève zijn zonder resultaat geëindigd, meldt het Zwitserse ministerie.\n\n"
            "Het overleg duurde twee dagen.\n\nDe sfeer was gespannen.\n\n"
            "Volgens een Europese diplomaat eiste de Russische delegatie op de tweede dag dat eerst alle westerse "
            "sancties zouden worden opgeschort. Hrytsenko bevestigt in een gesprek met deze krant dat Moskou die eis "
            "op tafel legde.")
    claim = ("eiste de Russische delegatie op de tweede dag dat eerst alle westerse sancties zouden worden "
             "opgeschort")
    status, ev = evidence_of(text, "nl", claim)
    assert "hedge" not in ev and status == "confirmed"
    status, ev = evidence_of(text.replace("die eis", "een eis"), "nl", claim)
    assert status == "unconfirmed"
    status, ev = evidence_of("Volgens ingewijden zou de minister hebben ingestemd met het plan.", "nl",
                             "zou de minister hebben ingestemd met het plan")
    assert "hedge" in ev


def test_accepting_that_is_an_admission_but_accepting_jobs_confirms_nothing():
    status, ev = evidence_of("Ms Qureshi later accepted that the branches should have been cut back.", "en",
                             "the branches should have been cut back")
    assert status == "confirmed" and ev["confirmed"] == "accepted"
    text = ("Biscuit factory to close\n\n"
            "The company said every employee would be offered a job in Corby. It did not say how many staff had "
            "already accepted jobs in Corby.")
    status, ev = evidence_of(text, "en", "every employee would be offered a job in Corby")
    assert status == "unconfirmed"


def test_content_overlap_matches_compounds_and_refuses_other_numbers():
    from claims.status import content_overlap
    sentences = [[("scholen", "school")], [("euro", "euro")], [("zomer", "zomer")]]
    a = [("#23", "#23"), ("basisscholen", "basisscholen"), ("zomer", "zomer")]
    b = [("#23", "#23"), ("scholen", "school")]
    assert content_overlap(a, b, sentences) > 0.5
    assert content_overlap([("#240", "#240"), ("euro", "euro")], [("#15", "#15"), ("euro", "euro")], sentences) == 0.0


def test_numbers_are_normalised():
    from claims.figures import normal_number
    assert normal_number("1.400") == normal_number("1,400") == "1400"
    assert normal_number("1,4") == normal_number("1.4") == "1.4"


def test_paraphrase_with_the_same_numbers_and_nouns_corroborates():
    text = ("Ambulances langer onderweg\n\n"
            "Hoogleraar Pieter Smits zegt dat de gemiddelde aanrijtijd in de nacht met twaalf minuten toeneemt.\n\n"
            "Ook de regionale ambulancedienst verwacht dat ambulances 's nachts gemiddeld twaalf minuten langer "
            "onderweg zijn.")
    doc = run(text, "nl")
    assert len(doc["claims"]) == 2
    for c in doc["claims"]:
        assert "corroborated" in {e["type"] for e in c["evidence"]}, c["text"]


def test_a_hedged_statement_stays_unconfirmed():
    text = ("The striker is said to have agreed terms with the club, according to people familiar with the talks. "
            "The club confirmed that talks had taken place.")
    status, ev = evidence_of(text, "en", "The striker is said to have agreed terms with the club")
    assert status == "unconfirmed" and "hedge" in ev


def test_agreement_in_so_many_words_corroborates_the_nearest_statement():
    text = ("Opnieuw brand in schuur\n\n"
            "In een schuur aan de Dorpsstraat in Ede is maandagnacht brand uitgebroken. Dat meldt de brandweer. "
            "Volgens de brandweer is het de vierde brand in deze straat sinds de zomer. Een buurman zegt dat het "
            "inderdaad al de vierde keer is dat hij de sirenes hoort.")
    status, ev = evidence_of(text, "nl", "het inderdaad al de vierde keer is dat hij de sirenes hoort")
    assert status == "confirmed" and "corroborated" in ev
    status, ev = evidence_of(text, "nl", "is het de vierde brand in deze straat sinds de zomer")
    assert status == "confirmed" and "corroborated" in ev
    status, ev = evidence_of(text, "nl", "In een schuur aan de Dorpsstraat in Ede is maandagnacht brand uitgebroken")
    assert "corroborated" not in ev


def test_a_headline_quote_does_not_corroborate_its_own_repeat():
    text = ("Onderzoeker: 'We bouwen alsof er geen zee is'\n\n"
            "Hoogleraar Anna de Wit maakt zich zorgen. 'We bouwen alsof er geen zee is', zegt De Wit.")
    for c in run(text, "nl")["claims"]:
        assert "corroborated" not in {e["type"] for e in c["evidence"]}, c["text"]


def test_own_confirmation_is_not_undone_by_a_no_comment_elsewhere():
    text = ("The port authority confirmed that ships were being diverted to Halifax. "
            "The union did not respond to a request for comment.")
    status, ev = evidence_of(text, "en", "ships were being diverted to Halifax")
    assert status == "confirmed"


def test_a_denial_in_other_words_is_no_corroboration():
    from extract_helpers import run
    text = ("The parish council confirmed that it had received the £21,000. The auditor, Fenland Audit Services, "
            "said it had never received them.")
    doc = run(text, "en")
    never = next(c for c in doc["claims"] if c["text"] == "it had never received them")
    assert "corroborated" not in {e["type"] for e in never["evidence"]}
    assert never["status"] == "unconfirmed"


def test_also_on_the_cue_of_a_second_source_corroborates():
    from extract_helpers import run
    text = ("Het Nederlands Forensisch Instituut meldt dat de brand met benzine is aangestoken. "
            "Ook de brandweer concludeerde eerder dat er benzine als brandversneller was gebruikt.")
    doc = run(text, "nl")
    assert all(c["status"] == "confirmed" for c in doc["claims"]), doc["claims"]


def test_the_party_concerned_confirming_late_confirms_the_lead():
    from extract_helpers import run
    text = ("British engineering group Calder Holt is in advanced talks to buy gearbox maker Vermeer, according to "
            "three people familiar with the matter.\n\nShares in Vermeer closed 14% higher.\n\nThe union said it was "
            "concerned about the factory in Hengelo.\n\nUnion official Marloes Timmer said jobs came first.\n\n"
            "UPDATE: Later on Tuesday, Calder Holt confirmed in a statement to the London Stock Exchange that it was "
            "in discussions about a possible offer for Vermeer.")
    doc = run(text, "en")
    lead = doc["claims"][0]
    assert lead["text"].startswith("British engineering group Calder Holt")
    assert lead["status"] == "confirmed"
    assert "confirmed" in {e["type"] for e in lead["evidence"]}


def test_confirming_a_thing_by_name_confirms_the_statement_that_names_it():
    from extract_helpers import run
    text = ("LONDON, Feb 19 (Reuters) - Danish drugmaker Halvorsen Pharma is recalling 1.4 million insulin pens "
            "sold in Europe after a dosing fault, the company said on Wednesday.\n\n"
            "Britain's medicines regulator confirmed the recall and said patients should not stop using their pens.\n\n"
            "The company has received 37 reports of patients with low blood sugar, people familiar with the matter "
            "said. Halvorsen has not confirmed that figure.")
    doc = run(text, "en")
    lead, reports = doc["claims"][0], doc["claims"][-1]
    assert lead["status"] == "confirmed" and "not_confirmed" not in {e["type"] for e in lead["evidence"]}
    assert reports["status"] == "unconfirmed" and "not_confirmed" in {e["type"] for e in reports["evidence"]}


def test_a_heading_quote_and_the_body_by_the_same_source_do_not_corroborate():
    from extract_helpers import run
    text = ("LIVE | Stroomstoring in Eindhoven\n\n21.10 Enexis: 'Morgenochtend alles weer aan'\n\n"
            "Een woordvoerder van Enexis zegt dat alle huishoudens morgenochtend weer stroom hebben.\n\n"
            "20.15 Hartley: 'My door is open'\n\n")
    doc = run(text, "nl")
    assert all(c["status"] == "unconfirmed" for c in doc["claims"]), doc["claims"]


def test_a_bare_role_in_a_heading_is_the_named_holder_of_the_role():
    from extract_helpers import run
    text = ("LIVE | Brand in Deventer\n\n18.55 Burgemeester: 'Ramen en deuren dicht'\n\n"
            "Burgemeester Hanneke Voskuil roept inwoners op om ramen en deuren gesloten te houden.")
    doc = run(text, "nl")
    assert len({c["speaker_id"] for c in doc["claims"]}) == 1
    assert all(c["status"] == "unconfirmed" for c in doc["claims"])


def test_numbers_in_words_and_figures_are_the_same_number():
    from claims.lang import load_language
    from claims.figures import number_word
    nl, en = load_language("nl"), load_language("en")
    assert [number_word(w, nl) for w in ("negenhonderd", "vijfentwintig", "dertig", "huis")] == [900, 25, 30, None]
    assert [number_word(w, en) for w in ("thirty", "twenty-five", "hundred", "house")] == [30, 25, 100, None]


def test_the_reporters_own_eyes_confirm_the_lead():
    from extract_helpers import run
    text = ("KYIV (AP) — A drone strike set a fuel depot on fire overnight near Pokrovets, the regional "
            "administration said on Tuesday.\n\nAP journalists who reached the site later on Tuesday saw four "
            "burned-out storage tanks.")
    doc = run(text, "en")
    assert doc["claims"][0]["status"] == "confirmed"
    assert any(e["type"] == "confirmed" and "journalists" in e["text"] for e in doc["claims"][0]["evidence"])


@pytest.mark.parametrize("lang,text,claim,trigger", [
    ("en", "Fines and a hidden sign\n\nCouncillor Graham Pye said residents had warned officers about the tree in a "
           "consultation last autumn. Council papers from that consultation, seen by this newspaper, show that "
           "residents raised the tree.", "residents had warned officers about the tree in a consultation last autumn",
     "seen by this newspaper"),
    ("nl", "Boete door verborgen bord\n\nRaadslid Gerard Pijl zegt dat bewoners de gemeente vorig najaar voor de boom "
           "hebben gewaarschuwd. Uit stukken die deze krant inzag, blijkt dat bewoners de gemeente voor de boom "
           "hebben gewaarschuwd.", "bewoners de gemeente vorig najaar voor de boom hebben gewaarschuwd",
     "deze krant inzag"),
])
def test_documents_the_press_has_seen_confirm_the_statement(lang, text, claim, trigger):
    status, ev = evidence_of(text, lang, claim)
    assert status == "confirmed" and ev["confirmed"] == trigger


def test_documents_seen_by_this_agency_confirm_the_statement():
    text = ("Ferry losses\n\n"
            "Chief executive Moira Lindqvist told reporters that the company had lost a little over four and a half "
            "million pounds last year. Accounts filed at Companies House and seen by this agency show a pre-tax "
            "loss of £4.6m in the year to March.")
    status, ev = evidence_of(text, "en", "the company had lost a little over four and a half million pounds last year")
    assert status == "confirmed" and ev["confirmed"] == "seen by this agency"


def test_an_admission_goes_on_in_the_admitters_own_words():
    from extract_helpers import run
    text = ("Rector Jacqueline Hoogeveen erkent dat de universiteit te veel studenten heeft geworven. "
            "“Dat is een fout geweest, en die ligt bij ons”, zegt ze.")
    doc = run(text, "nl")
    assert [c["status"] for c in doc["claims"]] == ["confirmed", "confirmed"]


def test_a_later_confirmation_outweighs_an_earlier_denial():
    from extract_helpers import run
    text = ("The Northern Business Review reported on Monday that Brennock planned to close its factory in Halifax. "
            "Brennock denied the report.\n\nOn Thursday, Brennock confirmed that it would close the Halifax factory.")
    doc = run(text, "en")
    report = doc["claims"][0]
    types = [e["type"] for e in report["evidence"]]
    assert "denied" in types and "confirmed" in types
    assert report["status"] == "confirmed"


@pytest.mark.parametrize("lang,text,kept", [
    ("nl", "De weg is tot 19.00 uur dicht en per 1 januari 2027 gaat de tol omhoog met 19 procent.", [0.19]),
    ("nl", "Om 7.30 u vertrok de bus met 45 passagiers; op maandag 3 maart volgt de tweede.", [45.0]),
    ("en", "The road is closed until 7pm and from January 1st 2027 the toll rises by 19 percent.", [0.19]),
    ("en", "At 19:00 the bus left with 45 passengers; the second follows on 3 March.", [45.0]),
])
def test_times_of_day_and_dates_are_no_figures_for_status(lang, text, kept):
    """The figures the status rules compare leave times of day and dates out ("tot 19.00 uur", "per 1 januari"):
    two statements that name the same hour or day do not give the same figure."""
    import claims.api  # noqa: F401  (the pipeline, loaded)
    from claims.lang import load_language
    from claims.parse import load_pipeline, parse
    from claims.quotes import find_quotes, top_level
    from claims.status.terms import content_terms, quantities
    from claims.textview import TextView

    doc = next(iter(parse(load_pipeline(lang), [text])))
    view = TextView(doc, load_language(lang), top_level(find_quotes(text, load_language(lang))[0]))
    view.text = text
    assert [round(f.value, 4) for f in quantities(view, 0, len(text))] == kept
    numbers = {t[0] for t in content_terms(view, 0, len(text)) if t[0].startswith("#")}
    assert numbers == {f"#{int(v * 100) if v < 1 else int(v)}" for v in kept}


def test_two_forms_of_one_word_are_one_shared_term():
    from claims.status.terms import shared_terms
    a = [("attack", "attack"), ("attacks", "attack"), ("harbour", "harbour")]
    assert shared_terms(a, [("attack", "attack")]) == 1
    assert shared_terms(a, [("aanval", "aanval"), ("harbour", "harbour"), ("attacked", "attack")]) == 2


def test_a_shared_bound_does_not_make_two_differing_counts_one_fact():
    from claims.figures import Figure, figures_differ
    bound = Figure(12.0, "count", True, True)
    assert figures_differ([Figure(14.0, "count", False, True), bound], [Figure(212.0, "count", False, True), bound])
    assert not figures_differ([Figure(212.0, "count", False, True), bound], [Figure(212.0, "count", False, True)])
    assert not figures_differ([Figure(300.0, "count", True, True)], [Figure(300.0, "count", False, True), bound])


@pytest.mark.parametrize("lang,text", [
    ("en", "The club is in talks to sell its stadium, the Evening Star reported.\n\nA club spokesman could neither "
           "confirm nor deny the report."),
    ("nl", "De club praat over de verkoop van het stadion, meldt het Dagblad.\n\nEen woordvoerder van de club wil "
           "het bericht bevestigen noch ontkennen."),
])
def test_neither_confirm_nor_deny_is_neither_a_denial_nor_a_confirmation(lang, text):
    doc = run(text, lang)
    types = {e["type"] for e in doc["claims"][0]["evidence"]}
    assert "not_confirmed" in types and not types & {"denied", "confirmed"}
