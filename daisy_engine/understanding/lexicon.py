"""Everyday words (folded) that are never a name and never a group of spelled letters.

Hand-kept rather than a frequency list from a package: what matters is the short function words, verbs
and domain words callers actually wrap their answers in ("la placa del tractor es...", "no sé").
Given names that are also words (Rosa, Luz, Paz, Cruz, Mark, Will...) are deliberately absent.
"""

from __future__ import annotations

from importlib import resources

from .normalize import Lang

_ES = """
a al algo alguien alla alli ahi aqui aca asi ahora ahorita aun ayer hoy manana tarde temprano luego
antes despues siempre nunca ya todavia tambien tampoco nada todo toda todos todas otro otra otros
otras mismo misma cada cual cuales cuando cuanto cuanta cuantos donde adonde como que quien quienes
porque por para pero sino mas menos muy mucho mucha muchos poco poca bien mal mejor peor si no
ni o u y e de del en con sin sobre entre hasta desde hacia contra segun durante mediante
el la los las lo le les un una unos unas mi mis tu tus su sus nuestro nuestra me te se nos os yo
tu usted ustedes el ella ellos ellas esto este esta estos estas eso ese esa esos esas aquel aquella
ser soy eres es somos son era eras eramos eran fue fui fuiste fueron sido sea sean seria
estar estoy estas esta estamos estan estaba estaban estuve estado este
haber he has ha hemos han habia hay hubo habra
tener tengo tienes tiene tenemos tienen tenia tuve tenga
hacer hago haces hace hacemos hacen hice hizo haga
ir voy vas va vamos van iba fui vaya
poder puedo puedes puede podemos pueden pude podria
querer quiero quieres quiere queremos quieren quise
saber se sabes sabe sabemos saben supe sepa
decir digo dices dice decimos dicen dije dijo diga
dar doy das da dan di dio de
ver veo ves ve vemos ven vi vio
llegar llego llegas llega llegamos llegan llegue
hablar hablo hablas habla hablamos hablan hable
llamar llamo llamas llama llame llamen llamada
pasar paso pasa pase creo cree creer parece pienso acuerdo acuerdas recuerdo recuerda
espera espere esperame esperate deja dejame dejeme mire mira oiga oye perdon disculpe gracias
favor porfa hola bueno buenas buenos dias noches senor senora senorita joven amigo jefe
claro ok oki okis okay okey sip nop nel ay uy ups vale sale orale andale aja exacto correcto cierto verdad
cuidese cuidate cuidense
tengo manejando trabajando camino carretera ruta viaje viajes carga descarga patio bodega
placa placas tractor factor trailer traila remolque caja cajas camion camiones unidad
numero numeros letra letras nombre apellido correo email mail hora horas minuto minutos vez veces
dato datos mano ojo rato momento tiempo dia semana mes ano oficina empresa
tantito momentito segundito minutito ratito chance adelante mande permiso digame dime
solo sola nomas namas pues pos este eh
"""

_EN = """
a an the and or but so if then than that this these those there here what which who whom whose why
how when where is are was were be been being am im its it isnt aint dont doesnt didnt
cant cannot wont wouldnt shouldnt couldnt not no yes yeah yep nope ok okay sure right wrong
alright alrighty aight okie dokie
i me my mine you your yours he him his she her hers we us our they them their
do does did done doing have has had having get got gets go goes going went gone come comes came
say says said tell told know knew think thought see saw look let lets give gave take took make made
call called calling talk talking drive driving wait hold hang on off in out up down at to for from
of with without by about into over under again just only also too very really well still yet now
later soon today tomorrow tonight yesterday morning afternoon evening night time hour hours minute
minutes moment second sir maam man guy hello hi hey bye thanks thank please sorry excuse pardon
what whats where wheres whos thats theres heres ill youre were theyre ive youve
plate plates tag tags truck tractor trailer number numbers letter letters name email mail address
one all some any many much more most other another same each every both
"""

# The words callers spell letters with, "X de <palabra>" ("B de burro", "ene de Nayarit"): everyday nouns
# and the places Mexican callers name. In a dictation such a word on its own, or right after "letra", is
# its first letter (the recogniser kept the word and lost the letter name before it).
_SPELLING_NOUNS_ES = """
arbol aguila avion burro barco casa caballo carro dedo dedito dado elefante escuela foca gato
gallo hotel hormiga iguana iglesia jirafa kilo koala luna leon mama manzana
nube naranja oso perro pato queso raton rosa sapo serpiente tomate tigre uva vaca venado
xilofono yate zapato zorro
"""
_SPELLING_PLACES_ES = """
francia italia jamaica mexico washington
acapulco chihuahua durango guanajuato hermosillo jalisco juarez laredo monterrey morelos nayarit
nicaragua oaxaca puebla queretaro sinaloa sonora tampico tijuana toluca veracruz yucatan zacatecas
"""

SPELLING_WORDS: dict[Lang, frozenset[str]] = {"es": frozenset((_SPELLING_NOUNS_ES + _SPELLING_PLACES_ES).split())}
# The everyday nouns of those ("S de sapo", "C de casa"): no place a plate is from ("la placa es de sapo" is its S)
SPELLING_NOUNS: dict[Lang, frozenset[str]] = {"es": frozenset(_SPELLING_NOUNS_ES.split())}

# Places of two words callers spell with ("ene de Nuevo León", "ese de San Luis"): one word of the spelling,
# whose first letter is the letter; "de nuevo" in them is no start-over.
SPELLING_PHRASES_ES: frozenset[tuple[str, str]] = frozenset(
    tuple(p.split()) for p in (  # type: ignore[misc]
        "nuevo leon", "nuevo laredo", "san luis", "baja california", "ciudad juarez", "ciudad victoria",
        "santa fe", "quintana roo", "piedras negras", "la paz", "los mochis",
    )
)
# The second words of the places that start with "nuevo", for the start-over phrase "de nuevo" to skip.
NUEVO_PLACES = "|".join(sorted(b for a, b in SPELLING_PHRASES_ES if a == "nuevo"))

COMMON_WORDS: dict[Lang, frozenset[str]] = {
    "es": frozenset(_ES.split()),
    "en": frozenset(_EN.split()),
}


def _load_words(file: str) -> frozenset[str]:
    text = (resources.files(__package__) / "data" / file).read_text(encoding="utf-8")
    return frozenset(w for line in text.splitlines() if not line.startswith("#") for w in line.split())


def _load_everyday() -> frozenset[str]:
    return _load_words("everyday_words.txt")


EVERYDAY_WORDS: frozenset[str] = _load_everyday() | COMMON_WORDS["es"] | COMMON_WORDS["en"]
"""Everyday words of both languages (callers mix them): a turn made only of these is not a name, nor an
address, however it is capitalised ("Saludo", "Hombres", "Bantering", "Siesta ahora")."""

def words_by_language(lang: Lang) -> frozenset[str]:
    """The everyday words of one language: `COMMON_WORDS` and that language's part of `everyday_words.txt`."""
    text = (resources.files(__package__) / "data" / "everyday_words.txt").read_text(encoding="utf-8")
    words: set[str] = set(COMMON_WORDS[lang])
    section: str | None = None
    for line in text.splitlines():
        if line.startswith(("# Spanish", "# English")):
            section = "es" if line.startswith("# Spanish") else "en"
        elif not line.startswith("#") and section == lang:
            words.update(line.split())
    return frozenset(words)


GIVEN_NAMES: frozenset[str] = _load_words("given_names.txt")
"""Common given names, folded ("rosa", "elena", "juan"): how many surnames a name read back has."""


def _load_spanish_given() -> frozenset[str]:
    text = (resources.files(__package__) / "data" / "given_names.txt").read_text(encoding="utf-8")
    words: set[str] = set()
    spanish = False
    for line in text.splitlines():
        if line.startswith("#"):
            spanish = line.startswith("# Spanish")
        elif spanish:
            words.update(line.split())
    return frozenset(words)


SPANISH_GIVEN_NAMES: frozenset[str] = _load_spanish_given()
"""The Spanish ones of `GIVEN_NAMES` ("heriberto", "hilda"): where a silent h may go unheard."""
