"""Intents said in shapes the phrase lists cannot enumerate, each with its traps: a call ordered with a bare
verb ("..., marca en cuarenta minutos"), which part of what the agent said asked about ("¿qué número dijiste al
último?"), a repeat asked with a tag before the reason, the person asked for put on the line by a pronoun
("¿No está el licenciado? Pásamelo"), every call refused, complaints of things reported again and again or of
nobody doing the work, questions about the agent and where the company is, "later" as a goodbye; and the turns
that only sound like one (money moved, someone else repeating)."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import detect_intent


def heard(text: str, locale: str) -> tuple[str | None, int | None]:
    match = detect_intent(text, locale)
    return (match.name, match.minutes) if match else (None, None)


@pytest.mark.parametrize(("text", "locale", "minutes"), [
    ("Ando en la báscula, marca en media hora.", "es-MX", 30),
    ("Estoy en la aduana. Llama más tarde, joven.", "es-MX", None),
    ("Mejor vuelve a marcar en una hora.", "es-MX", 60),
    ("Oiga, intente en veinte minutos.", "es-MX", 20),
    ("I'm at the scale, try in an hour.", "en-US", 60),
    ("Call back in twenty minutes.", "en-US", 20),
    ("Marca en una hora a mi celular.", "es-MX", 60),
    ("Marca en la tarde, porfa.", "es-MX", None),
])
def test_a_call_ordered_with_a_bare_verb_is_a_callback(text: str, locale: str, minutes: int | None) -> None:
    assert heard(text, locale) == ("reschedule", minutes)


@pytest.mark.parametrize(("text", "locale"), [
    ("La Guardia Nacional marca en cuarenta minutos.", "es-MX"),  # someone else calls
    ("Mi esposa llama en la tarde.", "es-MX"),
    ("Dispatch will call in an hour.", "en-US"),
    ("Habla Juan.", "es-MX"),
    # the subject said after the verb, or another party to be called
    ("Llama a las cinco el de la bodega.", "es-MX"),
    ("Marca mañana el licenciado, él le dice.", "es-MX"),
    ("Pues marca en una hora a la bodega.", "es-MX"),
    ("Call in an hour to the office.", "en-US"),
    ("Call at five for the appointment.", "en-US"),
])
def test_someone_elses_call_is_no_callback(text: str, locale: str) -> None:
    assert heard(text, locale)[0] != "reschedule"


@pytest.mark.parametrize(("text", "locale"), [
    ("Espérame, ¿qué letra dijiste al final?", "es-MX"),
    ("¿Cuál número dijiste primero?", "es-MX"),
    ("¿Qué dijiste al principio?", "es-MX"),
    ("What number did you say last?", "en-US"),
    ("What was the first letter again?", "en-US"),
    ("Which digit did you say at the end?", "en-US"),
    # a tag asked after the request, then why it was missed
    ("Otra vez, ¿sale? Me tapó el camión.", "es-MX"),
    ("De nuevo, ¿sí? Es que pasó un tráiler.", "es-MX"),
    ("One more time, okay? The engine drowned you out.", "en-US"),
])
def test_what_the_agent_said_asked_again(text: str, locale: str) -> None:
    assert heard(text, locale)[0] == "repeat"


@pytest.mark.parametrize(("text", "locale"), [
    ("Otra vez, ¿sí? Es la 4512.", "es-MX"),  # the request and then the answer: no intent left to act on
    ("Mi compa siempre me repite que ustedes pagan bien.", "es-MX"),
    ("El jefe me repite que llegue temprano.", "es-MX"),
    ("My buddy keeps repeating that you guys pay on time.", "en-US"),
])
def test_no_repeat_asked(text: str, locale: str) -> None:
    assert heard(text, locale)[0] is None


@pytest.mark.parametrize(("text", "locale"), [
    ("¿Está la encargada? Comunícamela, porfa.", "es-MX"),
    ("¿Anda por ahí el despachador? Pásemelo.", "es-MX"),
    ("Is your dispatcher around? Put him on.", "en-US"),
])
def test_the_person_put_on_the_line_by_a_pronoun(text: str, locale: str) -> None:
    assert heard(text, locale)[0] == "human"


@pytest.mark.parametrize(("text", "locale"), [
    ("El licenciado dice que ya salió, pásamelo por transferencia.", "es-MX"),
    ("¿Me pasas el anticipo por transferencia?", "es-MX"),
    ("¿Me pasas los viáticos a mi tarjeta?", "es-MX"),
    ("Load my advance onto my EFS, please.", "en-US"),
    ("Put the fuel money on my Comdata.", "en-US"),
])
def test_money_moved_is_none_of_the_built_ins(text: str, locale: str) -> None:
    assert heard(text, locale)[0] is None


@pytest.mark.parametrize(("text", "locale"), [
    ("Ya no quiero sus llamadas.", "es-MX"),
    ("No quiero recibir llamadas de ustedes.", "es-MX"),
    ("I don't want calls from you guys anymore.", "en-US"),
    ("Alright, we're all set here, see ya.", "en-US"),
    ("Ya quedamos, nos vemos.", "es-MX"),
])
def test_the_call_ended(text: str, locale: str) -> None:
    assert heard(text, locale)[0] == "end_call"


@pytest.mark.parametrize(("text", "locale"), [
    ("Ya no quiero recibir llamadas en la noche.", "es-MX"),  # a limit on when, not every call
    ("I don't want calls from you after nine.", "en-US"),
    ("We're good, call me later.", "en-US"),
    ("I don't want calls from you guys while I'm driving.", "en-US"),
    ("I don't want calls from you people after nine.", "en-US"),
    # a written channel asked for instead of calls: no refusal of all contact
    ("Ya no quiero llamadas, mejor por WhatsApp.", "es-MX"),
    ("Ya no quiero recibir sus llamadas, mándame mensaje.", "es-MX"),
    ("I don't want calls from you, just text me.", "en-US"),
])
def test_a_limit_or_a_callback_is_no_goodbye(text: str, locale: str) -> None:
    assert heard(text, locale)[0] != "end_call"


@pytest.mark.parametrize(("text", "locale"), [
    ("Me quitaron las casetas sin avisarme.", "es-MX"),
    ("Me rebajaron el diésel de la liquidación y ni me dijeron.", "es-MX"),
    ("Llevo tres horas en el andén y nadie me descarga.", "es-MX"),
    ("Aquí nadie nos recibe.", "es-MX"),
    ("Ya son cuatro veces que les aviso de los frenos.", "es-MX"),
    ("Les reporto lo del aire y no hacen nada.", "es-MX"),
    ("Reporté la llanta ponchada y no me la cambian.", "es-MX"),
    ("Es la tercera carga seguida que me mandan sin maniobras pagadas.", "es-MX"),
    ("That's the second week in a row my settlement came without detention.", "en-US"),
    ("I've told you guys about the tires like five times.", "en-US"),
    ("They docked my fuel from my settlement without telling me.", "en-US"),
])
def test_complaints_said_in_other_words(text: str, locale: str) -> None:
    assert heard(text, locale)[0] == "complaint"


@pytest.mark.parametrize(("text", "locale"), [
    ("Es la tercera carga seguida que llevo a Laredo.", "es-MX"),
    ("This is the third load in a row to Laredo this week.", "en-US"),
    ("Es la segunda vuelta seguida sin problema.", "es-MX"),
    ("Es la tercera semana seguida sin ningún contratiempo.", "es-MX"),
    ("Third load in a row with no issues.", "en-US"),
    ("Second week straight without a hitch.", "en-US"),
    ("Nadie carga diésel ahí.", "es-MX"),
    ("Me descontaron el diésel, llego a las cinco.", "es-MX"),
    ("¿Y no me cambian la cita para mañana? Llego tarde.", "es-MX"),
    ("Pero no me cambian el horario, ¿verdad?", "es-MX"),
])
def test_news_without_a_grievance_is_no_complaint(text: str, locale: str) -> None:
    assert heard(text, locale)[0] != "complaint"


@pytest.mark.parametrize(("text", "locale"), [
    ("¿Usted tiene nombre o nomás es grabación?", "es-MX"),
    ("¿Ahora los robots hacen las llamadas?", "es-MX"),
    ("¿Ya ponen computadoras a despachar?", "es-MX"),
    ("¿En qué ciudad están ustedes?", "es-MX"),
    ("¿Su oficina en qué parte queda?", "es-MX"),
    ("You got a name or just a number?", "en-US"),
    ("Robots doing the dispatch now, huh?", "en-US"),
])
def test_questions_about_the_agent_and_the_company_are_off_topic(text: str, locale: str) -> None:
    assert heard(text, locale)[0] == "off_topic"


def test_a_name_given_beside_a_question_about_hers_is_no_remark() -> None:
    assert heard("Mi nombre es Juan, ¿tienes nombre?", "es-MX")[0] is None
