"""Intents recognised by the shape of the sentence rather than by a fixed phrase.

`intents.detect_intent` tries the phrase lists first; these rules catch what a list cannot enumerate:
a callback asked for with any form of the verb ("¿me puede marcar en una hora?", "vuélvame a
llamar", "give me a ring tomorrow"), a person asked for by role ("¿me pasa con su supervisor?"),
small talk and questions about the agent ("¿cuántos años tienes?"), and, at a yes/no question, a
turn that only names a time ("no, mejor el lunes"). Each works on folded content words.
"""

from __future__ import annotations

import re

from .answer_shapes import arrives_late
from .busy_going_on import urged_on
from .callback_cues import (
    BARE_LATER,
    CALL_RETURNED,
    CALLS_ANOTHER_AFTER_ES,
    THIS_CALL_BEFORE,
    caller_calls_back,
    contact_with_time,
    on_need_around,
    someone_else_calls,
)
from .callback_times import names_a_time
from .durations import DELAY_TAKE_BACK_WORDS, duration_minutes
from .intent_grievances import DENIED_HANG_UP
from .lexicon import COMMON_WORDS, EVERYDAY_WORDS, GIVEN_NAMES
from .normalize import FILLERS, THANKED_BY, Lang, content_words, fold, fold_aligned, lang_of, wordset
from .numbers import digitize, is_number_word, prepare_tokens

# Courtesy words around a short request ("perdón, ¿otra vez?", "sorry, again?") that do not change it.
# (with the words a caller addresses the agent by, `normalize.THANKED_BY`: "jefa" as "jefe")
COURTESY: dict[Lang, frozenset[str]] = {
    "es": THANKED_BY["es"] | wordset(
        "perdon perdone disculpe disculpa disculpeme disculpame perdoname perdoneme oiga oye ey eit senora compa porfa"
        " favor por"
    ),
    "en": THANKED_BY["en"] | wordset("sorry excuse me pardon please man hey"),
}


# Small talk and questions about the agent herself ("¿cómo estás?", "are you a bot?", "how old are
# you?"): off-topic when the rest of the turn answers nothing ("Hola, ¿cómo está? Sí, dígame" is a yes).
_AGENT_ES = (
    r"robot|robota|maquina|humana?|persona|persona real|real|de verdad|inteligencia artificial|ia|bot|"
    r"chatbot|grabacion|grabadora|computadora|contestadora|asistente virtual|virtual|mujer|hombre|"
    r"programa|sistema|operadora automatica|voz automatica|automatica"
)
_AGENT_EN = (
    r"robot|bot|machine|human|real|a real person|real person|person|ai|an ai|artificial intelligence|"
    r"computer|recording|chatbot|virtual assistant|virtual|woman|man|alive|program|automated|"
    r"an automated system|automated system"
)
_TEAMS_ES = (
    r"america|chivas|cruz azul|pumas|tigres|rayados|monterrey|toluca|atlas|santos|leon|pachuca|necaxa|puebla|xolos"
    r"|seleccion|tri|diablos|tuzos|rojinegros|gallos|bravos|cementeros|aguilas|naranjeros|yaquis|sultanes|dodgers"
    r"|yankees|vaqueros|cowboys|steelers|acereros"
)
# How the caller may name the agent's accent, small or big ("acentito", "tonito").
_ACCENT_ES = r"acento|acentito|acentazo|tonito|modito"
# People of the caller's family or circle a voice may be likened to.
_KIN_ES = (r"sobrina|sobrino|hija|hijo|hermana|hermano|prima|primo|esposa|mujer|senora|vieja|novia|tia|tio|mama"
           r"|madre|amiga|amigo|comadre|nuera|nieta|cunada|suegra|chamaca|muchacha|ahijada|vecina|jefa")
_KIN_EN = (r"niece|nephew|daughter|son|sister|brother|cousin|wife|girlfriend|aunt|mom|mother|mama|friend|ex"
           r"|granddaughter|sister in law|daughter in law|neighbor|grandma|boss|buddy|kid")
_SMALL_TALK: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(
        r"\b(?:como (?:estas|esta usted|te va|le va|amaneciste|amanecio|te fue|le fue|andas|has estado|ha estado"
        r"|te sientes|se siente|va tu dia|va su dia|esta tu dia|esta su dia)"
        r"|que tal (?:(?:tu|su|el|la) )?(?:dia|tarde|noche|manana|fin de semana)|que tal (?:te|le) va"
        r"|que (?:onda|haces|hace usted|cuentas|me cuentas|opinas)"
        rf"|(?:eres|es usted|usted es|estas|sos|es esta|esto es|hablo con|estoy hablando con) (?:una? |uno de esos "
        rf"|una de esas |como una? |tipo |algun tipo de |una especie de )?(?:{_AGENT_ES})"
        r"|cuantos anos tienes|cuantos anos tiene|de donde eres|donde vives|donde estas|estas casada|tienes novio"
        # where she is from ("¿y tú eres de Monterrey o de dónde?", "¿de qué parte eres?", "¿eres regia?")
        r"|(?:tu|usted) de donde (?:eres|es)|de donde es usted"
        r"|(?:tu|usted) (?:eres|es) de (?!(?:la|el|los|las|verdad|mucha|mucho|gran|poca|poco|lo|nada|ninguna)\b)\w+"
        r"|eres de \w+(?: \w+)? (?:o de donde|o que|o no|verdad)|(?:eres|es|es usted|usted es) (?:de )?\w+ o de donde"
        r"|de (?:que|cual) (?:parte|ciudad|estado|pais|lado"
        r"|rancho|pueblo) (?:eres|es usted|sos)|(?:tu |usted )?(?:eres|es usted) (?:mexicana|mexicano|gringa|gringo"
        r"|regia|regio|chilanga|chilango|nortena|norteno|americana|americano|espanola|espanol|colombiana"
        r"|colombiano|extranjera|extranjero|de aqui|de mexico|de por aqui)"
        # where she sounds from ("hablas como de Sonora", "se te oye acento de regia", "¿a poco eres de allá?")
        # ("se te oye de la patada" is the line: the accent must be named there)
        # ("tienes un acentito como de tapatía": the accent said small or big is the same remark)
        r"|(?<!\bme )(?<!\bnos )(?<!\ble )(?<!\bles )(?:(?:hablas|suenas)(?: (?:un |el )?(?:" + _ACCENT_ES + r"))?"
        r"|(?:tienes|se te|se te oye|se te escucha|se te nota) (?:un |el )?(?:" + _ACCENT_ES + r"))"
        r" (?:bien |muy |medio |re )?(?:como )?(?:de|del) (?!(?:la oficina|la empresa|mi|tu|su)\b)\w+"
        r"|a poco (?:eres|es usted|usted es) de|(?:eres|es usted|usted es) de (?:alla|aca|ahi|alli|por alla|por aca"
        r"|esos rumbos|ese lado|esa zona|por ahi)"
        # the agent's own job ("¿cuánto tiempo llevas trabajando ahí?", "¿hace cuánto entraste?", "¿te pagan bien?")
        r"|(?:cuanto tiempo|cuantos anos|cuantos meses|desde cuando|hace cuanto|cuanto) (?:tiempo )?(?:que )?(?:llevas"
        r"|lleva usted|tienes|tiene usted) (?:trabajando|chambeando|laborando|en (?:la|esa|esta) (?:empresa|compania"
        r"|chamba)|ahi|en eso|haciendo esto)"
        r"|hace cuanto (?:que )?(?:trabajas|entraste|chambeas|trabaja usted|entro usted)"
        r"|(?:te|le) pagan bien|cuanto (?:ganas|te pagan|gana usted|le pagan)|(?:trabajas|trabaja usted) (?:desde|en)"
        r" (?:tu|su)? ?casa"
        # football, the team asked about ("¿cómo ves a los Tigres para la final?", "¿le vas a las Chivas?")
        # (how the team is going needs its article: "¿cómo van a Monterrey?" asks the way)
        r"|(?:como|que tal) (?:ves|vez|viste|ve usted) (?:a |al )?(?:el |la |los |las )?(?:" + _TEAMS_ES + r")"
        r"|(?:como|que tal) (?:andan|vienen|van|anda|viene) (?:el|la|los|las) (?:" + _TEAMS_ES + r")"
        r"|le (?:vas|va usted) a (?:los|las|la|el) \w+"
        # how she speaks ("hablas bien fresa", "qué bonito hablas", "tienes voz de robot")
        r"|(?:(?<!\bme )(?<!\bnos )(?<!\ble )(?<!\bles )hablas|usted habla|habla usted) (?:bien |muy |medio |re |super "
        r"|bastante |como )?"
        r"(?:fresa|fresita|bonito|chistoso|raro|gracioso|chilango|chilanga|norteno|nortena|gringa|gringo|espanola"
        r"|extranjera|robot|rapido|rapidito|formal|elegante|fino|fina|padre|chido|curioso|extrano|correcto|propio)"
        r"|que (?:bonito|chistoso|raro|gracioso|fresa|propio|formal|rapido|bien) hablas"
        r"|(?:tienes|tiene usted|traes|que) (?:una |bien |muy )?(?:voz|vocecita|vocesita) (?:bien |muy |medio )?"
        r"(?:bonita|linda|chistosa|rara|dulce|de robot|fresa|joven|sexy|suave)"
        # the voice praised ("tienes voz de locutora de radio", "qué bonita voz tiene", "me gusta su voz")
        r"|(?:voz|vocecita|vocesita) de (?:locutora|locutor|radio|telenovela|actriz|cantante|comercial|anuncio"
        r"|modelo|angel|princesa|muneca|nina|chavita|conductora|presentadora|noticiero|caricatura)"
        r"|(?:que|tan|bien|muy|tiene|tienes|una) (?:bonita|linda|bella|hermosa|dulce|suave|agradable|rica)"
        r" (?:voz|vocecita|vocesita)|(?:me gusta|me encanta) (?:tu|su) (?:voz|vocecita|acento|acentito|tonito)"
        # the voice likened to someone in the caller's family ("tu voz se parece a la de mi sobrina", "suenas
        # igualita a mi hija"; "se oye como que se corta" is the line: a person must be named)
        r"|(?:(?:tu|su) (?:voz|vocecita) (?:se parece|es|suena|se oye|se escucha)|suenas|suena usted|usted suena"
        r"|hablas|habla usted|te oyes|te escuchas|se oye usted) (?:mucho |bastante |un poco |muchisimo )?"
        r"(?:igualit[oa] |igual |identic[oa] |parecid[oa] "
        # ("le hablas a mi hijo" hands the phone over: "hablar" likens with "como" or "igual", never "a" alone)
        r"|muy parecid[oa] |clavadit[oa] )?(?:(?<!\bhablas )(?<!\bhabla usted )a |que |como )?(?:la (?:voz )?de )?"
        r"(?:mi|una|un) (?:" + _KIN_ES + r")\b"
        # her family, asked ("¿tienes hijos?", "¿usted tiene familia?")
        r"|(?:tienes|tiene usted|usted tiene) (?:hijos|hijas|chamacos|chiquillos|ninos|familia|esposo|marido|novio"
        r"|pareja|nietos)\b"
        # (how it sounds on the line is no remark on her: "tu voz se oye rara" is the line)
        r"|(?:tu|su) (?:voz|vocecita) (?:es|suena) (?:bien |muy |re |super |bastante )?"
        r"(?:bonita|linda|bella|hermosa|dulce|suave|agradable|rica|joven)"
        r"|(?:suenas|suena usted|usted suena) (?:bien |muy |medio |re )?"
        r"(?:fresa|bonita|chistosa|rara|joven|chavita|bien|linda|cansada)"
        # where she calls from ("¿desde qué ciudad me marcas?", "¿de qué estado me hablas?")
        r"|(?:desde|de) (?:que|cual) (?:ciudad|estado|pais|lugar|parte|rumbo|oficina) (?:me |nos )?(?:marcas|llamas"
        r"|hablas|marca|llama|habla|eres|es usted|estas|esta usted|marcan|llaman|hablan|son|son ustedes"
        r"|(?:estas|esta|estan) (?:marcando|llamando|hablando))"
        # where the agent's side is ("¿de dónde me están marcando?", "¿dónde está su oficina?", "¿dónde están
        # ubicados?")
        r"|(?:desde |de )?donde (?:me |nos )?(?:estas|esta|estan) (?:marcando|llamando|hablando)"
        # ... asked in the plain present ("¿y tú de dónde hablas?", "¿desde dónde me marcan?"); "de" or "desde"
        # is needed: "¿a dónde le hablo?" asks where the caller is to call
        r"|(?:desde|de) donde (?:me |nos )?(?:marcas|llamas|hablas|marca|llama|habla|marcan|llaman|hablan)"
        r"|de donde (?:son|es) (?:ustedes|la empresa|su empresa|tu empresa|su oficina|la oficina|esta empresa)"
        r"|donde (?:esta|estan|queda|quedan) (?:su|tu|la) (?:oficina|oficinas|empresa|compania|base|matriz|central)"
        r"|donde (?:estan|esta|estas) (?:ubicad[oa]s?|sus oficinas)"
        # ("¿en qué parte están ustedes, en Monterrey o en Guadalajara?", "¿ustedes dónde están?")
        r"|en (?:que|cual) (?:ciudad|estado|pais|parte|lugar|zona|lado) (?:estan|esta|quedan|queda|se encuentran"
        r"|se encuentra) (?:ustedes|su oficina|la oficina|sus oficinas|la empresa|su empresa|la base|su base)"
        r"|(?:ustedes|su oficina|la empresa|su empresa) (?:donde|en donde|en que parte) (?:estan|esta|quedan|queda)"
        r"|donde (?:estan|quedan) ustedes"
        r"|(?:como se llama|cual es el nombre de|cual es) (?:su|tu|la) (?:empresa|compania|agencia)"
        # where she is now ("¿en qué ciudad anda?", "¿en qué estado estás?")
        r"|en (?:que|cual) (?:ciudad|estado|pais|parte|lugar|oficina) (?:andas|anda usted|anda$|estas|esta usted"
        r"|vives|vive usted|trabajas|trabaja usted)"
        # pastimes and football ("¿qué haces en tus ratos libres?", "¿cómo quedó el América?")
        r"|(?:tienes|tiene usted) (?:algun )?(?:pasatiempo|hobby|jobi)|que haces (?:en tus|en tu|los) (?:ratos libres"
        r"|tiempo libre|dias libres|fines de semana|descansos)"
        r"|(?:como|cuanto|que tal) (?:quedo|quedaron|salio|le fue al?|va|van|estuvo) (?:el |la |los |las )?"
        r"(?:partido|juego|clasico"
        r"|" + _TEAMS_ES + r"|final|liguilla)"
        r"|quien gano (?:el partido|el juego|el clasico|ayer|anoche|la final)|"
        # who will win ("¿quién crees que gane el clásico el domingo?", "¿quién va a ganar la final?")
        r"quien (?:crees que |cree usted que |piensas que |dices que |va a |vas a ver que )?(?:gane|ganara|gana"
        r"|ganaria|ganar) (?:(?:el|la|los|las|este|esta) )?(?:partido|juego|clasico|final|pelea|liguilla|campeonato"
        r"|serie|copa|mundial|" + _TEAMS_ES + r")|viste (?:el|la) (?:partido|juego|clasico"
        r"|futbol|box|pelea|final)|(?:a que|a cual) equipo le (?:vas|va usted)|le vas al \w+"
        r"|(?:te|le) gusta el (?:futbol|beisbol"
        r"|box|americano)"
        r"|te gusta|le gusta|cual es tu \w+ favorit[oa]|quien te (?:hizo|creo|programo)|que eres$|como te llamas"
        r"|cual es tu nombre|como se llama usted|hablame de ti|cuentame de ti|cuentame algo|eres real"
        # the agent's own day ("¿y tú ya comiste?", "¿qué estás haciendo?")
        r"|(?:tu |usted )?ya (?:comiste|desayunaste|almorzaste|cenaste|comio usted|desayuno usted|ceno usted)"
        r"|usted ya (?:comio|desayuno|ceno|almorzo)"
        # the agent's own life, asked of a machine ("¿y tú comes, siendo máquina?", "¿usted duerme?", "¿te cansas?")
        r"|(?:y )?(?:tu|usted) (?:si |no |tambien |nunca )?(?:comes|come|duermes|duerme|descansas|descansa|te cansas"
        r"|se cansa|sientes|siente|suenas|suena|tienes familia|tiene familia|tienes hijos|tiene hijos|tienes vacaciones"
        r"|tiene vacaciones|cobras|cobra|te aburres|se aburre)(?: (?:o|y|algo|nada|bien))?\b"
        # ... or the caller's trade ("¿tú también manejas tráiler o nomás hablas?", "¿usted también es operadora?";
        # "tú manejas mi ruta" is who handles the route)
        r"|(?:tu|usted) (?:si |no |tambien |nunca |alguna vez )?(?:manejas|maneja|has manejado|ha manejado)"
        r" (?:un |una )?(?:trailer|troca|camion|tractor|full|torton|rabon|pipa)\b"
        r"|(?:tu|usted) (?:tambien |alguna vez )?(?:eres|es|fuiste|fue) (?:chofer|operador|operadora|trailera"
        r"|trailero|camionera|camionero)\b(?! de\b)"
        # ... and her hours ("¿y tú trabajas todo el día o también descansas?", "¿usted chambea los domingos?")
        r"|(?:tu|usted) (?:si |no |tambien |nunca )?(?:trabajas|trabaja|chambeas|chambea|estas|esta) (?:trabajando "
        r"|chambeando )?(?:todo el dia|toda la noche|todo el tiempo|diario|todos los dias|las 24 horas|24 horas"
        r"|de noche|en la noche|los domingos|los fines de semana|los sabados|hasta tarde|a estas horas|a esta hora"
        r"|tambien los domingos)\b"
        r"|siendo (?:una |un )?(?:" + _AGENT_ES + r")"
        # a town, asked ("¿has estado en Laredo? bonito pueblo"; a remark alone goes with an answer)
        r"|(?:alguna vez )?(?:has|ha usted|haz) (?:estado|ido|andado|pasado) (?:en|a|por) (?!(?:la|el|mi|tu|su"
        r"|esa|ese|este|esta)\b)\w+"
        r"|que estas haciendo|que esta haciendo usted|tienes hambre|estas cansada|a que hora sales"
        # who she works for ("¿eres de la misma empresa que me habló ayer?", "¿de qué empresa me hablas?")
        r"|(?:eres|es usted|usted es|son|trabajas|trabaja usted|hablas|llamas) (?:de|en|para) (?:la misma|esa|otra"
        r"|que|cual) (?:empresa|compania|linea|agencia|oficina)"
        # how the caller's number was found ("¿cómo sacaste mi número?", "¿quién te dio mi cel?")
        r"|(?:como|donde|de donde|quien te|quien le|quien les|por que) (?:\w+ )?(?:sacaste|saco|sacaron|conseguiste"
        # ("este" is also a filler and is gone from "¿quién te pasó este número?")
        r"|consiguio|consiguieron|obtuviste|obtuvo|obtuvieron|tienes|tiene|tienen|dio|dieron|paso"
        r"|pasaron) (?:(?:mi|este|el|ese) )?(?:numero|telefono|celular|cel|contacto|dato|datos)"
        # the weather and the road, remarked or asked ("qué calor hace", "¿hay tráfico en la autopista?")
        r"|(?:que|cuanto|tremendo|mucho|bien de) (?:calor|frio|friazo|caloron|aire|viento|lluvia|tormenta|neblina"
        r"|granizo|polvo|bochorno) (?:hace|esta haciendo|hay|esta|cae|traemos|tenemos|se siente)"
        r"|hace (?:un |mucho |bien de |tremendo |harto )?(?:calor|frio|aire|viento|bochorno)"
        r"(?: de los mil demonios| del demonio| del infierno| de perros| infernal| de la fregada)?"
        # the weather there, remarked ("aquí está una neblina que no se ve nada", "se soltó un aguacero")
        r"|(?:esta|hay|cae|anda|traemos|tenemos|se solto|se vino|esta cayendo) (?:una |un |mucha |mucho |tremenda "
        r"|tremendo |bien de |harta |harto |pura |puro |una tremenda |un tremendo )?(?:neblina|niebla|neblinota"
        r"|lluvia|tormenta|nevada|granizada|ventarron|ventisca|polvareda|tolvanera|aguacero|tormenton|chubasco"
        r"|granizo|granizal|nieve|aguanieve|lluvion|lluviota|tromba|tormentota|chaparron|diluvio"
        r"|calorón|caloron|friazo|helada)(?: que no se (?:ve|mira|aguanta)(?: nada| nadita| ni madres)?)?"
        r"|(?:esta|anda|sigue) (?:lloviendo|nevando|granizando|haciendo (?:un |mucho |bien de |tremendo |harto )?"
        r"(?:calor|caloron|frio|friazo|aire|bochorno))"
        # the heat or the cold, said in a figure ("aquí está que arde", "estamos que nos derretimos")
        r"|(?:esta|anda|se pone|se puso) que (?:arde|quema|hierve|revienta|se derrite|achicharra|congela|cala)"
        r"|(?:estamos|estoy|ando|andamos|me estoy|nos estamos|estoy que|estamos que) (?:me |nos )?(?:derritiendo"
        r"|derrito|derretimos|asando|aso|asamos|achicharrando|cocinando|muriendo de (?:calor|frio)|muero de (?:calor"
        r"|frio)|morimos de (?:calor|frio)|congelando|congelo|congelamos)"
        r"|(?:hay|habra|habia|esta|estara|anda|como esta|como anda|viene) (?:mucho |muy |bien |harto |el |un |tremendo "
        r"|un tremendo |un pinche )?trafico"
        # the traffic remarked ("el tráfico en Monterrey está horrible", "está bien pesado el tráfico")
        r"|trafico (?:\w+ ){0,4}?(?:esta|anda|viene|va|se puso|estuvo) (?:bien |muy |re |super |de |todo |bastante )?"
        r"(?:pesado|pesadisimo|horrible|feo|terrible|lento|imposible|de locos|parado|detenido|canijo|cargado|atorado"
        r"|a vuelta de rueda|espantoso|insoportable)"
        r"|(?:esta|anda|viene|se puso) (?:bien |muy |re |super |bastante )?(?:pesado|horrible|feo|lento|cargado"
        r"|imposible|espantoso|insoportable) el trafico|(?:que|tremendo|pinche|puro) trafico"
        # the agent's voice or accent ("tienes un acento bien raro", "¿por qué hablas así?")
        r"|(?:tienes|tiene usted|traes) (?:un |una )?(?:acento|tonito|voz) (?:bien |muy |medio |re )?(?:raro|rara"
        r"|chistoso|chistosa|bonito|bonita|extrano|extrana|gracioso|graciosa)"
        # ... praised with how it sounds first ("se te oye bonito el acento", "qué bonito acento tienes"); the
        # accent must be named ("se te oye bonito" alone may be the line)
        r"|(?:se te oye|se te escucha|se le oye|se le escucha|suena|que|tienes un|tiene un|traes un) (?:bien |muy "
        r"|re |super |bien re )?(?:bonito|lindo|chistoso|raro|padre|curioso|gracioso|chulo|suave|rico|extrano|bien)"
        r" (?:el |tu |su |ese |este )?(?:" + _ACCENT_ES + r")"
        # where the company is ("¿ustedes son de Laredo o de El Paso?", "¿la empresa es de Monterrey?")
        r"|(?:ustedes son|son ustedes|ustedes estan|estan ustedes|la empresa es|la compania es|la linea es"
        r"|la empresa esta|la compania esta) (?:de|en) (?!(?:la|el|los|las|lo|aqui|verdad|acuerdo|camino|confianza"
        r"|linea|servicio|vacaciones|contra|todo|nada|eso|esto|ruta|junta|llamada)\b)\w+"
        # ... and the other place offered ("¿... en Monterrey o en Saltillo?"): asked too, no name nor answer
        r"(?: (?:o|u) (?:de |en )?(?:el |la |los |las )?\w+)?"
        # ... asked as which of the company's offices they are ("¿ustedes son los de Querétaro o los de San Luis?")
        r"|(?:ustedes son|son ustedes|ustedes eran|eran ustedes) (?:los|las) (?:de|del) (?!(?:la|el|los|las|lo)\b)\w+"
        r"(?: (?:o|u) (?:los |las )?(?:de |del )?\w+)?"
        r"|de (?:que|cual) (?:empresa|compania|linea|agencia) (?:(?:dices|dice|dijiste|dijo) que )?"
        r"(?:eres|es|son|eras|era|eran|me hablas|me habla|me llamas|me llama"
        r"|hablas|habla|llamas|llama)|para quien trabajas|para quien trabaja usted|quien te (?:manda|mando))\b"
    ),
    "en": re.compile(
        r"\b(?:how (?:are|r) (?:you|ya|u)|hows it going|how is it going|how have you been|how you doing"
        r"|hows your (?:day|morning|afternoon|evening|weekend)|how is your (?:day|morning|afternoon|evening|weekend)"
        r"|how was your (?:day|morning|weekend)|whats up|how do you do|whats new"
        rf"|(?:are|r) (?:you|u) (?:an? |one of (?:those|them|these) |some (?:kind|sort) of (?:an? )?|like an? "
        rf"|just an? )?(?:{_AGENT_EN})"
        r"|(?:is this|am i talking to|am i speaking to|am i speaking with|im talking to|is that)"
        rf" (?:an? )?(?:{_AGENT_EN})"
        r"|how old are you|where are you from|where are you located|where are you|are you married|are you single"
        # where she is from and how she sounds ("are you from Texas?", "you sound young", "you talk funny")
        r"|(?:are|r) you from (?!(?:the|my|your|our|this|that|dispatch|payroll|the office)\b)\w+|where (?:you|ya) from"
        # where the company is ("are you guys out of Laredo or El Paso?", "y'all based out of Dallas?", "is your
        # company out of Texas?"); never what someone ran out of ("are you out of your mind", "out of fuel")
        r"|(?:(?:are|r) (?:you|u|yall|y all|you all)(?: guys| all| people| folks)?|yall|y all|you guys"
        r"|(?:is )?(?:your|the) (?:company|outfit|office|dispatch)(?: is)?) (?:out of|based (?:in|out of)|located"
        r" (?:in|out of)) (?!(?:your|my|the|this|that|it|here|there|time|gas|fuel|diesel|money|luck|hours|line"
        r"|options)\b)\w+"
        # ... asked as which of the company's offices they are ("are you guys the Dallas office or the Tulsa one?")
        r"|(?:are|r) (?:you|u|yall|y all|you all)(?: guys| all| people| folks)? the \w+(?: \w+)? (?:office|branch"
        r"|location|terminal|people|folks)\b"
        # ... and the other one offered ("... or the Tulsa one?"): asked too, no number one
        r"(?: or (?:the )?\w+(?: one| office| branch| location)?\b)?"
        r"|you from around here|you sound like (?:youre|you are|ur|your) (?:from|in|out of)\b"
        r"|you (?:kinda |kind of |sorta |sort of |really |do )?sound (?:so |really |pretty |real |kinda |kind of |very"
        r" |a lot |just )?(?:young|nice|pretty|cute"
        r"|sweet|fancy|funny|robotic|texan|british|southern|mexican|familiar|tired|happy|like a robot|like a machine"
        # ("are you a computer? you kinda sound like one")
        r"|like a computer|like one|real|human)"
        r"|you talk (?:funny|fast|fancy|pretty|nice|weird|like a)|(?:i )?like your (?:voice|accent)"
        # the voice likened to someone in the caller's family ("your voice sounds just like my niece's", "you
        # sound exactly like my daughter"; a person must be named: "sounds like it's breaking up" is the line)
        r"|(?:your voice sounds|you sound|you talk|you kinda sound) (?:just |exactly |a lot |kinda |kind of |so much "
        r"|real |really |almost )?like (?:my|a|your) (?:" + _KIN_EN + r")s?\b"
        # her family, asked ("you got kids?", "ya have any children?")
        r"|(?:do )?(?:you|ya) (?:got|have) (?:any )?(?:kids|children|grandkids|a husband|a boyfriend|a family)\b"
        r"|(?:nice|pretty|cute|sexy|lovely|great|beautiful|sweet|soothing|radio|announcer|dj|tv|voiceover) (?:voice"
        r"|accent)|you (?:have|got|sound like) (?:a |an |one of those )?(?:\w+ )?(?:radio|tv|news|movie) (?:voice"
        r"|announcer|host|dj|anchor|lady)"
        r"|(?:what|which) (?:city|state|country|town|part of \w+) (?:are you|you|youre|are yall|yall|are you guys"
        r"|you guys) (?:in|calling from|from|at|located in|based in|out of)"
        # where the agent's side is ("where y'all calling from?", "where's your office at?")
        r"|where (?:are |r )?(?:you|yall|you guys|you all) (?:calling|phoning|ringing|talking|speaking) (?:me )?from"
        # the accent praised or remarked ("your accent's real pretty", "that accent of yours is cute")
        r"|(?:your|that) accent(?: of yours)?(?: is|s) (?:so |really |real |pretty |kinda |kind of |very )?(?:cute"
        r"|nice|pretty|lovely|sweet|cool|funny|beautiful|charming|different|interesting|neat)"
        r"|where (?:are |r )?(?:you|yall|you guys|you all) (?:located|based|out of)"
        r"|(?:wheres|where is) (?:your|the) (?:office|company|headquarters|hq|base)"
        r"|whats (?:the name of )?your company(?: called)?|what company is this"
        r"|(?:whats|what is) the name of (?:your|the|that) (?:company|outfit|agency)"
        # pastimes and sports ("what do you do for fun?", "did you watch the game?")
        r"|(?:what|whatd|what d) (?:do |does )?(?:you|ya) do (?:for fun|in your (?:free|spare|off) time"
        r"|on (?:the |your )?(?:weekends?|days off))|(?:what are|whats) your hobbies|(?:got|have) any hobbies"
        r"|did you (?:see|catch|watch) the (?:\w+ )?(?:game|match|fight)|who won (?:the game|last night|the match)"
        r"|(?:how|hows) (?:about|bout) (?:them|those) \w+|do you (?:watch|follow|like) (?:football|soccer|baseball"
        r"|basketball|hockey|the nfl|sports)|whats your (?:favorite )?team"
        r"|(?:are you|you) an? \w+ fan|(?:are you|you) a fan of"
        r"|do you like|what do you like|whats your favorite|who made you|who built you|who programmed you"
        r"|what are you|tell me about yourself|whats your name|what is your name|do you have a boyfriend"
        r"|do you have feelings|do you sleep|do you eat|do you (?:ever )?(?:get tired|get bored|dream|get paid"
        r"|take breaks|have a family|have kids|sleep|rest|get a break|get days off|get a day off)"
        # ... or the caller's trade ("do you drive a truck too or do you just talk?", "you ever drive a rig?")
        r"|(?:do|did) (?:you|ya) (?:ever |also |even )?(?:drive|run|haul|pull) (?:a |an )?(?:truck|rig|semi|big rig"
        r"|eighteen wheeler|18 wheeler|reefer|flatbed|trailer)"
        r"|(?:you|ya) ever (?:drive|drove|driven|run|haul|hauled) (?:a |an )?(?:truck|rig|semi|big rig|trailer)"
        r"|(?:are|were) (?:you|ya) (?:a |an )?(?:trucker|truck driver|driver|former driver) (?:too|yourself|before)"
        # ... and her hours ("do you work all day?", "you working this late?", "do you work weekends too?")
        # ("I'll call you on Sundays", "can I reach you on weekends?" say when to call her, not her life)
        r"|(?<!\bcall )(?<!\breach )(?<!\btext )(?<!\bthank )(?<!\bsee )(?<!\bcatch )(?<!\bring )(?<!\bphone )"
        r"(?<!\bget )(?<!\bmessage )(?<!\bbother )"
        r"(?:do |are )?(?:you|ya) (?:ever |also |even )?(?:work|working|on) (?:all day|all night|24 7"
        r"|twenty four seven|around the clock|weekends|on weekends|on sundays|sundays|nights"
        r"|this late|this early|so late|so early"
        r"|every day|all the time)\b"
        # a town, asked ("you ever been to Tulsa? nice town"; a remark alone goes with an answer)
        r"|(?:have )?(?:you|ya) (?:ever )?been (?:to|through|down to|out to) (?!(?:the|my|your|that|this)\b)\w+"
        r"|did you eat|have you eaten|did you have (?:lunch|breakfast|dinner)|what are you doing|are you tired"
        # the agent's own job ("how long have you been working there?", "do they pay you well?")
        r"|how long (?:have )?(?:you|ya) (?:been )?(?:working|worked|been working|been there|been doing this|been at"
        r" (?:it|this|that company))|do they pay you (?:well|good|enough)|how much do (?:you|they pay you) make"
        r"|how much do they pay you|do you work from home|do you like (?:your|this) job"
        r"|(?:what|which) (?:company|outfit|agency)(?: did you say| you said| do you say)? (?:are you|is this"
        r"|this (?:is|was)|you (?:with|from|are with|were with|work for|re with|re from)|youre (?:with|from)"
        r"|do you work for|were you"
        r"|was this|was it|is it)"
        r"|who do you work for|who are you with|who are you calling for|who are you calling from"
        r"|are you (?:with|from) the same (?:company|outfit|people)"
        # how the caller's number was found ("how'd you get my number?", "who gave you this number?")
        r"|(?:how|howd|where|wheres|whered) (?:did |do |does |d )?(?:you|yall|you guys|they) (?:get|got|find|found"
        r"|have) (?:my|this) (?:number|info|information|contact|cell)"
        r"|who gave (?:you|yall|you guys) (?:my|this) (?:number|info|contact|cell)|why do you have my number"
        # the weather and the road ("man, it's hot out here", "is the traffic bad on 35?")
        r"|(?:its|it is|sure is|its getting|its been|it was) (?:so |really |pretty |damn |freaking |super "
        r"|crazy |way too )?"
        r"(?:hot|cold|freezing|windy|humid|rainy|snowy|pouring|raining|snowing|muggy|chilly|foggy|icy|scorching"
        r"|boiling|roasting|baking|sweltering|blazing|frigid|steamy|a scorcher|an oven|like an oven|a sauna"
        r"|like a sauna|an icebox)"
        r"(?: out| outside| today| here| out here| over here)?"
        # the heat or the cold felt ("I'm melting out here", "we're freezing our butts off")
        r"|(?:im|i am|were|we are) (?:just |literally )?(?:melting|roasting|baking|frying|sweating bullets|dying"
        r" in this heat|freezing (?:my|our) (?:butt|butts|ass|tail) off)"
        r"|(?:crazy|nice|nasty|bad|terrible) weather"
        # the weather there, said bare ("snowing sideways up here", "still pouring out here")
        r"|(?:(?:its|it is|its been|it has been|been|still|it keeps|keeps) )?(?:snowing|raining|pouring|hailing"
        r"|sleeting|storming|drizzling|blowing) (?:like crazy|sideways|hard|buckets|cats and dogs|like hell|nonstop"
        r"|all day|all night|again|real bad|pretty bad|like a|something fierce)"
        r"|(?:its|it is|its been|it has been|been|still|it keeps|keeps) (?:snowing|raining|pouring|hailing|sleeting"
        r"|storming|drizzling)"
        r"|(?:its|it is|its getting|its been) (?:hotter|colder) than (?:hell|heck|blazes|a \w+|an \w+)"
        # the weather there, remarked ("the wind out here in Wyoming is brutal", "this heat is killing me")
        r"|(?:the|this|that) (?:wind|winds|rain|snow|heat|cold|fog|ice|weather|storm|hail|dust|humidity|sun)"
        r"(?: \w+){0,4}? (?:is|s|was|has been|gets|got|getting|been) (?:so |really |pretty |just |absolutely |super "
        r"|freaking |damn |real |something )?(?:bad|crazy|terrible|horrible|insane|brutal|nuts|nasty|awful|rough"
        r"|no joke|else|killer|a killer|killing me|ridiculous|miserable|howling|unreal|wild|intense|blinding|thick)"
        # the traffic remarked ("traffic through San Antonio is brutal today", "the traffic out here's a nightmare")
        r"|traffic(?:s| (?:\w+ ){0,4}?(?:is|s|was|has been|been|gets|got|getting)) (?:so |really |pretty |just "
        r"|absolutely |super |freaking |damn |straight |real )?(?:bad|crazy|terrible|horrible|insane|backed up|a mess"
        r"|awful|heavy|brutal|nuts|a killer|killer|a nightmare|a zoo|a parking lot|slow|ugly|rough|hell|murder"
        r"|no joke|stupid|ridiculous|miserable|at a standstill|stopped|dead)"
        r"|(?:this|the|what|such|some) (?:\w+ )?traffic (?:jam )?(?:man|huh|today|though)"
        r"|(?:is there|any|lots of|bad|much) traffic|(?:is|was|hows|how is"
        r"|how bad is) (?:the )?traffic)\b"
    ),
}
# Whether a person or a machine is on the line, asked ("¿hay alguien de verdad ahí o es una grabación?", "is
# there a human reading this or is it a computer voice?", "am I talking to a real human?"): a question about
# the agent, never a request for a person, unless the turn also asks for one ("is this a recording? I want
# a real person").
_MACHINE_ES = r"grabacion|grabadora|maquina|robot|robota|computadora|contestadora|bot|sistema|programa|voz automatica"
_MACHINE_EN = r"computer|robot|recording|machine|bot|ai|recorded|automated|prerecorded|program|system"
_AGENT_NATURE: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(
        # ("¿hay alguien ahí?" alone checks the line: a person "de verdad" is what is asked about)
        r"\b(?:hay|esta|anda) (?:alguien|una persona|un humano|una humana|gente|persona) (?:de verdad|real|de carne"
        r" y hueso|viva)(?: (?:ahi|alli|escuchando|del otro lado|en la linea|oyendo|hablando))?\b"
        r"|\b(?:es|eres|sera|seras|estoy hablando con|hablo con) (?:una |un )?(?:persona|humano|humana|alguien)"
        r" (?:real|de verdad|de carne y hueso|viva|vivo)\b"
        r"|\b(?:o|o nomas|o solo) (?:es|eres) (?:una |un )?(?:" + _MACHINE_ES + r")\b"
        r"|\b(?:es|eres|sera|seras|estoy hablando con|hablo con) (?:una |un )?(?:persona|humano|humana) o (?:una |un )?"
        r"(?:" + _MACHINE_ES + r")\b"
        # ("¿es una de esas grabaciones o una señorita de verdad?")
        r"|\b(?:es|eres) (?:una de esas |uno de esos |una |un )?(?:" + _MACHINE_ES + r")(?:s|es)? o (?:una |un )?"
        r"(?:persona|senorita|senora|muchacha|humano|humana|alguien|operadora|gente)\b"
        # whether she has a name at all ("¿y tú tienes nombre o nomás número?")
        r"|\b(?:tu|usted) (?:si |no )?(?:tienes|tiene) nombre\b"
        r"|\b(?:tienes|tiene) nombre o (?:nomas|solo|nada mas|puro)\b"
        # machines doing people's work now ("¿ya ponen computadoras a despachar?", "¿ahora los robots hacen las
        # llamadas?")
        r"|\b(?:ya|ahora|ahorita) (?:ponen|pusieron|tienen|usan|traen) (?:a )?(?:robots?|computadoras?|maquinas?"
        r"|maquinitas?|la inteligencia artificial|inteligencia artificial|grabaciones) (?:a |para |que )?(?:\w+ )?"
        r"(?:despachar|marcar|llamar|hablar|contestar|hacer|hagan|despachen|marquen|llamen)\b"
        r"|\b(?:ahora|ya) (?:los |las )?(?:robots|computadoras|maquinas|grabaciones) (?:son los que |son las que )?"
        r"(?:hacen|despachan|llaman|marcan|hablan|contestan)\b"
    ),
    "en": re.compile(
        # ("is anybody there?" alone checks the line: a real one, a human, or one reading this is asked about)
        r"\b(?:is there|are there|is|isnt there) (?:a |an |any |some )?(?:(?:real |live |actual )(?:human|person|people"
        r"|anybody|anyone|somebody|someone|human being)|human|human being|humans)(?: (?:actually|really|even))?"
        r" (?:reading|listening|typing|there|on the other end|on the line|behind this|hearing|on this call|talking)\b"
        r"|\b(?:is there|is) (?:a |an |any |some )?(?:person|anybody|anyone|somebody|someone)(?: (?:actually|really"
        r"|even))? (?:reading|typing|behind) this\b"
        r"|\b(?:is it|is this|is that|or is it|or is this|or are you|or just) (?:just |only )?(?:a |an )?(?:"
        + _MACHINE_EN + r")(?: voice| thing| system| message| call| talking)?\b"
        r"|\b(?:am i|are we) (?:talking|speaking|chatting) (?:to|with) (?:a |an )?(?:real |live |actual )?"
        r"(?:human|person|human being|machine|robot|computer|bot|ai|recording)\b"
        r"|\b(?:are you|r u|is this|is that) (?:a |an )?(?:real |live |actual )?(?:human|person|human being) or\b"
        # a machine or a person, in everyday words ("is this one of them automated deals or a real lady?")
        r"|\b(?:is this|is it|is that|are you) (?:just )?(?:one of (?:those|them|these) |a |an )?(?:" + _MACHINE_EN
        + r")(?: \w+)? or (?:a |an )?(?:real |live |actual )?(?:lady|woman|man|guy|gal|girl|person|human|operator"
        r"|human being|people)\b"
        # whether she has a name at all ("do you even have a name?", "you got a name or just a number?")
        r"|\b(?:do you|you|do ya|ya) (?:even |actually )?(?:have|got) a name\b"
        # machines doing people's work now ("they got computers doing dispatch now?", "robots making the calls now?")
        r"|\b(?:computers?|robots?|machines?|ai|bots?|a computer|a robot|a machine) (?:doing|running|handling|making"
        r"|taking|do|run|handle|make|take) (?:the )?(?:dispatch|dispatching|calls|phones|phone calls|this|the calls"
        r"|jobs|my job|check ins|check calls)\b"
    ),
}


def asks_what_the_agent_is(tokens: list[str], lang: Lang) -> bool:
    """Whether the turn asks if a person or a machine is on the line."""
    return _AGENT_NATURE[lang].search(" ".join(tokens)) is not None


_GREETING_WORDS: dict[Lang, frozenset[str]] = {
    "es": wordset("hola buenas buenos dias tardes noches oye oiga y tu usted que bien gracias amiga senorita"),
    "en": wordset("hi hello hey and you good fine thanks thank there so"),
}


# A turn that only greets, checks the line or says "go ahead" ("Hola, buenas tardes", "Y ya, sí", "Ey",
# "Sí, dígame", "Yeah, go ahead"): at a question that wants a value it answers nothing, and it is not a
# failed answer either: the caller is still on the way to it.
_GO_AHEAD: dict[Lang, frozenset[str]] = {
    "es": wordset("si sii ya y ey ei eyy aja ajam mjm mhm uhhuh claro ok okey oki va sale orale andale "
                  "digame dime mande adelante aqui aca ahi estoy listo lista perfecto de acuerdo simon "
                  "bueno correcto pues "
                  # "dale", "arre", "sígale", "pásele", "sobres": go on, said in Mexico ("Bueno, a ver, dale.")
                  "dale vale arre sigale sigue pasale pasele orales andele andales sobres"),
    "en": wordset("yes yeah yep yup ya ok okay sure go ahead right alright all hey hi hello uhhuh mhm im here "
                  "ready listening shoot sounds good i am morning afternoon evening"),
}


# The caller says the line is good or there is time to talk ("le escucho", "aquí ando", "tengo unos minutos",
# "I can hear you fine", "I got a minute"): a go-ahead in more words than one, matched on folded words.
_HEARS_YOU: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(
        r"(?:(?:ya |si )?(?:le|lo|la|te|los|les) (?:escucho|oigo|estoy escuchando|estoy oyendo)"
        r"(?: (?:bien|muy bien|perfecto|claro|fuerte y claro|clarito|fuerte))?"
        r"|aqui (?:ando|andamos|estoy|estamos|sigo|seguimos)(?: (?:al pendiente|pendiente))?"
        r"|(?:si )?tengo (?:tiempo|chance|un minuto|unos minutos|un ratito|un rato|un par de minutos|unos minutitos)"
        r"|(?:si )?se puede|(?:si )?puedo(?: hablar)?|(?:soy )?todo oidos)\b"),
    "en": re.compile(
        r"(?:i (?:can )?hear you(?: (?:fine|ok|okay|good|well|now|loud and clear|clearly|just fine))?"
        r"|(?:i )?(?:got|have|ve got|have got) (?:a|a few|a couple|a couple of|some|the) (?:minutes?|seconds?|time)"
        r"|(?:i )?can talk|im all ears|(?:im|i am) listening|(?:im|i am) here)\b"),
}


def only_go_ahead_words(words: list[str], lang: Lang) -> bool:
    """Whether every (folded) word is a go-ahead or greeting word of the language ("dale", "ándale pues", "fire
    away"): such words alone are no answer - at the name question, no name ("Dale" on a Spanish call; "Dale
    Cooper" holds another word, and an English "Dale" is the given name it is there)."""
    rest = _GO_ON_PHRASE[lang].sub(" ", " ".join(words)).split()
    return bool(words) and all(w in _ACKNOWLEDGING_NOT_NAMES[lang] for w in rest)


# Go-aheads of more than one word whose words are not all go-aheads on their own ("fire away", "go for it")
_GO_ON_PHRASE: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"\b(?:a ver|va pues|dale pues|pues dale)\b"),
    "en": re.compile(r"\b(?:fire away|go for it|go on|lets do (?:it|this)|keep going|lets go|hit me)\b"),
}


def only_acknowledges(text: str, locale: str) -> bool:
    """The whole turn greets, checks the line or acknowledges, and says nothing else."""
    lang = lang_of(locale)
    tokens = content_words(text, lang)
    if tokens and _HEARS_YOU[lang].search(" ".join(tokens)):
        tokens = _HEARS_YOU[lang].sub(" ", " ".join(tokens)).split()
        if not tokens:
            return True
    rest = _GO_ON_PHRASE[lang].sub(" ", " ".join(tokens)).split()  # "okay, go for it"
    return bool(tokens) and len(tokens) <= 8 and all(t in _ACKNOWLEDGING[lang] for t in rest)


# A greeting, a "how are you" or an acknowledgement that opens a turn before its answer ("Qué onda.
# Cristian Lara", "Hola, ¿cómo está? Le habla Pedro Salas", "Hi, how are you, this is Bart"). Matched
# word by word on the folded turn, aligned with the original so the rest can be cut out of it.
_LEAD_WORD_RE = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
# Greetings of more than one word whose words are not all greetings on their own.
_GREETING_PHRASE: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"(?:que tal|que hubo|quiubo|quihubo|que paso|como esta|como estan|como le va|como te va"
                     r"|mucho gusto)\b"),
    "en": re.compile(r"(?:good (?:morning|afternoon|evening)|whats up|sup|howdy|nice to meet you)\b"),
}


# Words of agreement that are given names too ("Qué onda, Simón Bolaños"): never peeled off as a greeting.
_ALSO_NAMES = wordset("simon")
# A go-ahead, a greeting or a courtesy word: the words of a turn that only acknowledges (`only_acknowledges`), and
# without the ones that are names too, of one that only tells the agent to go on (`only_go_ahead_words`). Joined
# once here: both are asked on most turns.
_ACKNOWLEDGING: dict[Lang, frozenset[str]] = {
    lang: _GO_AHEAD[lang] | _GREETING_WORDS[lang] | COURTESY[lang] for lang in _GO_AHEAD
}
_ACKNOWLEDGING_NOT_NAMES: dict[Lang, frozenset[str]] = {
    lang: words - _ALSO_NAMES for lang, words in _ACKNOWLEDGING.items()
}
# The words `after_greeting` peels off a turn's start: those and fillers ("eh, hola, ¿qué tal? ..."), joined once
# here rather than on every turn it reads.
_LEAD_WORDS: dict[Lang, frozenset[str]] = {
    lang: _ACKNOWLEDGING_NOT_NAMES[lang] | (FILLERS[lang] - _ALSO_NAMES) for lang in _ACKNOWLEDGING
}


def after_greeting(text: str, locale: str) -> str | None:
    """The rest of a turn that opens with greetings, small talk or acknowledgements ("Qué onda.
    Cristian Yahir Lara Ponce" -> "Cristian Yahir Lara Ponce"); None when the turn opens otherwise or
    says nothing else. What the rest means is for the caller of this to judge: it is the answer only
    when it holds one."""
    lang = lang_of(locale)
    aligned = fold_aligned(text)
    tokens = list(_LEAD_WORD_RE.finditer(aligned))
    words = [t.group().replace("'", "") for t in tokens]
    lead = _LEAD_WORDS[lang]
    i, greeted = 0, False
    while i < len(tokens):
        joined = " ".join(words[i:])
        m = _GREETING_PHRASE[lang].match(joined) or _SMALL_TALK[lang].match(joined) \
            or _HEARS_YOU[lang].match(joined)
        if m is not None and m.end() > 0:
            i, greeted = i + len(joined[: m.end()].split()), True
            continue
        if words[i] in lead:
            i, greeted = i + 1, True
            continue
        break
    if not greeted or i >= len(tokens):
        return None
    rest = text[tokens[i].start():].strip()
    return rest or None


# The caller puts the call on hold or talks to someone beside them ("Ahorita voy, compadre, estoy en una
# llamada", "espérame tantito", "ya voy", "hold on, I'm on the phone", "coming, honey!"): a wait, not a
# request to be called back. Matched on folded text with its punctuation: "ahorita voy" ends a clause
# ("ahorita voy manejando" is the caller being busy).
_HOLD_RE: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(
        r"\b(?:(?:ahorita|orita|horita|ahi|ya|ahora|luego luego|alla) voy|ya (?:va|vengo|voy para alla)"
        # ("pérame", "pérate": "espérame" clipped as it is said on the road)
        r"|(?:(?:es)?perame|(?:es)?perate|(?:es)?pereme|(?:es)?perenme|aguantame|aguanteme|permiteme|permitame|dame|deme)"
        r"(?: (?:tantito|tantita|un (?:momento|momentito|segundo|segundito|ratito|minuto|minutito)))?"
        r"|(?:un|un momentito|un segundito) (?:momento|momentito|segundo|segundito)"
        # staying on the line ("no me cuelgues", "no te voy a colgar": `intent_grievances`)
        r"|" + DENIED_HANG_UP["es"] + r")\s*(?:[,.;:!?\u2026]|$)"
    ),
    "en": re.compile(
        r"\b(?:hold on|hang on|one sec(?:ond)?|just a sec(?:ond)?|give me a sec(?:ond)?|be right there"
        r"|be right back|be right with you|(?:im )?coming|wait up|one moment|just a moment"
        # staying on the line ("don't hang up", "I'm not hanging up on you": `intent_grievances`)
        r"|" + DENIED_HANG_UP["en"] + r"(?: on (?:me|you|us))?)\s*(?:[,.;:!?\u2026]|$)"
    ),
}


# The phone handed to someone beside the caller ("se lo paso a mi jefe", "ahorita le paso a mi esposo", "te comunico
# con mi compañero", "let me hand you to my boss", "I'll put my husband on", "here's my dispatcher"): the one who
# speaks next answers - a hold, never the value put off (sent "a mi jefe" by message is: `_SENT_ES`) nor a refusal.
_PERSON_BESIDE_ES = (r"(?:mi |el |la |al |a la )?(?:jefe|jefa|esposo|esposa|senora|senor|marido|vieja|viejo|hijo|hija"
                     r"|companero|companera|compa|compadre|despachador|despachadora|supervisor|supervisora|encargado"
                     r"|encargada|patron|patrona|socio|hermano|hermana|chofer|operador|secretaria|mama|papa)")
_PERSON_BESIDE_EN = (r"(?:my|the|our) (?:boss|wife|husband|son|daughter|partner|dispatcher|supervisor|manager|buddy"
                     r"|brother|sister|dad|mom|codriver|co driver|team driver|driver|guy|office manager)")
_HANDS_OVER: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"\b(?:(?:se|te|le) (?:lo |la )?)?(?:paso|comunico|pongo|doy) (?:a|con|al) " + _PERSON_BESIDE_ES
                     + r"\b(?! (?:por|en un|al rato|luego|despues|manana)\b)"),
    "en": re.compile(r"\b(?:let me|ill|i will|i ll|im gonna|im going to|gonna|hold on ill) (?:hand|pass|give|put)"
                     r" (?:you|the phone|this|it|ya) (?:to|over to|on with|through to) " + _PERSON_BESIDE_EN + r"\b"
                     r"|\b(?:ill|i will|i ll|let me) put " + _PERSON_BESIDE_EN + r" on\b"
                     r"|\bhere(?:s| is) " + _PERSON_BESIDE_EN + r"\b"),
}


# Someone else answers for the one called ("This is his wife", "soy su esposa", "habla su hermano", "he's not here",
# "él no está", "he left his phone"): news of who is on the line, never a person asked of the agent - even after
# "Isn't Mike there?" said back to her.
_RELATIVE_ES = (r"(?:esposa|esposo|senora|mujer|marido|hijo|hija|hermano|hermana|mama|papa|mami|papi|novia|novio"
                r"|cunado|cunada|suegra|suegro|companero|companera|compadre|comadre|vecino|vecina|jefe|jefa)")
_RELATIVE_EN = (r"(?:wife|husband|son|daughter|brother|sister|mom|mother|dad|father|girlfriend|boyfriend|fiance"
                r"|fiancee|partner|roommate|neighbor|coworker|co worker|boss)")
_ANSWERS_FOR_ANOTHER: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"\b(?:soy|habla|le habla|te habla|aqui (?:esta|habla)) (?:su|la|el) " + _RELATIVE_ES + r"\b"
                     r"|\b(?:el|ella) no (?:esta|se encuentra)\b|\bno (?:esta|se encuentra) (?:el|ella|aqui|ahorita)"
                     r"(?: (?:el|ella))?$|\b(?:dejo|olvido) (?:su|el) (?:celular|telefono|cel)\b"),
    "en": re.compile(r"\b(?:this is|its|im|i am|you got|youve got|you reached) (?:his|her|their) " + _RELATIVE_EN
                     + r"\b|\b(?:he|she)(?: s| is|s)? (?:not|isnt) (?:here|home|in|around|available)\b"
                     r"|\b(?:hes|shes) (?:not|out) (?:here|home|in|around|available)?\b"
                     r"|\b(?:he|she) (?:left|forgot) (?:his|her) (?:phone|cell)\b"),
}


# ... and offers to answer in his place ("soy su esposa, yo le doy los datos", "habla su hijo, ¿qué necesita?", "this
# is his wife, I can give you his info", "he's not here but I have all his info"): the call goes on with whoever is on
# the line - no wrong person, never hung up on.
_ANSWERS_IN_HIS_PLACE: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"\b(?:le|te|les) (?:doy|paso|dicto|digo|puedo dar|puedo pasar) "
                     r"(?:(?:sus|los|todos sus|todos los) )?datos\b"
                     r"|\b(?:yo )?(?:tengo|traigo) (?:(?:sus|los|todos sus|todos los) )?datos\b"
                     r"|\b(?:le|te|les) (?:ayudo|puedo ayudar)\b|\bque (?:necesita|necesitas|ocupa|ocupas|se le ofrece"
                     r"|se te ofrece|se ofrece|queria)\b|\b(?:digame|dime|mande)\b"
                     r"|\bpara que (?:es|era|lo busca|lo quiere)\b"),
    "en": re.compile(r"\b(?:i can|ill|i will|let me|i could) (?:give you|help)\b|\bi (?:have|got|ve got) (?:all )?"
                     r"(?:his|her|their|the) (?:info|information|details|data|numbers?|plates?)\b|\bwhat do you need\b"
                     r"|\bhow can i help\b|\bcan i help\b|\bwhats (?:it|this) (?:about|regarding)\b|\bgo ahead\b"
                     r"|\bwhat can i do for you\b"),
}


def answers_in_his_place(tokens: list[str], lang: Lang) -> bool:
    """Whether someone who answers for the one called offers to answer in his place (`_ANSWERS_IN_HIS_PLACE`)."""
    return _ANSWERS_IN_HIS_PLACE[lang].search(" ".join(tokens)) is not None


def answers_for_another(tokens: list[str], lang: Lang) -> bool:
    """Whether the turn says someone else answers for the one called (`_ANSWERS_FOR_ANOTHER`)."""
    return _ANSWERS_FOR_ANOTHER[lang].search(" ".join(tokens)) is not None


def hands_over(text: str, locale: str) -> bool:
    """Whether the turn hands the phone to someone beside the caller (`_HANDS_OVER`): a hold."""
    return _HANDS_OVER[lang_of(locale)].search(" ".join(re.findall(r"[a-z]+", fold(text).replace("'", "")))) \
        is not None


def talks_aside(text: str, locale: str) -> bool:
    """The turn puts the call on hold or is said to someone else, or the caller only goes to look the value up
    (`goes_to_look`): nobody is asked to call back."""
    lang = lang_of(locale)
    return bool(_HOLD_RE[lang].search(fold(text))) or goes_to_look(text, locale) or hands_over(text, locale)


_ASKS_WHETHER: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"\b(?:sabes|sabe|saben|sabras|sabra|me dices|me dice|me puedes decir|me podrias decir) si\b"),
    "en": re.compile(r"\b(?:do you know|you know|can you tell me|could you tell me) (?:if|whether)\b"),
}


_INTERJECTIONS: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"\b(?:no manches|no mames|no inventes|no friegues|no te creas|ni modo|a poco|hijole|uff|uy"
                     r"|eh|espera|esperate|ahorita|ahora|en este momento"
                     # the truth pressed for ("¿eres robot? dime la verdad", "¿neta?"): no go-ahead "dime"
                     r"|(?:dime|digame|dimelo|digamelo|me dices|se sincera|se sincero|sea sincera|sea sincero)"
                     r"(?: la verdad| de verdad| en serio| neta)?|la verdad|en serio|neta|de veras|de verdad"
                     # how bad it is ("qué calor, no se aguanta"): a remark's end, no "no" to anything asked
                     r"|no se aguanta|no hay quien (?:lo |la )?aguante|no se puede ni respirar|ni se diga"
                     r"|no hay (?:quien|como) (?:lo |la )?soporte|no se soporta)\b"),
    # "wait, am I talking to a machine right now?": "right" there is no yes
    "en": re.compile(r"\b(?:man|dude|geez|jeez|wow|boy|oh boy|no kidding|no joke|huh|eh|wait|right now|now"
                     # the truth pressed for ("are you a robot? tell me the truth", "be honest")
                     r"|(?:tell me|gimme|give me) the truth|(?:be|just be) (?:honest|straight)(?: with me)?|honestly"
                     r"|level with me|no lie|dont lie(?: to me)?"
                     r"|real quick|seriously|for real|i cant stand it|cant stand it|cant take it|its unbearable"
                     r"|unbearable|cant even breathe)\b"),
}
# "Ni idea, está bien cargado el tráfico": not knowing answers the question; the remark is only why.
_DONT_KNOW: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"\b(?:ni idea|no se|no tengo idea|quien sabe|no sabria|no estoy segur[oa]|sepa)\b"),
    "en": re.compile(r"\b(?:no idea|dont know|do not know|not sure|no clue|who knows|cant say|hard to say)\b"),
}
# An article is no number ("tienes un acento raro"); a time after it is ("hace calor, llego en una hora").
_ARTICLES = frozenset({"un", "una", "uno", "a", "an"})


def small_talk(tokens: list[str], lang: Lang) -> bool:
    joined = " ".join(tokens)
    # every remark of the turn ("usted habla bien bonito, ¿es chilanga o de dónde?"), not only the first
    spans = [m.span() for m in _SMALL_TALK[lang].finditer(joined)] or \
        [m.span() for m in _AGENT_NATURE[lang].finditer(joined)]
    if not spans:
        return False
    kept, at = [], 0
    for start, end in spans:
        kept.append(joined[at:start])
        at = end
    kept.append(joined[at:])
    # "¿sabes si hay tráfico?": that "si" is "whether", no yes; "¡no manches!" is surprise, no "no"
    rest = _ASKS_WHETHER[lang].sub(" ", " ".join(kept))
    rest = _INTERJECTIONS[lang].sub(" ", rest).split()
    rest = [t for t in rest if t not in _GREETING_WORDS[lang] and t not in COURTESY[lang]]
    if not rest:
        return True
    if _DONT_KNOW[lang].search(" ".join(rest)):
        return False
    from .yes_no import classify_yes_no

    locale = "es-MX" if lang == "es" else "en-US"
    # "hace mucho calor, llego como a las cinco" answers a question: a number keeps it an answer
    if classify_yes_no(" ".join(rest), locale).answer is not None:
        return False
    if any(t.isdigit() or (is_number_word(t, lang) and t not in _ARTICLES) for t in rest):
        return False
    # "está bien pesado el tráfico, llego tarde": the remark is why; arriving late answers the question
    if arrives_late(" ".join(rest), locale):
        return False
    return not (any(t in _ARTICLES for t in rest) and names_a_time(" ".join(rest), locale))



# News of the caller's trip, told rather than asked: a breakdown, a flat, an accident, the pay cut ("se me ponchó una
# llanta", "mi camión se descompuso", "tuve un accidente", "my truck broke down", "they cut my pay again"). At any
# question it is no answer: never a value to spell ("camionsedescompuso" is no address), never a "didn't get that" -
# a person says she is sorry to hear it and asks again (`trip_news`).
_VEHICLE_ES = (r"(?:camion|troca|trocka|tractor|caja|unidad|trailer|traila|remolque|carro|motor|llanta|llantas|thermo"
               r"|termo|refri|freno|frenos|clutch|bateria|transmision|manguera|radiador|mofle)")
_VEHICLE_EN = (r"(?:truck|rig|tractor|trailer|unit|engine|tire|tires|reefer|brakes?|battery|transmission|clutch"
               r"|radiator|hose|alternator|starter|turbo)")
_MISHAP_ES = (r"(?:ponch\w*|descompu\w*|romp\w*|rompio|quebr\w*|tron\w*|revent\w*|desinfl\w*|calent\w*|apag\w*"
              r"|muri\w*|atasc\w*|ator\w*|volte\w*|volco|desbiel\w*|desvielo|fall\w*)")
_TRIP_NEWS: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(
        # something gave out on the caller ("se me ponchó una llanta", "se nos descompuso la troca")
        r"\bse (?:me|nos|le) (?:\w+ )?" + _MISHAP_ES + r"(?: (?:el|la|los|las|mi|mis|una|un) \w+)?"
        # ... or it did so by itself ("mi camión se descompuso", "la caja está ponchada", "el motor no arranca")
        r"|\b(?:mi|el|la|los|las|nuestro|nuestra) " + _VEHICLE_ES + r"(?: \w+)? (?:se |ya |anda |esta |quedo |sigue )?"
        r"(?:" + _MISHAP_ES + r"|no (?:arranca|prende|jala|sirve|enciende|frena)|en el taller)"
        # what happened ("tuve un accidente", "choqué", "me quedé tirado", "me chocaron")
        r"|\b(?:tuve|tuvimos|he tenido|acabo de tener) (?:un|una) (?:accidente|accidentito|choque|choquecito|percance"
        r"|incidente|falla|ponchadura|ponchada|descompostura|volcadura)\b"
        r"|\b(?:choque|me accidente|nos accidentamos|me ponche|nos ponchamos|me vole)\b"
        r"|\b(?:me|nos) (?:quede|quedamos) (?:tirad[oa]s?|varad[oa]s?|atorad[oa]s?|sin (?:diesel|combustible|gasolina"
        r"|frenos|bateria|llanta))\b"
        r"|\b(?:me|nos) (?:chocaron|pegaron|alcanzaron|asaltaron|robaron|volaron)\b"
        # the pay cut ("me bajaron el sueldo otra vez", "nos recortaron las millas")
        r"|\b(?:me|nos) (?:bajaron|recortaron|quitaron|redujeron|rebajaron) (?:el|la|los|las|mi|mis) (?:sueldo|pago"
        r"|paga|tarifa|millas|kilometros|comision|comisiones|bono|bonos|viaticos|horas)\b"),
    "en": re.compile(
        r"\b(?:my|the|our) " + _VEHICLE_EN + r"(?: \w+)? (?:just |finally |totally )?(?:broke down|broke|blew(?: out)?"
        r"|died|quit|is broken|is busted|is shot|is down|went out|went down|wont start|will not start|overheated"
        r"|is (?:in|at) the shop|is acting up|failed|gave out|caught fire|is leaking|went flat|is flat)\b"
        r"|\b(?:i|we) (?:just )?(?:had|got (?:in|into)|was in|were in) (?:an?|a little|a small|a minor|a bad) "
        r"(?:accident|wreck|crash|fender bender|flat|blowout|breakdown)(?: (?:tire|tyre))?\b"
        r"|\b(?:i|we) (?:just )?(?:broke down|blew a tire|blew a tyre|got a flat|got rear ended|got hit|got sideswiped"
        r"|wrecked|crashed|ran out of (?:fuel|gas|diesel)|got stuck|got robbed|jackknifed)(?: (?:tire|tyre))?\b"
        r"|\bsomebody (?:hit|rear ended|sideswiped|robbed) (?:me|us|my \w+)\b"
        # the pay cut ("they cut my pay again", "dispatch docked my miles")
        r"|\b(?:they|dispatch|the company|my boss|the broker|somebody|someone) (?:\w+ )?(?:cut|docked|lowered|reduced"
        r"|slashed|dropped) (?:my|our) (?:pay|rate|rates|miles|hours|check|paycheck|bonus|per diem)\b"),
}
# Held up on the road by the police, the caller is stopped there now ("I got pulled over", "me pararon los federales"):
# busy for the moment, as at customs - the callback offered, not news to be sorry for and go on.
_STOPPED: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"\b(?:me|nos) (?:pararon|detuvieron|estan revisando|tienen parad[oa]s?)"
                     r"(?: (?:los|la|el|unos|una) (?:federales|federal|policia|policias|transito|guardia nacional"
                     r"|militares|soldados|tamarindos|patrulla))?\b"),
    "en": re.compile(r"\b(?:i|we) (?:just )?(?:got|am getting|was|were|am|are) (?:pulled over|stopped by (?:the )?"
                     r"(?:cops|police|dot|highway patrol|state trooper|trooper))\b"),
}

# Where it happened, said with it ("en la carretera", "on the interstate"): part of the story.
_WHERE_ON_THE_ROAD: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"\b(?:aqui |ahi |alla )?(?:en|por) (?:la|el|una|un) (?:carretera|autopista|camino|libre|cuota"
                     r"|caseta|taller|orilla|acotamiento)\b"),
    "en": re.compile(r"\b(?:out )?(?:on|at|in|by) (?:the|a) (?:highway|road|interstate|freeway|turnpike|shoulder|shop"
                     r"|side of the road)\b"),
}

# Words of such a story a general word list lacks ("estamos esperando la grúa", "waiting on the tow").
_STORY_WORDS = wordset("grua gruas tow wrecker mecanico mecanicos mechanic taller refaccion refacciones pieza piezas "
                       "llanta llantas tire tires ajustador seguro insurance adjuster troca trailer caja remolque "
                       "diesel reefer thermo motor engine")


def _told_alone(spans: list[tuple[int, int]], joined: str, lang: Lang) -> bool:
    """Whether nothing but courtesy, greeting and interjection words is said beside the spans of `joined` (a remark
    told alone): a yes or no, a number or a time beside it is an answer the remark only goes with ("sí, se me ponchó
    una llanta", "tuve un accidente, llego a las cinco")."""
    kept, at = [], 0
    for start, end in spans:
        kept.append(joined[at:start])
        at = end
    kept.append(joined[at:])
    rest = _INTERJECTIONS[lang].sub(" ", _WHERE_ON_THE_ROAD[lang].sub(" ", " ".join(kept))).split()
    rest = [t for t in rest if t not in _GREETING_WORDS[lang] and t not in COURTESY[lang] and t not in FILLERS[lang]]
    if not rest:
        return True
    from .yes_no import classify_yes_no

    locale = "es-MX" if lang == "es" else "en-US"
    said = " ".join(rest)
    if classify_yes_no(said, locale).answer is not None or names_a_time(said, locale) or arrives_late(said, locale):
        return False  # "tuve un accidente, voy a llegar tarde": the arrival is what is told
    if any(t.isdigit() or (is_number_word(t, lang) and t not in _ARTICLES) for t in rest):
        return False
    # the rest is more of the story ("y ahorita estoy esperando la grúa", "again", "on the interstate"): everyday
    # words, no letters or address said
    return all(t.isalpha() and len(t) > 1 and (t in EVERYDAY_WORDS or t in _STORY_WORDS) for t in rest)


def trip_news(tokens: list[str], lang: Lang) -> str | None:
    """What the turn tells of the caller's trip when it tells nothing else: "stopped" for the police holding him up
    now (`_STOPPED`), "news" for a mishap or a pay cut (`_TRIP_NEWS`), else None."""
    joined = " ".join(tokens)
    for kind, pattern in (("stopped", _STOPPED[lang]), ("news", _TRIP_NEWS[lang])):
        spans = [m.span() for m in pattern.finditer(joined)]
        if spans and _told_alone(spans, joined, lang):
            return kind
    return None

# How long the call takes, asked ("¿cuánto se tarda?", "¿cuánto tiempo es?", "how long will it take?"): a question
# about the call, answered and asked again - no complaint. "¿Cuánto más?", "how much longer?" are impatience
# (`intent_grievances`); "how long is this going to take?", "¿cuánto va a tardar esto?" only ask, before the
# registration or in it.
_HOW_LONG: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(
        r"(?<!\bmas )(?<!\bya )\b(?:cuanto|cuantos minutos|que tanto) (?:tiempo )?(?:se tarda|tarda|tardas|se tardan"
        r"|tardan|se lleva|lleva|toma|se toma|dura|va a durar|va a tardar|se va a tardar|(?:nos )?tardamos"
        r"|(?:nos )?vamos a (?:tardar|durar|tomar)|nos va a (?:tomar|llevar|quitar)|nos toma|nos lleva|nos quitas"
        r"|me va a tomar|me toma|es|son|seria|serian|me lleva|me va a llevar|me quitas"
        r"|me va a quitar|ocupas|necesitas"
        r"|se necesita|se ocupa)\b(?! mas\b)"
    ),
    "en": re.compile(
        r"\bhow (?:long|many minutes) (?:does|will|is|would|do|should) (?:it|this|that|the call|this call"
        r"|the registration|this thing|you need|you) ?(?:take|last|be|going to take|gonna take|need)?\b"
        # "we", the caller and the agent on the call ("how long are we gonna be?", "how long do we need?")
        r"|\bhow (?:long|many minutes) (?:are|will|do|would|should) we (?:be|take|need|gonna be|going to be"
        r"|gonna take|going to take|gonna need)\b"
        r"(?! (?:\w+ )?(?:to get|to unload|to load|for (?:the|my) (?:pay|check|settlement|load)))"
    ),
}


# ... or asked as a yes/no question of the whole turn ("¿va a tardar mucho?", "¿es rápido?", "how long?", "is this
# gonna take long?"): only the question, no more; with "ya" or "todavía" it is impatience (`intents._MORE_TIME`).
_HOW_LONG_ASKED: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(
        r"(?:(?:y|oye|oiga|pero|este|esto|eso|pues|ah|a ver) )*(?:(?:se|nos|me) )?"
        r"(?:(?:va|van|vamos) a (?:tardar|tomar|durar|llevar|demorar)|tarda|tardan|tardamos|se tarda|dura|demora"
        r"|lleva|toma|es|sera|esta|son)(?: (?:muy|mucho|bien|bastante|tan|harto|algo|mucho tiempo))*"
        r"(?: (?:rapido|rapidito|largo|larga|tardado|tardada|mucho|mucho tiempo|bastante|harto|poco|poquito"
        r"|rato|mucho rato|un rato|breve|corto|cortito|tanto|minutos|poco tiempo))?"
        r"(?: (?:o no|verdad|o que|esto|eso|la llamada|el registro|el tramite))?"
    ),
    "en": re.compile(
        r"(?:(?:and|so|um|uh|ok|okay|well|just) )*(?:how long|how many minutes"
        r"|(?:is|will|does|would|should) (?:it|this|that|the call|this call|the registration)"
        r"(?: (?:gonna|going to))? (?:be |take )?(?:long|very long|too long|quick|fast|short|a while|a long time"
        r"|much time|many minutes|more than a (?:minute|couple minutes))"
        r"|(?:is|will) (?:it|this|that) (?:gonna|going to) (?:take|be) (?:long|a while|a long time|quick|fast))"
        r"(?: (?:or what|right))?"
    ),
}
_HOW_LONG_WORDS: dict[Lang, frozenset[str]] = {
    "es": wordset("cuanto tanto tardar tarda tardan tardamos dura demora rapido rapidito largo larga tardado tardada "
                  "breve corto cortito"),
    "en": wordset("how long quick fast short while"),
}
# (a bare "¿es?", "¿está?" asks nothing of the kind: one of the words of time must be said)
_TIME_SAID = re.compile(r"\b(?:tard\w*|dura|demora|durar|demorar|rapid\w*|larg\w*|breve|cort\w*|rato|tiempo"
                        r"|minutos|long|quick|fast|short|while)\b")


# ... what else the same words may ask how long of, named after them ("¿cuánto se tarda en llegar la caja?", "¿cuánto
# tiempo se va a tardar la descarga?", "¿cuánto se tardan para que me descarguen?"): not the call - no "a couple of
# minutes" for it; nor money ("¿cuánto es de la multa?", "¿cuánto es lo del diésel?").
_HOW_LONG_OF_ANOTHER: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(
        r"^ ?(?:\w+ )?(?:(?:en|para) (?:que )?(?:me |nos |lo |la |los |las |le |les |se )?(?:lleg|descarg|carg|pas"
        r"|atiend|atend|sal|entr|pag|deposit|cruz|desenganch|enganch|revis|arregl|repar|liber|asign|abr|recib|dej"
        r"|sub|baj|met|chec|despach|surt|llen|vac)\w*"
        r"|(?:(?:en|de|con|por) )?(?:la|el|los|las|mi|mis|su|sus) (?:descarga|carga|pago|deposito|caja|rampa|anden|fila"
        r"|turno|cita|revision|aduana|cruce|viaticos|liquidacion|unidad|tractor|trailer|camion|mercancia|producto"
        r"|reparacion|inspeccion|espera|multa|cobro|costo|precio|estadia|pension)|lo (?:del?|que))\b"),
    "en": re.compile(r"^ ?(?:\w+ )?(?:to|for|until|till) (?!register\b|do\b|finish\b)\w+"),
}


def asks_how_long(tokens: list[str], lang: Lang, *, of_the_call: bool = False) -> bool:
    """The turn asks how long the call takes (`_HOW_LONG`); `of_the_call`: and names nothing else it asks how long
    of (`_HOW_LONG_OF_ANOTHER`: "¿cuánto se tarda en llegar la caja?" asks of the trailer, not of the call)."""
    if _HOW_LONG_WORDS[lang].isdisjoint(tokens):
        return False  # most turns: no word of it at all
    joined = " ".join(tokens)
    if _HOW_LONG_ASKED[lang].fullmatch(joined) and _TIME_SAID.search(joined):
        return True  # "¿va a tardar mucho?", "how long?": the whole turn asks it, of nothing else
    m = _HOW_LONG[lang].search(joined)
    if m is None or not of_the_call:
        return m is not None
    if lang == "es" and _HOW_MUCH_ES.search(m.group(0)):
        return False  # "¿cuánto es?", "¿cuánto son?" with no "tiempo": how much, as of money
    return _HOW_LONG_OF_ANOTHER[lang].search(joined[m.end():]) is None


# Whether the call is over, asked ("¿ya?", "¿ya terminamos?", "¿eso es todo?", "is that it?", "are we done?"): a
# question to answer ("ya casi", "es lo último"), never the goodbye nor the yes its words may sound like - "ya
# terminamos" and "we're done" said are goodbyes, asked they wait for the answer. Spanish asks in the same words it
# says, so only with its question mark; English "is that it", "are we done" ask by their order alone.
_DONE_OPENERS = (r"(?:(?:oiga|oye|entonces|pues|bueno|este|y|o sea|senorita|seno|joven|jefa?|ok|okay|so|and|well|oh"
                 r"|then|uh|um|hey|alright|all right|wait) )*")
# ... and after them ("¿ya terminamos, joven?", "is that it, ma'am?")
_DONE_CLOSERS = (r"(?: (?:ya|entonces|verdad|no|o que|joven|senorita|seno|jefe|jefa|amigo|oiga|mija|mijo|sir|maam"
                 r"|ma am|miss|then|now|yet|right|here))*")
_DONE_ASKED: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(_DONE_OPENERS + r"(?:ya )?(?:terminamos|acabamos|terminaste|acabaste|termino|acabo|terminamos ya"
                     r"|(?:eso )?(?:es|seria|fue|era) todo|me puedo ir|nos podemos ir|puedo colgar|le cuelgo|te cuelgo"
                     r"|(?:ya )?(?:me voy|cuelgo|colgamos|nos vamos)"
                     r"|(?:ya )?(?:no )?(?:falta|le falta|te falta|necesita|necesitas|ocupa|ocupas)"
                     r" (?:algo|nada)(?: mas)?"
                     r"|hay algo mas|algo mas)"
                     r"(?: (?:o falta algo(?: mas)?|o hay algo mas|o algo mas))?" + _DONE_CLOSERS),
    "en": re.compile(_DONE_OPENERS + r"(?:(?:are we|am i|we|were|im|i am|we are) (?:all )?(?:done|finished|through"
                     r"|good to go)"
                     r"|(?:is|was) (?:that|this) (?:all|everything|all you need|everything you need)"
                     r"|(?:can|may|could|should|do) i (?:go|hang up)|(?:do you|you) need anything else"
                     r"|anything else)" + _DONE_CLOSERS),
}
# ... and the shortest ways of asking it ("¿ya?", "¿ya está?", "is that it?", "that's it?"), which at a value being
# dictated ask whether the agent got it: only where no value is asked (see `asks_if_done`)
_DONE_ASKED_SHORT: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(_DONE_OPENERS + r"(?:ya|ya esta|ya estuvo|ya quedo|ya quedamos|ya estamos|terminamos)"
                     + _DONE_CLOSERS),
    "en": re.compile(_DONE_OPENERS + r"(?:is that it|thats it|that it|all done|done|were done|that all|is that all"
                     r"|thats all|we good|are we good|all set|we all set|are we all set|finished)" + _DONE_CLOSERS),
}
# English asking in its word order needs no question mark; what is only said ("that's it", "we're done") does
_EN_ASKING_ORDER = re.compile(_DONE_OPENERS + r"(?:are|am|is|was|can|may|could|do|anything)\b")
_NOT_WORD_OR_APOSTROPHE = re.compile(r"[^\w' ]+")


def asks_if_done(text: str, folded: str, lang: Lang, *, value_asked: bool = False) -> bool:
    """Whether the whole turn asks whether the call is over or anything more is needed ("¿ya?", "¿ya terminamos?",
    "¿es todo?", "is that it?", "are we done?", "anything else?"). `value_asked`: a value is being dictated or
    asked, where the shortest forms ("¿ya?", "¿ya está?", "that's it?") ask whether the agent got it - not taken."""
    asked = "?" in text or "¿" in text
    # Spanish asks only with a question mark: checked before the turn is cleaned up, as most turns ask nothing
    if lang == "es" and not asked:
        return False
    said = " ".join(_NOT_WORD_OR_APOSTROPHE.sub(" ", folded).replace("'", "").split())
    if not said:
        return False
    if lang == "en" and not asked and not _EN_ASKING_ORDER.match(said):
        return False
    if _DONE_ASKED[lang].fullmatch(said):
        return True
    return not value_asked and _DONE_ASKED_SHORT[lang].fullmatch(said) is not None


_HOW_MUCH_ES = re.compile(r"^cuanto (?:es|son|seria|serian)$")

# How long the caller himself takes, said rather than asked ("tardamos poquito", "me tardo un rato", "ya no
# tardo", "it won't take me long", "we'll be quick"): at the question for a time of arrival, news of the arrival.
_OWN_DURATION: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"\b(?:(?:me |nos )?(?:tardo|tardamos|demoro|demoramos)|(?:me |nos )?voy a tardar"
                     r"|(?:me |nos )?vamos a tardar)\b"),
    "en": re.compile(r"\b(?:(?:i|we)(?:ll| will|m| am|re| are)? (?:be|take|gonna be|going to be)"
                     r"|(?:take|takes|taking) (?:me|us))\b"),
}


def own_duration(text: str, lang: Lang) -> bool:
    """Whether the turn says, not asks, how long the caller takes ("tardamos poquito", "I'll be quick"): no
    question mark and a verb of the caller's own, not asked by a word of question before it ("oiga, y cuánto nos
    vamos a tardar en esto" asks, with or without its "?", how long the call takes; "me tardo como dos horas"
    says how long the road does)."""
    folded = fold(text).replace("'", "")
    if _OWN_DURATION[lang].search(folded) is None:
        return False
    asked = _HOW_LONG[lang].search(folded)
    if asked is None:
        return "?" not in text
    # asked with a word of question - yet of the road ("no sé cuánto tardamos en descargar, como dos horas", "cuánto
    # tardamos en llegar") or answered at once by the caller working out his arrival aloud ("¿cuánto tardamos? como
    # dos horas", "how long are we gonna be, about two hours"): said, not asked of the call
    if not asks_how_long(re.findall(r"\w+", folded), lang, of_the_call=True):
        return True
    said_after = digitize(prepare_tokens(re.findall(r"\w+", folded[asked.end():]), lang), lang)
    # (a duration asked after it, "¿cuánto tardamos? ¿son dos minutos?", still asks)
    return not text.rstrip().endswith("?") and duration_minutes(" ".join(said_after), lang) is not None


# A bad line, said rather than asked: "se oye bien feo", "se fue la señal", "hay mucho ruido", "you're
# cutting out". Matched on the folded turn: "oye" is a filler word elsewhere ("oye, ¿y tú?").
# How the agent is asked to speak on this call ("más fuerte", "despacito", "en español"): the line heard better.
_SPOKEN_HOW_ES = (r"(?:(?:un poco |un poquito |tantito |poquito )?mas )?(?:fuerte|fuertecito|alto|recio|despacio"
                  r"|despacito|lento|lentito|claro|clarito|golpeado|en espanol|en ingles)\b")
_BAD_LINE: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(
        r"\bse (?:te |le )?(?:oye|escucha|oyo|escucho|oyen|escuchan) (?:muy |bien |re |bastante |medio |todo |toda "
        r"|super )?(?:mal|feo|horrible|cortado|cortada|entrecortado|entrecortada|bajito|quedito|con ruido|mocho|mocha"
        r"|trabado|trabada|robotizado|distorsionado|como (?:un )?robot"
        r"|de la (?:patada|chingada|fregada|tiznada|goma))\b"
        # the signal lost ("se me fue la señal un segundo", "perdí la señal", "me quedé sin señal")
        r"|\bse (?:me |nos |te |le )?(?:fue|va|cae|cayo|corto|corta|perdio|murio) la (?:senal|linea|llamada"
        r"|comunicacion)\b"
        # the agent's voice breaking up ("se te cortó la voz"; "se me fue la voz" is the caller hoarse)
        r"|\bse (?:te |le )?(?:fue|va|iba|corto|corta|cortaba|perdio) la voz\b"
        # ... or stuck ("se le trabó la voz", "se trabó la llamada", "te trabaste", "se congeló la señal"); "se
        # le trabó el freno" tells of the truck
        r"|\bse (?:te |le |nos )?(?:trabo|traba|trababa|atoro|atora|congelo|congela|pego|entrecorto|distorsiono)"
        r" (?:la voz|la llamada|la linea|la senal|el audio|el sonido|la comunicacion)\b"
        r"|\b(?:te|se te|se le) (?:trabaste|atoraste|congelaste|quedaste (?:trabad[oa]|congelad[oa]|pegad[oa]))\b"
        r"|\b(?:perdi|perdimos) (?:la )?(?:senal|comunicacion|linea)\b"
        r"|\bme (?:quede|quedo) sin (?:senal|linea|cobertura)\b"
        r"|\b(?:pase|paso|pasamos|voy pasando|iba pasando|entre) (?:por|en) (?:un|el|una|la) (?:tunel|zona sin senal"
        r"|zona muerta|puente)\b"
        r"|\b(?:hay|tengo|se oye) (?:mucho|muchisimo|bastante) ruido\b"
        r"|\b(?:mala|poca|no hay|no tengo|casi no hay) senal\b"
        # nothing heard at all ("no se oye", "no se escucha nada"), not what is not heard ("no se oye si ...")
        r"|\bno se (?:oye|escucha|entiende)(?: (?:nada|nadita|bien|casi nada|muy bien))?\s*(?:[,.;:!?\u2026]|$)"
        # the agent's voice breaking up ("estás entrecortada", "te oyes bien cortado")
        r"|\b(?:estas|esta|te oyes|te escuchas|se te oye|se te escucha|suenas|sale) (?:bien |muy |medio |re |toda "
        r"|todo )?(?:entrecortad[oa]|cortad[oa]|cortandote|cortando|robotizad[oa]|distorsionad[oa]|moch[oa]"
        r"|trabad[oa])\b"
        # a noise drowned the agent ("se me atravesó el ruido del motor", "con el ruido del tráiler no te oí", "el
        # claxon no me dejó oír"); "se me atravesó un camión" tells of the road
        r"|\bse (?:me |nos )?(?:atraveso|atravesaron|metio|encimo|gano) (?:el|un|la|una) (?:ruido|claxon|pitido"
        r"|sonido|escandalo|radio)\b"
        r"|\b(?:con|por) (?:el|tanto|este|ese|un) (?:ruido|claxon|pitido|escandalo)(?: \w+){0,3}?,? no (?:te |le )?"
        r"(?:oi|escuche|entendi|alcance)\b"
        r"|\b(?:el ruido|el claxon|el motor|el tren|el escandalo|el pitido) no me (?:dejo|deja|dejaba) (?:oir|escuchar"
        r"|oirte|escucharte|oirle|escucharle)\b"
        # "no oí" as a clause of its own ("el ruido del motor, no oí"); alone it is `repeat`'s whole-turn phrase
        r"|(?:^|[,.;:!?\u2026]\s*)(?:y |pero |es que |la neta |perdon )?no (?:oi|escuche|alcance a oir)(?: nada)?"
        r"\s*(?:[,.;:!?\u2026]|$)"
        # the agent asked to speak up or slow down ("háblame más fuerte", "¿puede hablar más despacio?", "más
        # fuerte, por favor"): the question heard again, better
        r"|\b(?:(?:me |nos )?(?:habla|hable|hablen|hablas)(?:me|nos)?|(?:puedes|puede|pueden|podrias|podria"
        r"|pudieras|pudiera|quieres|quiere) hablar(?:me|nos)?) " + _SPOKEN_HOW_ES
        + r"|^\W*(?:un poco |un poquito |tantito |poquito )?mas (?:fuerte|recio|despacio|despacito|lento)"
        r"(?:,? (?:por favor|porfa|compa|jefa|jefe|senorita|amigo|amiga))?\W*$"
    ),
    "en": re.compile(
        r"\b(?:bad|poor|weak|terrible|lousy) (?:connection|signal|line|reception)\b"
        r"|\b(?:signal|call|line) (?:dropped|cut out|broke up|is breaking up)\b|\bi lost you\b"
        # the signal lost ("I lost signal for a sec", "you cut out there", "my phone dropped out")
        r"|\b(?:i|we) (?:just )?lost (?:the |my |your )?(?:signal|connection|reception|service)\b"
        r"|\b(?:went|going|drove|driving|passed|passing|hit|hitting) (?:through|thru|into|under|a|the) (?:a |the )?"
        r"(?:dead zone|dead spot"
        r"|tunnel|underpass|bad spot)\b"
        r"|\b(?:you|it|the call|the line|the signal|my phone|the phone) (?:just )?(?:cut|dropped|went|cutting"
        r"|dropping|cuts|drops) (?:out|off)\b"
        r"|\byou(?:re| are) (?:cutting|breaking) (?:out|up)\b"
        # ("your voice is cutting in and out", "the line keeps breaking up")
        r"|\b(?:your voice|the line|the call|the signal|the audio|the connection)(?: is| keeps| kept| was)? (?:cutting"
        r"|breaking|dropping) (?:in and out|out|up)\b|\byou(?:re| are| keep| kept) cutting in and out\b"
        r"|\bit'?s (?:really |too |so )?(?:loud|noisy) (?:here|in here)\b"
        # the agent's voice stuck ("you froze up on me", "your voice glitched", "the call froze")
        r"|\b(?:you|your voice|the line|the call|the audio|the connection|it) (?:just |kinda |kind of )?(?:froze"
        r"|glitched|lagged|got stuck|went robotic|stuttered)(?: up| out)?(?: on me| there| for a second| for a sec)?\b"
        r"|\bcan'?t hear (?:you|a thing|anything)\b"
        # the agent's voice broken ("you sound all choppy", "it's all garbled on my end")
        r"|\b(?:you|youre|you are|it|its|it is|the line|the call|the connection|the audio|your voice|that|everything"
        r"|you were|it was|this line)(?: \w+){0,2}? (?:all |really |so |kinda |kind of |super |pretty |real |too "
        r"|a little |a bit )?(?:choppy|garbled|muffled|staticky|crackly|crackling|broken up)\b"
        # a noise drowned the agent ("the reefer's kicking on, I missed all that", "the horn drowned you out",
        # "couldn't hear a word over the engine"); "I missed all my loads" tells of the week
        r"|\b(?:i )?missed (?:all|most|half|the whole|everything|every word|the last part|the end)(?: of)?"
        r"(?: (?:that|it|what you said|you said|of it|of that|thing))?\s*(?:[,.;:!?\u2026]|$)"
        r"|\b(?:drowned|drowning|drowns) (?:you|it|that|everything|your voice) out\b"
        r"|\b(?:couldnt|could not|cant|cannot|didnt|did not) (?:hear|catch) (?:a word|a thing|any of that|anything"
        r"|nothing|what you said)\b"
        # ("I couldn't hear anything from dispatch" is news of the week)
        r"(?! (?:from|about|back)\b)"
        # the agent asked to speak up or slow down ("speak up, I got the windows down", "can you talk louder?")
        r"|\b(?:speak|talk) (?:up|(?:a (?:little|lil|bit|tad) )?(?:louder|slower|more slowly|slowly|more clearly))\b"
        r"|^\W*(?:a (?:little|bit) )?(?:louder|slower)(?:,? please)?\W*$"
    ),
}


# A bad line told as news of another day ("ayer se me fue la señal y no contesté"): nothing to repeat now.
_OTHER_DAY: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"\b(?:ayer|anoche|antier|anteayer|el otro dia|la otra vez|la semana pasada|el lunes|el martes"
                     r"|el miercoles|el jueves|el viernes|el sabado|el domingo|por eso no)\b"),
    "en": re.compile(r"\b(?:yesterday|last (?:night|week|time)|the other day|earlier today|this morning"
                     r"|thats why i)\b"),
}


def bad_line(text: str, lang: Lang, folded: str | None = None) -> bool:
    """`folded`: `normalize.fold(text)` when the caller has it already."""
    folded = fold(text) if folded is None else folded
    if _BAD_LINE[lang].search(folded) is not None:
        return _OTHER_DAY[lang].search(folded) is None
    if "?" not in folded:
        return False
    asked = _WHAT_WAS_SAID[lang].search(folded)
    if asked is None:
        return False
    # "¿Cómo era? Ah sí, cuatro cinco uno dos", "¿Cuál dijiste? Ah, el 4512": the caller recalling the value
    # aloud and saying it, nothing asked of the agent
    recalled = asked.group(0).lstrip(" ,.;:!?").startswith(("cual", "y cual", "como era", "y como era", "que era",
                                                            "y que era"))
    after = folded[asked.end():].split()
    return not (recalled and any(w.strip(".,;:!?").isdigit() or is_number_word(w.strip(".,;:!?"), lang)
                                 for w in after))


# What the agent needs, asked ("what do you need?"): at the question whether the caller has a minute the go-ahead
# (`yes_no`), at a question for a value that question asked again (`asks_what_is_needed`). (Spanish "¿qué
# necesitas?" there is heard as no answer and the question is asked again all the same.)
_WHAT_IS_NEEDED: dict[Lang, re.Pattern[str]] = {
    "en": re.compile(r"\b(?:what|whatd|what d) do (?:you|u|ya) (?:need|want)(?: from me| me to do| me to say)?\s*\?"),
}


def asks_what_is_needed(folded: str, lang: Lang) -> bool:
    """The turn asks what the agent needs ("what do you need?"). `folded`: as `normalize.fold` gives it."""
    pattern = _WHAT_IS_NEEDED.get(lang)
    return pattern is not None and "?" in folded and pattern.search(folded) is not None


# What the agent said, asked about: "¿qué fue lo que me preguntaste?", "¿qué me decías?", "what was it you
# asked me?". Only as a question ending there: "lo que me preguntaste ya te lo dije" answers.
_WHAT_WAS_SAID: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(
        # ... or which of the values it was ("¿qué número me pediste?", "¿cuál dato me preguntaste?")
        r"\b(?:que|cual) (?:fue |es |era )?(?:(?:numero|dato|datos|cosa|pregunta|letra|parte|placa|correo|nombre"
        r"|informacion|info|hora) )?(?:lo que |eso que )?(?:me |nos )?(?:preguntaste|pregunto|preguntabas|preguntaba"
        r"|dijiste|dijo|decias|decia|estabas diciendo|estaba diciendo|pediste|pidio|pedias|pedia"
        r"|habias preguntado|habia preguntado|habias dicho|habia dicho|habias pedido|habia pedido"
        r"|querias saber|queria saber|estas preguntando|esta preguntando|estabas preguntando|estaba preguntando"
        r"|estabas pidiendo|estaba pidiendo"
        # what the agent wanted, asked after the caller missed it ("¿qué era lo que querías?")
        r"|querias|queria|necesitabas|necesitaba|ocupabas|ocupaba"
        # just now ("¿qué me acabas de preguntar?", "¿qué acaba de decir?")
        r"|acabas de (?:preguntar|decir|pedir)|acaba de (?:preguntar|decir|pedir))(?: usted)?"
        # where in what was said ("¿qué número dijiste al último?", "¿cuál letra dijiste primero?")
        r"(?: (?:al |el |de |hasta )?(?:ultimo|ultima|final|principio|inicio|primero|primera|en medio|antes"
        r"|hace rato|hace un rato|hace ratito|hace un momento|hace un segundo|ahorita|ahora|despues|enseguida"
        r"|luego))?"
        # a word to the agent before the question mark ("¿qué me preguntaste, joven?")
        r"(?:,? (?:joven|senorita|senora|senor|seno|amiga|amigo|jefe|jefa|mija|mijo|oiga|oye|pues|eh))?"
        # the values it could be, offered ("¿cuál número me pediste, el de la caja o el del tractor?")
        r"(?:,? (?:el|la|los|las|lo) [a-z ]{1,40}? (?:o|u) [a-z ]{1,40})?\s*\?"
        # asked back with "qué" at the end ("¿me preguntaste qué?"), or how the question went ("¿cómo era?")
        r"|\b(?:me |nos )?(?:preguntaste|pregunto|dijiste|pediste|pidio|decias|querias) que\s*\?"
        r"|(?:^|[,.;:!?] ?)(?:y )?(?:como|cual|que) era(?: la pregunta| lo que (?:me )?(?:preguntaste|pediste|dijiste"
        r"|decias))?\s*\?"
        # "¿mande?" and then what is wanted ("¿Mande? ¿Qué cosa ocupas?"): the question missed, asked for again
        # (what is needed asked alone may be the go-ahead, see `_WHAT_IS_NEEDED`)
        r"|(?:^|[,.;:!?] ?)(?:mande|como|que|perdon|eh)\s*\?\s*\?? ?(?:y )?(?:que|cual) (?:cosa |dato |numero )?"
        r"(?:me )?(?:ocupas|ocupa|necesitas|necesita|quieres|quiere|pides|pide)\s*\?"
    ),
    "en": re.compile(
        # ("what do you need?" said to go ahead asks nothing again: "what did you need?" does)
        r"\b(?!(?:what|whatd|what d) do (?:you|u) (?:need|want)(?: from me| me to do)?\s*\?)"
        r"(?:what|whatd|what d) (?:was (?:it|that) |is it |was )?(?:did |do )?(?:you|u) (?:just )?(?:asked|ask|said"
        r"|say|wanted"
        r"|want|were saying|were asking|needed|need)(?: me| to know| from me)?"
        r"(?: (?:last|first|at the end|at the start|before|earlier|there|in the middle|just now|right now|now"
        r"|just then|back there|a (?:second|sec|minute|moment) ago))?"
        r"(?:,? (?:maam|miss|sir|lady|buddy|hon|again))?\s*\?"
        # ... or which of the values it was ("what number did you want?", "which part did you ask for?")
        r"|\b(?:what|which) (?:number|info|question|part|letter|one|thing|name|plate|digit|word) (?:was it |was that )?"
        r"(?:did |do )?"
        r"(?:you|u) (?:just )?(?:ask|asked|want|wanted|need|needed|say|said|read)(?: for| me| from me)?"
        r"(?: (?:last|first|at the end|at the start|before|earlier|there|in the middle|again))?"
        # the values it could be, offered ("which number you want, the tractor or the box?")
        r"(?:,? (?:the|your|my) [a-z ]{1,40}? or [a-z ]{1,40})?\s*\?"
        # which part of it ("what was the last letter you said?", "what's the second number you read?")
        r"|\b(?:what|which|whats) (?:was |is )?(?:the |that )?(?:last|first|second|third|fourth|fifth|middle|other)"
        r" (?:number|letter|one|part|digit|word)s?(?: (?:that )?(?:you|u) (?:just )?(?:said|read|gave|asked|had))?"
        r"(?: again)?\s*\?"
        # asked back with "what" at the end ("you asked me what?", "you need my what?")
        r"|\b(?:you|u) (?:just )?(?:asked|said|wanted|needed|need|want)(?: me| me for| for)?(?: my)? what\s*\?"
        # "what'd you say the question was?", "what did you say it was again?"
        r"|\b(?:what|whatd|what d) (?:did |do )?(?:you|u) (?:say|said) (?:the question|your question|it|that)"
        r" (?:was|is)(?: again)?\s*\?"
    ),
}


# Words a turn that only says when may hold ("no, mejor el lunes en la tarde", "tomorrow morning then").
_WHEN_WORDS: dict[Lang, frozenset[str]] = {
    "es": wordset(
        "el la las los lo a al en de del por para mejor pero no si sí ok okey bueno entonces ya este esta hoy "
        "manana pasado lunes martes miercoles jueves viernes sabado domingo semana fin finde proxima proximo "
        "siguiente que entra viene otro otra dia tarde temprano tempranito noche nochecita mediodia medio "
        "madrugada mas luego despues rato ratito horas hora horita minutos minuto minutitos segundos media cuarto "
        "y como tipo eso unas unos dentro favor porfa tal vez quizas quiza puede ser seria le te parece sale "
        "mejor ahorita ahora no puedo mero comida hasta como a eso de las estaria esta bien se gracias "
        "mejor dicho seguro claro primero dios tempranito primera ratito"
    ),
    "en": wordset(
        "the a an at in on by around about tomorrow today tonight morning afternoon evening night noon midday "
        "monday tuesday wednesday thursday friday saturday sunday next week weekend later after before this "
        "coming day another some other time hours hour minutes minute seconds half quarter and or no yes yeah "
        "maybe how what better rather instead please pm am oclock early late lunch sometime then not now "
        "but can you maybe try me would be good fine works thanks thank sure ok okay sounds probably "
        "definitely any first thing once whenever soon"
    ),
}


# The words of a plain answer said around a number ("sí, mil cuatrocientos", "no, cuarenta"): no time cue.
_NO_TIME_CUE: dict[Lang, frozenset[str]] = {
    "es": wordset("si sí no ok okey bueno pues este ya y"),
    "en": wordset("yes yeah no ok okay and oh so"),
}
_HOUR_UNITS = wordset("horas hours hrs")


def only_a_time(text: str, tokens: list[str], lang: Lang, locale: str) -> bool:
    """Whether a turn at a yes/no question only says when ("no, mejor a las dos", "el lunes en la tarde",
    "tomorrow morning", "en una hora"). A number said bare ("Mil cuatrocientos", "1400", "cuarenta", "sixteen
    hundred hours") is no time: a caller who answers with a number has answered something else (a unit
    number, a plate) or was misheard - without a word of time or of calling back it asks for no callback."""
    words = _WHEN_WORDS[lang]
    if not all(t in words or t.isdigit() or is_number_word(t, lang) for t in tokens):
        return False
    said = [t for t in digitize(prepare_tokens(tokens, lang), lang) if t not in _NO_TIME_CUE[lang]]
    if all(t.isdigit() for t in said):
        return False  # "Mil cuatrocientos", "sí, dos": a number only
    if all(t.isdigit() and len(t) >= 3 or t in _HOUR_UNITS for t in said):
        return False  # "sixteen hundred hours", "mil cuatrocientas horas": a number of the 24-hour dial, said bare
    return names_a_time(text, locale)


# Asking to be called back, by the verb rather than a fixed phrase: "¿me puede marcar en una hora?",
# "márqueme el lunes", "vuélvame a llamar", "luego le regreso la llamada", "give me a ring tomorrow".
_WHEN_MARK_ES = (
    r"(?:luego|despues|mas tarde|al ratito|en un ratito|al rato|ratito|en un rato|mas tardecito|otra vez|de nuevo|"
    r"manana|hoy|en la|"
    # "a los veinte": minutes from now ("a los de tráfico" are people)
    r"a los (?!de\b)\w+|"
    # "el" + a day ("me llamas el lunes"), never a name ("me llaman el Güero")
    r"por la|a las|en \w+|el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|fin|finde|proximo|otro|siguiente"
    r"|dia|mediodia|\d+)\b|la semana|otro dia|ahorita no|temprano|esta (?:tarde|noche))"
)
# "en" + a span or a part of the day ("en una hora", "en unos treinta", "en la tarde"), never a language, a voice or a
# place ("¿puede hablar en español?", "¿puedes hablar en voz más alta?", "¿puedes marcar en mi otro número?")
_SPAN_AFTER_EN_ES = (
    r"(?:un (?:rato|ratito|ratillo|par|minuto|momentito|momento|cuarto)|una (?:hora|horita|media)|unos|unas|media"
    r"|cuanto|lo que|\d+|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|quince|veinte|veinticinco"
    r"|treinta|cuarenta|cincuenta|sesenta|noventa|la (?:tarde|noche|manana|madrugada|hora de)|el (?:rato|dia))"
)
_WHEN_MARK_EN = (
    r"(?:back|later|again|tomorrow|tonight|in|at|on|next|after|this|around|about|sometime|some time|"
    r"another|when|first thing|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|"
    r"early|before|then|once|as soon as|whenever|after)"
)
# "call me once I'm done", "llámame cuando termine": being done is when to call, not a goodbye.
_DONE_IS_WHEN: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"\b(?:cuando|en cuanto|nomas|apenas|despues de que) (?:ya )?(?:termine|acabe|me desocupe)\b"),
    "en": re.compile(r"\b(?:once|when|after|until|till|as soon as|whenever) (?:im|i am|were|we are|i get|i m) "
                     r"(?:all )?(?:done|finished|through)\b"),
}


def done_is_when(tokens: list[str], lang: Lang) -> bool:
    """Whether being done is said as when to call back ("call me once I'm done unloading")."""
    return bool(_DONE_IS_WHEN[lang].search(" ".join(tokens)))
# The caller to get in touch himself ("yo me comunico contigo", "al rato me reporto con usted", "I'll get back to
# you once I'm parked"): a callback of his own, but never one asked for outright (see `callback_asked_outright`).
# Not when it only reports the arrival ("me reporto con usted al llegar": a trucker checks in where he arrives),
# nor when it promises the value ("I'll get back to you on the plate", "yo me comunico contigo para darte la
# placa", "... con los datos": see `value_said_later`).
_GETS_IN_TOUCH_ES = (
    r"(?:\b(?:luego|despues|ahorita|al rato|mas tarde|yo|ya) (?:me )?(?:comunico|reporto) (?:contigo|con usted"
    r"|con ustedes)\b|\bme (?:comunico|reporto) (?:contigo|con usted|con ustedes) (?:luego|despues|mas tarde"
    r"|al rato|en un rato|manana|en cuanto|cuando|ya que)\b)"
    r"(?! (?:(?:en cuanto|cuando|ya que|nomas|apenas|nada mas) )?(?:yo )?(?:llegue|llegando)\b| al llegar\b"
    r"| en (?:la |el )?(?:caseta|patio|porteria|rampa|anden)\b"
    r"| (?:para (?:dar|pasar|decir|mandar|confirmar|enviar|dictar)\w*|con (?:el|la|los|las|mis|mi) (?:dato|datos|placa"
    r"|placas|numero|numeros|correo|info|informacion|hora))\b)"
)
_GETS_IN_TOUCH_EN = (
    r"\b(?:ill|i will|let me|i can|i ll|ill just) (?:get back to you|reach out(?: to you)?|get in touch"
    r"(?: with you)?)\b(?! (?:on|with|about|when i (?:find|have|get) (?:it|the|that|them)"
    r"|(?:once|when|as soon as) i (?:get there|arrive|pull in|check in))\b)"
)
_GETS_IN_TOUCH: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(_GETS_IN_TOUCH_ES),
    "en": re.compile(_GETS_IN_TOUCH_EN),
}
_CALLBACK: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(
        r"\b(?:llam|marc|marqu|telefone)(?:a|e|en)(?:me|nos)\b"
        # "mándame llamar en una hora", "me mandas marcar al rato": the call sent for (Mexican "mandar llamar")
        # (asked of the agent: "me mandan a hablar con usted", "mi jefe me manda a marcar" say who sent the caller)
        r"|\b(?:mand(?:a|e|en)(?:me|nos)|me (?:mandas|puedes mandar|puede mandar|podrias mandar|podria mandar))"
        r" (?:a )?(?:llamar|marcar|hablar)\b"
        # ... never the manner asked for ("háblame más fuerte", "hábleme despacio": this call, heard better)
        r"|\bhabl(?:a|e|en)(?:me|nos)\b(?! de\b| " + _SPOKEN_HOW_ES + r")"
        r"|\b(?:vuelv|regres|devuelv)(?:a|e|an|en)(?:me|nos) (?:a (?:llamar|marcar|hablar)|" + CALL_RETURNED + r")\b"
        r"|\bme (?:puede|puedes|pueden|podria|podrias|podrian|quiere|quieres) (?:volver a |regresar a )?"
        r"(?:llamar|marcar|hablar|telefonear|(?:regresar|devolver) " + CALL_RETURNED + r")\b"
        # asked without the "me" ("¿puedes llamar en unos treinta y cinco minutos?", "¿podrías marcar en una hora?"),
        # as "can you call in thirty-five minutes?": never "te/le puede llamar" (someone else calls the agent: see
        # `_called_by_another`) nor "llamar a" someone
        r"|\b(?<!\bte )(?<!\ble )(?<!\bles )(?<!\blo )(?<!\bla )(?<!\bya )(?:puedes|puede|podrias|podria|pudieras"
        r"|pudiera|quieres|quiere) (?:volver a |regresar a )?(?:llamar|marcar|hablar|telefonear)"
        r" (?:otra vez |de nuevo |nuevamente )?(?:en " + _SPAN_AFTER_EN_ES + r"|dentro de|de aqui a|mas tarde|luego"
        r"|al rato|manana)\b"
        r"|\bme (?:llama|llamas|llaman|marca|marcas|marcan|habla|hablas|hablan) "
        + _WHEN_MARK_ES
        + r"|\bme (?:vuelve|vuelves|vuelven|regresa|regresas|regresan|devuelve|devuelves|devuelven)"
        r" (?:a llamar|a marcar|" + CALL_RETURNED + r")\b"
        # looked for again ("ya me puedes volver a buscar", "búscame en una hora")
        r"|\bme (?:puede|puedes|pueden|podria|podrias|podrian) volver a (?:buscar|contactar|localizar)\b"
        r"|\b(?:buscame|busqueme|busquenme|vuelveme a buscar|vuelvame a buscar) " + _WHEN_MARK_ES
        # the call tried again, asked ("¿puedes intentar otra vez en una hora y media?")
        + r"|\b(?:puedes|puede|pueden|podrias|podria|podrian) (?:volver a )?(?:intentar|intentarle|intentarlo"
        r"|probar|probarle) (?:de nuevo |otra vez |nuevamente |la llamada )?" + _WHEN_MARK_ES
        # "en cinco me vuelves a hablar": "hablar" asked of the agent (tú/usted), never "me vuelven" (news)
        # ("el cajero me vuelve a intentar cobrar": another's doing, said with what is tried)
        + r"|\bme (?:vuelve|vuelves) a (?:hablar|buscar|contactar|localizar|timbrar|intentar|probar)\b"
        r"(?! (?!llamar|marcar|hablar|contactar|localizar|timbrar)\w+(?:ar|er|ir)\b)"
        # "inténtale en unos minutos", "pruébale más tarde": the agent to try the call again, when said
        r"|\b(?:intentale|intentele|intentenle|intentalo|intentelo|intentame|intenteme|pruebale|pruebele"
        r"|intent(?:a|e|en) (?:de nuevo|otra vez|nuevamente)) " + _WHEN_MARK_ES
        # "¿qué tal si me reintentas en tres horas?", "reinténtame mañana": the call tried again, when said
        + r"|\b(?:me (?:reintentas|reintenta|reintentan|reintentarias|reintentaria|reintentarian"
        r"|(?:puedes|puede|pueden|podrias|podria) reintentar)|reintentame|reintenteme|reintentenme|reintentale"
        r"|reintentele) " + _WHEN_MARK_ES
        + r"|\b(?:ahi|entonces|para entonces|a esa hora) me (?:llamas|marcas|hablas|vuelves a (?:llamar|marcar"
        r"|hablar))\b(?! (?:al|a|en) (?:mi |el |la |este |ese )?(?:otro|otra|numero|cel|celular|telefono|oficina))"
        r"|\b(?:luego|despues|ahorita|al rato|mas tarde|yo) (?:te|le|les) (?:llamo|marco|hablo|(?:regreso|devuelvo) "
        + CALL_RETURNED + r")\b" + CALLS_ANOTHER_AFTER_ES
        + r"|\b(?:te|le|les) (?:llamo|marco|hablo|(?:regreso|devuelvo) " + CALL_RETURNED
        + r") (?:luego|despues|mas tarde|al rato|en un rato|manana|yo)\b" + CALLS_ANOTHER_AFTER_ES +
        # ... or at a time said ("te marco a las cinco", "le hablo en una hora", "te llamo el lunes")
        r"|\b(?:te|le|les) (?:llamo|marco|hablo|(?:regreso|devuelvo) " + CALL_RETURNED
        + r") (?:como |tipo |mas o menos )?"
        + r"(?:a la una\b|" + _WHEN_MARK_ES + ")"
        # (never a call to someone else named after it: "le marco a las cinco al despachador", "le hablo a las cinco
        # a la bodega", "les marco en una hora a los de la caja" - "a la una" is an hour)
        + r"(?![^,.;:!?]*\b(?:al (?!rato|ratito|ratillo|mediodia)\w|a (?:mi|mis|su|sus|tu|tus|un|una)\b"
        + r"|a (?:la|las) (?!una\b|\d|dos\b|tres\b|cuatro\b|cinco\b|seis\b|siete\b|ocho\b|nueve\b|diez\b|once\b"
        + r"|doce\b|media\b|tarde\b|noche\b|manana\b)\w|a los (?:de|del)\b))"
        # the caller to get in touch himself ("yo me comunico contigo", "al rato me reporto con usted")
        r"|" + _GETS_IN_TOUCH_ES +
        r"|\b(?:podemos|podriamos) (?:hablar|hacerlo|seguir|continuar|verlo) (?:luego|despues|mas tarde|manana|"
        r"otro dia|al rato|en otro momento)\b"
        r"|\b(?:lo|la) (?:dejamos|dejemos|hacemos|vemos|seguimos) (?:para )?(?:luego|despues|mas tarde|manana|otro dia"
        r"|al rato)\b|\bdejemoslo para\b|\bdejarlo para (?:luego|despues|mas tarde|manana|otro dia)\b"
        # "luego me hablas", "mañana me marcas": the time first
        # ("otro ratito me marcas", "en otro momento me hablas": a while or another moment, not only "al rato")
        r"|\b(?:luego|despues|mas tarde|ahorita|manana|pasado manana|otro dia|(?:en )?otro momento"
        r"|(?:mas |en )?(?:al|un|otro) (?:rato|ratito|ratillo)) me (?:llamas|llama|llaman|marcas|marca"
        r"|marcan|hablas|habla|hablan)\b"
        # "¿puede ser más tarde?": later instead of now (a day alone may be the answer itself: "¿puede
        # ser el lunes?" moves an appointment; at a question about calling back see `only_a_time`)
        r"|\b(?:puede|podria|podemos|puedes) (?:ser|hacerlo|dejarlo) (?:para )?(?:mas tarde|luego|despues|al rato)\b"
    ),
    "en": re.compile(
        r"\b(?:call|ring|phone|buzz|try|reach|hit) (?:me|us) (?:up )?(?:right |straight )?" + _WHEN_MARK_EN + r"\b"
        r"|\bgive (?:me|us) a (?:call|ring|buzz)\b|\bget back to me\b|\bcall back\b"
        r"|\b(?:ill|i will|let me|i can|i could|i ll) (?:call|ring) (?:you|yall) back\b"
        r"|\bcall (?:you|yall) back\b"
        # the caller to get in touch himself ("I'll get back to you once I'm parked")
        r"|" + _GETS_IN_TOUCH_EN +
        r"|\b(?:can|could|shall) (?:we|you) (?:do|talk|finish|continue|pick up) (?:this |it |that )?(?:later|tomorrow"
        r"|another time|some other time|next|on|in|tonight|this (?:afternoon|evening)|monday|tuesday|wednesday"
        r"|thursday|friday|saturday|sunday|after)\b"
        r"|\btalk (?:later|tomorrow|another time|some other time)\b|\btry (?:me )?again\b"
        # asked of the agent without the "me" ("can you call in like forty minutes?"); "can you call in the order"
        # calls something in
        r"|\b(?:can|could|would|will) you (?:please |just |maybe )?(?:call|ring|try) (?:back )?in (?:(?:like|about"
        r"|around|maybe|say|another|a|an|half|\w+) ){0,4}?(?:minutes?|mins?|hours?|hrs?)\b"
        r"|\b(?:can|could|would|will) you (?:please |just |maybe )?(?:call|ring|try) (?:back )?in (?:like|about"
        r"|around|maybe) \w+"
        # "give it another shot in five", "try back in ten": the call tried again, when said
        r"|\bgive (?:it|me) (?:another|a|one more) (?:shot|try|go|ring) " + _WHEN_MARK_EN + r"\b"
        r"|\bretry (?:me |us |the call |it )?" + _WHEN_MARK_EN + r"\b"
        r"|\btry (?:back|it again|this again|me back) (?:in|later|tomorrow|tonight|after|around|about|this|next|when"
        r"|once|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
        r"|\b(?:can|could) (?:it|this|that) wait\b|\b(?:better|maybe|rather) (?:tomorrow|later)\b"
        # the time said before, the call asked for then ("half an hour from now I'm out, call then"); "I'll call
        # then", "can I call then?", "okay, I'll try then" are the caller's own doing
        r"|\b(?<!\bi )(?<!\bill )(?<!\bwe )(?<!\bwell )(?<!\bwill )(?<!\bto )(?<!\bgonna )(?<!\bshall )"
        r"(?:call|ring|try|buzz|reach|hit) (?:me |us )?(?:back |up )?(?:then|by then|at that time|around then)\b"
    ),
}
# Hang up and call again, when said or not ("cuelga y a los diez segundos me reintentas", "cuelgue y me vuelve a
# marcar", "cuélgale y márcame de nuevo", "hang up and redial"): the call retried on a bad line. A call to someone
# else ("cuelga y le marcas a tu jefe", "hang up and call dispatch") is none.
_REDIAL: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(
        r"\b(?:cuelga|cuelgue|cuelguen|cuelgale|cuelguele|colgamos|corta|corte|te cuelgo|le cuelgo) y"
        r" (?:(?!le |les )\w+ ){0,6}?"
        r"(?:(?:me|nos) (?:marcas|marca|llamas|llama|hablas|habla|reintentas|reintenta|intentas|intenta"
        r"|vuelves a (?:marcar|llamar|hablar|intentar)|vuelve a (?:marcar|llamar|hablar|intentar))"
        r"|marcame|marqueme|llamame|llameme|hablame|hableme|reintentame|reintenteme|intentame|intenteme"
        r"|(?:vuelve|vuelva) a (?:marcar|llamar|intentar)|(?:marca|marque|llama|llame|intenta|intente)"
        r" (?:de nuevo|otra vez|nuevamente))\b(?! a (?!las?\b)\w)"
    ),
    "en": re.compile(
        r"\bhang up and (?:\w+ ){0,4}?(?:call me|ring me|try me|try again|redial|dial me|hit me|call back"
        r"|call right back)\b"
    ),
}


# The question to be heard again later ("me lo repites al rato", "repítamelo más tarde", "say it again later"): a
# callback asked, not a repeat now ("repítemelo y luego te confirmo" goes on with the call).
_REPEAT_LATER: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(
        r"\b(?:repit\w*|repet\w*|(?:me|nos) (?:lo |la )?(?:dices|dice|explicas|explica))(?: (?:eso|todo|bien))?"
        r" (?:al rato|al ratito|mas tarde|mas al rato|en un rato|en un ratito|manana|despues|luego)\b"
        r"(?! (?:de|te|le|se|lo|la|luego)\b)"
    ),
    "en": re.compile(
        r"\b(?:repeat|say|tell me|go over)(?: (?:it|that|this|me))*(?: again)? (?:later|tomorrow|in a (?:bit|while"
        r"|few)|some other time)\b"
    ),
}


def redial_asked(tokens: list[str], lang: Lang) -> bool:
    """The agent asked to hang up and call again ("cuelga y a los diez segundos me reintentas", "hang up and try me
    again in ten seconds"): the call retried on a bad line, a callback asked outright (the hang-up is no goodbye)."""
    return _REDIAL[lang].search(" ".join(tokens)) is not None


_NOT_CALLBACK: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"\bno (?:me |nos )?(?:vuelv\w* a )?(?:llam|marqu|marc|habl)\w*\b"
                     # this very call ("ya que me hablas, me descontaron las casetas": since you are calling)
                     r"|" + THIS_CALL_BEFORE["es"] + r" (?:me |nos )?(?:hablas|habla|hablan|llamas|llama|llaman"
                     r"|marcas|marca|marcan)$"),
    "en": re.compile(r"\b(?:dont|do not|never|stop|quit) (?:ever )?(?:call|ring|phone|calling|ringing)\b"
                     r"|" + THIS_CALL_BEFORE["en"] + r" (?:called|calling|call|rang|ringing)(?: me)?$"),
}


# Asking for a person by role, with a verb: "quiero hablar con el despachador", "¿me pasa con su
# supervisor?", "let me speak to your manager". The role alone is not enough: "ya hablé con el
# despachador" and "the dispatcher told me" are news, not requests.
# The departments a person is asked for by ("¿me pasas con el de tráfico?", "con Maru de nóminas").
_DEPTS_ES = (
    r"(?:trafico|monitoreo|oficina|despacho|logistica|operaciones|recursos humanos|nominas|seguridad|mantenimiento"
    r"|pagos|liquidaciones|contabilidad|facturacion|cobranza|tesoreria|nomina|turno|guardia|patio|almacen|embarques)"
)
# Someone in charge ("el supervisor", "the dispatcher"): the roles a caller asks to speak to, and the only ones
# asked for by "¿está el ...?" (`_BOSS_THERE`); every other role is in `_ROLES_*` after them.
_BOSSES_ES = (
    r"despachador|despachadora|encargado|encargada|gerente|supervisor|supervisora|jefe|jefa|coordinador"
    r"|coordinadora|licenciado|licenciada|responsable|ingeniero|ingeniera|inge|monitorista|patron|patrona"
)
_BOSSES_EN = (
    r"dispatcher|manager|supervisor|boss|fleet manager|driver manager|terminal manager|foreman|shift lead"
    r"|shift supervisor|shift manager"
)
_ROLES_ES = (
    _BOSSES_ES + r"|despacho|asesor|asesora|ejecutivo|ejecutiva|humano|humana|persona|agente|"
    r"representante|trafico|monitoreo|oficina|alguien|"
    r"capturista|recepcion|recepcionista|secretaria|contador|contadora|gerencia|logistica|"
    r"operaciones|mesa de control|torre de control|central|base|dueno|duena|gente|personal|"
    # someone who works there ("¿no me enlaza con un empleado de ahí?", "con un trabajador de la empresa")
    r"empleado|empleada|empleados|trabajador|trabajadora|"
    # "un cristiano" is Mexican for a person, any person ("¿no me atiende un cristiano?")
    r"cristiano|cristiana|"
    # a person by title and name ("con la señorita Ofelia de tráfico", "con don Chema", "con el licenciado Ruiz")
    r"(?:senorita|senora|senor|don|dona|licenciado|licenciada|lic|ingeniero|ingeniera|inge|contador|contadora)"
    r" (?!(?:que|de|del|y|o|en|por|para|a|al|la|el|los|las|mi|tu|su|se|me|le|lo|no|si|ya|porque|pero)\b)\w+|"
    # whoever handles a matter ("con quien lleve mis liquidaciones", "con el que ve lo de los pagos")
    r"(?:quien|el que|la que|los que|las que|alguien que|la persona que) (?:lleva|lleve|llevan|maneja|maneje|manejan"
    r"|ve|vea|ven|se encarga|se encargue|se encargan|esta a cargo|atiende|atienda|revisa|revise|hace|haga"
    r"|autoriza|autorice|paga|pague)\b|"
    # a person of a department ("la señorita de liquidaciones", "el señor de pagos", "la muchacha de nóminas")
    r"(?:senorita|senor|senora|muchacha|muchacho|chava|chavo|joven|licenciado|licenciada|persona|gente|encargado"
    r"|encargada|jefe|jefa) (?:de|del) (?:la |el |los |las )?\w+|"
    # "¿me pasas con el de tráfico?"
    # or a person named before it ("con Maru de nóminas"), never a thing of it ("mi cuenta de nómina")
    r"(?:(?!(?:cuenta|cuentas|tarjeta|tarjetas|recibo|recibos|pago|pagos|deposito|dinero|lana|numero|hoja|talon"
    r"|papel|papeles|semana|quincena|correo|telefono|asunto|tema|problema|dato|datos)\b)\w+ )?"
    r"(?:de|del) (?:la )?" + _DEPTS_ES
)
_ROLES_EN = (
    # the role narrowed by a shift or rank ("the night shift dispatcher", "the on call supervisor")
    r"(?:(?:night|day|morning|evening|weekend|overnight|afternoon|graveyard)(?: shift)? "
    r"|(?:late|early|first|second|third) shift |on call |after hours |head |lead |senior |chief |main )?(?:"
    + _BOSSES_EN + r"|dispatch|representative|rep|agent|human|person|someone|"
    r"somebody|office|customer service|real person|live person|people|anyone|anybody|"
    # someone who works there ("connect me with an employee", "a staff member")
    r"employee|staff member|staffer|staff|"
    # a department or the person of one ("somebody from payroll", "your accountant", "HR")
    r"payroll|billing|accounting|accounts payable|settlements|human resources|hr|safety department|"
    r"accountant|bookkeeper|shift leader|team lead|"
    # whoever handles a matter ("whoever handles my settlements", "the guy who does payroll")
    r"(?:whoever|(?:the |a )?(?:person|guy|lady|gal|one|people|folks|someone|somebody) (?:who|that))"
    r" (?:handles|does|is in charge of|takes care of|runs|deals with|manages|processes|signs off on|approves|pays"
    r"|is over|works)\b|"
    r"(?:someone|somebody|anyone|anybody|a person|people) (?:from|in|at|over in|over at) "
    r"(?:the |your )?\w+)"
)
# The matter taken up with someone ("quiero tratarlo con ella", "prefiero arreglarlo con el supervisor").
_TAKE_UP_ES = (
    r"tratarlo|tratarla|tratar esto|tratar eso|verlo|verla|ver esto|ver eso|arreglarlo|arreglarla|arreglar esto"
    r"|resolverlo|resolverla|resolver esto|platicarlo|hablarlo|checarlo|revisarlo|aclararlo|aclarar esto"
)
# ... not at another time or place ("prefiero arreglarlo con el supervisor mañana": nobody asked for now).
# ... nor checked first by the caller, who reports back ("lo quiero checar con mi supervisor primero y te aviso").
_NOT_NOW_ES = (r"(?! (?:despues|luego|al rato|manana|mas tarde|cuando|en cuanto|alla|en persona|en la oficina|primero"
               r"|antes|y (?:te|le|les|ya|luego)|para (?:ver|saber)|a ver))")
_NOT_NOW_EN = (r"(?! (?:later|tomorrow|when|once|in person|at the|next|after|tonight|monday|on monday|first"
               r"|and (?:call|get|let|text|ill|i will)|to see))")
# The person handed over as a pronoun joined to the verb ("pásamela", "comuníquemelo").
_HANDED_ES = (
    r"(?:pasamel[oa]s?|pasemel[oa]s?|comunicamel[oa]s?|comuniquemel[oa]s?|ponmel[oa]s?|pongamel[oa]s?"
    r"|conectamel[oa]s?|conectemel[oa]s?|transfieremel[oa]s?|transfieramel[oa]s?|enlazamel[oa]s?)"
)
_HUMAN: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(
        r"\b(?:quiero hablar|quisiera hablar|necesito hablar|puedo hablar|podria hablar|dejame hablar|"
        r"dejeme hablar|hablar|platicar|comunicarme|comuniqueme|comunicame|paseme|pasame|me pasa|me pasas|"
        r"me comunica|me comunicas|me transfiere|me transfieres|transfiereme|transfierame|me puede pasar|"
        r"me puedes pasar|me puede comunicar|me puedes comunicar|me comunique|"
        # "¿me puedes enlazar con la oficina?", "conécteme con tráfico", "ponme con el supervisor"
        r"enlazar|enlazarme|enlazame|enlaceme|me enlaza|me enlazas|me puede enlazar|me puedes enlazar|"
        r"conectar|conectarme|conectame|conecteme|me conecta|me conectas|me puede conectar|me puedes conectar|"
        r"ponme|pongame|me pones|me pone|me puede poner|me puedes poner|transferir|transferirme|"
        r"me puede transferir|me puedes transferir|me podria transferir|me podrias transferir|"
        # the person fetched ("búscame al jefe de patio", "¿me buscas a alguien de la oficina?")
        r"buscame|busqueme|busquenme|me buscas|me busca|me puedes buscar|me puede buscar|"
        # the phone handed to the person ("pásale el teléfono a alguien de recursos humanos")
        r"(?<!\ble )(?:pasale|pasele|pasenle|pasa|dale|dele|transfiere|transfiera) (?:el telefono|la llamada|el cel"
        r"|la linea|el celular)"
        # a word or two put between ("pásame mejor con la oficina", "comunícame ahorita con el supervisor",
        # "comunícame mejor directo con el licenciado")
        r")(?: (?:mejor|ahora|ahorita|ya|por favor|porfa|rapido|de una vez|directo|directamente|mejor ya"
        r"|mas bien)){0,2}"
        r" (?:con|a|al)(?: el| la| un| una|"
        r" algun| alguna| mi| tu| su| sus)? (?:" + _ROLES_ES + r")\b"
        # the person said first ("con la señorita de liquidaciones quiero hablar", "con el supervisor necesito
        # hablar")
        # (only a wish says "directly": "tengo que verlo directo con mi supervisor" is the caller's own check)
        r"|\b(?:(?:quiero|quisiera|prefiero) (?:" + _TAKE_UP_ES + r") (?:directamente |directo |mejor |mas bien "
        r"|personalmente )?|(?:necesito|ocupo|tengo que) (?:" + _TAKE_UP_ES + r") )con (?:el |la |un |una "
        r"|algun |alguna |mi |tu |su |sus )?(?:" + _ROLES_ES + r")\b" + _NOT_NOW_ES +
        # the matter named first, as a wish ("eso lo prefiero ver directo con el supervisor"; "lo tengo que checar
        # con mi supervisor" at the arrival question: he will ask his boss, nobody asked for a person)
        r"|\blo (?:quiero|quisiera|prefiero) (?:ver|tratar|arreglar|resolver|checar|revisar"
        r"|aclarar|platicar|hablar) (?:directamente |directo |mejor |mas bien |personalmente )?con (?:el |la |mi |tu "
        r"|su )(?:" + _ROLES_ES + r")\b" + _NOT_NOW_ES +
        r"|\bcon (?:el |la |un |una |algun |alguna |mi |tu |su |sus )?(?:" + _ROLES_ES + r") (?:es con quien |yo )?"
        r"(?:quiero|quisiera|necesito|ocupo|tengo que|me gustaria|puedo|deseo) (?:hablar|platicar|comunicarme)\b"
        # ... or the matter to take up with that person, as a wish ("con el jefe de patio quiero arreglar esto";
        # "con mi jefe tengo que checarlo" is the caller's own errand, "... mañana" another time)
        r"|\bcon (?:el |la |un |una |algun |alguna |mi |tu |su |sus )?(?:" + _ROLES_ES + r") (?:es con quien |yo )?"
        r"(?:quiero|quisiera|prefiero|me gustaria) (?:arreglar esto|arreglarlo|arreglarla|tratar esto|tratarlo"
        r"|tratarla|resolver esto|resolverlo|aclarar esto|aclararlo|ver esto|verlo|hablarlo|platicarlo|arreglar eso"
        r"|ver eso|tratar eso)\b" + _NOT_NOW_ES +
        # "¿no hay alguien con quien hablar?", "alguien que me atienda"
        # the person handed over as a pronoun, named with "con" ("eso lo veo con la de nóminas, pásamela")
        r"|\bcon (?:el|la|los|las|mi|tu|su) (?:" + _ROLES_ES + r")\b.*\b" + _HANDED_ES + r"\b"
        r"|\b" + _HANDED_ES + r"(?: (?:mejor|ahora|ahorita|ya|por favor|porfa))? con (?:el|la|los|las|mi|tu|su) (?:"
        + _ROLES_ES + r")\b"
        # a real person wanted ("necesito un agente de verdad", "quiero un humano", "exijo una persona real")
        r"|\b(?:quiero|quisiera|necesito|ocupo|exijo|pido|prefiero) (?:hablar con |que me atienda )?(?:un|una|algun"
        r"|alguna) (?:(?:persona|agente|asesor|asesora|cristiano|cristiana|operadora|representante|ejecutivo"
        r"|ejecutiva|senorita|humano|humana|ser humano) (?:de verdad|real|de carne y hueso|viva|vivo|de a de veras"
        r"|de a deveras|de veras|verdadero|verdadera)|humano|humana|ser humano)\b"
        r"|\b(?:quiero|quisiera|necesito|ocupo|exijo|pido|prefiero) (?:hablar con )?(?:un|una) (?:persona|agente"
        r"|asesor|asesora|cristiano|cristiana|operadora|representante|ejecutivo|ejecutiva|senorita) no (?:con )?"
        r"(?:una|un) (?:" + _MACHINE_ES + r")\b"
        # the machine refused ("no quiero robots, quiero una persona", "con una máquina no arreglo nada"; "con la
        # máquina" is also the truck)
        r"|\bno quiero (?:hablar con )?(?:un |una |puros |puras )?(?:" + _MACHINE_ES + r")(?:s|es)?\b"
        r"|\bcon (?:una |un |puras |puros )?(?:" + _MACHINE_ES + r")s? no (?:arreglo|resuelvo|hablo"
        r"|quiero hablar|me entiendo|voy a hablar|platico|trato|soluciono|hago)\b"
        # someone there to take it up with ("¿no hay alguien de a de veras con quien pueda platicar esto?", "¿tienen
        # a alguien con quien arreglar lo del pago?"); "no tengo con quien platicar" is company on the road
        # (asked: "hay"/"tienen" before it or the turn opening on it; "tengo que ver a alguien con quien arreglar lo
        # del pago" is the caller's own errand)
        r"|(?:\b(?:hay|habra|habria|tienen|tiene)|^(?:\w+ )?(?:alguien|una persona|persona))(?: \w+){0,5}? con quien"
        r" (?:(?:pueda|puedo|podria) )?"
        r"(?:platicar|platique|tratar|trate|arreglar|arregle|ver|vea|hablar|hable)\b"
        r"|\b(?:con quien (?:hablar|hable|pueda hablar|puedo hablar)|(?:alguien|gente|(?:un|una|ningun|ninguna"
        r"|algun|alguna) (?:persona|humano|humana|ser humano|senorita|senor|senora|joven|muchacha|muchacho|asesor"
        # ... or someone in charge ("¿hay algún supervisor por ahí que me atienda?")
        r"|asesora|agente|licenciado|licenciada|cristiano|cristiana|operadora|operador|empleado|empleada|"
        + _BOSSES_ES + r"))"
        # what kind of person, in a few words ("una señorita de a de veras", "alguien de la oficina")
        r"(?: \w+){0,4}? que me "
        r"(?:atienda|pueda atender|ayude|pueda ayudar|conteste))\b"
        # help with the load is no person asked for ("estoy esperando a un muchacho que me ayude a descargar")
        r"(?! (?:a|con) (?:la |el |las |los |mi |mis )?(?:descarga|carga|descargar|cargar|bajar|subir|acomodar|amarrar"
        r"|mover|maniobra|maniobrar|destarimar|estibar|lonear|enlonar|meter|sacar"
        # help with the truck or its load ("¿me puede ayudar alguien con la caja cuando llegue?") is a hand, not
        # a person to talk to
        r"|caja|cajas|remolque|trailer|tractor|rampa|lona|llanta|llantas|mercancia|tarima|tarimas|anden|producto"
        r"|pallets|tarimas|unidad|camion)\w*)"
    ),
    "en": re.compile(
        # ("I'll talk to dispatch when I get there" is the caller's own errand, no one asked for now)
        r"(?<!\bill )(?<!\bi will )(?<!\bim gonna )(?<!\bim going to )"
        r"\b(?:talk|speak|chat|connect me|put me through|transfer me|get me|give me|patch me through|get a hold of"
        r"|get ahold of|i reach|we reach|patch me over|patch me in|patch me|put me over|"
        r"send me|put me on with|put me on the phone with|hook me up with|get me through to"
        # the phone handed over ("hand the phone to someone in HR", "pass the phone to your supervisor")
        r"|(?:hand|pass|give) (?:the|your) phone(?: over)?|hand me (?:off|over))(?: (?:to|with|over to|"
        r"through to))?(?: (?:a|an|the|your|my|some|one of your))? (?:" + _ROLES_EN + r")\b"
        # ... or a person by name and the role or desk ("patch me over to Rick in dispatch", "Maria from payroll"),
        # only after words that ask for a person: "send me directions from dispatch", "give me updates from the
        # office" ask for a thing, never to be put through
        r"|(?<!\bill )(?<!\bi will )(?<!\bim gonna )(?<!\bim going to )"
        r"\b(?:talk|speak|chat|connect me|put me through|transfer me|patch me through|patch me over|patch me in"
        r"|patch me|put me over|put me on|get me through|get me|hook me up|get a hold of|get ahold of)"
        r"(?: (?:to|with|over to|through to))?"
        r" (?!(?:it|that|this|them|him|her|you|me|us|something|anything|everything|one|more|some|all|time|a|an|the)"
        r"\b)\w+ (?:in|at|from|over in|over at|on)(?: the| your)? (?:" + _ROLES_EN + r")\b"
        r"|\b(?:someone|somebody|anyone|anybody|a person|a human) (?:i can|to) (?:talk|speak) (?:to|with)\b"
        # the matter taken up with someone in charge ("I'd rather sort this out with my dispatcher directly")
        # (a wish, or "just" brushing the agent off: "let me / I'll / I gotta work it out with my dispatcher" is
        # the caller's own errand, at the arrival question often)
        r"|\b(?:(?:id rather|i would rather|id prefer to|i prefer to|i want to|i wanna|id like to|i would like to)"
        r"(?: just)?|(?:let me|ill|i will) just) (?:(?:sort|work|figure|hash|straighten|iron) (?:it|this|that|things"
        r"|this whole thing|all this) out|(?:handle|settle|discuss|deal with|take care of|go over|take up|talk about"
        r"|work on) (?:it|this|that|this whole thing|all this)) (?:directly |personally )?with (?:the|my|your|our) "
        r"(?:" + _ROLES_EN + r")\b" + _NOT_NOW_EN +
        # "is there anybody from payroll I could speak with?", "someone in billing who can help me"
        # ("there's someone at the yard I can sort it out with", "I have somebody I can talk to": news, not asked)
        r"|(?<!theres )(?<!there is )(?<!i have )(?<!ive got )(?<!i got )(?<!i know )(?<!we have )(?<!weve got )"
        r"\b(?:someone|somebody|anyone|anybody|a person|a human|a real person|a live person|one of your people"
        # ("any live human over at the office I could get on the line?")
        r"|(?:any|a|some) (?:real |live |actual |living )?(?:human|person|human being|body))"
        r"(?: real| actual| live| human)?"
        r"(?: (?:from|in|at|over in|over at|over|with) (?:the |your )?\w+(?: \w+)?)? (?:that |who )?(?:i|we) "
        # "... I can actually talk to", "... we could just speak with", "... I could get on the line"
        r"(?:can|could|might|may|would be able to) (?:actually |really |just |finally |maybe )?"
        r"(?:(?:talk|speak|chat) (?:to|with)\b|(?:talk|go) (?:this|it|that)"
        r" over with\b|(?:sort|work|straighten|figure) (?:this|it|that) out with\b|get on the (?:line|phone)\b)"
        r"|\b(?:someone|somebody|anyone|anybody|a person|a human|a real person|a live person|one of your people)"
        r"(?: (?:from|in|at|over in|over at|with) (?:the |your )?\w+(?: \w+)?)? (?:that|who) (?:can|could)"
        r" (?:help|assist|talk to|speak to|speak with) (?:me|us)\b"
        # a person wanted, in so many words ("I want a real person", "I need a live agent")
        r"|\b(?:i want|i need|id like|i would like|i wanna|i demand) (?:a |an |some |to talk to a |to speak to a "
        r"|to speak with a )?(?:real |live |actual |human )?(?:person|human|human being|agent|representative|rep"
        r"|operator)\b"
        r"(?! (?:to|who|that) (?!(?:talk|speak|chat|help me|help us|assist)\b))"
        # the machine refused ("I don't wanna talk to a robot", "I'm not dealing with a computer")
        r"|\b(?:dont|do not|wont|will not|not gonna|not going to) (?:want to |wanna |need to )?(?:talk|speak|deal)"
        r" (?:to|with) (?:a |an |the |some |no |this )?(?:machine|robot|computer|recording|bot|ai)s?\b"
        r"|\bim not (?:talking|speaking|dealing) (?:to|with) (?:a |an |the |some |this )?(?:machine|robot|computer"
        r"|recording|bot|ai)s?\b"
        # a person to come on the line ("can a living, breathing employee pick up?", "could a real human get on?")
        r"|\b(?:can|could|will|would|cant|couldnt|wont) (?:a |an |some |any |one of your |somebody |someone )?"
        r"(?:(?:real|live|living|breathing|actual|human|flesh and blood)\s)*(?:person|human|human being|employee"
        r"|agent|rep|representative|operator|people|somebody|someone|anybody|anyone|lady|guy)(?: (?:there|please))?"
        r" (?:pick up|get on|come on|hop on|jump on|take (?:this|my|the) call|get on the (?:line|phone))\b"
        r"(?! (?:the|a|an|my|your|some|those|these|that|this|it|them|from|at)\b)"
        # "get dispatch on the line"
        r"|\b(?:get|put) (?:me )?(?:a |an |the |your |some |my |our )?(?:" + _ROLES_EN + r") on the (?:line|phone)\b"
    ),
}


# To be attended by a person: "quiero que me atienda un asesor", "que me hable alguien de la oficina",
# "have someone from dispatch call me", "I want a real person to help me". The person is the subject
# of the verb, so the role comes after it in Spanish and before it in English.
_ATTENDED_BY: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(
        # asked of the person ("¿no me puede atender un cristiano de verdad?", "¿me podría ayudar alguien?")
        r"\bme (?:puede|puedes|pueden|podria|podrias|podrian|quiere|quieren) (?:atender|ayudar|contestar|explicar"
        r"|resolver) (?:(?:un|una|algun|alguna|el|la|su|tu) )?(?:" + _ROLES_ES + r")\b"
        r"(?! (?:a|con) (?:la |el |las |los |mi |mis )?(?:descarga|carga|descargar|cargar|bajar|subir|acomodar|amarrar"
        r"|mover|maniobra|maniobrar|destarimar|estibar|lonear|enlonar|meter|sacar"
        # help with the truck or its load ("¿me puede ayudar alguien con la caja cuando llegue?") is a hand, not
        # a person to talk to
        r"|caja|cajas|remolque|trailer|tractor|rampa|lona|llanta|llantas|mercancia|tarima|tarimas|anden|producto"
        r"|pallets|tarimas|unidad|camion)\w*)"
        r"|\bque me (?:atienda|atiendan|hable|hablen|llame|llamen|marque|marquen|conteste|contesten|ayude|ayuden"
        r"|explique|expliquen|resuelva|resuelvan|comunique|reciba|pase|pasen) (?:(?:el|la|un|una|algun|alguna|su"
        r"|tu|mi|los|las|unos|unas) )?(?:" + _ROLES_ES + r")\b"
        # the person said first ("que la contadora me hable", "que alguien de pagos me atienda")
        r"|\bque (?:el |la |un |una |algun |alguna |su |tu |los |las )?(?:" + _ROLES_ES + r")(?: \w+){0,2} me"
        r" (?:atienda|atiendan|hable|hablen|llame|llamen|marque|marquen|conteste|contesten|ayude|ayuden|explique"
        r"|expliquen|resuelva|resuelvan|contacte|contacten|busque|busquen|regrese la llamada|devuelva la llamada)\b"
        # a message for the person ("dile a la contadora Maru que me hable", "avísele al supervisor que me marque")
        r"|\b(?:dile|digale|diganle|avisale|avisele|avisenle|pidele|pidale|pidanle|encargale|comentale|comentele"
        r"|pasale el recado|pasele el recado) (?:a (?:el |la |los |las |tu |su |mi )?|al )(?:" + _ROLES_ES
        + r")(?: \w+){0,2} (?:que|pa que|para que) me (?:hable|llame|marque|contacte|busque|atienda|regrese"
        r"|devuelva|hablen|llamen|marquen|busquen|comunique)\b"
    ),
    "en": re.compile(
        r"\b(?:have|let|get|want|need|id like|like|(?<!\bill )(?<!\bi will )(?:tell|ask)) (?:a |an |the |your |some "
        r"|one of your |my |our )?(?:" + _ROLES_EN
        + r")(?: (?:from|at|in|on) (?:the |your )?\w+)? (?:to )?(?:call|help|talk to|speak to|speak with|talk with"
        r"|assist|handle|take care of|deal with|contact|text|ring|get back to|reach out to|get in touch with) me\b"
        r"|\b(?:have|let|get|(?<!\bill )(?<!\bi will )(?:tell|ask)) (?:a |an |the |your |some |one of your |my "
        r"|our )?(?:"
        + _ROLES_EN
        + r")(?: (?:from|at|in|on) (?:the |your )?\w+)? (?:to )?give me a (?:call|ring|shout|holler)\b"
    ),
}
# The person named first and asked for by a pronoun: "¿no está la licenciada de nóminas? con ella quiero
# hablar", "is your supervisor in? I need to speak to him". The pronoun alone is nobody.
_WITH_PRONOUN: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(
        r"\bcon (?:el|ella|ellos|ellas|usted) (?:quiero|necesito|quisiera|ocupo|tengo que|puedo|prefiero)"
        r" (?:hablar|platicar|" + _TAKE_UP_ES + r")\b"
        # the matter settled with that person ("con él me arreglo", "con ella lo veo", "con él me entiendo")
        r"|\bcon (?:el|ella|ellos|ellas) (?:me arreglo|nos arreglamos|me entiendo|nos entendemos|lo arreglo|lo veo"
        r"|lo trato|lo resuelvo|lo hablo|lo platico|lo checo|me veo)\b"
        # ... not at another time or place ("con ella me arreglo después": nobody asked for now)
        r"(?! (?:despues|luego|al rato|manana|mas tarde|cuando|en cuanto|alla|en persona|en la oficina|el lunes))"
        r"|\b(?:quiero|necesito|quisiera|ocupo|tengo que|prefiero) (?:hablar|platicar|comunicarme|" + _TAKE_UP_ES
        + r") con (?:el|ella|ellos|ellas)"
        r"|\b(?:me (?:pasa|pasas|comunica|comunicas|comunique|pones|pone|conectas|conecta|enlazas|enlaza)|paseme"
        r"|pasame|comuniqueme|comunicame|ponme|pongame|conectame|conecteme|enlazame|enlaceme) con (?:el|ella"
        r"|ellos|ellas)\b"
        # the person put on the line, by the pronoun in the verb ("¿no está el licenciado? pásamelo")
        # (a thing sent is no person: "pásamelo por transferencia", "pásamela a mi cuenta")
        r"|\b(?:pasame|paseme|comunicame|comuniqueme|ponme|pongame|conectame|conecteme|enlazame|enlaceme)l[oa]s?\b"
        r"(?! (?:por|a mi|a la|al|en|via|con)\b)"
        # ... the pronoun before the verb, asked at the turn's end ("prefiero darle los datos a mi despachadora, ¿me
        # la pasas?"); the agent's verb only ("mi despachador me lo pasa" is what he does)
        r"|\b(?:me|nos) (?:la|lo|las|los) (?:pasas|comunicas|pones|enlazas|conectas|transfieres|puedes pasar"
        r"|podrias pasar|puede pasar|podria pasar)(?: (?:porfa|por favor|porfavor|si|o que|o no|pues|ahorita))?$"
    ),
    "en": re.compile(
        r"\b(?:want|need|have|id like|like|can i|could i|let me) (?:to )?(?:talk|speak) (?:to|with) (?:him|her|them)\b"
        r"|\b(?:ill|i will|i can|i could|let me) (?:sort|work|figure|hash|straighten) (?:it|this|that|things) out with"
        r" (?:him|her|them)\b(?! (?:later|tomorrow|when|once|in person|at the))"
        r"|\b(?:put|get|transfer|connect) (?:me )?(?:through )?(?:to |with )?(?:him|her|them) on\b"
        r"|\b(?:put|get|patch) (?:him|her|them) (?:on|through)\b"
        r"|\b(?:transfer|connect|patch|put) me (?:through )?(?:to|with) (?:him|her|them)\b"
    ),
}
_ROLE_NAMED: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"\b(?:el|la|los|las|un|una|su|tu|al|del|algun|alguna|mi) (?:" + _ROLES_ES + r")\b"),
    "en": re.compile(r"\b(?:the|a|an|your|my|our|any|some) (?:" + _ROLES_EN + r")\b"),
}


# Whether someone in charge is there, asked ("¿hay algún supervisor por ahí?", "¿está el despachador?", "is
# your manager around?"): asking for that person. Only roles of someone in charge, and only asked (read on the
# folded turn, up to its question mark): "¿hay alguien ahí?" checks the line, "está el supervisor y me dijo"
# is news. The roles: `_BOSSES_*`.
_BOSS_THERE: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(
        r"\b(?:hay|habra|habria|no hay|esta|estara|no esta|se encuentra|no se encuentra|anda|no anda)"
        r" (?:algun |alguna |un |una |el |la |tu |su )?(?:" + _BOSSES_ES + r")(?: de \w+)?"
        r"(?: (?:por ahi|ahi|por alla|alla|disponible|en la oficina|en linea|a la mano|cerca|de turno))?\s*\?"
    ),
    "en": re.compile(
        r"\b(?:is|isnt|is there|isnt there|are there|is there any) (?:a |an |any |the |your |my )?(?:" + _BOSSES_EN
        + r")(?: (?:around|there|in|available|on duty|on the line|in the office|in today|handy))?\s*\?"
    ),
}


# A person asked for by given name ("quiero que me atienda Lupita, la de las rutas", "quiero hablar con don Beto",
# "I want to talk to Maria"), or asked if there ("¿está Lupita?", "is Maria from dispatch there?"): the name is
# any of `lexicon.GIVEN_NAMES`, after a title or none (never an article: "¿está la luz?" asks about the power).
_TITLE_ES = (r"(?:(?:don|dona|el senor|la senora|la senorita|la seno|el licenciado|la licenciada|el lic|la lic"
             r"|el ingeniero|la ingeniera|el inge) )?")
_TITLE_EN = r"(?:(?:mr|mrs|ms|miss|mister) )?"
_NAME_ASKED: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(
        r"\b(?:que me (?:atienda|hable|llame|marque|conteste|comunique|ayude|pase)|(?:quiero|quisiera|necesito"
        r"|puedo|podria|ocupo) (?:hablar|platicar|comunicarme) con) " + _TITLE_ES + r"(\w+)"
    ),
    "en": re.compile(
        r"\b(?:i (?:want|need|would like|wanna)|id like|can i|could i|may i|let me) (?:to )?(?:talk|speak|chat)"
        r" (?:to|with) " + _TITLE_EN + r"(\w+)"
    ),
}
_NAME_THERE: dict[Lang, re.Pattern[str]] = {
    # (never a place named as a person is: "¿está Victoria cerca de la bodega?", "¿está Guadalupe abierta?" ask
    # about Ciudad Victoria, a yard - what is said of it is no person's being there)
    "es": re.compile(r"(?:^|[¿?,.] ?|\b(?:y|oye|oiga|este|pues) )(?:esta|se encuentra|anda|no esta|no se encuentra)"
                     r" (?:por ahi |ahi )?" + _TITLE_ES + r"(\w+)(?! (?:muy |bien |mas |tan |como |todavia |aun |ya )*"
                     r"(?:cerca|lejos|abiert[oa]s?|cerrad[oa]s?|llen[oa]s?|vaci[oa]s?|en (?:la )?ruta|de camino"
                     r"|en camino|a cuant[oa]s?|a que distancia|por donde|del? (?:paso|camino))\b)(?: \w+){0,5}\s*\?"),
    "en": re.compile(r"\b(?:is|isnt) " + _TITLE_EN + r"(\w+)(?: (?:from|in|at|over at|over in) (?:the )?\w+)?"
                     r" (?:there|around|in|available|in the office|on duty)\s*\?"),
}


def _named(m: re.Match[str] | None, lang: Lang) -> bool:
    return m is not None and m.group(1) in GIVEN_NAMES and m.group(1) not in COMMON_WORDS[lang]


def asks_if_a_boss_is_there(folded: str, lang: Lang) -> bool:
    """`folded`: the turn as `normalize.fold` gives it (with its question marks). Someone asked for by name counts
    as a boss asked for ("¿está Lupita, la de las rutas?")."""
    return _BOSS_THERE[lang].search(folded) is not None \
        or any(_named(m, lang) for m in _NAME_THERE[lang].finditer(folded))


def attended_by_a_person(tokens: list[str], lang: Lang) -> bool:
    """A named person (by role) is to call or attend the caller ("ask payroll to call me back", "que me
    llame el supervisor"): a request for that person, even in words of a callback."""
    return _ATTENDED_BY[lang].search(" ".join(tokens)) is not None


def person_request(tokens: list[str], lang: Lang) -> bool:
    joined = " ".join(tokens)
    if _HUMAN[lang].search(joined) is not None or _ATTENDED_BY[lang].search(joined) is not None \
            or _named(_NAME_ASKED[lang].search(joined), lang):
        return True
    return _WITH_PRONOUN[lang].search(joined) is not None and _ROLE_NAMED[lang].search(joined) is not None


# "I already talked to a person at dispatch", "ya me comuniqué con tráfico": news about someone the
# caller spoke to, not a request for one, unless the turn also asks ("ya hablé con tráfico, pásame
# con el supervisor").
_SPOKE_TO: dict[Lang, re.Pattern[str]] = {
    # ("que me hable alguien" is asking: "hable" after "me" is not "hablé")
    "es": re.compile(r"(?<!\bme )\b(?:ya )?(?:hable|platique)\b"
                     r"|\bya me (?:comunique|pasaron|atendieron|atendio|comunicaron)\b"),
    "en": re.compile(r"\b(?:talked|spoke|spoken|already called|was talking|been talking|told me)\b"),
}
_ASKING: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(
        r"\b(?:quiero|quisiera|necesito|pasame|paseme|me pasa|me pasas|comunicame|comuniqueme|ponme|pongame"
        r"|transfiereme|transfierame|me puede|me puedes|podria|puedo hablar|me comunica|me comunicas)\b"
    ),
    "en": re.compile(
        r"\b(?:want|need|let me|put me|transfer me|get me|give me|can i|could i|connect me|may i|id like)\b"
    ),
}


# (Not the agent or her side, nor someone unnamed: "¿voy a hablar con una persona?", "voy a hablar con usted?",
# "I'll talk to your supervisor", "I have to talk to someone real" ask for a person.)
_NOT_THE_AGENT_ES = (r"(?! (?:(?:a|al|con) )?(?:usted|ustedes|contigo|ti|alguien|una persona|un humano|una humana"
                     r"|un agente|una maquina|un robot|gente|su|sus|tu|tus|un|una|uno)\b)")
# ... or about someone the caller is going to talk to himself ("voy a hablar con el supervisor", "le voy a marcar
# a mi despachador", "I'll check with my dispatcher"): his own errand, not a person asked of the agent.
_WILL_TALK_TO: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"(?:\b(?:voy|vamos|iba|ibamos) a (?:hablar|platicar|checar|checarlo|verlo|consultarlo|consultar"
                     r"|comunicarme|reportarme) con\b|\b(?:le|les) (?:voy|vamos) a (?:hablar|marcar|llamar)\b"
                     r"|\b(?:voy|vamos) a (?:llamarle|marcarle|hablarle|llamar a|marcar a|hablar a)\b)"
                     + _NOT_THE_AGENT_ES),
    "en": re.compile(r"\b(?:ill|i will|im gonna|im going to|i gotta|i have to|let me go) (?:talk|speak|check|call"
                     r"|ask)\b(?! (?:with |to )?(?:you|your|ya|someone|somebody|anyone|anybody|a|an|some|people"
                     r"|a real)\b)"),
}


# The caller calls back himself once an errand is done ("voy a hablar con mi despachador y te marco", "déjame checar
# con el de patio y ahorita te llamo", "déjame preguntarle a mi jefe y te aviso", "let me talk to my dispatcher and
# I'll call you back", "let me check with my boss and get back to you"): his own callback
# after it - no person asked of the agent (the one he talks to is his errand), nor a turn not understood.
_ERRAND_THEN_CALL: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"\b\w+ (?:\w+ ){0,10}?y (?:ya |luego |ahorita |orita |al rato |al ratito |despues |ahi |de ahi )*"
                     r"(?:yo )?(?:te|le|les) (?:marco|llamo|hablo|(?:regreso|devuelvo) " + CALL_RETURNED
                     # ... at the end of the turn, or with when: "te hablo desde Monterrey" is the present tense
                     + r"|vuelvo a marcar|vuelvo a llamar|aviso|confirmo|reporto|comunico)"
                     r"(?: (?:luego|al rato|al ratito|mas tarde|despues|ahorita|orita|de vuelta|de regreso|otra vez"
                     r"|en cuanto \w+(?: \w+)?|cuando \w+(?: \w+)?|pues|va|eh|ok|si))*$"),
    "en": re.compile(r"\b\w+ (?:\w+ ){0,10}?(?:and|then|and then) (?:ill |i will |i ll |ill just |i can )?"
                     # ("... and get back to you": he is in touch again)
                     r"(?:(?:call|ring|phone|hit) (?:you|ya|yall) (?:back|right back|up)"
                     r"|(?:get|come) (?:right )?back to (?:you|ya|yall))\b(?! (?:with|on|about)\b)"),
}


def calls_back_after_errand(tokens: list[str], lang: Lang) -> bool:
    """Whether the caller says he will call back once something is done first (`_ERRAND_THEN_CALL`); arriving is
    no errand ("llego a las cinco y te marco" gives the arrival), and nor is looking the value up only to say it
    ("ahorita lo busco y te aviso": `goes_to_look`, a hold on the line - unless he says he will call)."""
    joined = " ".join(tokens)
    m = _ERRAND_THEN_CALL[lang].search(joined)
    if m is None or _ARRIVING[lang].search(joined) is not None:
        return False
    return not (_ONLY_LOOKS_THEN_SAYS[lang].fullmatch(joined) and _CALLS_IN_SO_MANY_WORDS[lang].search(joined) is None)


# The caller goes to look the value up and will say it ("ahorita lo busco y te aviso", "déjame lo checo y le digo",
# "let me look it up and I'll let you know", "hang on, let me find it"): nobody else to ask, nowhere to go - he
# stays on the line (a hold: the question asked again, nothing counted), no callback. With another person ("déjame
# preguntarle a mi jefe y te aviso") or a call said in so many words ("lo busco y te marco", "I'll call you back")
# it is still the caller's own callback. Matched on the whole turn, tokens joined (no punctuation).
_LOOK_LEAD_ES = (r"(?:(?:ahorita|orita|horita|ahora|ok|okey|bueno|si|pues|este|a ver|dejame|dejeme|dejamelo|permiteme"
                 r"|permitame|(?:es)?perame|(?:es)?pereme|(?:es)?perate|un momento|un segundo|tantito|nomas|ya|voy a"
                 r"|deja) )*")
_LOOK_LEAD_EN = (r"(?:(?:ok|okay|um|uh|yeah|yes|sure|well|hold on|hang on|wait|one sec|one second|just a sec"
                 r"|just a second|give me a sec|give me a second|a sec|a second|one moment) )*")
_ONLY_LOOKS_THEN_SAYS: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(_LOOK_LEAD_ES + r"(?:(?:te |se |le )?(?:lo|la|los|las) |a )?"
                     r"(?:busco|checo|veo|reviso|encuentro|ubico|saco|buscar|checar|ver|revisar|buscarlo|buscarla|buscarlos|buscarlas|checarlo|checarla"
                     r"|checarlos|checarlas|verlo|verla|revisarlo|revisarla)"
                     r"(?: (?:aqui|ahi|tantito|rapido|rapidito|bien|en (?:los|mis|la|el) papeles|en la tarjeta))*"
                     r"(?: y (?:ya |luego |ahorita |orita |ahi )*(?:yo )?(?:te|le|se) (?:(?:lo|la|los|las) )?"
                     r"(?:aviso|digo|confirmo|paso|doy)(?: (?:ahorita|orita|va|eh|ok|si|pues))*)?"),
    "en": re.compile(_LOOK_LEAD_EN + r"(?:let me|lemme|i(?:ll| will)?|im gonna|im going to|i gotta) (?:go )?"
                     r"(?:find (?:it|them|that|those|em)|look (?:it|them|that|those|em) up|look (?:for it|for them"
                     r"|for that)|check|see|dig (?:it|them|that) out|pull (?:it|them|that) up|grab (?:it|them|that))"
                     r"(?: (?:real quick|quick|here|for you|on my end))*"
                     r"(?: (?:and|then|and then) (?:ill |i will |i ll |i can )?(?:let you know|tell you"
                     r"|give (?:it|them) to you|read (?:it|them) to you|get (?:right )?back to (?:you|ya)))?"),
}
# A call said in so many words: the caller will hang up and call ("te marco", "I'll call you back").
_CALLS_IN_SO_MANY_WORDS: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"\b(?:te|le|les) (?:marco|llamo|hablo|regreso|devuelvo)\b|\bvuelvo a (?:marcar|llamar)\b"),
    "en": re.compile(r"\b(?:call|ring|phone|hit) (?:you|ya|yall) (?:back|right back|up)\b"),
}


def goes_to_look(text: str, locale: str) -> bool:
    """Whether the whole turn says the caller goes to look the value up and will say it, and nothing more
    ("ahorita lo busco y te aviso", "hang on, let me find it"): a hold on the line, not a callback."""
    lang = lang_of(locale)
    joined = " ".join(re.findall(r"[a-z]+", fold(text).replace("'", "")))
    return bool(joined) and _ONLY_LOOKS_THEN_SAYS[lang].fullmatch(joined) is not None


# The call itself first, the person after ("quiero hablar con el jefe de patio, pero primero te doy mis datos",
# "I want to talk to dispatch, but first let me give you my info"): the caller wants to go on now.
_CALL_FIRST: dict[Lang, re.Pattern[str]] = {
    # ("primero te digo que ...", "de una vez le digo: ..." only say what comes; "te paso con mi compañero" hands
    # the phone over)
    "es": re.compile(r"\b(?:primero|antes|de una vez|pero ya que) (?:te |le |les )?(?:doy|paso(?! (?:con|a|al)\b)"
                     r"|digo (?:mi|mis|el|la|los|las)|dicto|damos|doy los|terminamos|termino|acabamos|acabo"
                     r"|registramos|registro|hacemos|hago|sigamos"
                     r"|seguimos|continuamos|vamos con|dejame darte|deja te doy|dejeme darle)\b"
                     r"|\b(?:primero|antes) (?:lo|el|la|los|las|mis|mi) (?:registro|datos|dato|llegada|placas"
                     r"|nombre)\b"),
    "en": re.compile(r"\b(?:first|before that|but first) (?:let me give|let me finish|ill give|i ll give|lets finish"
                     r"|lets do|lets get|well finish|we can finish|let me do|here(?:s| is| are)|take (?:my|the))\b"),
}


def call_first(folded: str, lang: Lang) -> bool:
    """Whether the turn puts the call itself before what else it asks ("..., pero primero te doy mis datos")."""
    return _CALL_FIRST[lang].search(folded) is not None


def news_about_a_person(tokens: list[str], lang: Lang) -> bool:
    joined = " ".join(tokens)
    return (_SPOKE_TO[lang].search(joined) is not None or _WILL_TALK_TO[lang].search(joined) is not None) \
        and _ASKING[lang].search(joined) is None


# "Llámame Chuy", "call me Bob": the imperative followed by a word that says neither when nor how is
# how to address the caller, not a callback.
_NAMING_IMPERATIVE: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"\b(?:llam(?:a|e|en)me|dime|digame|dinos) (\w+)"),
    "en": re.compile(r"\bcall me (\w+)"),
}
# A while said after "en" / "in" ("en media hora", "en 20", "in thirty", "in an hour"), in words or digits.
_WHILE_ES = (r"(?:\d+|media|un|una|unos|unas|como|cinco|diez|quince|veinte|veinticinco|treinta|cuarenta|cincuenta"
             r"|sesenta|noventa|dos|tres|cuatro|seis|siete|ocho|nueve|once|doce|un rato|un ratito)")
_WHILE_EN = (r"(?:\d+|a|an|half|about|like|five|ten|fifteen|twenty|thirty|forty|fifty|sixty|ninety|two|three|four|six"
             r"|seven|eight|nine|eleven|twelve)")
_BUSY: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(
        r"\bno (?:te |le |lo |la |les )?(?:puedo|podemos|voy a poder) "
        r"(?:atender|hablar|contestar|platicar|ahorita|ahora)\b|\bno puedo atender(?:te|le|lo|la)\b"
        # the impersonal "ahorita no se puede" ("no se va a poder ahorita", "ahorita no se va a poder")
        r"|\b(?:ahorita|ahora|orita|horita|en este momento) no se (?:puede|va a poder|va a poder hablar)\b"
        r"|\bno se (?:puede|va a poder) (?:ahorita|ahora|orita|horita|en este momento|hablar|platicar)\b"
        # busy, in any word for it ("ando bien atareado", "estoy hasta el gorro de chamba")
        r"|\b(?:ando|estoy|andamos|estamos|voy) (?:bien |muy |re |super |algo |medio )?(?:ocupad[oa]s?|ataread[oa]s?"
        r"|saturad[oa]s?|apurad[oa]s?|a las carreras|hasta el gorro|con mucha chamba|con mucho trabajo)\b"
        # ... or clipped to the word alone, opening the turn ("Ocupado, ocupado. En media hora.", "ahorita ocupada")
        # (in a clause of its own: "ocupado el patio" says the yard is full)
        # ("en" only with a while after it: "ocupado en la descarga, llego a las cuatro" says what keeps him busy, and
        # the arrival time it gives is the answer, no callback at four)
        r"|^(?:(?:ahorita|orita|horita|ahora) )?(?:bien |muy |re )?(ocupad[oa]s?|ataread[oa]s?)(?: \1)?(?:$| (?:ahorita"
        r"|orita|horita|ahora|(?:en|dentro de) " + _WHILE_ES + r"|al rato|luego|mas tarde|despues|manana|llamame"
        r"|marcame|hablame|perdon|disculpa|jefe|jefa|joven|senorita|mija|mijo|compa|amigo|eh)\b)"
        # ... and a bad moment said so, opening the turn ("Mal momento, compa. Luego, ¿va?")
        r"|^(?:(?:ahorita|orita|horita|ahora) )?(?:es )?(?:un )?(?:mal momento|mala hora)\b"
    ),
    "en": re.compile(
        r"\b(?:cant|cannot|can not|couldnt) (?:really )?"
        r"(?:talk|chat|speak|take (?:this|your|the) call)\b"
        r"|\b(?:cant|cannot|can not) (?:do (?:it|this|that) )?(?:right now|at the moment|right this minute)\b"
        # (the caller himself: "they can't handle it now, the dock's full" is news about the place)
        r"|(?:^|\b(?:i|we|sorry|honestly|look|man) )(?:really )?(?:cant|cannot|can not) (?:do|deal with|handle)"
        r" (?:it|this|that|this call|the call) now\b"
        # busy, in any word for it ("I'm slammed today", "we're swamped right now")
        r"|\b(?:im|i am|were|we are) (?:so |really |pretty |super |kinda |totally |just |all )?(?:slammed|swamped"
        r"|buried|tied up|booked up|jammed up|up to my neck|busy)\b"
        # ... or clipped to the word alone, opening the turn ("Busy, busy. In half an hour.", "real busy right now")
        # (in a clause of its own: "busy signal", "busy day, huh?" are no can't-talk)
        # ("in" only with a while after it: "busy in Laredo till noon, so around four" gives the arrival)
        r"|^(?:(?:so|real|really|pretty|super|kinda) )?(busy|slammed|swamped|tied up)(?: \1)?(?:$| (?:right now|now"
        r"|in " + _WHILE_EN + r"|later|call|try|ring|sorry|man|buddy|maam|sir|at the moment)\b)"
    ),
}


# "márcame en diez", "call me back in 20": a callback delay said without its unit is in minutes.
_BARE_DELAY: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(
        # ("a los treinta y cinco me vuelves a buscar": "a los" counts minutes from now; "a las" is a clock time)
        r"\b(?:en|dentro de|a los|dame|deme|denme|me das|me da|me dan) (?:chance de |chancita de |un chance de )?"
        r"(?:unos |como |otros )?(\d{1,3})"
        r"(?! ?(?:\d|horas?|hrs?|seg|de |del |am\b|pm\b|dias?\b|semanas?\b|mes|kilometros?\b|kms?\b|millas?\b))"
    ),
    "en": re.compile(r"\b(?:in|within|give me|gimme) (?:about |like |another |say )?(\d{1,3})"
                     r"(?! ?(?:\d|hours?|hrs?|sec|am\b|pm\b))"),
}
_BARE_DELAY_RANGE = range(5, 121)


def bare_minutes(digitized: str, lang: Lang) -> int | None:
    m = _BARE_DELAY[lang].search(digitized)
    if m is None or int(m.group(1)) not in _BARE_DELAY_RANGE:
        return None
    return int(m.group(1))


# Words around a delay said as the whole answer to an offer of a callback in so many minutes ("mejor en
# cuarenta", "no, como en treinta", "make it thirty", "in about an hour"): none of them is news of its own.
_AROUND_DELAY: dict[Lang, frozenset[str]] = {
    "es": wordset("no mejor en unos como otros dentro de mas o menos pues este eh mm ok okey bueno que sean a los"),
    "en": wordset("no nah better make it in about like say another maybe more or less um uh well ok okay within"),
}
# The words of a duration itself ("media hora", "una hora y media", "an hour and a half", "treinta minutos").
_DURATION_WORDS = wordset("un una an a media half hora horas hour hours minuto minutos minute minutes min mins hr hrs "
                          "y and")


def delay_alone(tokens: list[str], lang: Lang) -> int | None:
    """The minutes of a turn that says nothing but a delay ("Treinta", "mejor en cuarenta", "media hora",
    "thirty minutes", "make it an hour"): a bare number of 5-120, or a duration up to a day; None for any
    other turn. Heard only at a question that offers a callback in so many minutes: there a number said alone
    is the delay the caller wants (elsewhere a bare number is no time - see `only_a_time`)."""
    said = [t for t in digitize(prepare_tokens(tokens, lang), lang) if t not in _AROUND_DELAY[lang]]
    if not said or not all(t.isdigit() or t in _DURATION_WORDS for t in said):
        return None
    if all(t.isdigit() for t in said):
        return int(said[0]) if len(said) == 1 and int(said[0]) in _BARE_DELAY_RANGE else None
    minutes = duration_minutes(" ".join(said), lang)
    return int(minutes) if minutes is not None and float(minutes).is_integer() and 0 < minutes <= 24 * 60 \
        else None


# Free later, said instead of asking for a call: "después de comer ya te atiendo", "mañana a primera hora
# sí te atiendo", "a las cinco ya ando desocupado", "I'll be free after six". Only with a later time in
# the turn ("ahorita te atiendo" alone is not a callback) and never about arriving ("llego a las cinco").
_FREE_LATER: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(
        r"\b(?:te|le|lo|la|les) (?:atiendo|puedo atender|atendere|contesto|puedo contestar)\b"
        r"|\b(?:ando|estoy|estare|quedo|voy a estar|voy a andar|me quedo) (?:desocupad[oa]s?|libres?|disponibles?)\b"
        r"|\bme desocupo\b|\b(?:ya )?tengo (?:mas )?tiempo\b|\b(?:ya )?puedo (?:hablar|platicar)\b(?! con)"
        # reachable then ("después de la descarga ya me agarras", "en la tarde me encuentras")
        r"|\bme (?:agarras|agarra|agarran|encuentras|encuentra|encuentran|localizas|localiza|localizan|pescas"
        r"|cachas)\b(?! (?:al|en|a) (?:mi |el |este |ese )?(?:numero|cel|celular|telefono|otro))"
        r"|\bya (?:puedo|podemos|podre|podremos)$"  # "en una horita ya puedo"
        r"|(?<!\bya )\b(?:hablamos|platicamos)\b"  # "hablamos mañana"; "ya hablamos el lunes" is news
    ),
    "en": re.compile(
        r"\b(?:ill|i will|i should|i ll|i can|i could|ill probably|i should) be (?:free|available|able to talk"
        r"|off work|off duty|off the road|done driving)\b"
        r"|\b(?:im|i am|were|we are|i should be|i ll be) (?:free|available|off work|off duty)\b"
        r"|\bi (?:can|could) talk\b(?! to| with)|\bi(?:ll| will)? have (?:some |more )?time\b"
        r"|\bwe (?:can|could) talk\b(?! about)"
        # reachable then ("after my break you'll catch me", "you can reach me after six")
        r"|\byou(?:ll| will| can| could| should| might|d| would)? (?:catch|reach|get a hold of|get ahold of|get hold of"
        r"|find) me\b(?! (?:at|on) (?:this|my|the|that) (?:number|cell|phone|line))"
    ),
}
_LATER: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(
        r"\b(?:despues|luego|al rato|al ratito|mas tarde|mas tardecito|manana|mananita|pasado manana|primera hora"
        r"|en la (?:tarde|noche|manana|tardecita|nochecita)|a las|a la una|como a las|en cuanto|saliendo"
        r"|(?:cuando|ya que|nomas|apenas|en cuanto) (?:me )?(?:llegue|salga|termine|acabe|desocupe|descargue|cargue"
        r"|estacione|orille|pare|coma)|dentro de|otro dia|la otra semana"
        r"|lunes|martes|miercoles|jueves|viernes|sabado|domingo"
        r"|(?:en|dentro de) (?:unos |unas |como |otros |otras |tipo |algo asi como )?(?:\d+|una|un|dos|tres|media)"
        r" (?:hora|horas|horita|minutos|minutitos|rato)"
        r"|en la noche|en la madrugada|al mediodia|a mediodia)\b"
    ),
    "en": re.compile(
        r"\b(?:after|later|tomorrow|tonight|this (?:afternoon|evening)|in (?:about |like |around |another |maybe )?"
        r"(?:a|an|\d+|the morning|the afternoon|the evening)|at \d+|at (?:noon|lunch)|around \d+|once i|when i|then"
        r"|first thing|monday|tuesday"
        r"|wednesday|thursday|friday|saturday|sunday|next week)\b"
    ),
}
# "Mejor en la noche, ahorita ando en la aduana": a later time preferred to now.
_RATHER_LATER: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(
        # ("mejor mañanita": tomorrow, said small)
        r"\bmejor (?:en la (?:tarde|noche|manana|tardecita|nochecita|madrugada)|manana|mananita|pasado manana|mas tarde"
        r"|mas tardecito|al rato|al ratito|luego|despues|otro dia|el (?:lunes|martes|miercoles|jueves|viernes|sabado"
        r"|domingo)|al mediodia|a mediodia|a medio dia|temprano|tempranito"
        r"|a las|como a las|en (?:\d+|una|un|dos|tres|media) (?:hora|horas|minutos|rato))\b"
        # a delay with its unit left out ("mejor en diez, que voy entrando a la caseta": minutes; searched in the
        # turn with its numbers in digits)
        r"|\bmejor (?:en|dentro de) (?:unos |como |otros )?\d{1,3}(?= |$)(?! ?(?:\d|de |del |am\b|pm\b|dias?\b"
        r"|semanas?\b|kilometros?\b|kms?\b|millas?\b))"
        # the time first ("pasado mañana mejor, hoy ya no doy una", "el lunes mejor", "mañana tempranito mejor",
        # "al mediodía mejor")
        r"|\b(?:(?:manana|pasado manana|(?:el )?(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo))"
        r"(?: (?:temprano|tempranito|tempranito|en la (?:manana|tarde|noche)|por la (?:manana|tarde|noche)"
        r"|a primera hora|al mediodia))?"
        r"|en la (?:tarde|noche|manana|tardecita|nochecita)|mas tarde|mas tardecito|al rato|al ratito|luego"
        r"|despues|otro dia|al mediodia|a mediodia|a medio dia) (?:mejor|mas bien)\b"
    ),
    "en": re.compile(
        # ("better in ten, I'm at the pump": a delay with its unit left out, in digits)
        r"\b(?:better|rather|preferably) in (?:about |like |another )?\d{1,3}(?= |$)(?! ?(?:\d|am\b|pm\b|days?\b"
        r"|weeks?\b|miles?\b))"
        r"|\b(?:better|rather|maybe|preferably) (?:tonight|tomorrow|later|in the (?:morning|afternoon|evening)"
        r"|this (?:afternoon|evening)|after \w+|(?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b"
    ),
}
# "Luego", "gracias, luego", "ahorita no, al rato", "thanks, later", "nah, later on": nothing said but later, with
# courtesy, thanks or a "not now" around it - the call wanted at another time, not ended ("later" is also a goodbye,
# but a caller who leaves a registration half done is called back). A yes before it ("sí, luego", "yep, thanks,
# later") confirms what was read back first; "luego luego" is "right away". Said with "all set" ("we're good here,
# later", "ya estamos, luego") it is the goodbye of one who is done (`intent_grievances.leaving`) - except at the
# question whether the caller has a minute, where nothing was done yet (`all_set`).
# (the bare "later" of `callback_cues.BARE_LATER`, and another occasion)
_LATER_WORDS: dict[Lang, tuple[tuple[str, ...], ...]] = {
    lang: tuple(tuple(p.split()) for p in (*BARE_LATER[lang], *other))
    for lang, other in (("es", ("otro rato", "otro ratito", "en otro rato", "en otro ratito", "para otro rato",
                                "para otro ratito", "otro dia", "para otro dia", "otra ocasion", "en otro momento",
                                "en otra ocasion")),
                        ("en", ("laters", "some other time", "another time", "another day", "some other day")))
}
_AROUND_LATER: dict[Lang, tuple[tuple[str, ...], ...]] = {
    "es": tuple(tuple(p.split()) for p in (
        "no", "ahorita no", "ahora no", "orita no", "horita no", "por ahora no", "en este momento no", "mejor",
        "pues", "mas bien", "entonces", "ok", "okey", "bueno", "sale", "va", "orale",
        "andale", "gracias", "muchas gracias", "mejor hablamos", "hablamos", "platicamos", "mejor platicamos",
        "nos hablamos", "si se puede", "por ahora", "ahorita", "dale", "dale pues")),
    "en": tuple(tuple(p.split()) for p in (
        "no", "nah", "nope", "not now", "not right now", "not at the moment", "maybe", "ok", "okay", "alright",
        "all right", "thanks", "thank you", "thanks man", "thanks buddy", "for now", "then", "talk", "lets talk",
        "well talk",
        "so", "well", "how about", "make it", "lets do it", "do it", "can we do it")),
}
_ALL_SET: dict[Lang, tuple[tuple[str, ...], ...]] = {
    "es": tuple(tuple(p.split()) for p in ("estamos bien", "estoy bien", "ya estamos", "ya quedamos", "todo bien")),
    "en": tuple(tuple(p.split()) for p in (
        "here", "were good", "were all good", "im good", "we are good", "were all set", "im all set", "were set",
        "were done", "im done")),
}
_STRONG_YES = wordset("si yes yeah yep yup claro correcto sure")
# A word every phrase of `_LATER_WORDS` holds one of (its last but for "later on"): a turn without any is no "later".
_LATER_CUES: dict[Lang, frozenset[str]] = {
    lang: frozenset(p[0] if p[-1] == "on" else p[-1] for p in phrases) for lang, phrases in _LATER_WORDS.items()
}


# What makes "later" leave-taking rather than the answer to when the caller arrives: thanks, a "no" or "not now",
# talk to come ("luego hablamos", "talk later"), another occasion ("mejor otro día", "some other time").
_LEAVE_MARKS: dict[Lang, frozenset[str]] = {
    "es": wordset("gracias no ahorita ahora orita horita hablamos platicamos otro otra"),
    "en": wordset("thanks thank no nah nope not talk man buddy bud bro another other"),
}


# "Para otro día", "hasta el otro día" at the arrival question: the day he gets there, its hour still to be asked
# (see `answer_shapes.time_without_hour`) - not "mejor otro día", another occasion.
_ARRIVAL_DAY: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"^(?:(?:llego|llegamos|llegaria|llegare|ya|hasta|pues|no|creo que) )*(?:para|hasta) (?:el )?"
                     r"otro dia$"),
    "en": re.compile(r"^(?:(?:i|ill|arrive|get|there|be|probably) )*(?:the )?(?:next|following|other) day$"),
}


def only_later(tokens: list[str], lang: Lang, all_set: bool = False, arrival: bool = False) -> bool:
    """The turn says nothing but "later" (see `_LATER_WORDS`); with `all_set`, "we're good" around it too. With
    `arrival` (the question asks when the caller gets there) "later" said with no thanks, no "not now" and no talk
    to come ("al rato", "más tarde", "later on") is the answer - vague, its hour still to be asked -, no callback."""
    around = _AROUND_LATER[lang] + _ALL_SET[lang] if all_set else _AROUND_LATER[lang]
    if _LATER_CUES[lang].isdisjoint(tokens) or "luego luego" in " ".join(tokens):
        return False  # most turns: no word of later at all
    if arrival and (_LEAVE_MARKS[lang].isdisjoint(tokens)
                    or (_LEAVE_MARKS[lang] & set(tokens) <= {"otro", "otra"}
                        and _ARRIVAL_DAY[lang].search(" ".join(tokens)) is not None)):
        return False
    said = [t for t in tokens if t not in COURTESY[lang]]
    while said and said[0] in _STRONG_YES:
        said = said[1:]
    later, k = False, 0
    while k < len(said):
        size = max((len(p) for p in _LATER_WORDS[lang] if tuple(said[k : k + len(p)]) == p), default=0)
        if size:
            later, k = True, k + size
            continue
        size = max((len(p) for p in around if tuple(said[k : k + len(p)]) == p), default=0)
        if not size:
            return False
        k += size
    return later


# Why then suits: the caller is free then ("mejor el jueves, que ya ando de descanso", "rather Thursday,
# I'm off that day").
_FREE_THEN: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(
        r"\b(?:ando|estoy|estare|voy a estar|voy a andar|ando ya|quedo|tengo|me toca|me dan|agarro) (?:de |mi |el )?"
        r"(?:descanso|franco|libre|desocupad[oa]|en (?:mi )?casa|dia libre|de vacaciones|en la casa)\b"
        # free once a task is done ("ya que me estacione", "cuando llegue al patio", "ya que descargue")
        r"|\b(?:ya que|ya cuando|cuando|en cuanto|nomas que|apenas) (?:ya )?(?:me estacione|me orille|me pare"
        r"|estacione|llegue|lleguemos|descargue|cargue|termine|acabe|me desocupe|salga|este (?:parado|estacionado"
        r"|libre|en (?:la casa|casa|el patio)))\b"
    ),
    "en": re.compile(
        r"\b(?:im|i am|ill be|i will be|ill|its my|thats my) (?:off|home|free|day off|off that day|off duty|off work)\b"
        r"|\b(?:once|when|after) (?:im|i am|i get|i m|ive) (?:parked|stopped|unloaded|loaded|home|off|there|in)\b"
    ),
}
# A later time said to suit the caller better than now: "tomorrow morning works better for me", "en la
# tarde me queda mejor", "el lunes me acomoda más". Only with a time named (see `_free_later`).
_SUITS_BETTER: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(
        r"\b(?:me|nos) (?:queda|quedaria|acomoda|acomodaria|conviene|convendria|late|sirve|serviria) (?:mas|mejor)\b"
        r"|\b(?:es|seria|esta) mejor para (?:mi|nosotros)\b"
    ),
    "en": re.compile(
        r"\b(?:works|would work|work|is|would be|sounds|suits me|fits|would fit|fits me) (?:a lot |much |way )?better"
        r"(?: for (?:me|us))?\b|\bbetter for (?:me|us)\b"
        # "is" contracted onto the time ("tomorrow morning's better", "Monday's better for me")
        r"|\b(?:tomorrows|mornings|afternoons|evenings|tonights|laters|mondays|tuesdays|wednesdays|thursdays"
        r"|fridays|saturdays|sundays|weekends|nights|thens) (?:a lot |much |way )?better\b(?! than)"
    ),
}
# A later time said to suit the caller, set against now: "tomorrow morning works, I'm beat right now", "mañana
# temprano me queda bien, ahorita ando muerto". Without "better" the contrast with now must be said.
_SUITS: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(
        r"\b(?:me|nos) (?:queda|quedaria|acomoda|acomodaria|conviene|convendria|late|sirve|serviria)"
        r"(?: bien| perfecto)?\b"
        r"|\b(?:esta|estaria|seria|es) (?:bien|perfecto|buena hora|buen momento)\b"
    ),
    "en": re.compile(
        r"\b(?:works|would work|will work|should work|is good|would be good|is fine|would be fine|is perfect"
        r"|sounds good|suits me|is a good time|would be a good time)\b"
    ),
}
# The "'s" of "Monday's better" (folded "mondays better") taken off, so the day is read as a day.
_CONTRACTED_IS = re.compile(r"(?<=[a-z])s(?= (?:a lot |much |way )?better\b)")
# A cheap gate for reading a turn's numbers before `_RATHER_LATER` is searched again.
_RATHER_WORDS: dict[Lang, tuple[str, ...]] = {"es": ("mejor",), "en": ("better", "rather", "preferably")}
# A cheap gate: most turns hold none of these, and need no search for `_SUITS_BETTER`.
_BETTER_WORDS: dict[Lang, tuple[str, ...]] = {"es": ("mejor", "mas"), "en": ("better",)}
_NOW: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"\b(?:ahorita|ahora|en este momento|orita|horita)\b"),
    "en": re.compile(r"\b(?:right now|now|at the moment|currently)\b"),
}
_ARRIVING: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"\b(?:llego|llegando|llegaria|llegare|llegamos|llegar|arribo|estoy ahi|estoy alla"
                     r"|ando llegando|(?:estar|estare|estaria|estamos|estaremos) (?:ahi|alla|por ahi))\b"),
    "en": re.compile(r"\b(?:arrive|arriving|get there|be there|pull in|make it)\b"),
}
# On the way to the place ("ahorita no, voy en camino", "not now, I'm on my way"): at the arrival question "not
# there yet", no reason to put the call off.
_ON_THE_WAY: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"\b(?:en|de) camino\b|\bpara (?:alla|alli|aya)\b"),
    "en": re.compile(r"\bon (?:my|the|our) way\b|\ben route\b|\bheaded (?:there|that way|your way)\b"),
}
_NEGATED_FREE: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"\bno (?:te |le |lo |la |les )?(?:\w+ )?$"),
    "en": re.compile(r"\b(?:not|never|wont|cant|dont)(?: \w+)? $"),
}


def _free_later(joined: str, lang: Lang) -> bool:
    if _ARRIVING[lang].search(joined):
        return False
    m = _FREE_LATER[lang].search(joined)
    if m is not None and not _NEGATED_FREE[lang].search(joined[: m.start()]) and (
            _LATER[lang].search(joined)
            # "en unos cincuenta minutos ya estoy libre": the time said in number words
            or _LATER[lang].search(" ".join(digitize(prepare_tokens(joined.split(), lang), lang)))):
        return True
    if any(w in joined for w in _BETTER_WORDS[lang]) and _SUITS_BETTER[lang].search(joined) \
            and names_a_time(_CONTRACTED_IS.sub("", joined), "es-MX" if lang == "es" else "en-US"):
        return True
    if _suits_the_time(joined, lang) and (_WORN_OUT[lang].search(joined) or _BUSY[lang].search(joined)
                                          or _NOT_NOW[lang].search(joined)) \
            and names_a_time(joined, "es-MX" if lang == "es" else "en-US"):
        return True
    rather = _RATHER_LATER[lang].search(joined) is not None or (
        any(w in joined for w in _RATHER_WORDS[lang])
        and _RATHER_LATER[lang].search(" ".join(digitize(prepare_tokens(joined.split(), lang), lang))) is not None)
    return rather and (
        _NOW[lang].search(joined) is not None or _BUSY[lang].search(joined) is not None
        or _PRESENT_TROUBLE[lang].search(joined) is not None or _FREE_THEN[lang].search(joined) is not None)


# How worn out the caller is now ("ando muerto", "vengo bien desvelado", "I'm beat"): a reason not to talk now.
_WORN_OUT: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(
        r"\b(?:voy|ando|estoy|vengo|andamos|estamos|venimos) (?:bien |muy |re |super |todo |bastante )?(?:cansad[oa]s?"
        r"|muert[oa]s?|rendid[oa]s?|molid[oa]s?|desvelad[oa]s?|agotad[oa]s?|fundid[oa]s?|reventad[oa]s?)\b"
        # spent, in Mexican words ("hoy ya no doy una", "ya no aguanto", "ya no puedo más")
        r"|\b(?:ya )?no (?:doy una|aguanto(?: nada| mas)?|puedo mas|me la acabo)\b"
    ),
    "en": re.compile(
        r"\b(?:im|i am|were|we are) (?:so |really |pretty |just |dead |totally |completely |too )?(?:beat|tired"
        r"|exhausted|wiped|wiped out|worn out|dead tired|fried|spent|pooped|bushed|whipped)\b"
    ),
}
# Now refused in so many words ("ahorita no", "not right now", "now's not a good time").
_NOT_NOW: dict[Lang, re.Pattern[str]] = {
    # ("ahorita no hay rampa", "ahorita no reciben": the place, not the caller, can't now)
    "es": re.compile(r"\b(?:ahorita|ahora|orita|horita|en este momento) no\b(?! (?:hay|habia|han|abren|abre|reciben"
                     r"|recibe|atienden|atiende|descargan|cargan|dejan|deja|esta|estan)\b)"
                     r"|\bno (?:ahorita|ahora|en este momento)\b"),
    "en": re.compile(r"\bnot (?:right )?now\b|\bnows not\b|\bnot a good time\b|\bbad time\b"),
}
# ... said as a refusal of its own, at the turn's end or before why ("orita no", "ahorita no, estoy en la báscula",
# "not now, I'm at the scale"), not of a thing ("ahorita no tengo el número", "ahorita no sé").
_NOT_NOW_ALONE: dict[Lang, re.Pattern[str]] = {
    # Read on the turn with its pauses: why is told after one ("ahorita no, estoy en la aduana"); run on, the verb
    # is what "no" denies ("ahorita no estoy haciendo nada", "orita no ando manejando": free to talk now).
    "es": re.compile(r"\b(?:ahorita|ahora|orita|horita|en este momento) no(?:\s*[,.;:!?\u2026]+\s*(?:voy|ando|estoy"
                     r"|andamos|estamos|vamos)\b|[\s,.;:!?\u2026]+(?:es que|porque|que|joven|jefe|jefa|compa|senorita"
                     r"|mija|mijo|amigo|eh|oiga|oye)\b|\W*$)"
                     r"|\bno,? (?:ahorita|ahora|en este momento)\W*$"),
    "en": re.compile(r"\bnot (?:right )?now(?:\s*[,.;:!?\u2026]+\s*(?:im|i am|were|we are)\b"
                     r"|[\s,.;:!?\u2026]+(?:cause|because|buddy|man|maam|sir)\b|\W*$)"
                     r"|\bnows not\b|\bnot a good time\b|\bbad time\b"),
}
# Why not now, said as what the caller is in the middle of ("voy en la sierra", "se me va la señal",
# "I'm on the highway") or how worn out he is: with "mejor en la noche" it moves the call.
_PRESENT_TROUBLE: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(
        r"\b(?:voy|ando|estoy|andamos|vamos|estamos) (?:en|por|manejando|cargando|descargando|trabajando|comiendo"
        r"|atendiendo|ocupad[oa]s?)\b"
        # with someone who keeps the caller ("estoy con el de seguridad", "ando con el mecánico")
        r"|\b(?:ando|estoy|andamos|estamos) (?:aqui )?con (?:el|la|los|las|un|una|mi|mis) \w+"
        # whatever the caller is in the middle of ("que voy entrando a la caseta", "ando metiendo la caja")
        r"|\b(?:voy|ando|estoy|andamos|vamos|estamos) (?:ahorita )?\w+(?:ando|iendo|yendo)\b"
        r"|\bse me (?:va|fue|corta|cae|cayo) la (?:senal|linea)\b|\bno (?:tengo|hay) senal\b"
        r"|\bhoy (?:ya )?no (?:puedo|se puede|voy a poder|doy|alcanzo|me da tiempo)\b"
        r"|" + _WORN_OUT["es"].pattern
    ),
    "en": re.compile(
        r"\b(?:im|i am|were|we are) (?:on|in|at|driving|loading|unloading|working|eating)\b"
        r"|\b(?:im|i am|were|we are) (?:here )?with (?:the|a|an|my|some) \w+"
        # (not the arrival itself: "I'm getting there maybe in the morning", "we're coming in tonight" say when)
        r"|\b(?:im|i am|were|we are) (?:just |still |currently )?"
        r"(?!(?:getting (?:there|here)|going|coming|arriving)\b)\w{2,}ing\b(?<!\bthing)|\bno (?:signal|service)\b"
        r"|" + _WORN_OUT["en"].pattern
    ),
}
# The time named is later than now: a day to come or a part of the day ("tomorrow morning", "en la noche").
_LATER_THAN_NOW: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"\b(?:manana|pasado manana|en la (?:tarde|noche)|esta (?:tarde|noche)|mas tarde|al rato|luego"
                     r"|despues|otro dia|lunes|martes|miercoles|jueves|viernes|sabado|domingo|fin de semana)\b"),
    "en": re.compile(r"\b(?:tomorrow|tonight|this (?:afternoon|evening)|later|another day|monday|tuesday|wednesday"
                     r"|thursday|friday|saturday|sunday|weekend|next week)\b"),
}


# The words of the time itself between it and what is said of it ("mañana a las seis me queda bien", "tomorrow
# at eight works").
_TIME_WORDS = re.compile(r"(?:a|las|la|el|en|como|tipo|de|por|temprano|tarde|noche|manana|mediodia|y|media|cuarto"
                         r"|at|around|about|by|in|the|morning|afternoon|evening|night|early|oclock|am|pm|\d+)$")


def _suits_the_time(joined: str, lang: Lang) -> bool:
    """Whether a later time is said to suit the caller ("mañana temprano me queda bien", "tomorrow morning
    works"), the words of suiting said of that time: "está bien, ahorita no tengo más datos, mañana te los
    paso" promises the data tomorrow, it moves no call."""
    for later in _LATER_THAN_NOW[lang].finditer(joined):
        rest = joined[later.end():].split()
        for k in range(min(len(rest), 4) + 1):
            if k and not (_TIME_WORDS.match(rest[k - 1]) or is_number_word(rest[k - 1], lang)):
                break
            said = _SUITS[lang].match(" ".join(rest[k:]))
            if said is not None:
                return True
    return False


# "En hora y cuarto me marcas", "como a las cinco me hablas": the time first, then the verb. Only when
# everything before the verb says when ("en la oficina me llaman Chuy" is a nickname).
_TIME_FIRST_VERB: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"\bme (?:marcas|marca|marcan|hablas|habla|hablan|llamas|llama)\b"),
    "en": re.compile(r"\b(?:call|ring|try|hit) me\b"),
}


def _time_first(tokens: list[str], lang: Lang) -> bool:
    joined = " ".join(tokens)
    m = _TIME_FIRST_VERB[lang].search(joined)
    if m is None or m.start() == 0:
        return False
    if someone_else_calls("", m.group(0).split()[-1], lang, joined[m.end() :]):
        return False  # "mañana me marca el de la aseguradora"
    before = joined[: m.start()].split()
    words = _WHEN_WORDS[lang]
    if not all(t in words or t.isdigit() or is_number_word(t, lang) for t in before):
        return False
    return names_a_time(" ".join(before), "es-MX" if lang == "es" else "en-US")


# "Give me half an hour", "dame chance de una hora": time asked for before talking. A minute or two is a
# hold ("give me a minute"), not a callback.
_GIVE_ME_TIME: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"\b(?:dame|deme|denme|me das|me da|me dan|aguantame|aguanteme|aguantenme|esperame|espereme"
                     r"|esperenme) (?:chance de |chance |oportunidad de )?"
                     r"(?:unos |unas |como |otros |otra )?(?:\d+|una|un|media|un par de) ?(?:minutos|minutitos|horas?"
                     r"|horita|horitas|cuartos? de hora)\b"),
    "en": re.compile(r"\b(?:give (?:me|us)|gimme) (?:about |like |another |maybe )?(?:a |an |half an |\d+ "
    "|a few |a couple "
                     r"|a couple of |couple |\d+ quarters? of an )?(?:minutes?|mins?|hours?|hrs?)\b"),
}
_HOLD_MAX_MINUTES = 4
# "Give me twenty, I'm backing into the dock", "dame quince, que ando metiendo la caja": the unit left out, read
# as minutes - only with what keeps the caller busy now said too, or as the whole of what is asked ("dame diez
# pesos", "give me twenty more" ask for something else). Only the forms that ask the agent: "me da" / "me dan" are
# also what something gives the caller ("el GPS me da cuarenta y cinco", "en la báscula me dan veinte").
_GIVE_ME_BARE: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"\b(?:dame|deme|denme|me das) (?:un )?(?:chance de |chance )?(?:unos |como |otros )?"
                     r"(\d{1,3})(?= |$)(?! ?(?:\d|de |del |pesos|varos|dolares|litros|kilos|tarimas|cajas|minutos"
                     r"|horas?))"),
    "en": re.compile(r"\b(?:give (?:me|us)|gimme) (?:about |like |another |maybe )?(\d{1,3})(?= |$)"
                     r"(?! ?(?:\d|bucks|dollars|gallons|pounds|lbs|pallets|boxes|of\b|more\b))"),
}


# The first amount asked for taken back for another ("give me twenty... no, thirty minutes, then call", "dame diez,
# no, mejor quince minutos"): the amount said last is the one asked for - the first and the take-back go.
_GIVE_ME_TAKEN_BACK: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"\b((?:dame|deme|denme|me das) (?:un )?(?:chance de |chance |oportunidad de )?)(?:unos |como "
                     r"|otros )?"
                     r"\d{1,3}(?: (?:minutos|minutitos|horas?))? " + DELAY_TAKE_BACK_WORDS["es"]
                     + r" (?:de |unos |como |otros )?(?=\d)"),
    "en": re.compile(r"\b((?:give (?:me|us)|gimme) )(?:about |like |another |maybe )?\d{1,3}(?: (?:minutes?|mins?"
                     r"|hours?))? " + DELAY_TAKE_BACK_WORDS["en"] + r" (?:about |like |another |maybe )?(?=\d)"),
}
# A call asked for right after the time the caller asks for ("give me twenty, then call", "dame veinte y me
# marcas"): the bare amount is the delay, as when it is the whole turn.
_THEN_CALL: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r" (?:y |luego |despues |ya )*(?:me (?:llamas|marcas|hablas|buscas)|llamame|marcame|hablame"
                     r"|buscame)\b"),
    "en": re.compile(r" (?:and |then |and then )*(?:you )?(?:call|ring|try|buzz|hit)(?: me)?(?: back)?\b"),
}


_GIVE_ME: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"\b(?:dame|deme|denme|me das|me da|me dan|aguantame|aguanteme|aguantenme|esperame|espereme"
                     r"|esperenme)\b"),
    "en": re.compile(r"\b(?:give (?:me|us)|gimme)\b"),
}


def time_asked_for(tokens: list[str], lang: Lang) -> bool:
    """Whether the caller asks for time before talking ("dame media hora", "give me twenty, I'm backing in"):
    a callback asked for, whatever else keeps him busy."""
    return _time_asked_for(tokens, lang)


def _time_asked_for(tokens: list[str], lang: Lang) -> bool:
    if _GIVE_ME[lang].search(" ".join(tokens)) is None:
        return False  # most turns: no number reading needed
    digits = " ".join(digitize(prepare_tokens(tokens, lang), lang))
    if _ARRIVING[lang].search(digits):
        return False  # "give me an hour and I'll be there" is an arrival
    digits = _GIVE_ME_TAKEN_BACK[lang].sub(r"\1", digits)
    bare = _GIVE_ME_BARE[lang].search(digits)
    if bare is not None and int(bare.group(1)) in _BARE_DELAY_RANGE and (
            bare.end() == len(digits) or _PRESENT_TROUBLE[lang].search(digits) or _BUSY[lang].search(digits)
            or _NOT_NOW[lang].search(digits) or _THEN_CALL[lang].match(digits, bare.end())):
        return True
    m = _GIVE_ME_TIME[lang].search(digits)
    if m is None:
        return False
    said = m.group(0).split()
    if said[-1].startswith(("hor", "hour", "hr")):
        return True
    # "give me 20 minutes" as "in 20 minutes"; "a minute", "unos minutos" name no delay: a hold
    said = said[1:] if said[0] == "gimme" or lang == "es" and said[0] != "me" else said[2:]
    minutes = duration_minutes(("en " if lang == "es" else "in ") + " ".join(said), lang)
    return minutes is not None and minutes > _HOLD_MAX_MINUTES


# "call me back", "llámame otra vez": the word after the verb belongs to it, no name
_CALL_PARTICLES: dict[Lang, frozenset[str]] = {
    "es": wordset("otra de nuevo nuevamente tu usted entonces"),
    "en": wordset("back up again then straight"),
}


def _names_the_caller(joined: str, lang: Lang) -> bool:
    """"Llámame Chuy", "call me Joe": the imperative followed by what to call the caller."""
    naming = _NAMING_IMPERATIVE[lang].search(joined)
    if naming is None:
        return False
    nxt = naming.group(1)
    when = _WHEN_WORDS[lang] | COMMON_WORDS[lang] | COURTESY[lang] | _CALL_PARTICLES[lang]
    return not (nxt.isdigit() or nxt in when or is_number_word(nxt, lang))


# Who can call, said as a pronoun before "puede llamar" ("ella puede llamar en una hora")
_PRONOUN_BEFORE_ES = re.compile(r"\b(?:ella|el|ellos|ellas|alguien|quien|nadie)(?: mas)?$")
_MODALS_ES = frozenset(("puede", "podria", "pudiera", "quiere"))


# What another can or will do, said right before the call ("my wife can", "dispatch will", "she'll")
_MODAL_BEFORE_EN = re.compile(r"\b(?:can|could|will|would|should|might|may|gonna|going to|wants to|needs to|has to"
                              r"|have to|just|ll|hell|shell|theyll)$")


def _called_by_another(joined: str, m: re.Match[str], lang: Lang) -> bool:
    """Whether the call matched by `_CALLBACK` (`m`) is one someone else makes: "mi esposa puede llamar en una
    hora", "my wife can call you back in an hour", "dispatch will call back later" - news of who has the data, no
    callback of the agent's to book."""
    said = m.group().split()
    before = joined[: m.start()].rstrip()
    if lang == "es":
        return said[0] in _MODALS_ES and (_PRONOUN_BEFORE_ES.search(before) is not None
                                          or someone_else_calls(before, said[0], lang))
    # ("ring me then" asks the agent whatever stands before it: only "call (you) back" may be another's doing, with
    # what they can or will do said - "I'm at the dock, call back in an hour" names a place, and asks the agent)
    return said[0] in ("call", "ring", "phone", "buzz") and "back" in said and not {"me", "us"} & set(said) \
        and _MODAL_BEFORE_EN.search(before) is not None and someone_else_calls(before, said[0], lang)


def callback_request(tokens: list[str], lang: Lang, folded: str | None = None) -> bool:
    """Whether the turn's words ask to be called later; `folded` is the turn itself with its pauses, when known
    (without it a not-now is only heard at the turn's end or before why, "orita no", "ahorita no porque ...")."""
    joined = " ".join(tokens)
    if _BUSY[lang].search(joined) or _free_later(joined, lang) or _time_first(tokens, lang) \
            or _time_asked_for(tokens, lang) or _REDIAL[lang].search(joined) or _REPEAT_LATER[lang].search(joined) \
            or (contact_with_time(tokens, lang) and not _names_the_caller(joined, lang)) \
            or (_NOT_NOW_ALONE[lang].search(joined if folded is None else folded)
                and _PRESENT_TROUBLE[lang].search(joined) and not urged_on(joined, lang)
                and not _ARRIVING[lang].search(joined) and not _ON_THE_WAY[lang].search(joined)
                and not any(t.isdigit() or is_number_word(t, lang) for t in tokens)):
        # ("estoy con el de seguridad revisando los sellos, orita no", "not now, I'm at the scale": now refused, and
        # what the caller is in the middle of says why - can't talk now; "ahorita no" alone may answer a question,
        # and with an arrival or a number it answers one: "ahorita no, voy en camino, llego como a las cinco" is
        # not there yet, arriving at five; "ahorita no, estoy en el camión, pero dígame" takes the call now)
        return True
    m = _CALLBACK[lang].search(joined)
    if m is None or _NOT_CALLBACK[lang].search(joined[: m.end()]) or _called_by_another(joined, m, lang):
        return False
    if _GETS_IN_TOUCH[lang].fullmatch(m.group()) and on_need_around(joined, m, lang):
        return False  # "a las cinco, cualquier cosa yo me comunico contigo": in case of need, no callback
    said = joined[m.start() : m.end()].split()
    if said[0] != "me" and lang == "es":
        said = said[-2:]  # "mañana me marca": the time first (an English "ring me then" is the verb first)
    if said[0] == "me" and len(said) > 1 and someone_else_calls(joined[: m.start()].rstrip(), said[1], lang,
                                                               joined[m.end() :]):
        return False  # "mi esposa me llama en la noche": news about someone else
    naming = _NAMING_IMPERATIVE[lang].search(joined)
    if naming and naming.start() == m.start():
        nxt = naming.group(1)
        when = _WHEN_WORDS[lang] | COMMON_WORDS[lang] | COURTESY[lang] | _CALL_PARTICLES[lang]
        if not (nxt.isdigit() or nxt in when or is_number_word(nxt, lang)):
            return False
    return True


# The question asked again in other words ("¿me echas la pregunta de nuevo?", "¿me vuelves a hacer la
# pregunta?", "can you ask me that again?", "run that by me again"): a repeat, whatever the verb.
# "Ask me again" with a later time after it ("pregúntame otra vez mañana", "ask me again in an hour") is a
# callback asked for, not the question repeated now.
_LATER_AFTER_ES = (r"(?! (?:mas tarde|al rato|en un rato|ahorita no|luego|despues|manana|en la tarde|en la noche"
                   r"|cuando|en (?:una|un|media|\w+) (?:hora|horas|minutos|rato)))")
_LATER_AFTER_EN = (r"(?! (?:later|tomorrow|tonight|in a (?:bit|while|minute|few)|in an hour|in (?:\w+ ){1,2}"
                   r"(?:minutes|hours|mins)|when|after|next time|some other time))")
_ASK_AGAIN: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(
        r"\b(?:me |nos )?(?:echas|echa|avientas|avienta|haces|hace|dices|dice|lanzas|lanza|repites|repite|pasas"
        r"|pasa|puedes hacer|puede hacer|podrias hacer|podria hacer|puedes decir|puede decir|vuelves a (?:hacer|decir"
        r"|echar|preguntar)|vuelve a (?:hacer|decir|echar|preguntar)|puedes volver a (?:hacer|decir|preguntar)"
        r"|puede volver a (?:hacer|decir|preguntar)|haz|haga|echame|echeme|dime|digame) (?:otra vez |de nuevo )?"
        r"(?:la pregunta|la ultima pregunta|esa pregunta|lo que (?:me )?(?:preguntaste|pregunto|dijiste|dijo))"
        r"(?: (?:de nuevo|otra vez|nuevamente|una vez mas|por favor))?"
        r"|\b(?:me |nos )?(?:vuelves|vuelve|puedes volver|puede volver) a preguntar\b"
        r"|\b(?:me |nos )?preguntas (?:de nuevo|otra vez|nuevamente)\b|\b(?:me |nos )?pregunta (?:de nuevo|otra vez"
        r"|nuevamente)\b"
        r"|\bcual (?:era|fue|es) la pregunta\b"
        # asked again with nothing named ("¿caja o tracto? pregúntame otra vez", "vuélvemelo a preguntar")
        # ... not asked again later: that is a callback ("pregúntame otra vez mañana", "al rato")
        r"|\b(?:preguntame|pregunteme|preguntamelo|pregunteselo|preguntenme) (?:otra vez|de nuevo|nuevamente"
        r"|una vez mas|otra vuelta)\b" + _LATER_AFTER_ES
        + r"|\b(?:vuelveme|vuelvame|vuelvemelo|vuelvamelo) a preguntar\b" + _LATER_AFTER_ES +
        # what was said, asked again with a verb of saying or repeating ("¿me lo puedes decir de nuevo?", "¿me dices
        # otra vez?", "¿podrías repetírmelo?", "dímelo una vez más"); the caller's own "te lo digo de nuevo" or
        # "se lo repito" is no request (no such form here)
        r"|\b(?:me|nos) (?:lo |la |los |las )?(?:(?:puedes|puede|podrias|podria|pudieras|pudiera|quieres|quiere"
        r"|podrian|pueden) )?(?:decir|dices|dice|repetir|repites|repite|explicar|explicas|explica)"
        r"(?: (?:eso|esto|lo ultimo|lo que dijiste|tantito|mas despacio|despacito|mas lento))?"
        r" (?:otra vez|de nuevo|nuevamente|una vez mas|otra vuelta)\b(?! que\b)"
        r"|\b(?:puedes|puede|podrias|podria|pudieras|pudiera|quieres|quiere|podrian|pueden) (?:decirmel[oa]s?"
        r"|decirme|decirlo|decirla|explicarmelo|explicarme) (?:otra vez|de nuevo|nuevamente|una vez mas|otra vuelta)\b"
        r"|\b(?:puedes|puede|podrias|podria|pudieras|pudiera|quieres|quiere|podrian|pueden) (?:repetirmel[oa]s?"
        r"|repetirme|repetirlo|repetirla|repetir)\b"
        r"|\b(?:dime|digame|dimelo|digamelo|dimela|digamela|repiteme|repitame|explicame|expliqueme)"
        r" (?:otra vez|de nuevo|nuevamente|una vez mas|otra vuelta)\b"
        r"|^(?:perdon |oye |oiga |disculpa |disculpe |y |a ver |perdona )?que (?:me )?(?:preguntaste|pregunto"
        r"|preguntabas|estabas preguntando)\b"
    ),
    "en": re.compile(
        # (the caller saying it again himself is no request: "I'll read it again for you", "let me say that again")
        r"(?<!\blet me )(?<!\blemme )(?<!\bill )(?<!\bi will )(?<!\bi can )(?<!\bim gonna )"
        r"\b(?:ask|give|read|hit|run|say) (?:me |us )?(?:that|the question|your question|that question|it|the last"
        r" question|that last part|that by me|it by me|that one|this one|the last one|that last one)(?: by me)?"
        r" (?:again|one more time|once more|over)\b"
        # ... with nothing named ("trailer or tractor? ask me again"); "don't ask me again" is exasperation
        r"|(?<!\bdont )(?<!\bdo not )(?<!\bnever )(?<!\bif you )(?<!\byou )(?<!\bthey )(?<!\bi )"
        r"\b(?:ask|asking) (?:me|us) (?:again|one more time|once more)\b" + _LATER_AFTER_EN +
        r"|\bwhat (?:was|is) (?:the|your|that) question\b|\bwhat did you (?:just )?ask\b"
        r"|\bwhat were you asking\b|\brepeat (?:the|your|that) question\b"
        # what was said, asked again in other words ("could you tell me that one more time?", "can you go over that
        # again?", "come again with that?")
        r"|\b(?:can|could|would|will) you (?:please )?(?:tell me|say|give me|go over|run through|read) (?:that|it|this"
        r"|what you said|the last part|that last part)(?: (?:slower|slowly|louder))? (?:again|one more time|once more"
        r"|one more time please)\b"
    ),
}


# What was read, asked to be read again ("vuélvemelo a leer", "¿me lo lees otra vez?", "read that back to me"),
# or not written down in time. Read only in a turn holding one of its words (`_READ_AGAIN_WORDS`).
_READ_AGAIN: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(
        # what was read, read again ("vuélvemelo a leer", "¿me lo lees otra vez?", "léemelo de nuevo"); the caller
        # reading it again himself ("te lo vuelvo a leer") is no request
        r"\b(?:me |nos )?(?:lo |la |los |las )?(?:vuelves|vuelve|puedes volver|puede volver|podrias volver"
        r"|podria volver|quieres volver|quiere volver) a (?:leer|repasar|deletrear)\b"
        r"|\b(?:vuelvemel[oa]s?|vuelvamel[oa]s?|vuelveme|vuelvame) a (?:leer|repasar|deletrear)\b"
        r"|\b(?:leemel[oa]s?|leamel[oa]s?|releemel[oa]s?|releamel[oa]s?|repasamel[oa]s?|repasemel[oa]s?)\b"
        r"|\bme (?:lo |la |los |las )?(?:lees|lee|relees|relee|repasas|repasa|deletreas|deletrea|dictas|dicta"
        r"|(?:puedes|puede|podrias|podria|quieres|quiere) (?:leer|deletrear|dictar|repasar))"
        r" (?:otra vez|de nuevo|nuevamente|una vez mas|otra vuelta)\b"
        # ... because the caller could not write it down ("que no alcancé a anotar"; "no alcancé a anotar la placa"
        # tells of the caller's own papers: only with nothing after it)
        r"|\bno (?:lo |la |los |las |te lo |te la |le )?(?:(?:alcance|alcanzo|alcanzamos) a |pude |pudimos )"
        r"(?:anotar|apuntar|escribir|copiar)(?:lo|la|los|las|le)?(?: bien| todo| nada| completo)?$"
    ),
    "en": re.compile(
        # what was read, read again ("read that back to me", "can you read it again, I didn't get it all down")
        # (the caller offering to read it is no request: "let me read it back to you")
        r"(?<!\blet me )(?<!\blemme )(?<!\bill )(?<!\bi will )(?<!\bi can )(?<!\bi ll )(?<!\bim gonna )"
        r"\b(?:read|spell|run) (?:it|that|those|them|this|that last part|the last part) (?:back )?(?:to me )?"
        r"(?:again|one more time|once more|back)\b(?! to (?:you|ya|yall)\b)"
        r"|\b(?:didnt|couldnt|did not|could not|wasnt able to|cant) (?:get to |have time to |manage to )?(?:write"
        r"|jot|take|get|copy) (?:it|that|them|those|all that|it all|that all) down(?: fast enough| in time| quick"
        r" enough| quick| all)?$"
    ),
}
_READ_AGAIN_WORDS: dict[Lang, frozenset[str]] = {
    "es": frozenset(
        base + end
        for base in ("leer", "lees", "lee", "relees", "relee", "repasar", "repasas", "repasa", "deletrear", "deletreas",
                     "deletrea", "leeme", "leame", "releeme", "releame", "repasame", "repaseme", "anotar", "apuntar",
                     "escribir", "copiar", "dictar", "dictas", "dicta")
        for end in ("", "lo", "la", "los", "las", "le")
    ),
    "en": wordset("read spell run down"),
}


def asks_the_question_again(tokens: list[str], lang: Lang) -> bool:
    """The caller asks for the question again in other words."""
    joined = " ".join(tokens)
    return _ASK_AGAIN[lang].search(joined) is not None \
        or (not _READ_AGAIN_WORDS[lang].isdisjoint(tokens) and _READ_AGAIN[lang].search(joined) is not None)




# A callback asked for in so many words: a verb of calling ("llámame", "márcame en una hora", "call me back",
# "give me a ring"), the caller saying he cannot talk now ("ahorita no", "estoy ocupado", "can't talk right now",
# "not a good time"), when he is free ("en una hora me desocupo") or how long he needs ("dame una hora"). What
# only hints at one - an activity ("voy manejando"), a time that suits better ("mañana mejor", "tomorrow's
# better") - is no request of its own when the turn answers the question.
_NOT_A_GOOD_TIME: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"\bno es (?:buen|buena) (?:hora|momento)\b|\bno (?:tengo|traigo) tiempo\b"),
    "en": re.compile(r"\bnot (?:a )?(?:good|great) time\b|\bno time (?:right )?now\b|\bdont have time\b"),
}
_ONLY_BETTER = re.compile(r"(?:better|maybe|rather) (?:tomorrow|later)")
# The verb of calling asked of the agent, whatever follows ("can you call me a little later?", "¿me puedes
# marcar tantito más tarde?").
_CALL_ME: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"\b(?:llam|marc|marqu|telefone)(?:a|e|en)(?:me|nos)\b|\bhabl(?:a|e|en)(?:me|nos)\b(?! de\b)"
                     r"|\bme (?:puede|puedes|pueden|podria|podrias|podrian) (?:volver a |regresar a )?"
                     r"(?:llamar|marcar|hablar|telefonear)\b"),
    "en": re.compile(r"\b(?:call|ring|phone|buzz) (?:me|us)\b|\b(?:holler|shout) (?:back )?at (?:me|us)\b"),
}


# A clause that orders the call with a bare verb and says when ("..., marca en cuarenta minutos", "Llama más
# tarde", "Try in an hour"): the agent told to call, with no "me" said. Only opening a clause: "la Guardia
# Nacional marca en cuarenta minutos" would be news of someone else.
_CALL_ORDERED: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(
        r"(?:(?:y|pues|mejor|entonces|nomas|ahi|oye|oiga|mira|mire|porfa|ya|luego|tu|usted) )*"
        r"(?:marca|marque|marquen|llama|llame|llamen|habla|hable|hablen|marcale|marquele|llamale|llamele|hablale|hablele"
        r"|(?:vuelve|vuelva|vuelvan) a (?:marcar|llamar|hablar)|intenta|intente|intenten|intentale|intentele)"
        r" (?:mejor |otra vez |de nuevo |nuevamente |ya )?(?:(?:dentro de|en) (?:\w+ ){0,3}?(?:minutos?|minutitos?"
        r"|horas?|horitas?|rato|ratito)\b|en (?:media hora|un rato|un ratito|otro rato)|al rato|al ratito|mas tarde"
        r"|luego|despues|manana|otro dia|en la tarde|en la noche|a las (?:\d+|una|dos|tres|cuatro|cinco|seis|siete"
        r"|ocho|nueve|diez|once|doce)\b)"
    ),
    "en": re.compile(
        r"(?:(?:and|so|just|maybe|then|ok|okay|yeah|please) )*(?:call|ring|try|phone|dial)"
        r" (?:back |again |us )?(?:in (?:\w+ ){0,3}?(?:minutes?|mins?|hours?|hrs?)\b|in (?:an|a|half an) (?:hour|bit"
        r"|while)|later|tomorrow|tonight|this (?:afternoon|evening)|at (?:\d+|one|two|three|four|five|six|seven|eight"
        r"|nine|ten|eleven|twelve|noon)\b)"
    ),
}
_CALL_VERBS: dict[Lang, frozenset[str]] = {
    "es": wordset("marca marque marquen llama llame llamen habla hable hablen marcale marquele llamale llamele "
                  "hablale hablele vuelve vuelva vuelvan intenta intente intenten intentale intentele"),
    "en": wordset("call ring try phone dial"),
}


# ... not when the clause goes on to name who calls or who is to be called ("llama a las cinco el de la bodega":
# Spanish puts the subject after the verb; "marca en una hora a la bodega", "call at five for the appointment"):
# news of someone else's call, or a call to another party. The caller's own phone is still him ("marca en una
# hora a mi celular").
_CALL_FOR_ANOTHER: dict[Lang, re.Pattern[str]] = {
    # ("a este mismo número", "at this same number": the same phone said with emphasis is still his)
    "es": re.compile(r"(?:el|la|los|las|al|a|con|para|mi|su|sus|tu|un|una)\b(?! (?:mi |este |el |ese )?(?:mismo )?"
                     r"(?:celular|cel|numero|telefono|radio|whats|whatsapp)\b)"
                     r"(?!(?<=la) (?:tarde|manana|noche|madrugada)\b)"),
    "en": re.compile(r"(?:the|to|for|with|his|her|their|our|a|an)\b(?! (?:my |this |the )?(?:same )?(?:cell|phone"
                     r"|number|radio|mobile)\b)"),
}


_WORD_RUNS_RE = re.compile(r"\w+")  # compiled once: `call_ordered` reads every turn


def call_ordered(folded: str, lang: Lang) -> bool:
    """Whether a clause of the turn tells the agent to call, with a bare verb and when (`_CALL_ORDERED`).
    `folded`: the turn as `normalize.fold` gives it (with its marks)."""
    if _CALL_VERBS[lang].isdisjoint(_WORD_RUNS_RE.findall(folded)):
        return False  # most turns: no verb of calling at all
    for clause in _CLAUSE_MARKS.split(folded):
        said = " ".join(_WORD_RUNS_RE.findall(clause))
        m = _CALL_ORDERED[lang].match(said)
        if m is not None and _CALL_FOR_ANOTHER[lang].match(said[m.end():].strip()) is None:
            return True
    return False


# The value promised for later ("mejor luego te digo", "al rato te lo paso", "más tarde se lo confirmo"): the
# answer deferred, not the call.
# (Spanish only: English "maybe later" shapes say the call.)
# ... or said as what the caller will get in touch for ("yo me comunico contigo para darte la placa", "me reporto
# con usted con el dato"; "I'll get back to you on the plate"): later by its words.
_VALUE_LATER_ES = r"\b(?:te|le|se) (?:lo |la |los |las )?(?:digo|paso|doy|mando|confirmo|envio|dicto)\b"
# ... or sent another way, to someone else or by text ("se las mando a despacho por mensaje", "I'll text them to
# dispatch", "I'll send them over to the office"): not given in this call either. (A bare "te lo mando" is no such
# promise: the way or the one it goes to is said.)
_OBJECT_ES = r"(?:se|te|le|les) (?:lo|la|los|las)|(?:lo|la|los|las)"
_SENT_ES = (rf"\b(?:{_OBJECT_ES}) (?:mando|envio|paso|escribo|mandare|enviare|voy a mandar|voy a enviar) "
            r"(?:(?:ahorita |al rato |luego )?(?:por (?:mensaje|texto|whatsapp|wasap|guasap|el whats)"
            r"|a (?:despacho|la oficina|el despachador|mi despachador|trafico|mi jefe)"
            r"|con (?:el )?(?:despacho|despachador)))")
_IT_EN = r"(?:them|it|those|that|em|the (?:plates?|plate number|numbers?|info|information|details))"
_SENT_EN = (r"\b(?:ill|i will|i ll|let me|i can|i could|im gonna|im going to|i am going to|gonna)(?: just)? "
            rf"(?:(?:text|message|email|whatsapp) (?:you |dispatch |the office )?{_IT_EN}"
            rf"|(?:send|shoot|forward|pass|give) (?:you |dispatch )?{_IT_EN}(?: over)? "
            r"(?:to (?:dispatch|the office|my dispatcher|the dispatcher|your dispatcher|your office|the yard|my boss)"
            r"|later|by text|in a text|over text))\b")
_VALUE_DEFERRED: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"\bpara (?:dar|pasar|decir|mandar|confirmar|enviar|dictar)(?:te|le|les)(?:lo|la|los|las)?\b"
                     r"|\b(?:comunico|reporto) (?:contigo|con usted|con ustedes) con (?:el|la|los|las|mis|mi) (?:dato"
                     r"|datos|placa|placas|numero|numeros|correo|info|informacion)\b|" + _SENT_ES),
    "en": re.compile(r"\b(?:ill|i will|let me|i can|i ll|ill just) get back to you (?:on|with|about)\b"
                     # the value sent later ("I'll send it to you later", "I can text it over tomorrow")
                     r"|\b(?:ill|i will|i can|i ll|ill just|let me|i could|i gotta) (?:send|text|email|mail|shoot|give"
                     r"|get)(?: you)? (?:it|that|this|them|the address|my email)(?: (?:over )?to you| over)?"
                     r" (?:later|later on|in a bit|in a while|tomorrow|afterwards|after|when i (?:can|get \w+))\b|"
                     + _SENT_EN),
}
_VALUE_LATER: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(_VALUE_LATER_ES + "|" + _VALUE_DEFERRED["es"].pattern),
    "en": _VALUE_DEFERRED["en"],
}


_BARE_LATER_SAID: dict[Lang, frozenset[str]] = {lang: frozenset(phrases) for lang, phrases in BARE_LATER.items()}
_YES_BEFORE_LATER = wordset("si yes yeah yep")


def only_bare_later(tokens: list[str], lang: Lang) -> bool:
    """Whether the turn is nothing but a bare "later" (`callback_cues.BARE_LATER`), a yes before it at most
    ("luego", "al rato", "sí, luego", "later"): no thanks, no "no", no farewell around it ("gracias, luego", "later,
    man" take leave). "Luego" is also "next" ("sí, luego?") and, at a value, "I'll give it later"."""
    k = 0
    while k < len(tokens) and tokens[k] in _YES_BEFORE_LATER:
        k += 1
    return " ".join(tokens[k:]) in _BARE_LATER_SAID[lang]


def value_said_later(tokens: list[str], lang: Lang) -> bool:
    """Whether the turn promises the value later (`_VALUE_LATER`)."""
    return _VALUE_LATER[lang].search(" ".join(tokens)) is not None


def value_promised_later(tokens: list[str], lang: Lang) -> bool:
    """Whether the turn puts the value off in so many words: "al rato te la paso", "luego te digo", "yo me
    comunico contigo para darte la placa" - not "ahorita te doy mis datos" (the value now)."""
    joined = " ".join(tokens)
    if _HANDS_OVER[lang].search(joined) is not None:
        return False  # "se lo paso a mi jefe": the phone handed over, the value said by whoever comes on
    if _VALUE_DEFERRED[lang].search(joined) is not None:
        return True
    if call_first(joined, lang):
        return False  # "primero te doy mis datos y luego me pasas con el supervisor": the value now, the rest later
    return lang == "es" and _VALUE_LATER["es"].search(joined) is not None \
        and any(tuple(tokens[k : k + len(p)]) == p for p in _LATER_WORDS[lang] for k in range(len(tokens)))


def callback_asked_outright(tokens: list[str], lang: Lang) -> bool:
    """Whether the turn asks for a callback in so many words (see `_NOT_A_GOOD_TIME`)."""
    joined = " ".join(tokens)
    if _BUSY[lang].search(joined) or _NOT_A_GOOD_TIME[lang].search(joined) or _NOT_NOW[lang].search(joined) \
            or _free_later_said(joined, lang) or _time_first(tokens, lang) or _time_asked_for(tokens, lang) \
            or caller_calls_back(tokens, lang) or _REDIAL[lang].search(joined):
        # (the caller calling back when he says is a request too: "en diez minutos te regreso la llamada")
        return True
    m = _CALLBACK[lang].search(joined)
    if m is not None and _ONLY_BETTER.fullmatch(m.group()) is None \
            and _GETS_IN_TOUCH[lang].fullmatch(m.group()) is None \
            and not _NOT_CALLBACK[lang].search(joined[: m.end()]) and not _called_by_another(joined, m, lang):
        # (the caller's own "yo me comunico contigo" is no callback asked outright: "a las cinco, y ya me reporto
        # con ustedes" at the arrival question is the time)
        return True
    m = _CALL_ME[lang].search(joined)
    return m is not None and not _NOT_CALLBACK[lang].search(joined[: m.end()]) \
        and not _names_the_caller(joined, lang) and not someone_else_calls(joined[: m.start()].rstrip(), "llama",
                                                                              lang, joined[m.end():])


def _free_later_said(joined: str, lang: Lang) -> bool:
    """Free, or reachable, at a later time said in so many words ("en una hora me desocupo", "I'll be free after
    six"), not arriving then."""
    m = _FREE_LATER[lang].search(joined)
    return m is not None and not _ARRIVING[lang].search(joined) \
        and not _NEGATED_FREE[lang].search(joined[: m.start()])


# What the caller will be doing at a time to come ("en una hora y media estoy descargando", "mañana a las seis
# ando cargando en Toluca", "at six tomorrow I'm loading in Toluca"): the activity is placed then, so it says
# nothing of being busy now - no callback is asked for by it.
_AT_A_TIME_TO_COME: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(
        r"\b(?:manana|pasado manana|en la (?:tarde|noche)|al rato|mas tarde|el (?:lunes|martes|miercoles|jueves"
        r"|viernes|sabado|domingo)|en (?:\w+ ){1,4}?(?:minutos|minuto|horas|hora|ratito|rato)"
        r"|a (?:las|la) \w+(?: y \w+)?)\b(?: \w+){0,4}? (?:estoy|ando|estare|andare|voy a estar|voy a andar|vengo"
        r"|estaria|estamos|andamos) \w+(?:ando|iendo|endo)\b"
    ),
    "en": re.compile(
        r"\b(?:tomorrow|tonight|later|this (?:afternoon|evening)|on (?:monday|tuesday|wednesday|thursday|friday"
        r"|saturday|sunday)|in (?:\w+ ){1,4}?(?:minutes|minute|hours|hour)|at \w+(?: \w+)?)\b(?: \w+){0,4}? "
        r"(?:im|ill be|i will be|i am|ill|were|well be|we will be) \w+ing\b"
    ),
}
_RIGHT_NOW: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"\b(?:ahorita|ahora|orita|horita|en este momento|ahorrita)\b"),
    "en": re.compile(r"\b(?:right now|now|at the moment|currently)\b"),
}


_CLAUSE_MARKS = re.compile(r"\s*[,;:!?.\u2026]+\s*")


# What the caller is doing, said with no time ("voy manejando", "I'm driving"): now.
_DOING: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"\b(?:estoy|ando|voy|vengo|estamos|andamos|vamos|venimos) \w+(?:ando|iendo|endo)\b"),
    "en": re.compile(r"\b(?:im|i am|were|we are) \w+ing\b"),
}


def busy_later_not_now(folded: str, lang: Lang) -> bool:
    """Whether the turn places what the caller will be doing at a time to come, in one clause ("can you call me
    later? I'm getting weighed" places nothing), and says nothing of now: neither "ahorita" nor what he is doing
    in a clause of its own ("Voy manejando, en media hora estoy llegando a la caseta": driving now).
    `folded`: `normalize.fold` of it."""
    if _RIGHT_NOW[lang].search(folded) is not None:
        return False
    later = False
    for clause in _CLAUSE_MARKS.split(folded.replace("'", "")):
        clause = " ".join(clause.split())
        if _AT_A_TIME_TO_COME[lang].search(clause) is not None:
            later = True
        elif _DOING[lang].search(clause) is not None:
            return False
    return later

__all__ = ["COURTESY", "asks_how_long", "asks_if_done", "asks_what_is_needed",
           "asks_if_a_boss_is_there", "asks_the_question_again", "asks_what_the_agent_is",
           "attended_by_a_person", "bad_line", "only_go_ahead_words", "bare_minutes", "callback_request",
           "news_about_a_person",
           "only_a_time", "only_bare_later", "only_later",
           "only_acknowledges", "talks_aside", "answers_for_another", "answers_in_his_place",
           "person_request", "small_talk", "trip_news", "callback_asked_outright", "busy_later_not_now", "redial_asked",
           "time_asked_for"]
