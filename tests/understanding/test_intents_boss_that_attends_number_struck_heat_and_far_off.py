"""Intents said in shapes callers use and the phrase lists missed, each with the traps that must not change.

- A person asked for as someone in charge who should attend the caller ("¿hay algún supervisor por ahí que me
  atienda?"), or as the one the matter is settled with ("I'd rather sort this out with my dispatcher directly") -
  not a matter settled with that person at another time, nor news of one.
- Calls to *this* number refused with "le" or "buscar" ("ya no le marquen a este cel", "no me vuelvan a buscar en
  este teléfono"), or enough of them ("ya estuvo de llamadas", "enough with the calls") - not a limit on when, nor
  another number to call.
- Money named first that never arrived ("las estadías nunca me cayeron", "my detention pay never came"); the call
  itself drawn out ("se está haciendo eterna", "this call's getting way too long").
- The agent's voice heard broken ("se oyó todo mocho", "you sound all choppy") asks her to say it again.
- The heat or cold remarked in a figure ("aquí está que arde", "it's a scorcher out here") is off the subject.
- "Not even close", "ni de cerca": a no.
"""

from __future__ import annotations

import pytest

from daisy_engine.understanding import classify_yes_no, detect_intent


def intent(text: str, locale: str) -> str | None:
    found = detect_intent(text, locale)
    return found.name if found is not None else None


@pytest.mark.parametrize(("text", "locale"), [
    ("¿Oiga, hay algún supervisor por ahí que me atienda?", "es-MX"),
    ("¿No hay un encargado que me pueda ayudar con esto?", "es-MX"),
    ("¿Habrá alguna jefa de turno que me atienda, por favor?", "es-MX"),
    ("Prefiero arreglarlo directamente con mi despachador.", "es-MX"),
    ("Eso lo quiero ver directo con el supervisor.", "es-MX"),
    ("I'd rather sort this out with my dispatcher directly.", "en-US"),
    ("I'd prefer to handle this with my driver manager.", "en-US"),
    ("Let me just work it out with the dispatcher.", "en-US"),
    ("I want to settle this with your supervisor.", "en-US"),
])
def test_a_boss_to_attend_or_to_settle_the_matter_with_is_a_person_asked_for(text: str, locale: str) -> None:
    assert intent(text, locale) == "human"


@pytest.mark.parametrize(("text", "locale"), [
    ("Prefiero arreglarlo con mi despachador mañana.", "es-MX"),
    ("El supervisor que me atendió ayer fue muy amable.", "es-MX"),
    ("Estoy esperando a un encargado que me ayude a descargar.", "es-MX"),
    ("I'll sort it out with my dispatcher later.", "en-US"),
    ("I already sorted it out with my dispatcher.", "en-US"),
    ("My dispatcher will handle this with the receiver.", "en-US"),
])
def test_a_matter_settled_another_time_or_a_boss_in_news_asks_for_nobody(text: str, locale: str) -> None:
    assert intent(text, locale) != "human"


@pytest.mark.parametrize(("text", "locale"), [
    ("No sé, lo tengo que checar con mi supervisor.", "es-MX"),
    ("Lo tengo que ver con mi encargado y te aviso.", "es-MX"),
    ("Lo necesito checar con el despachador.", "es-MX"),
    ("Tengo que verlo directo con mi supervisor.", "es-MX"),
    ("Lo quiero checar con mi supervisor primero.", "es-MX"),
    ("Let me work it out with my dispatcher, hold on.", "en-US"),
    ("I gotta figure it out with my dispatcher.", "en-US"),
    ("I have to work that out with my dispatcher first.", "en-US"),
    ("I need to work it out with my dispatcher.", "en-US"),
    ("I'll handle it with my dispatcher.", "en-US"),
])
def test_the_callers_own_check_with_his_boss_asks_for_nobody(text: str, locale: str) -> None:
    # at the arrival question above all: he will ask his boss and tell; no person asked for, the call goes on
    assert intent(text, locale) != "human"


@pytest.mark.parametrize(("text", "locale"), [
    ("Por favor ya no le marquen a este celular, se los encargo.", "es-MX"),
    ("No me vuelvan a buscar en este teléfono.", "es-MX"),
    ("No le hablen a este número, por favor.", "es-MX"),
    ("Ya estuvo de llamadas, eh.", "es-MX"),
    ("Ya basta de estarme marcando.", "es-MX"),
    ("Enough with the calls already.", "en-US"),
    ("Enough of your calls, man.", "en-US"),
])
def test_calls_to_this_number_refused_or_enough_of_them_end_the_call(text: str, locale: str) -> None:
    assert intent(text, locale) == "end_call"


@pytest.mark.parametrize(("text", "locale"), [
    ("No me llames a este número en la noche.", "es-MX"),
    ("No me marques a este cel después de las ocho.", "es-MX"),
    ("No me marques a este número, márcame al otro cel.", "es-MX"),
    ("Enough calls for today, call me tomorrow.", "en-US"),
])
def test_a_limit_on_the_calls_or_another_number_is_no_goodbye(text: str, locale: str) -> None:
    assert intent(text, locale) != "end_call"


@pytest.mark.parametrize(("text", "locale"), [
    ("Los viáticos de la semana pasada nunca me llegaron.", "es-MX"),
    ("Las maniobras de enero todavía no me cayeron.", "es-MX"),
    ("My detention pay from last month never came.", "en-US"),
    ("The advance still hasn't hit my account.", "en-US"),
    ("Mi pago de estadía todavía no cae.", "es-MX"),
    ("I never saw that detention money.", "en-US"),
    ("Ya se me hizo eterna esta llamada.", "es-MX"),
    ("Esto ya se está haciendo larguísimo.", "es-MX"),
    ("La llamada se está haciendo bien larga.", "es-MX"),
    ("This call's getting way too long.", "en-US"),
    ("It's taking ages, come on.", "en-US"),
])
def test_money_named_first_never_arrived_or_the_call_drawn_out_is_a_complaint(text: str, locale: str) -> None:
    assert intent(text, locale) == "complaint"


@pytest.mark.parametrize(("text", "locale"), [
    ("El pago de la semana me llegó ayer.", "es-MX"),
    ("El pago no cae hasta el viernes.", "es-MX"),
    ("The check came yesterday, thanks.", "en-US"),
    ("La descarga se está haciendo eterna, llego a las cinco.", "es-MX"),
    ("Esto se está haciendo eterno en la descarga, llego a las seis.", "es-MX"),
    ("Se me hizo larguísimo esto de la fila, llego a las seis.", "es-MX"),
    ("It's taking ages to unload.", "en-US"),
    ("This is taking ages at the dock, maybe six.", "en-US"),
])
def test_money_that_arrived_or_something_else_drawn_out_is_no_complaint_here(text: str, locale: str) -> None:
    assert intent(text, locale) != "complaint"


@pytest.mark.parametrize(("text", "locale"), [
    ("¿Mande? Se oyó todo mocho.", "es-MX"),
    ("Te oyes bien mocha, mija.", "es-MX"),
    ("Se escucha todo cortado.", "es-MX"),
    ("Estás toda trabada.", "es-MX"),
    ("You sound all choppy.", "en-US"),
    ("It's all garbled on my end.", "en-US"),
    ("Your voice is kinda muffled.", "en-US"),
    ("Se escucha como robot.", "es-MX"),
    ("You keep cutting in and out.", "en-US"),
])
def test_the_agents_voice_heard_broken_asks_to_hear_it_again(text: str, locale: str) -> None:
    assert intent(text, locale) == "repeat"


@pytest.mark.parametrize(("text", "locale", "not_"), [
    ("La quincena salió mocha.", "es-MX", "repeat"),  # paid short: a complaint
    ("The road is choppy near Amarillo, I'll be there by five.", "en-US", "repeat"),
])
def test_broken_words_of_something_else_ask_nothing_again(text: str, locale: str, not_: str) -> None:
    assert intent(text, locale) != not_


@pytest.mark.parametrize(("text", "locale"), [
    ("Uf, aquí en Mexicali está que arde.", "es-MX"),
    ("Aquí en Hermosillo estamos que nos derretimos.", "es-MX"),
    ("Está haciendo un calorón, ni el aire sirve.", "es-MX"),
    ("Me estoy muriendo de frío aquí en Saltillo.", "es-MX"),
    ("Man, it's a scorcher out here in Phoenix.", "en-US"),
    ("It's boiling out here, the AC quit on me.", "en-US"),
    ("I'm melting out here.", "en-US"),
    ("Hace un frío de los mil demonios aquí en Ciudad Juárez.", "es-MX"),
    ("It's hotter than hell out here.", "en-US"),
])
def test_the_heat_or_the_cold_remarked_in_a_figure_is_off_the_subject(text: str, locale: str) -> None:
    assert intent(text, locale) == "off_topic"


@pytest.mark.parametrize(("text", "locale"), [
    ("Aquí está que arde, llego como a las cinco.", "es-MX"),
    ("It's boiling out here, I'll be there around five.", "en-US"),
])
def test_a_remark_on_the_heat_beside_an_answer_leaves_the_answer(text: str, locale: str) -> None:
    assert intent(text, locale) is None


@pytest.mark.parametrize(("text", "locale"), [
    ("Not even close, ma'am.", "en-US"),
    ("Nowhere near, that's not it.", "en-US"),
    ("Way off.", "en-US"),
    ("Not by a long shot.", "en-US"),
    ("Ni de cerca, señorita.", "es-MX"),
    ("Ni cerca, joven.", "es-MX"),
    ("Ni de lejos.", "es-MX"),
])
def test_far_from_it_is_a_no(text: str, locale: str) -> None:
    assert classify_yes_no(text, locale).answer == "no"


@pytest.mark.parametrize(("text", "locale"), [
    ("Yes, not even a letter off.", "en-US"),
    ("Sí, ya estás cerca de la caseta.", "es-MX"),
])
def test_a_yes_with_close_or_far_words_stays_a_yes(text: str, locale: str) -> None:
    assert classify_yes_no(text, locale).answer == "yes"


@pytest.mark.parametrize(("text", "locale", "rest"), [
    ("No me llames a las cinco.", "es-MX", ""),
    ("No me llames antes de las ocho, llego como a las diez.", "es-MX", "llego como a las diez"),
    ("Llego a las cinco, no me marques antes.", "es-MX", "Llego a las cinco"),
    ("Don't call me after nine, I'll be there at six.", "en-US", "I'll be there at six"),
    ("Llego a las cinco.", "es-MX", None),
    ("Llámame a las cinco.", "es-MX", None),
    ("No, llego a las cinco.", "es-MX", None),
    ("Call me at five.", "en-US", None),
])
def test_when_not_to_call_is_set_apart_from_the_rest_of_the_turn(text: str, locale: str, rest: str | None) -> None:
    from daisy_engine.understanding import without_call_limits

    assert without_call_limits(text, locale) == rest


@pytest.mark.parametrize(("text", "locale", "given", "again"), [
    ("Ya te lo dije tres veces, 452.", "es-MX", ["452"], True),
    ("Ya te dije, cuatro cinco dos.", "es-MX", ["452"], True),
    ("Like I said, four fifty two.", "en-US", ["452"], True),
    ("Ya te lo dije, a las 4:52.", "es-MX", ["452"], False),  # worded as a time
    ("Ya te lo dije tres veces, 452.", "es-MX", ["830"], False),  # a number nobody gave
    ("452.", "es-MX", ["452"], False),  # no reminder: it may be the time, read back to be confirmed
])
def test_a_number_given_before_is_said_again_only_with_a_reminder_and_no_time_words(text: str, locale: str,
                                                                                    given: list[str],
                                                                                    again: bool) -> None:
    from daisy_engine.understanding import restates

    assert restates(text, locale, given) is again
