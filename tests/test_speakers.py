"""Speaker clustering: short names, role nouns, pronouns, anonymity and types."""
from extract_helpers import run, speaker_of, statements


def test_short_name_joins_full_name():
    text = ("Advocaat Gerald Roethof zegt dat zijn cliënt onschuldig is. "
            "Roethof wijst erop dat het bewijs ontbreekt.")
    doc = run(text, "nl")
    assert len(doc["claims"]) == 2
    assert len({c["speaker_id"] for c in doc["claims"]}) == 1
    assert doc["speakers"][0]["name"] == "Gerald Roethof"
    assert doc["speakers"][0]["type"] == "person"
    assert doc["speakers"][0]["anonymous"] is False


def test_role_noun_refers_back_to_anonymous_spokesperson():
    text = ('"De situatie is instabiel", zegt een legerwoordvoerder.\n\n'
            '"We hergroeperen ons voortdurend", zegt de woordvoerder.')
    doc = run(text, "nl")
    assert len(doc["speakers"]) == 1
    sp = doc["speakers"][0]
    assert sp["name"] == "een legerwoordvoerder"
    assert sp["anonymous"] is True
    assert [m["text"] for m in sp["mentions"]] == ["een legerwoordvoerder", "de woordvoerder"]


def test_pronoun_resolves_to_the_named_person():
    text = ("Zaterdag ontmoet de Oekraïense president Zelensky regeringsleiders in Duitsland. "
            "Hij heeft aangekondigd daar een nieuw plan te presenteren.")
    sp = speaker_of(text, "nl", "daar een nieuw plan te presenteren")
    assert sp["name"] == "Zelensky"
    assert [m["text"] for m in sp["mentions"]][-1] == "Hij"


def test_english_pronoun_and_apposition():
    text = ('Hugh Hill, a doctor at the county hospital, said the ward was full. '
            '"We have never seen anything like it," he said.')
    doc = run(text, "en")
    assert len(doc["speakers"]) == 1
    assert doc["speakers"][0]["name"] == "Hugh Hill"
    assert len(doc["claims"]) == 2


def test_she_does_not_join_a_source_already_called_he():
    text = ('Tom Baker said the club would close. "It is over," he said.\n\n'
            'Anna Berg said the owner had refused an offer. "We tried everything," she said.')
    by_text = {text: name for _, text, name in statements(text, "en")}
    assert by_text["It is over"] == "Tom Baker"
    assert by_text["We tried everything"] == "Anna Berg"


def test_anonymous_and_group_sources():
    doc = run("Officials said the border would stay closed.", "en")
    assert doc["speakers"][0]["anonymous"] is True
    assert doc["speakers"][0]["type"] == "group"
    doc = run("Ingewijden zeggen dat het kabinet binnenkort valt.", "nl")
    assert doc["speakers"][0]["anonymous"] is True


def test_organisation_is_named_not_anonymous():
    doc = run("De politie zegt dat de verdachte is aangehouden.", "nl")
    sp = doc["speakers"][0]
    assert sp["type"] == "organization" and sp["anonymous"] is False


def test_given_name_gender_guides_pronouns():
    text = ("Sarah Venn met Tom Baker at the count on Friday night.\n\n"
            '"We have run this close," she said.')
    assert [name for _, _, name in statements(text, "en")] == ["Sarah Venn"]


def test_possessive_source_resolves_to_its_owner():
    text = ("Hoogleraar Tom Verhagen is kritisch over het plan. "
            "De aanrijtijd neemt volgens zijn berekening met twaalf minuten toe.")
    assert [name for _, _, name in statements(text, "nl")] == ["Tom Verhagen"]


def test_addressee_and_relative_pronoun_are_not_speakers():
    text = 'The mayor, who took office in May, told the BBC that the budget was "in a terrible state".'
    doc = run(text, "en")
    assert [c["speaker"]["text"] for c in doc["claims"]] == ["The mayor"]


def test_canonical_name_drops_titles_and_the_office_after_it():
    text = ("Minister van Volksgezondheid Eline Vos van VWS zegt dat de voorraden volgende maand op peil zijn. "
            '"We doen er alles aan," zei Vos.')
    assert speaker_of(text, "nl", "de voorraden volgende maand op peil zijn")["name"] == "Eline Vos"
    text = ('Health Secretary Niamh Carroll said the ban would start in June. "It stops now," Carroll said.')
    assert speaker_of(text, "en", "the ban would start in June")["name"] == "Niamh Carroll"


def test_a_named_person_is_a_person_whatever_office_follows():
    text = ("Bevelvoerder Jelle Hoekstra van de brandweer zegt dat de loods volledig in brand stond. "
            '"Toen wij aankwamen, stond de achterkant al in brand," zegt Hoekstra.')
    sp = speaker_of(text, "nl", "de loods volledig in brand stond")
    assert (sp["name"], sp["type"]) == ("Jelle Hoekstra", "person")


def test_a_described_name_keeps_its_description():
    text = "Het samenwerkingsverband Primair Onderwijs Utrecht bevestigt desgevraagd dat ruim de helft stopt."
    sp = speaker_of(text, "nl", "ruim de helft stopt")
    assert (sp["name"], sp["type"]) == ("Het samenwerkingsverband Primair Onderwijs Utrecht", "organization")


def test_unnamed_source_keeps_the_phrase_that_places_it():
    text = "De keten onderhandelt over een overname. Dat zeggen bronnen rond de onderhandelingen."
    sp = speaker_of(text, "nl", "De keten onderhandelt over een overname")
    assert (sp["name"], sp["anonymous"]) == ("bronnen rond de onderhandelingen", True)


def test_person_recognised_by_age_and_by_name_particles():
    text = ("Op de gang hangen foto's van de Heuvelrug. Andrij (34) kijkt er niet naar.\n\n"
            "‘De eerste weken dacht ik: dit wordt nooit meer wat’, zegt hij in het Engels, dat een tolk aanvult.")
    sp = speaker_of(text, "nl", "De eerste weken dacht ik: dit wordt nooit meer wat")
    assert (sp["name"], sp["type"]) == ("Andrij", "person")
    text = ("Henk de Boer (66) veegt het meel van zijn schort. Zaterdag bakt hij zijn laatste broden.\n\n"
            "Hij zegt dat het ambacht ,,gewoon niet meer rendabel'' is.")
    assert speaker_of(text, "nl", "het ambacht ,,gewoon niet meer rendabel'' is")["name"] == "Henk de Boer"


def test_a_firm_named_with_an_organisation_word_is_not_a_he():
    text = ("The owner, Aire Properties, wants to build flats. Aire Properties said in a statement that it had "
            "explored every option.\n\nFrank Mulcahy has run the club since 1989.\n\n‘Something slow,’ he says.")
    assert speaker_of(text, "en", "Something slow")["name"] == "Frank Mulcahy"


def test_given_names_hold_a_name_together_whatever_the_tags():
    text = "The plant will employ 1,200 people.\n\nJo Pallister, a regional officer at the GMB union, said members would be watching."
    assert speaker_of(text, "en", "members would be watching")["name"] == "Jo Pallister"
    text = "Director Sally Pearce said entry would remain free. She said the roof was repaired."
    assert speaker_of(text, "en", "the roof was repaired")["name"] == "Sally Pearce"


def test_a_bare_organisation_noun_does_not_join_a_named_person_of_that_organisation():
    text = (",,Toen wij aankwamen, stond de achterkant al in brand,'' zegt bevelvoerder Jelle Hoekstra van de "
            "brandweer. De brandweer meldt dat de brand onder controle is.")
    person = speaker_of(text, "nl", "Toen wij aankwamen, stond de achterkant al in brand")
    assert person["name"] == "Jelle Hoekstra"
    assert speaker_of(text, "nl", "de brand onder controle is")["id"] != person["id"]


def test_dutch_ze_takes_its_number_from_the_verb():
    text = ("Burgemeester Hanneke Voskuil sprak dinsdag met de bewoners. 'We nemen geen enkel risico', zei ze.")
    assert speaker_of(text, "nl", "We nemen geen enkel risico")["name"] == "Hanneke Voskuil"
    text = ("Burgemeester Hanneke Voskuil sprak dinsdag met de bewoners. 'We blijven niet binnen', zeiden ze.")
    assert speaker_of(text, "nl", "We blijven niet binnen")["name"] != "Hanneke Voskuil"


def test_a_surname_alone_is_a_person_when_the_article_gives_the_full_name():
    text = ("Minister Karin Veldkamp zou al maanden op de maatregel hebben aangedrongen. Ook Dagblad Oost meldt "
            "dat het eigen risico niet omhooggaat.\n\nVeldkamp wilde niet ingaan op de berichten. 'Ik lees graag "
            "mee, maar u hoort het vrijdag', zei ze bij aankomst.")
    assert speaker_of(text, "nl", "Ik lees graag mee, maar u hoort het vrijdag")["name"] == "Karin Veldkamp"


def test_a_spokesperson_for_a_named_person_is_another_source():
    text = ('Graham Tolley said he would refer himself to the commissioner. "I have nothing to hide," Tolley said. '
            "A spokesperson for Tolley said the cottage had been used for constituency work.")
    tolley = speaker_of(text, "en", "he would refer himself to the commissioner")
    spokesperson = speaker_of(text, "en", "the cottage had been used for constituency work")
    assert tolley["id"] != spokesperson["id"]
    assert spokesperson["anonymous"] is True


def test_she_is_the_most_salient_woman_not_merely_the_last_named_one():
    text = ("Margaret Dunleavy has mended shoes in Kendal for 46 years. Dunleavy took over the shop from her father. "
            "‘Shoes tell you how someone walks,’ she says.\n\n"
            "One of her customers, Ruth Agnew, has brought her boots here since 1985. Agnew said the shop was "
            "irreplaceable.\n\nDunleavy confirmed that she had been offered a lower rent but said money had "
            "nothing to do with her decision.\n\n‘My hands are telling me to stop,’ she says.")
    assert speaker_of(text, "en", "My hands are telling me to stop")["name"] == "Margaret Dunleavy"


def test_affiliation_after_a_name_and_a_role_before_it_stay_out_of_the_name():
    text = ("Trainer Harm Wessels van Regge was na afloop woedend. ,,Dat was nooit een overtreding'', zei hij. "
            "Wessels zegt dat hij een klacht indient.")
    sp = speaker_of(text, "nl", "Dat was nooit een overtreding")
    assert sp["name"] == "Harm Wessels"
    assert sp["id"] == speaker_of(text, "nl", "hij een klacht indient")["id"]
    text = ("Wandelaar Gerrie Nijenhuis (67) uit Ommen liep er met haar hond langs. ,,Het stonk vreselijk'', zegt ze.")
    assert speaker_of(text, "nl", "Het stonk vreselijk")["name"] == "Gerrie Nijenhuis"


def test_an_unnamed_someone_is_anonymous_and_keeps_its_description():
    text = "A café owner who did not want to be named said her takings were up because more people were walking."
    sp = speaker_of(text, "en", "her takings were up because more people were walking")
    assert sp["anonymous"] is True and sp["name"] == "A café owner who did not want to be named"


def test_one_of_them_is_one_of_the_group_named_before():
    text = ("Calder Holt is in talks to buy Vermeer, according to three people familiar with the matter. "
            "One of them cautioned that the discussions could still collapse.")
    group = speaker_of(text, "en", "Calder Holt is in talks to buy Vermeer")
    assert speaker_of(text, "en", "the discussions could still collapse")["id"] == group["id"]


def test_an_unnamed_spokesperson_keeps_whom_it_speaks_for_when_the_parse_cuts_it_off():
    doc = run("A spokesperson for the hospital trust said emergency care was running normally.", "en")
    assert doc["speakers"][0]["name"] == "A spokesperson for the hospital trust"
