
import pytest

from daisy_engine.understanding import (
    INTENTS,
    IntentMatch,
    detect_intent,
)


@pytest.mark.parametrize(
    ("text", "locale", "name", "minutes"),
    [
        ("¿me lo puede repetir?", "es-MX", "repeat", None),
        ("mande?", "es-MX", "repeat", None),
        ("¿eres un robot?", "es-MX", "off_topic", None),
        ("llámame en diez minutos", "es-MX", "reschedule", 10),
        ("márcame en media hora", "es-MX", "reschedule", 30),
        ("háblame en una hora", "es-MX", "reschedule", 60),
        ("ahorita no puedo, llámame en una hora y media", "es-MX", "reschedule", 90),
        ("estoy manejando, luego te llamo", "es-MX", "reschedule", None),
        ("ya no quiero seguir, adiós", "es-MX", "end_call", None),
        ("quiero hablar con una persona", "es-MX", "human", None),
        ("quiero poner una queja", "es-MX", "complaint", None),
        ("call me back in an hour", "en-US", "reschedule", 60),
        ("in 15 minutes, call me back", "en-US", "reschedule", 15),
        ("can you repeat that", "en-US", "repeat", None),
        ("let me talk to a real person", "en-US", "human", None),
    ],
)
def test_built_in_intents(text, locale, name, minutes):
    match = detect_intent(text, locale)
    assert match is not None and (match.name, match.minutes) == (name, minutes)
    assert match.name in INTENTS


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("a b c uno dos tres", "es-MX"), ("sí", "es-MX"), ("no, es cincuenta y seis", "es-MX"),
        ("a las dos y media", "es-MX"), ("juan punto perez arroba gmail punto com", "es-MX"),
        ("mi nombre es Juan Pérez", "es-MX"), ("soy el operador Ramón Díaz", "es-MX"),
        ("llego en dos horas", "es-MX"), ("letra eme de mamá", "es-MX"), ("otra vez la be", "es-MX"),
        ("five thirty pm", "en-US"), ("I'll be there in two hours", "en-US"), ("no it's fifty six", "en-US"),
    ],
)
def test_slot_answers_never_trigger_an_intent(text, locale):
    assert detect_intent(text, locale) is None


def test_asr_misspellings_still_match():
    match = detect_intent("yamame en dies minutos", "es-MX")
    assert match is not None and match.name == "reschedule" and match.score < 1


def test_enabled_restricts_the_intents():
    assert detect_intent("adiós", "es-MX", enabled={"repeat"}) is None
    assert detect_intent("adiós", "es-MX", enabled={"end_call"}) == IntentMatch("end_call", 1.0)


def test_flow_phrases_extend_built_ins_and_define_new_intents():
    extra = {"end_call": {"es-MX": ["ya estuvo"]}, "ask_pay": {"es": ["cuánto pagan por viaje"], "en-US": ["pay"]}}
    assert detect_intent("ya estuvo", "es-MX") is None
    assert detect_intent("bueno ya estuvo", "es-MX", extra_phrases=extra).name == "end_call"
    assert detect_intent("oiga y cuanto pagan por viaje", "es-MX", extra_phrases=extra).name == "ask_pay"
    assert detect_intent("adiós", "es-MX", extra_phrases=extra).name == "end_call"


def test_malformed_flow_phrases_do_not_raise():
    assert detect_intent("adiós", "es-MX", extra_phrases={"x": "not a mapping"}).name == "end_call"  # type: ignore[dict-item]
    assert detect_intent("adiós", "es-MX", extra_phrases={"x": {"es": "a string"}}).name == "end_call"


WHO = {"who_is_calling": {"en-US": ["who is this", "where are you calling from"], "es": ["quién habla"]}}


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("who is this?", "en-US"),
        ("sorry, who is this", "en-US"),
        ("where are you calling from", "en-US"),
        ("quién habla", "es-MX"),
        ("¿quien habla?", "es-MX"),
        ("quien abla", "es-MX"),  # fuzzy/phonetic: still the flow's
    ],
)
def test_flow_phrase_beats_builtin_phrase(text, locale):
    for enabled in (None, ["who_is_calling"], ["who_is_calling", "repeat", "human"]):
        got = detect_intent(text, locale, enabled=enabled, extra_phrases=WHO)
        assert got is not None and got.name == "who_is_calling", (text, enabled)


def test_builtin_phrases_unchanged_without_the_flow_phrase():
    assert detect_intent("who is this", "en-US").name == "off_topic"
    assert detect_intent("quién habla", "es-MX").name == "off_topic"
    # other off_topic phrases stay off_topic with the flow's phrases loaded ...
    assert detect_intent("who are you", "en-US", extra_phrases=WHO).name == "off_topic"
    # ... and nothing when off_topic is not enabled
    assert detect_intent("who are you", "en-US", enabled=["who_is_calling"], extra_phrases=WHO) is None


def test_flow_phrase_that_is_a_builtin_whole_turn_phrase():
    extra = {"again_please": {"en": ["again"]}}
    assert detect_intent("again", "en-US").name == "repeat"
    assert detect_intent("again", "en-US", extra_phrases=extra).name == "again_please"


def test_fuzzy_falls_back_to_an_enabled_intent():
    # the closest phrase is the built-in one, but off_topic is disabled: the flow's close phrase matches
    extra = {"origin": {"es": ["de donde me hablan"]}}
    got = detect_intent("de donde me abla", "es-MX", enabled=["origin"], extra_phrases=extra)
    assert got is not None and got.name == "origin"


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("operator", "en-US"), ("Operator, please.", "en-US"), ("can I talk to an operator", "en-US"),
        ("get me the operator", "en-US"), ("let me speak with an operator", "en-US"),
        ("operadora", "es-MX"), ("la operadora por favor", "es-MX"), ("oiga, operadora", "es-MX"),
        ("quiero hablar con la operadora", "es-MX"), ("páseme a la operadora", "es-MX"),
        ("con la operadora", "es-MX"),
    ],
)
def test_asking_for_the_operator_is_human(text, locale):
    got = detect_intent(text, locale)
    assert got is not None and got.name == "human"


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("I'm an owner operator", "en-US"), ("I'm an operator", "en-US"), ("owner operator", "en-US"),
        ("I'm the operator of this truck", "en-US"), ("soy operador", "es-MX"), ("soy operadora", "es-MX"),
        ("operador", "es-MX"), ("el operador de la unidad", "es-MX"), ("quiero hablar con el operador", "es-MX"),
        ("yo soy la operadora de la unidad", "es-MX"), ("trabajo de operador", "es-MX"),
    ],
)
def test_being_an_operator_is_not_human(text, locale):
    assert detect_intent(text, locale) is None


@pytest.mark.parametrize(
    ("text", "locale", "minutes"),
    [
        ("llámeme mañana", "es-MX", None),
        ("call me tomorrow", "en-US", None),
        ("llámeme en un par de horas", "es-MX", 120),
        ("márcame en un par de horitas", "es-MX", 120),
        ("llámeme en unos diez minutitos", "es-MX", 10),
        ("llámeme en una hora y cuarto", "es-MX", 75),
        ("llámame en una hora", "es-MX", 60),
        ("llámame en media horita", "es-MX", 30),
        ("llámeme en un ratito", "es-MX", None),
        ("llámeme en diez mil minutos", "es-MX", None),
        ("llámame en 200 horas", "es-MX", None),
        ("márcame en noventa minutos", "es-MX", 90),
        ("call me back in a couple of hours", "en-US", 120),
        ("call me back in five thousand minutes", "en-US", None),
        ("call me back in twenty minutes", "en-US", 20),
    ],
)
def test_reschedule_minutes(text, locale, minutes):
    match = detect_intent(text, locale)
    assert match is not None and match.name == "reschedule"
    assert match.minutes == minutes


@pytest.mark.parametrize(
    ("text", "locale"),
    [("¿para qué lo quiere?", "es-MX"), ("¿para qué quiere mis datos?", "es-MX"),
     ("oiga, ¿y para qué necesita mi nombre?", "es-MX"), ("por qué me pregunta eso", "es-MX"),
     ("why do you need my email?", "en-US"), ("what do you need it for", "en-US")],
)
def test_questions_about_the_call_are_off_topic(text, locale):
    match = detect_intent(text, locale)
    assert match is not None and match.name == "off_topic"


@pytest.mark.parametrize(
    ("text", "locale"),
    [("para que quede claro es la ABC 123", "es-MX"), ("lo que quiere es mi placa", "es-MX"),
     ("me llamo Juan Pérez", "es-MX"), ("a ver, dígame", "es-MX"), ("pásele", "es-MX")],
)
def test_look_alikes_are_not_off_topic(text, locale):
    match = detect_intent(text, locale)
    assert match is None or match.name != "off_topic"


@pytest.mark.parametrize(
    ("text", "locale"),
    [("perdón, ¿otra vez?", "es-MX"), ("disculpe, ¿de nuevo?", "es-MX"), ("¿una vez más, joven?", "es-MX"),
     ("sorry, again?", "en-US"), ("once more please", "en-US")],
)
def test_short_repeat_requests_wrapped_in_courtesy(text, locale):
    match = detect_intent(text, locale)
    assert match is not None and match.name == "repeat"


@pytest.mark.parametrize(
    ("text", "locale"),
    [("otra vez la be", "es-MX"), ("de nuevo es el cuarenta", "es-MX"), ("perdón, sí", "es-MX"),
     ("again it's fifty six", "en-US")],
)
def test_repeat_words_inside_an_answer_are_not_a_repeat(text, locale):
    assert detect_intent(text, locale) is None


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("¿y el diésel quién lo paga?", "es-MX"),
        ("¿hay regaderas ahí?", "es-MX"),
        ("cuándo depositan la nómina", "es-MX"),
        ("oiga ¿va a estar abierta la báscula?", "es-MX"),
        ("do you guys pay for fuel?", "en-US"),
        ("is there parking at the warehouse", "en-US"),
        ("when do we get paid", "en-US"),
    ],
)
def test_off_topic_questions_about_pay_fuel_and_the_road(text, locale):
    match = detect_intent(text, locale)
    assert match is not None and match.name == "off_topic"


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("ya pasé la caseta, llego a las cinco", "es-MX"),  # a statement, not a question
        ("el pago es en la oficina", "es-MX"),
        ("¿a las cinco?", "es-MX"),  # a question without an off-topic subject
        ("¿el tráiler?", "es-MX"),
        ("I'm at the scale, be there at 4", "en-US"),
    ],
)
def test_subject_words_in_answers_are_not_off_topic(text, locale):
    assert detect_intent(text, locale) is None


def test_off_topic_questions_respect_enabled():
    assert detect_intent("¿ustedes pagan el diésel?", "es-MX", enabled={"repeat"}) is None


@pytest.mark.parametrize(
    ("text", "locale"),
    [("me trataron muy mal en la bodega", "es-MX"), ("el guardia me faltó al respeto", "es-MX"),
     ("quiero reportar al despachador", "es-MX"), ("the guard was rude to me", "en-US"),
     ("they treated me badly at the dock", "en-US")],
)
def test_mistreatment_is_a_complaint(text, locale):
    match = detect_intent(text, locale)
    assert match is not None and match.name == "complaint"


@pytest.mark.parametrize(
    ("text", "locale"),
    [("me voy a reportar al llegar", "es-MX"), ("tengo que reportar al rato", "es-MX"),
     ("me trataron bien", "es-MX"), ("I want to report my arrival", "en-US"), ("they treated me well", "en-US")],
)
def test_reporting_in_is_not_a_complaint(text, locale):
    assert detect_intent(text, locale) is None


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("¿me pasa a alguien de logística?", "es-MX", "human"),
        ("no quiero hablar con una máquina", "es-MX", "human"),
        ("put me through to dispatch", "en-US", "human"),
        ("can you connect me with the office", "en-US", "human"),
        ("siempre me marcan a la hora de comer, ya chole", "es-MX", "complaint"),
        ("todos los días me llaman, ya basta", "es-MX", "complaint"),
        ("you guys are always calling me", "en-US", "complaint"),
        ("ya estuvo, gracias, bye", "es-MX", "end_call"),
    ],
)
def test_transfer_and_exasperation_phrasings(text, locale, expected):
    match = detect_intent(text, locale)
    assert match is not None and match.name == expected


@pytest.mark.parametrize(
    ("text", "locale"),
    [("I talked to dispatch already", "en-US"), ("¿estoy hablando con una máquina?", "es-MX")],
)
def test_transfer_look_alikes_are_not_human(text, locale):
    match = detect_intent(text, locale)
    assert match is None or match.name != "human"


def test_a_rule_that_raises_is_logged_and_heard_as_no_intent(monkeypatch, caplog):
    """A bug in a rule never ends a live call, and never hides: the turn is heard as no intent, and the log names
    what failed (not the caller's words)."""
    import daisy_engine.understanding.intents as intents_module

    def broken(*args, **kwargs):
        raise NameError("a rule's missing import")

    monkeypatch.setattr(intents_module, "prepare_tokens", broken)
    with caplog.at_level("ERROR"):
        assert detect_intent("llámame mañana a las diez", "es-MX") is None
    assert "detect_intent failed with NameError" in caplog.text and "llámame" not in caplog.text
