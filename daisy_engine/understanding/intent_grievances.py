"""Ending and complaining, recognised by the shape of the sentence rather than a fixed phrase.

`intents.detect_intent` tries the phrase lists first; these catch the shapes a list cannot enumerate:
asking to be taken off the calling list ("sáquenme de su base de datos", "ya no me estén marcando a
este número", "take me off your calling list") and complaints about waiting ("me tienen esperando
desde las seis", "I've been sitting at this dock for six hours") or about being asked or called again
("ya me habían hablado para lo mismo", "why do you keep asking me the same thing?"). Each works on
folded content words (fillers such as "este" are gone: "a este número" is "a numero").
"""

from __future__ import annotations

import re

from .normalize import THANKED_BY, THANKS, Lang, wordset

# Off the list: the caller's number, record or name removed, or calls to *this number* stopped, or the
# callers told to stop ("dejen de marcar"). A bare "ya no me estén llamando" is exasperation (a
# complaint); naming the number or the list, or an imperative to stop, asks for it to end.
# ... but a written channel asked for instead is no refusal of all contact ("ya no quiero llamadas, mejor por
# whatsapp", "mándame mensaje"): the flow's preference for it hears the turn.
_WRITTEN_INSTEAD_ES = (r"(?!.*\b(?:mandame|mandeme|escribeme|escribame|whatsapp|whats|wasap|mensaje|mensajes|texto"
                       r"|textos|correo|mail)\b)")
_DO_NOT_CALL: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(
        r"\b(?:saquen|saque|saca|quiten|quite|quita|borren|borre|borra|eliminen|elimine|elimina|bajen|den)"
        r"(?:me|nos)? de (?:su |sus |la |el |tu |tus |esa |esta )?(?:lista|listas|base|sistema|registro|registros"
        r"|directorio|contactos|agenda|padron|llamadas|marcaciones|campana|campanas)\b"
        r"|\b(?:den|dame|deme|denme|darme|den de) de baja\b|\bdarme de baja\b"
        # the number itself struck off ("este número denlo de baja", "den de baja mi número", "dalo de baja")
        r"|\b(?:denlo|delo|dalo|darlo|denla|dela|dala) de baja\b"
        r"|\b(?:den|de|da|dar|pueden dar|puede dar|puedes dar) de baja (?:mi|este|el|ese) (?:numero|telefono|celular"
        r"|cel|registro|contacto)\b"
        r"|\b(?:borren|borre|borra|eliminen|elimine|quiten|quite) (?:mi|mis) (?:numero|telefono|celular|datos"
        r"|registro|contacto)\b"
        # ("ya no le marquen a este cel", "no me vuelvan a buscar en este teléfono"; "le" is the caller too)
        r"|\bno (?:me |nos |le |les )?(?:esten |anden |sigan |vuelvan a |vuelvas a |vuelva a |vayan a )?"
        # ("no me hablen más a este teléfono": "más" says every call)
        r"(?:llam|marc|marqu|habl|busc|busqu|telefone)\w* (?:mas |nunca mas |ya )?(?:a|al|en) (?:mi |su |ese |esta "
        r"|este |el |tu )?"
        r"(?:numero|telefono|celular|cel)\b"
        # ... a limit set on it is no refusal ("no me llames a este número en la noche")
        r"(?! (?:en la|en las|de noche|de dia|en horas|despues|antes|a esta|a estas|a las|hoy|ahorita|mientras|tan"
        r"|por la|entre|temprano|tarde|los (?:fines|domingos|sabados))\b)"
        # enough of the calls ("ya estuvo de llamadas", "ya basta de estarme marcando")
        r"|\b(?:ya estuvo|ya basta|basta|ya chole|ya estuvo bueno|ya fue suficiente|suficiente) de (?:llamadas"
        r"|llamaditas|tanta llamada|tantas llamadas|llamarme|marcarme|estar(?:me)? (?:llamando|marcando))\b"
        r"(?! (?:por hoy|hoy|por ahora|ahorita|en la|de noche)\b)"
        # "dejen de marcar", "ya deja de llamarme": told to stop, not only complaining that they call
        r"|\b(?:dejen|deja|deje|dejes|dejen ya|ya dejen|ya deja|ya deje) de (?:llamar|marcar|hablar|telefonear"
        r"|buscar)(?:me|nos)?\b"
        # asked, not only complained of: "ya no me estén marcando, por favor" (the plea makes it a request)
        r"|\bya no (?:me |nos )?(?:esten|anden|sigan|vuelvan a|vuelvas a|vuelva a) (?:llam|marc|marqu|habl|busc)\w*"
        r" (?:por favor|porfa|porfavor|de favor|se los pido|se lo pido|te lo pido|les pido|le pido|se los ruego"
        r"|se lo ruego|te lo ruego|les ruego|le ruego|se los suplico|se lo suplico|te lo suplico|les suplico"
        r"|por lo que mas quieran|hagan(?:me)? (?:el )?favor)\b"
        # the number taken out of their system, with the verb in any form ("hagan favor de sacar mi número de
        # su sistema", "quiten mi teléfono de la lista")
        r"|\b(?:sacar|saquen|saque|saca|quitar|quiten|quite|quita|borrar|borren|borre|borra|eliminar|eliminen"
        r"|elimine|elimina|bajar|bajen) (?:mi|mis|este|el) (?:numero|telefono|celular|cel|nombre|datos|contacto)"
        r"(?: \w+)?(?: \w+)? de (?:su |sus |la |el |tu |tus |esa |esta )?(?:lista|listas|base|sistema|registro"
        r"|registros|directorio|contactos|agenda|padron)\b"
        # no more calls wanted ("no quiero más llamadas", "ya no quiero que me marquen")
        r"|\bno (?:quiero|queremos|quisiera) (?:recibir )?(?:mas|ninguna|ningunas|otra|otras) llamadas?\b"
        # "ya no quiero recibir llamadas (de ustedes)", "no quiero sus llamadas": every call refused, not a limit
        r"|\bya no (?:quiero|queremos|quisiera) (?:recibir |tener )?(?:sus |tus |mas |estas |esas )?llamadas?\b"
        r"(?! (?:en|de noche|a esta|a estas|despues|antes|por la|hoy|ahorita|tan|tarde|temprano|mientras)\b)"
        + _WRITTEN_INSTEAD_ES +
        r"|\bno (?:quiero|queremos|quisiera) (?:recibir |tener )?(?:sus |tus |estas |esas )?llamadas? (?:de ustedes"
        r"|suyas|tuyas|de su empresa|de esta empresa|de esa empresa)\b" + _WRITTEN_INSTEAD_ES +
        r"|\b(?:ya )?no (?:quiero|queremos) que (?:me|nos) (?:vuelvan a |sigan |esten )?(?:llam|marqu|marc|habl|busqu)"
        r"\w*(?: (?:mas|nunca|otra vez|de nuevo))?(?:\s*$| (?:por favor|porfa|gracias|nunca|mas)\b)"
        # told to stop looking for the caller ("ya no me busquen", "ya no me anden marcando")
        # (an imperative; "ya no me estén llamando" alone is the complaint that they do)
        r"|\bya no (?:me |nos )(?:busquen|busque|busques|molesten|moleste|molestes|llamen|marquen)\b"
        r"(?! (?:hoy|ahorita|ahora|en|hasta|esta|este|por hoy)\b)"
        # not one call more ("ni una llamada más, por favor", "ninguna llamada más", "ya no más llamadas")
        r"|\b(?:ni una|ninguna|ni media) (?:llamada|llamadita|marcada|marcadita)s? mas\b"
        r"|\b(?:ya )?no mas llamadas\b(?! (?:hoy|por hoy|en|de noche|en la)\b)|\bcero llamadas\b"
    ),
    "en": re.compile(
        r"\b(?:take|remove|delete|drop|scratch|get|erase|cross) (?:me|us|my number|my name|my info|my information"
        r"|this number) (?:off|from|out of) (?:your|the|this|that|ur|all your|any) ?(?:calling |call |contact "
        r"|phone |mailing )?(?:list|lists|database|system|records|file)\b"
        r"|\bunsubscribe\b|\bopt (?:me )?out\b|\bdo not call (?:this|my) number\b"
        # this number or phone not to be called again ("don't call this phone anymore, I mean it")
        r"|\b(?:dont|do not|never|please dont|quit|stop) (?:ever )?(?:call|ring|dial|phone|calling|ringing|dialing)"
        r" (?:this|my|that) (?:number|phone|cell|cellphone|line)"
        r"(?: (?:again|anymore|any more|ever again|no more)\b|$)"
        r"|\bnot (?:one|a single|another) (?:more )?call\b(?! (?:today|tonight|till|until|before|after)\b)"
        r"|\b(?:stop|quit) (?:calling|ringing|dialing) (?:this|my) (?:number|phone|cell)\b"
        r"|\b(?:i|we) (?:dont|do not) want (?:any|to get any|to receive any|no|these|those|your|all these|all your"
        r"|any of these|any of your|any of those) (?:more |further )?(?:calls|phone calls)\b"
        # ... a limit set on them is no refusal ("I don't want your calls after 9")
        r"(?! (?:after|before|at|during|on|in|past|while|when|until|till|early|late)\b)"
        r"|\bno more (?:calls|phone calls)(?: please)?\s*$|\blose my number\b"
        # enough of the calls ("enough with the calls already"), not of today's
        r"|\benough (?:with |of )?(?:the |these |your |all these |all the |all your )?(?:calls|phone calls)\b"
        r"(?! (?:today|for today|for now|tonight|this)\b)"
        r"|\b(?:i|we) (?:dont|do not) want (?:to get |to receive |to keep getting )?(?:calls|phone calls) from"
        r" (?:you guys|you people|yall|your company|this company|you)\b"
        r"(?! (?:guys |people )?(?:after|before|at|during|on|in|past|while|when|until|till|early|late)\b)"
        r"(?!.*\b(?:text|texts|message|email|e mail|whatsapp|write)\b)"
        r"|\b(?:dont|do not|never) (?:call|contact|bother|ring) (?:me|us) (?:again|anymore|any more|ever again)\b"
        r"|\b(?:stop|quit) (?:calling|bothering|contacting|looking for|dialing|ringing|phoning|hitting up|blowing up)"
        r" (?:me|us|my phone)"
        r"(?! (?:at|after|before|during|on|in|so|this|today|tonight|tomorrow|until|till|for now)\b)"
    ),
}

# Waiting: somebody keeps the caller waiting, or the caller has been waiting for hours or since a time.
_WAITING: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(
        # (a span or a place between: "me tuvieron seis horas esperando", "nos tienen en la rampa esperando"; "me
        # tienen que estar esperando" is an appointment)
        r"\b(?:me|nos) (?:tienen|tuvieron|tiene|tuvo|dejan|dejaron|traen|trajeron) (?:(?!que\b)\w+ ){0,5}?"
        r"esperando\b"
        # kept standing idle for a span ("donde me tienen todo el día parado", "nos dejaron horas varados")
        r"|\b(?:me|nos) (?:tienen|tuvieron|tiene|tuvo|dejan|dejaron|traen|trajeron) (?:aqui |ahi |alla )?"
        r"(?:todo el dia|toda la (?:manana|tarde|noche)|horas|horas y horas|medio dia|dias|todo el santo dia)"
        r" (?:aqui |ahi |alla )?(?:parad[oa]s?|detenid[oa]s?|varad[oa]s?|esperando|sin cargar|sin descargar)\b"
        r"|\b(?:me|nos) (?:tienen|tuvieron|dejan|dejaron|traen) (?:aqui |ahi |alla )?(?:parad[oa]s?|detenid[oa]s?"
        r"|varad[oa]s?) (?:todo el dia|toda la (?:manana|tarde|noche)|horas|horas y horas|medio dia|dias)\b"
        # kept since a moment with no load given ("me tienen aquí desde ayer sin asignarme carga", "nos dejaron
        # desde el lunes sin viaje")
        # ... the place named on the way, and the load not taken off either ("me tienen aquí en el cedis desde las
        # seis y no me bajan la carga")
        r"|\b(?:me|nos) (?:tienen|tuvieron|tiene|tuvo|dejan|dejaron|traen|trajeron) (?:aqui |ahi |alla )?"
        r"(?:(?:en|afuera de|fuera de) (?:el|la|este|esta|ese|esa) (?:\w+ )?)?"
        r"(?:desde (?:ayer|anoche|antier|temprano|la madrugada|la manana|el (?:lunes|martes|miercoles|jueves|viernes"
        r"|sabado|domingo)|las \w+|la una|hace (?:\w+ )?(?:horas|dias))|todo el dia|toda la (?:manana|tarde|noche)"
        r"|horas|(?:\w+ )?dias) (?:aqui |ahi |alla )?(?:sin (?:asignar|dar|mandar|dejar)(?:me|nos)? (?:carga|viaje"
        r"|nada|chamba|rampa|anden|ruta)|sin (?:carga|viaje|chamba|ruta)|parad[oa]s?|esperando|varad[oa]s?"
        r"|y (?:no|nadie|ni|todavia no|aun no) (?:me |nos )?(?:bajan|baja|descargan|descarga|cargan|carga|atienden"
        r"|atiende|reciben|recibe|pelan|pela|asignan|asigna|dan|da|pasan|pasa))\b"
        r"|\b(?:llevo|tengo|llevamos|tenemos|ya van|van|ya llevo|ya tengo) (?:\w+ ){0,3}?(?:horas|hora|dias|dia"
        r"|rato|manana|tarde|noche|horotas|semana|semanas|mes|meses)(?: \w+){0,4}? esperando\b"
        r"|\besperando (?:\w+ ){0,6}?(?:desde (?:las|la|hace|ayer|anoche|temprano|en la|el)|(?:\w+ )?horas"
        r"|todo el dia|toda la (?:manana|tarde|noche))\b"
        r"|\b(?:cansado|cansada|harto|harta|fastidiado|fastidiada) de esperar\b"
        # made to wait a span ("me hicieron esperar seis horas en el andén", "nos hacen esperar todo el día")
        r"|\b(?:me|nos) (?:hicieron|hacen|hizo|hace|pusieron a|ponen a) esperar (?:\w+ ){0,3}?(?:horas?|horotas"
        r"|todo el dia|toda la (?:manana|tarde|noche)|dias?|un buen rato|mucho|bastante|un chorro|una eternidad)\b"
        # told to wait, or waiting, over and over ("me repiten que espere y espere", "y espera y espera")
        r"|\b(?:me|nos) (?:repiten|repite|dicen|dice|siguen diciendo|sigue diciendo|traen con) (?:nomas )?que "
        r"(?:me |nos )?(?:espere|esperemos|esperar|aguante|aguantemos|me espere|luego|manana|al rato)\b"
        r"|\b(?:espere|espera|esperar|esperando|aguante|aguanta) y (?:espere|espera|esperar|esperando|aguante"
        r"|aguanta)\b"
    ),
    "en": re.compile(
        r"\b(?:ive|i have|weve|we have|been|i been|we been) (?:been )?(?:sitting|waiting|stuck|parked|sat)\b"
        r"(?=.*\b(?:hours?|all (?:day|morning|night|afternoon)|since|forever|days?|weeks?|months?)\b)"
        r"|\b(?:have|had|kept|keep|keeping|left) (?:me|us) (?:waiting|sitting)\b"
        # made to wait a span ("they made me wait five hours at the dock")
        r"|\b(?:made|make|makes|making) (?:me|us) (?:wait|sit)\b(?=.*\b(?:hours?|all (?:day|morning|night"
        r"|afternoon)|since|forever|days?|weeks?)\b)"
        r"|\b(?:they|theyve|they have|theyre|you|youve|yall|you guys|you people)"
        r" (?:got|have|had|kept|keep|left|been keeping) (?:me|us)"
        r" (?:(?:waiting|sitting|parked|stuck|sat)\b(?=.*\b(?:hours?|all (?:day|morning|night|afternoon)|since"
        r"|forever|days?)\b)"
        # (or only where, kept there since a time: "they got me here since six and won't unload me"; hours ahead are
        # an arrival: "dispatch got me there by five, about three hours out")
        r"|(?:here|there|out here|out there)\b(?=.*\b(?:since|all (?:day|morning|night|afternoon)|forever"
        r"|for (?:\w+ ){0,2}(?:hours?|days?))\b))"
        r"|\bwaiting (?:for )?(?:hours|all day|all morning|forever)\b|\b(?:tired|sick) of waiting\b"
    ),
}

# Kept waiting in other words: "llevo desde la madrugada formado", "tenemos tres horas parados en la
# garita", "I've been stuck in line since six". A wait, said with how long it has lasted.
_KEPT: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(
        r"\b(?:llevo|llevamos|ya llevo|tengo|tenemos|ya tengo|ya van|van|ando|andamos|estoy|estamos) ((?:\w+ ){1,6}?)"
        r"(?:esperando|formad[oa]s?|parad[oa]s?|atorad[oa]s?|varad[oa]s?|detenid[oa]s?|en (?:la )?fila|haciendo fila"
        r"|sin (?:cargar|descargar|avanzar|moverme|movernos))\b"
    ),
    "en": re.compile(
        r"\b(?:ive|i have|weve|we have|been|i been|we been) ((?:\w+ ){0,3}?)(?:in line|in the line|standing|held up"
        r"|sitting|waiting|stuck|parked|sat)\b"
    ),
}
# "Ya son las once y aquí sigo formado", "it's already noon and we're still sitting here": the hour said
# against a wait still going on.
_STILL_AT: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(
        r"\b(?:ya son las|ya es la|son las|ya dieron las|ya van a dar las) \w+(?: \w+){0,3}? y (?:aqui |ahi |yo )?"
        r"(?:(?:sigo|seguimos|todavia|aun|todavia sigo|aun sigo)(?: \w+){0,3}? (?:esperando|formad[oa]s?|parad[oa]s?"
        r"|atorad[oa]s?|varad[oa]s?|sin (?:cargar|descargar|avanzar|moverme|movernos))"
        r"|nada que|nadie (?:me|nos)|ni (?:me|nos))\b"
        # still there since a time ("aquí sigo en el andén desde la madrugada", "seguimos aquí desde las seis")
        r"|\b(?:sigo|seguimos|todavia sigo|aun sigo|todavia estoy|aun estoy|todavia estamos) (?:\w+ ){0,6}?desde"
        r" (?:la madrugada|las \w+|la una|ayer|anoche|antier|temprano|en la manana|el mediodia|hace (?:\w+ )?horas)\b"
        r"|\b(?:llevo|llevamos|ya llevo|ya llevamos) (?:aqui|aca|ahi)(?: \w+){0,4}? desde"
        r" (?:la madrugada|las \w+|la una|ayer|anoche|antier|temprano|en la manana|el mediodia)\b"
    ),
    "en": re.compile(
        r"\b(?:its|it is) (?:already |now )?\w+(?: \w+){0,2}? and (?:im|i am|were|we are) still"
        r" (?:sitting|waiting|stuck|parked|here|in line)\b"
        # "I've been here since four in the morning", "we've been sitting at this dock since six"
        r"|\b(?:ive|i have|weve|we have|i been|we been) been (?:here|out here|sitting here|stuck here|parked here"
        r"|waiting here)(?: \w+){0,3}? since\b"
    ),
}
_SPAN: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"\b(?:horas?|horotas|dias?|rato|desde|todo|toda|madrugada|manana|tarde|noche|semana)\b"),
    "en": re.compile(r"\b(?:hours?|all (?:day|morning|night|afternoon)|since|forever|days?|ages)\b"),
}

# Nobody tells, answers or helps: "nadie me dice nada", "no one ever tells us anything".
# Told or reported again and again ("ya van tres veces que les reporto lo de las llantas", "es la tercera carga
# seguida que me mandan sin maniobras pagadas", "the third load in a row you sent me with no lumper paid").
_AGAIN_AND_AGAIN: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(
        r"\b(?:ya )?(?:van|son|llevo|llevamos|es la|ya es la) (?:\w+ )?veces? (?:que )?(?:les |te |le |se lo |se los )?"
        r"(?:reporto|reporte|he reportado|digo|dije|he dicho|aviso|avise|he avisado|pido|pedi|he pedido|reclamo"
        r"|reclame|comento|comente|marco|marque|hablo|hable|llamo|llame|aviso)\b"
        # the thing itself reported so many times ("ya lo reporté tres veces", "se los he reclamado mil veces"); "te lo
        # dije dos veces" only reminds (`_REMINDER`)
        r"|\b(?:ya )?(?:lo |la |los |las |les |le |te |se lo |se la |se los |se las )(?:reporte|he reportado|reportamos"
        r"|avise|he avisado|reclame|he reclamado|pedi|he pedido)(?: ya)?"
        r" (?:dos|tres|cuatro|cinco|seis|diez|mil|varias|muchas|un monton de|chorrocientas|\d+) veces\b"
        r"|\b(?:es|ya es|son|ya son|van) (?:la|el|las|los) (?:segunda|tercera|cuarta|quinta|sexta|\w+) (?:vez|carga"
        r"|semana|viaje|quincena|vuelta)(?:s)? (?:seguida|seguidas|seguido|consecutiva|consecutivas|en fila|al hilo)"
        r"(?: \w+){0,6}? (?:sin|no|tarde|incomplet\w*|de menos|mal)\b"
        # ... a run with nothing wrong is news ("es la segunda vuelta seguida sin problema")
        r"(?! (?:ningun |ninguna |un |una )?(?:problemas?|novedad|novedades|contratiempos?|broncas?|pendientes?"
        r"|fallas?|retrasos?|detalles?|queja|quejas|incidentes?)\b)"
    ),
    "en": re.compile(
        r"\b(?:second|third|fourth|fifth|sixth|\w+th) (?:load|time|week|trip|run|month|day|check|settlement)s?"
        r" (?:in a row|straight|running|this (?:week|month))(?: \w+){0,7}? (?:no|without|never|didnt|did not|late"
        r"|short|wrong|unpaid|not paid)\b"
        # ... a run with nothing wrong is news ("third load in a row with no issues")
        r"(?! (?:a |any |one )?(?:issues?|problems?|trouble|hiccups?|hitch|delays?|complaints?|incidents?|drama"
        r"|accidents?)\b)"
        r"|\b(?:ive|i have|i) (?:told|reported|called|asked) (?:you|yall|you guys|them|dispatch)"
        r" (?:about )?(?:\w+ ){0,4}?"
        r"(?:three|four|five|six|ten|\d+|a dozen|a hundred|a million|so many) times\b"
        # the thing itself reported ("I've reported it three times already", "I already wrote that up twice")
        r"|\b(?:ive|i have|i|we|weve|we have) (?:already )?(?:reported|called|written|wrote|flagged|turned)"
        r" (?:it|this|that|them|the \w+)(?: up| in)?(?: already)? (?:two|three|four|five|six|ten|\d+|a dozen|a hundred"
        r"|a million|so many|several|multiple) times\b|\b(?:ive|i have|i) (?:already )?(?:reported|flagged) (?:it|this"
        r"|that) twice\b"
    ),
}
_NOBODY: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(
        # nobody shows up ("ni sus luces del montacargas", "no ha venido nadie", "nadie ha salido")
        r"\bni (?:sus )?luces\b|\bno (?:ha |han )?(?:llegado|venido|aparecido|salido|llega|viene|aparece|sale)"
        r" nadie\b|\bnadie (?:ha |me ha |nos ha )?(?:venido|llegado|aparecido|salido)\b"
        r"|\bnadie (?:me |nos )?(?:dice|dijo|informa|informo|avisa|aviso|contesta|contesto|responde|respondio|explica"
        r"|explico|resuelve|resolvio|ayuda|ayudo|hace caso|hizo caso|regresa|regreso|da razon|dio razon|sabe nada"
        # nobody pays the caller any mind, in Mexican words ("nadie me pela", "nadie nos voltea a ver")
        r"|pela|pelo|pelan|ha pelado|voltea a ver|volteo a ver|toma en cuenta|atiende|atendio|sale|salio|viene|vino)\b"
        r"|\b(?:ni|no|nunca) (?:me|nos) (?:pelan|pela|pelaron|peló|pelo|voltean a ver|toman en cuenta|hacen caso)\b"
        r"|\bni quien (?:me|nos) (?:pele|haga caso|atienda|diga)\b"
        # ignored, or strung along ("en el taller me ignoran", "nomás me dan largas", "me dan el avión"); "yo me
        # ignoro" is no Spanish, "lo ignoro" (I don't know) has no "me"
        # (what the estimate hangs on, "llego a las 5 si no me ignoran en la báscula", is no grievance)
        r"|(?<!\bsi no )\b(?:me|nos) (?:ignoran|ignoraron|ignora|ignoro|ignoraba|ignoraban|estan ignorando"
        r"|siguen ignorando"
        r"|tienen ignorad[oa]s?|dan largas|dieron largas|traen a puras largas|dan el avion|dieron el avion"
        r"|dan atole con el dedo|dieron atole con el dedo)\b"
        r"|\bnadie (?:me |nos )(?:paga|pago|ha pagado|deposita|deposito|ha depositado|reembolsa|reembolso)\b"
        r"|\bnunca (?:me |nos )?(?:dicen|avisan|contestan|responden|informan|explican|resuelven|hacen caso)\b"
        # done to the caller without a word ("me tuvieron esperando sin decirme nada", "me cambiaron la ruta sin
        # avisarme nada")
        r"|\bsin (?:decirme|avisarme|explicarme|informarme|decirnos|avisarnos|explicarnos|informarnos|preguntarme"
        r"|preguntarnos) (?:nada|ni pio|ni media palabra|ni madres|ni una palabra)\b"
        r"|\bnadie (?:nunca )?(?:contesta|levanta|agarra|toma) (?:el telefono|la linea|el cel|las llamadas)\b"
        # nobody does the work the caller waits for ("nadie me descarga", "nadie nos recibe")
        r"|\bnadie (?:me|nos) (?:descarga|descargan|carga|cargan|recibe|reciben|recibio|checa|revisa|da entrada"
        r"|da rampa|da anden|asigna|autoriza|libera)\b"
        # nothing done about it ("les reporto lo de las llantas y no hacen nada", "nadie hace nada")
        r"|\b(?:y |pero )?(?:nadie|ustedes no|ni|y no|pero no) (?:hace|hacen|hizo|hicieron|resuelve|resuelven|arregla"
        r"|arreglan) nada\b"
        # the broken thing left as it is ("trae las llantas lisas y nadie lo arregla", "y no la componen"; "y no
        # lo arreglo" is the caller's own)
        r"|\bnadie (?:me |nos )?(?:lo |la |los |las )?(?:arregla|arreglo|compone|compuso|repara|reparo|cambia|cambio"
        r"|resuelve|resolvio"
        # ... said as going on ("se apaga a cada rato y nadie lo está arreglando", "nadie la ha reparado")
        r"|(?:esta|estan|ha|han) (?:arreglando|componiendo|reparando|arreglado|compuesto|reparado)(?:lo|la|los|las)?)\b"
        r"|\b(?:y|pero|ustedes|y ustedes) (?:no|nunca|jamas) (?:me |nos )?(?:lo |la |los |las )?(?:arreglan|arreglaron"
        r"|componen|compusieron|reparan|repararon|cambian|cambiaron|resuelven|resolvieron)\b"
        # (a time changed is a request: "¿y no me cambian la cita para mañana?")
        r"(?! (?:la |el |mi |de )?(?:cita|citas|hora|horario|fecha|dia|turno|ventana|entrega)\b)"
    ),
    "en": re.compile(
        # someone or something that never came ("the lumper never showed up", "my detention pay never showed")
        r"(?<!\bi )(?<!\bwe )\b(?:never|hasnt|has not|still hasnt|didnt|did not|havent|have not|still havent)"
        r" (?:even |yet )?(?:showed|shown|show|turned|came|come) (?:up|out|through)\b|\bstill no sign of\b"
        r"|\bno sign of (?:the|my|a|any|them|him|her)\b"
        r"|\b(?:nobody|no one|noone|nobody ever|no one ever)"
        # ... of a shift or a place ("nobody on the night shift ever picks up", "no one at dispatch answers")
        r"(?: (?:on|at|in|from|over at|over in|down at|up at) (?:the |that |this |your |their )?\w+"
        r"(?: (?:shift|desk|office|crew|team|line))?)?"
        r"(?:s| has| have| will| can| is| ever has)?"
        r" (?:ever |even |yet |bothered to |come out to )?(?:tells|told|tell|answers|answered|answer|explains"
        r"|explained|explain|helps|helped|help|calls back|called back|call back|returns|returned|gets back|got back"
        r"|gotten back|get back|says|said|say|knows|known|pays attention|paid attention|paying attention|cares|care"
        r"|picks up|pick up|answers the phone|answered the phone|responds|responded"
        r"|come out|came out|comes out|shown up|showed up|show up|checked on|check on"
        # nothing done about it ("nobody's fixed it", "no one ever sorts it out")
        r"|fixed|fixes|fix|sorted|sorts|sort|done anything|does anything|did anything|taken care of"
        # ... said as going on now ("the reefer keeps shutting off, nobody's fixing it")
        r"|fixing|doing anything|doing a thing|doing nothing|helping|sorting|taking care of)\b"
        r"(?! wrong\b| bad\b)"  # "no one did anything wrong": nothing amiss
        r"|\b(?:everybody|everyone|they|yall|you guys|you people"
        # ... or a place or a person of theirs ("the shop ignores me", "my dispatcher keeps ignoring me")
        r"|(?:the|my|that|your|our) (?:shop|office|dispatcher|dispatch|yard|mechanic|mechanics|manager|guys|people"
        r"|driver manager|fleet manager|supervisor|terminal|guard|gate|maintenance)|dispatch|payroll|maintenance)"
        r"(?: (?:here|there|around here|over here|at \w+ \w+))?"
        r" (?:just |keep |keeps |all |always |still )?(?:ignores|ignore|ignoring"
        r"|ignored) (?:me|us)\b"
        r"|\b(?:keep|keeps|kept) (?:giving|handing) (?:me|us) the runaround\b"
        r"|\b(?:nobody|no one|noone) (?:ever |has |has ever |ever has )?(?:paid|pays|reimbursed|reimburses) (?:me|us)\b"
        r"|\byou (?:people|guys) never (?:tell|answer|call|help|pay)\b"
        r"|\bwithout (?:telling|asking|letting|warning) (?:me|us)(?: (?:anything|a thing|nothing|first|know))?\b"
    ),
}

# Treated badly by someone, or a report to be made: "el de patio me habló bien feo", "me gritaron",
# "quiero levantar un reporte", "your guy at the gate was rude", "I want to file a complaint".
_MISTREATED: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(
        r"\b(?:me|nos) (?:hablo|hablaron|trato|trataron|contesto|contestaron|respondio|respondieron|atendio|atendieron"
        r"|habla|hablan|trata|tratan|contesta|contestan) (?:bien |muy |re |super |bastante |de lo mas )?"
        r"(?:feo|mal|gacho|horrible|grosero|grosera|de mala manera|con groserias|pesado|pesada|golpeado|a gritos)\b"
        # hung up on ("el despachador me colgó dos veces", "nomás me cuelgan"); the caller's own "ya le cuelgo"
        # is a goodbye, and the phone or the call hanging ("se me colgó el teléfono", "se nos colgó la llamada",
        # "me colgó el sistema") is a line that dropped, nobody's doing
        r"|(?<!\bse )\b(?:me|nos) (?:colgo|colgaron|colgaba|colgaban|ha colgado|han colgado|cortaron la llamada"
        r"|corto la llamada|dejo colgado|dejaron colgado)\b"
        r"(?! (?:el|la|mi|este|esta|ese|esa) (?:sistema|telefono|celular|cel|app|aplicacion|linea|llamada|senal"
        r"|radio|equipo|aparato|maquina|conmutador|grabadora|robot)\b)"
        r"|\b(?:siempre|nomas|luego luego|nada mas|a cada rato|todo el tiempo) (?:me|nos) (?:cuelga|cuelgan)\b"
        r"|\b(?:me|nos) (?:grito|gritaron|grita|gritan|insulto|insultaron|humillo|humillaron|corrio|corrieron"
        r"|mento la madre|mentaron la madre|falto al respeto|faltaron al respeto)\b"
        r"|\b(?:levantar|poner|hacer|meter|presentar|levanto|pongo|hago|meto) (?:un |una )?(?:reporte|queja|denuncia)\b"
        # rude, said of them ("los del andén son bien groseros", "el guardia se puso bien prepotente")
        r"|\b(?:son|es|fue|fueron|estuvo|estuvieron|anda|andan|se puso|se pusieron) (?:bien |muy |re |super |bastante "
        r"|de lo mas |rete )?(?:groser[oa]s?|majader[oa]s?|prepotentes?|mal educad[oa]s?|malencarad[oa]s?)\b"
        # kept like a fool, or sent back and forth ("me tienen aquí como tonto", "nos traen de aquí para allá")
        r"|\b(?:me|nos) (?:tienen|traen|tuvieron|trajeron) (?:aqui |ahi )?(?:como (?:tonto|tonta|tontos|pendejo"
        r"|pendeja|menso|mensa|idiota|perro|perros)|de a tonto|de aqui para alla|de un lado a otro|dando vueltas"
        r"|a la vuelta y vuelta|a vuelta y vuelta)\b"
        # blamed ("luego me echó la culpa a mí", "me quieren echar la culpa", "nos culparon"); "yo me echo la culpa"
        # is the caller's own
        r"|(?<!\byo )\b(?:me|nos) (?:(?:quiso|quisieron|quiere|quieren|anda|andan|andaba|andaban) )?(?:echo|echaron"
        r"|echa|echan|echar|echando|echaste|cargo|cargaron|carga|cargan|cargar) (?:toda |toditita )?la culpa\b"
        r"|\b(?:me|nos) (?:culpo|culparon|culpan|culpaste|quieren culpar|quiere culpar|quisieron culpar)\b"
        # sent to the wrong place by someone ("el de patio me mandó a la caja equivocada", "nos mandaron al andén
        # que no era")
        r"|\b(?:me|nos) (?:mando|mandaron|mandan|mandaste|envio|enviaron|asigno|asignaron|mandaba|mandaban)"
        r" (?:a|al|hasta|para) (?:\w+ ){0,3}?(?:equivocad[oa]s?|incorrect[oa]s?|que no (?:era|es|eran|son)"
        r"|donde no (?:era|es))\b"
        # singled out for the worst ("¿por qué siempre me mandan las cargas más lejos a mí?", "¿por qué siempre a mí
        # me toca lo peor?", "nomás a mí me dan las rutas más feas")
        # (the caller singled out said so: "¿por qué siempre me dan la misma caja?" only wonders, as "¿por qué
        # siempre me llaman tan temprano?" - no complaint for a supervisor)
        r"|\bpor que siempre (?:me|nos) (?:mandan|manda|dan|da|tocan|toca|ponen|pone|asignan|asigna|avientan|dejan"
        r"|echan|cargan) (?:\w+ ){0,6}?a (?:mi|nosotros)\b|\bpor que siempre a (?:mi|nosotros)\b"
        r"|\b(?:siempre|nomas|nada mas|puro|pura|puras|puros) (?:a (?:mi|nosotros) )?(?:me|nos) (?:mandan|manda|dan|da"
        r"|tocan|toca|ponen|pone|asignan|asigna|avientan|dejan|echan|cargan) (?:\w+ ){0,3}?(?:lo |las |los |la |el )?"
        r"(?:peor|peores|mas lejos|mas lejanas|mas lejanos|mas feas|mas feos|mas largas|mas largos|mas pesadas"
        r"|mas pesados|mas gachas|mas gachos|mas malas|mas malos|mas baratas|mas baratos|que nadie quiere)\b"
    ),
    "en": re.compile(
        r"\b(?:was|were|got|is|are|been) (?:so |really |very |super |pretty |extremely |real |kinda |kind of "
        r"|downright |plain |straight up |flat out |damn |way too |awful )?(?:rude|mean|nasty"
        r"|disrespectful"
        r"|hostile|abusive)\b"
        r"|\b(?:yelled|screamed|cussed|cursed|swore) at (?:me|us)\b|\b(?:talked|talks) down to (?:me|us)\b"
        # hung up on ("your dispatcher hung up on me twice", "they keep hanging up on me"); "you hung up on me"
        # said of the line is still the caller's grievance
        # (the phone or the call hanging up is a dropped line: "sorry, my phone hung up on me", "it hung up on me")
        r"|(?<!\bphone )(?<!\bcell )(?<!\bcall )(?<!\bline )(?<!\bapp )(?<!\bsystem )(?<!\bit )(?<!\bradio )"
        r"\b(?:hung|hangs|keeps hanging|kept hanging|keep hanging|has hung|have hung|always hangs|always hang)"
        r" up on (?:me|us)\b"
        r"|\b(?:file|make|lodge|put in|write up) (?:a |an )?(?:complaint|report|grievance)\b"
        # blamed ("and then he blamed me for it", "they're putting the blame on me", "pinned it on us")
        r"|\b(?:blamed|blames|blaming) (?:me|us)\b|\b(?:blamed|blames|blaming|pinned|pins|pinning) (?:it|this|that"
        r"|everything|the whole thing) on (?:me|us)\b"
        r"|\b(?:put|puts|putting|threw|throws|throwing|laid|lays|laying) (?:the|all the) blame on (?:me|us)\b"
        # sent to the wrong place by someone ("the yard guy sent me to the wrong door")
        r"|\b(?:sent|sends|sending|routed|dispatched|directed|told) (?:me|us) (?:to|over to|out to) (?:the |a )?wrong\b"
        # singled out for the worst ("why does this load board keep giving me the worst lanes?", "why do I always get
        # the crappiest loads?", "why is it always me?")
        r"|\b(?:keep|keeps|kept|always) (?:giving|sending|handing|putting|sticking|give|gives|send|sends|hand|hands"
        r"|stick|sticks|get|gets|getting|stuck with)(?: me| us)?(?: with)? (?:\w+ ){0,2}?(?:the )?(?:worst|crappiest"
        r"|lousiest|cheapest|junkiest|crummiest|farthest|furthest|longest|garbage|junk|crap|crappy|lousy|bad)\b"
        # (the phone's line is no load given: "I always get bad reception around here", "it keeps getting bad
        # signal" are trouble hearing, asked to repeat)
        r"(?! (?:cell )?(?:reception|signal|connection|service|coverage|line|audio|sound|static)\b)"
        r"|\bwhy (?:is it |does it )?always (?:me|us)\b"
        r"|\bwhy (?:do|does) (?:it|this|that) always (?:have to )?be (?:me|us)\b"
    ),
}

# Money owed and not paid: "nunca me llegó el pago de la estadía", "no me han depositado los viáticos",
# "I never got my detention pay", "still haven't been paid".
_MONEY: dict[Lang, str] = {
    "es": r"(?:pago|pagos|deposito|depositos|dinero|sueldo|anticipo|viaticos|bono|estadia|estadias|reembolso|nomina"
          r"|quincena|semana|liquidacion|lana|feria|maniobras|casetas)",
    "en": r"(?:pay|paycheck|check|money|deposit|detention|advance|reimbursement|bonus|layover|per diem|perdiem"
          r"|settlement|tolls|toll money|lumper money|lumpers)",
}
# What is missing from a payment ("me faltan las maniobras"); not "semana", "lana", "feria": "me falta la
# semana que entra", "me falta lana" are no grievance against anyone.
_OWED_ES = r"(?:pago|pagos|deposito|depositos|sueldo|anticipo|viaticos|bono|estadia|estadias|reembolso|nomina" \
    r"|quincena|liquidacion|maniobras|casetas)"
# A part of it ("la mitad", "una parte"), and then money or nothing named ("la mitad del pago", "la mitad"; not
# "la mitad de los papeles").
_PART_ES = r"(?:la mitad|una parte|un pedazo|la tercera parte|un tercio|una tercera parte)"
_OF_MONEY_ES = r"(?:\b(?! de\b| del\b)| (?:de|del) (?:la |las |los |el |lo |lo de |lo del |mi |mis )?(?:\w+ )?" \
    + _MONEY["es"] + r"\b)"
_UNPAID: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(
        # what should have reached the caller ("nunca llegó el pago"), or who should have paid ("no me pagaron")
        r"\b(?:nunca|no|todavia no|aun no|ni|tampoco) (?:me |nos )?(?:ha |han |habia |habian )?(?:llego"
        r"|llegaron|llegado"
        r"|cayo|cayeron|caido|dieron|dado|dio"
        # ... or sent ("nunca me mandaron el anticipo", "no me han transferido lo de las maniobras")
        r"|mandaron|mandado|enviaron|enviado|transfirieron|transferido)\b(?: \w+){0,3}? " + _MONEY["es"] + r"\b"
        # ... still not arriving, the verb first in the present ("todavía no me cae el depósito"; "no me cae hasta el
        # viernes" says when it will)
        r"|\b(?:nunca|todavia no|aun no) (?:me |nos )?(?:cae|caen|llega|llegan|aparece|aparecen|se refleja"
        r"|se reflejan)\b(?: \w+){0,3}? " + _MONEY["es"] + r"\b"
        r"|\b(?:nunca|no|todavia no|aun no|ni|tampoco) (?:me|nos) (?:lo |la |los |las )?(?:ha |han |habia |habian )?"
        r"(?:depositaron|depositado|deposito|pagaron|pagado|pago|reembolsaron|reembolsado|reembolso|pagan|depositan"
        r"|reembolsan|repusieron|repuesto|cubrieron|cubierto)\b"
        # not a coin of it ("ni un peso me han pagado", "nada me han depositado")
        r"|\b(?:ni (?:un|una) (?:peso|centavo|quinto|cinco|varo|dolar|lana)|nada) (?:me|nos) (?:lo |la |los |las )?"
        r"(?:ha |han |habia |habian )?(?:depositaron|depositado|deposito|pagaron|pagado|pago|reembolsaron|reembolsado"
        r"|reembolso|pagan|depositan|reembolsan)\b"
        # money given back, named ("nunca me regresaron lo de las casetas")
        r"|\b(?:nunca|no|todavia no|aun no|ni|tampoco) (?:me|nos) (?:lo |la |los |las )?(?:ha |han |habia |habian )?"
        r"(?:regresaron|regresado|devolvieron|devuelto)\b(?: \w+){0,3}? " + _MONEY["es"] + r"\b"
        # the money named first ("el pago de la estadía nunca me llegó", "el reembolso no me ha caído")
        r"|\b" + _OWED_ES + r"(?: \w+){0,4}? (?:nunca|no|todavia no|aun no) (?:me |nos )?(?:ha |han )?(?:llego"
        r"|llegaron|llegado|cayo|cayeron|caido|aparecio|aparecieron|aparecido|reflejo|reflejaron|reflejado"
        r"|depositaron|pagaron)\b"
        # ... still not arriving, said in the present ("mi pago de estadía todavía no cae"; "no cae hasta el viernes"
        # says when it will)
        r"|\b" + _OWED_ES + r"(?: \w+){0,4}? (?:nunca|todavia no|aun no|ya no) (?:me |nos )?(?:cae|caen|llega|llegan"
        r"|aparece|aparecen|se refleja|se reflejan)\b"
        # still waiting for the money ("sigo esperando el pago de las maniobras", "todavía espero mi depósito")
        r"|\b(?:sigo |seguimos |todavia |aun |(?:ya )?(?:van|llevo|llevamos|tengo|tenemos) (?:\w+ ){1,3}?(?:que )?)"
        r"(?:esperando|espero|estoy esperando)"
        r" (?:mi |mis |el |la |los |las |lo de |lo de la |lo de las |lo de los )?" + _OWED_ES + r"\b"
        # paid short ("la quincena salió incompleta", "me faltan las maniobras", "me descontaron el diésel")
        r"|\b" + _MONEY["es"] + r" (?:me |nos )?(?:salio|vino|llego|cayo|esta|viene|sale|llega|cae)"
        r" (?:bien |toda |todo )?"
        r"(?:incomplet[oa]|mal|chueco|chueca|corto|corta|de menos|mocho|mocha|incompletisim[oa])\b"
        r"|\b(?:me|nos) (?:falta|faltan|falto|faltaron|quedaron a deber|quedo a deber|deben|debe|descontaron|desconto"
        r"|rebajaron|quitaron) (?:de )?(?:el |la |los |las |mi |mis |lo de |lo de la |lo de las |lo de los )?"
        + _OWED_ES + r"\b"
        # still not paid ("las casetas siguen sin reembolsármelas", "sigo sin cobrar la estadía"): the verb of
        # paying says the money; arriving needs the money named
        # ("sigo sin pagar la caseta" is the caller's own debt: said of the caller, the verb needs its "me")
        r"|\b(?:sigue|siguen) sin (?:que (?:me|nos) )?(?:pag|reembols|deposit|liquid|abon)\w*"
        r"|\b(?:sigue|siguen) sin (?:repon|cubr)\w*?(?:me|nos)(?:lo|la|los|las)?\b"
        # (how long, said of them too: "llevan tres semanas sin pagarme el flete", "tienen un mes sin pagarnos")
        r"|\b(?:sigo|seguimos|todavia|aun|(?:ya )?(?:van|llevo|llevamos|llevan|tengo|tenemos|tienen) \w+ \w+) sin"
        r" (?:que (?:me|nos)"
        r" (?:pag|reembols|deposit|repon|cubr|liquid|abon)\w*"
        r"|(?:pag|reembols|deposit|repon|cubr|liquid|abon)\w*?(?:me|nos)(?:lo|la|los|las)?\b|cobrar"
        # ... or the pay named ("llevo dos quincenas sin viáticos", "ya van tres semanas sin mi sueldo"); "llevo dos
        # días sin casetas" drives the free road
        r"|(?:mi |mis |el |la |los |las )?(?:pago|pagos|deposito|depositos|sueldo|anticipo|viaticos|bono|reembolso"
        r"|nomina|quincena|liquidacion)\b)"
        r"|\b" + _OWED_ES + r"(?: \w+){0,5}? (?:sigue|siguen|todavia|aun) sin (?:llegar|caer|aparecer|reflejarse"
        r"|verse)\b"
        r"|\b(?:sigo|seguimos|todavia|aun) sin (?:recibir|ver) (?:mi |mis |el |la |los |las |lo de |lo de las "
        r"|lo de los )?" + _OWED_ES + r"\b"
        # paid short ("me pagaron de menos", "me depositaron incompleto")
        # ("me dieron mal la dirección" is no money: "mal" alone says nothing of it)
        r"|\b(?:me|nos) (?:pagaron|depositaron|reembolsaron) (?:\w+ )?(?:de menos|incompleto|menos de lo|mocho"
        r"|chueco)\b"
        # given short ("me dieron de menos"; "me pasaron incompleto el correo" is a datum, no money)
        r"|\b(?:me|nos) (?:dieron|pasaron) (?:\w+ )?(?:de menos|menos de lo)\b"
        # short by a sum said ("el anticipo me llegó con 800 pesos menos", "me depositaron quinientos pesos menos")
        r"|\b" + _MONEY["es"] + r" (?:me |nos )?(?:llego|llegaron|cayo|cayeron|vino|salio|lo depositaron)"
        r" (?:con )?(?:\w+ ){1,4}?(?:pesos|varos|dolares|centavos) (?:de )?menos\b"
        r"|\b(?:me|nos) (?:pagaron|depositaron|reembolsaron|dieron|mandaron|transfirieron) (?:con )?(?:\w+ ){1,4}?"
        r"(?:pesos|varos|dolares) (?:de )?menos\b"
        # paid only a part ("nomás me depositaron la mitad del viaje", "me pagaron solo la mitad"): the "only" says
        # it falls short ("me pagaron la mitad y el resto el viernes" is the arrangement)
        r"|\b(?:nomas|nada mas|solo|solamente|apenas) (?:me|nos) (?:pagaron|depositaron|reembolsaron|cayo"
        r"|transfirieron|liquidaron) " + _PART_ES + r"\b"
        r"|\b(?:me|nos) (?:pagaron|depositaron|reembolsaron|cayo|transfirieron|liquidaron)"
        r" (?:nomas|nada mas|solo|solamente|apenas) " + _PART_ES + r"\b"
        # ... given or sent, of money or of nothing named ("nomás me dieron la mitad del pago"; "solo me dieron la
        # mitad de los papeles", "nomás me llegó una parte de la carga" are no pay)
        r"|\b(?:nomas|nada mas|solo|solamente|apenas) (?:me|nos) (?:dieron|mandaron|llego) " + _PART_ES + _OF_MONEY_ES
        + r"|\b(?:me|nos) (?:dieron|mandaron|llego) (?:nomas|nada mas|solo|solamente|apenas) " + _PART_ES
        + _OF_MONEY_ES
    ),
    "en": re.compile(
        r"\b(?:never|didnt|did not|still havent|havent|still have not|have not|hasnt|has not|still no|never got)"
        r" (?:\w+ ){0,2}?(?:got|get|gotten|received|seen|saw)\b(?: \w+){0,3}? " + _MONEY["en"] + r"\b"
        # sent by them ("they never sent my lumper money", "y'all still haven't wired my advance")
        # (the caller's own: "I haven't sent my check yet")
        r"|(?<!\bi )(?<!\bwe )(?<!\bi still )(?<!\bwe still )"
        r"\b(?:never|didnt|did not|still havent|havent|have not|hasnt|has not|still didnt) (?:ever )?(?:sent|send"
        r"|wired|wire|deposited|deposit|transferred|transfer|loaded|load|released|release|issued|issue)"
        r" (?:me |us )?(?:my|the|our|that|this|any) (?:\w+ ){0,2}?" + _MONEY["en"] + r"\b"
        r"|\b(?:never|didnt|did not|still havent|havent|have not|hasnt|has not|wasnt|was not|werent) (?:been |get |got"
        r" |gotten )?(?:paid|reimbursed|refunded|paid back|paid me back)\b"
        # paid short ("my check came up short", "they shorted me on the layover")
        # still waiting for the money ("I'm still waiting on my detention pay")
        r"|\bstill (?:waiting|waitin) (?:on|for) (?:my |the |our |that )?(?:\w+ )?" + _MONEY["en"] + r"\b"
        # how long without it ("I've been two weeks without per diem", "going on a month with no paycheck")
        r"|\b(?:ive been|i have been|i been|weve been|we have been|been|going on|its been|thats) (?:\w+ ){1,3}?"
        r"(?:weeks?|months?|days?|pay periods?|loads?|trips?) (?:without|with no|and no) (?:my |a |any |the )?"
        r"(?:\w+ )?(?:" + _MONEY["en"][3:-1] + r"|getting paid|being paid|pay)\b"
        r"|\b(?:ive|i have|weve|we have|i been|we been) (?:been )?(?:waiting|waitin) (?:\w+ ){0,3}?(?:on|for)"
        r" (?:my |the |our |that )?(?:\w+ )?" + _MONEY["en"] + r"\b"
        # the money named first ("my detention pay from last month never came", "the advance still hasn't hit")
        r"|\b" + _MONEY["en"] + r"(?: \w+){0,4}? (?:never|still (?:hasnt|havent|has not|have not|didnt)|hasnt|havent"
        r"|has not|have not|didnt|did not) (?:ever )?(?:come|came|come in|came in|showed up|show up|hit|arrived"
        r"|arrive|cleared|clear|landed|posted|went through|gone through|go through)\b"
        # ... more than one, or counted ("my last two settlements came up short", "both checks were short")
        r"|\b(?:my |the |this |that |our |these |those |last |both )?(?:\w+ ){0,2}?" + _MONEY["en"]
        + r"s? (?:came|come|was|is|comes|were|are|keep coming|keeps coming|have been|has been) (?:up |in )?"
        r"(?:short|light|wrong|incomplete)\b"
        r"|\b(?:shorted|short changed|shortchanged|stiffed|underpaid|shortpaid|short paid) (?:me|us)\b"
        # not a coin of it ("a month chasing my lumper pay and not a dime", "they ain't paid me one cent")
        r"|\b(?:aint|havent|hasnt|didnt|never|still havent|not) (?:been )?(?:paid|got|gotten|seen|received|sent)"
        r" (?:me |us )?(?:a|one|a single) (?:dime|penny|cent|red cent|nickel|dollar)\b"
        # short by a sum said ("my advance came in eight hundred short", "the check came 200 dollars light")
        r"|\b" + _MONEY["en"] + r" (?:came|come|showed up|arrived|was|hit)(?: in| up)? (?:\w+ ){1,4}?"
        r"(?:short|light|less)\b"
        # ... said with its "is" run into it ("my settlement's short again", "the check's light"; folded
        # "settlements short")
        r"|\b(?:my|the|this|that|our|last|this weeks|last weeks) (?:\w+ ){0,2}?" + _MONEY["en"]
        + r"s (?:still |always |again |kinda |way |all )?(?:short|light|incomplete)\b"
        # paid only a part ("they only deposited half my settlement", "they just paid me half"); not the caller
        # paying ("I just paid part of the lumper")
        r"|(?<!\bi )(?<!\bwe )\b(?:only|just) (?:paid|deposited|wired|reimbursed) (?:me |us )?(?:half|a third|part)\b"
        # ... got or sent, of money ("I just got half my check"; "I just got half way", "they only gave me half the
        # load" are no pay)
        r"|\b(?:only|just) (?:sent|gave|got|received) (?:me |us )?(?:half|a third|part) (?:of )?(?:my |our |the |this "
        r"|that |this weeks |last weeks )?(?:\w+ )?" + _MONEY["en"] + r"\b"
        # the money itself shorted ("they shorted my fuel reimbursement", "docked my detention pay")
        r"|\b(?:shorted|short changed|shortchanged|stiffed|underpaid|shortpaid|short paid|docked|shaved)"
        r" (?:me |us )?(?:on )?(?:my|our|the|his|that|this) (?:\w+ ){0,2}?" + _MONEY["en"] + r"\b"
    ),
}

# Charged what the caller does not owe: "me cobraron una multa que no era mía", "me descontaron de más",
# "me multaron sin razón", "they docked me for a ticket that wasn't mine". A fine or a charge alone is news
# ("me pusieron una multa en la báscula"); the unfairness said of it makes it a grievance.
_CHARGE_ES = r"(?:multa|multas|infraccion|infracciones|penalizacion|penalizaciones|sancion|sanciones|cargo|cargos" \
    r"|cobro|cobros|descuento|descuentos|boleta|boletas|cuota|cuotas|danos|dano)"
# ("cargo", "cobro" and "descuento" are also "I load", "I charge", "I discount": "hoy cargo de más" tells of the
# load; as a charge they come after a word that makes them one - "el cargo", "un cobro", "otro descuento")
_CHARGE_NOUN_ES = r"(?:multa|multas|infraccion|infracciones|penalizacion|penalizaciones|sancion|sanciones" \
    r"|cargos|cobros|descuentos|boleta|boletas|cuota|cuotas|danos|dano" \
    r"|(?:el|un|ese|este|otro|del|al|mi|su|doble) (?:cargo|cobro|descuento))"
_UNFAIR_ES = r"(?:que no (?:era|es|fue|eran|son) (?:mia|mias|mio|mios|mi culpa|nuestra|nuestro|nuestras|nuestros" \
    r"|nuestra culpa)|que (?:no|ni|nunca) (?:debo|debia|debemos|me tocaba|me correspondia|hice|cometi|cause|pedi" \
    r"|use|ocupe|solicite|recibi|tuve|hicimos|pedimos|usamos)|injust\w*" \
    r"|sin (?:razon|motivo|deber nada|culpa|justificacion)|por nada|de mas|indebid\w*|por error|de a gratis" \
    r"|(?:y |pero |cuando |si )?no (?:me|nos) (?:toca|tocaba|toco|corresponde|correspondia|tocan|corresponden)" \
    r"|(?:y |pero |cuando |si )?no (?:es|son|era|eran) (?:mia|mias|mio|mios|nuestro|nuestra|mi culpa|mi bronca)" \
    r"|(?:y )?ni (?:me|nos) (?:avisaron|aviso|dijeron|dijo|preguntaron|pregunto)|sin (?:avisar|decir|preguntar)" \
    r"(?:me|nos)?" \
    r"|(?:y |pero |cuando |si )?(?:yo |nosotros )?(?:nomas|nada mas|solo|solamente|apenas) (?:hice|hicimos|cargue" \
    r"|cargamos|use|usamos|ocupe|ocupamos|pedi|pedimos|tuve|tuvimos|eche|echamos|meti|consumi|recibi|pase|pasamos" \
    r"|cruce))"
_CHARGED: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(
        r"\b" + _CHARGE_NOUN_ES + r"\b(?: \w+){0,3}? " + _UNFAIR_ES + r"\b"
        r"|\b(?:me|nos) (?:cobraron|cobro|cobran|descontaron|desconto|descuentan|quitaron|rebajaron|multaron|multo"
        r"|infraccionaron|sancionaron|penalizaron|cargaron|clavaron"
        # about to be charged ("me quieren cobrar las maniobras a mí y no me toca")
        r"|(?:quieren|quiere|querian|queria|van a|va a|estan|esta|andan|pretenden) (?:cobrar|descontar|multar|cargar"
        r"|cobrando|descontando|cargando)) (?:\w+ ){0,5}?(?:" + _UNFAIR_ES + r"|doble|dos veces"
        # ... for what the caller paid himself ("me descontaron una caseta que pagué yo de mi bolsa", "me cobraron el
        # diésel que ya pagué"); "una multa que pagué" alone is news of it
        # ... or with "si" / "y" / "pero" ("¿por qué me descontaron la caseta si yo la pagué con mi dinero?"); the
        # money of his own named after a bare "y la pagué" ("y la pagué de mi bolsa")
        r"|(?:que|si|cuando|pero si) (?:ya )?(?:yo )?(?:la |lo |las |los )?(?:ya )?(?:pague|pagamos|cubri|cubrimos)"
        r"(?: yo| nosotros)?(?: (?:de|con) (?:mi|mis|nuestro|nuestra) (?:bolsa|bolsillo|dinero|lana|feria|tarjeta))?"
        r"|(?:y|pero) (?:yo )?(?:la |lo |las |los )?(?:pague|pagamos|cubri|cubrimos)(?: yo| nosotros)? (?:de|con)"
        r" (?:mi|mis|nuestro|nuestra) (?:bolsa|bolsillo|dinero|lana|feria|tarjeta)"
        # ... or charged out of the caller's own pocket ("otra vez me cobraron la caseta de mi bolsa"): what the
        # company owes came out of his money ("con mi tarjeta" only says how it was paid)
        r"|(?:de|con) (?:mi|nuestro|nuestra) (?:propia |propio )?(?:bolsa|bolsillo|dinero|lana|feria))\b"
    ),
    "en": re.compile(
        r"\b(?:fine|fines|ticket|tickets|penalty|penalties|fee|fees|charge|charges|citation|violation|chargeback"
        r"|deduction|deductions)\b(?: \w+){0,2}? (?:(?:that|which) )?(?:(?:wasnt|was not|isnt|is not|aint|werent"
        r"|were not) (?:mine|my fault|ours|our fault)|(?:i|we) (?:dont|do not|didnt|did not|never) (?:owe|deserve"
        r"|get|do|commit|cause))\b"
        r"|\b(?:charged|docked|fined|billed|dinged|hit|ticketed|penalized"
        # about to be charged ("they wanna charge me for the lumper and that's not on me")
        r"|(?:wanna|want to|wants to|trying to|tryna|going to|gonna) (?:charge|dock|bill|fine)|charging|billing"
        # ... asked why ("why did you dock me for the toll if I paid it myself?")
        r"|(?:did|do|does|would|will|whyd|why) (?:you|they|yall|you guys|he|she|dispatch|payroll)"
        r" (?:charge|dock|bill|fine)"
        r"|docking) (?:me|us) (?:\w+ ){0,5}?(?:for nothing"
        r"|for no reason|unfairly|twice|double|by mistake|wrongly|for something i didnt do"
        # for something the caller never had ("docked me for a lumper I never used")
        r"|(?:i|we) (?:never|didnt|did not)(?: even)? (?:use|used|do|did|get|got|need|needed|ask for|asked for"
        r"|order|ordered|have|had|request|requested)"
        # ... or for more than the caller had ("docked me for two fuel loads and I only did one")
        r"|(?:and |but |when )?(?:i|we) (?:only|just) (?:used|did|got|had|bought|took|fueled|made|ran|pulled"
        r"|hauled|needed|ordered|crossed)"
        r"|without (?:telling|asking|warning|notice)|and (?:never|didnt|did not) (?:tell|told|ask|asked|warn|warned)"
        # ... or for what the caller paid himself ("docked me for a toll I paid myself", "that I already paid")
        r"|(?:i|we) (?:already (?:paid|covered)(?: for)?(?: it)?|(?:paid|covered)(?: for)?(?: it)? (?:myself|ourselves"
        r"|out of (?:my own |my |our own |our )?pocket))"
        # ... or charged out of the caller's own pocket ("charged me for the toll out of my own pocket again")
        r"|out of (?:my own |my |our own |our )pocket"
        r"|(?:and |but |when )?(?:it|that|thats|its|they|theyre) (?:is |are |was |were )?(?:not|isnt|wasnt|arent|aint)"
        r" (?:on me|mine|my fault|my problem|my responsibility|my job|my load))\b"
    ),
}

# Fed up, said of what goes on ("ya estoy cansado de eso", "estoy hasta la madre de lo mismo", "I'm sick and
# tired of it"), or the worst always given ("siempre me mandan a descargar a la peor hora"). Tired of work
# ("ando cansado de manejar") is no grievance.
_FED_UP: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(
        r"\b(?:estoy|ando|estamos|andamos|me tienen|me tiene|nos tienen) (?:bien |muy |re |super |ya )?"
        r"(?:cansad[oa]s?|hart[oa]s?|fastidiad[oa]s?|hasta la madre|hasta el gorro|hasta la coronilla|aburrid[oa]s?"
        r"|enfadad[oa]s?) (?:de|con) (?:eso|esto|lo mismo|ustedes|su|sus|tu|tus|esta|este|estas|estos|esa|ese|esas"
        r"|esos|tanto|tanta|tantas|tantos|que (?:me|nos)|siempre|la misma|el mismo|todo esto|lo de siempre)\b"
        # (tired of the work or the weather is no grievance: "ando cansado de tanto manejar", "harto de esta
        # lluvia"; "cansado de tanto esperar" is)
        r"(?! (?:\w+(?:ar|er|ir)\b(?<!esperar)|calor|frio|lluvia|lluvias|trafico|carretera|carreteras|camino|viaje"
        r"|viajes|sueno|desvelo|desvelada|clima|tiempo|polvo|aguacero|granizo|neblina|baches|curvas|kilometros))"
        # ... or said of them, with no "de" after ("ya me tienen hasta el gorro", "nos tienen hartos"; the weather
        # or the road is no grievance: "me tienen harto estos baches")
        r"|\b(?:me|nos) tienen (?:bien |muy |re |super |ya )?(?:hart[oa]s?|hasta la madre|hasta el gorro"
        r"|hasta la coronilla|fastidiad[oa]s?)\b(?!(?: \w+){0,2} (?:calor|frio|lluvia|lluvias|trafico"
        r"|carretera|carreteras|baches|clima|curvas|aguacero|polvo|sueno)\b)"
        r"|\bsiempre (?:me|nos) (?:\w+ ){1,6}?(?:la peor|el peor|las peores|los peores|lo peor|la mas fea"
        r"|las mas feas)\b"
    ),
    "en": re.compile(
        r"\b(?:im|i am|were|we are|getting|im getting|were getting|so) (?:so |really |just |pretty |damn |real )?"
        r"(?:sick|tired|fed up|sick and tired) (?:of|with) (?:it|this|that|you|yall|you guys|you people|the same"
        r"|all this|all that|your|the runaround|being|getting|always|it all)\b"
        r"(?! (?:heat|cold|rain|snow|traffic|road|roads|weather|drive|trip|wind|fog|construction|potholes|miles))"
        r"|\balways (?:send|give|put|stick|get|assign|hand|leave) (?:me|us) (?:\w+ ){0,6}?(?:the )?worst\b"
    ),
}

# The call itself too long: "ya me tardé más contigo que en cargar", "esta llamada ya va bien larga",
# "I've been on the phone with you longer than it took to load".
_LONG_CALL: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(
        r"\b(?:tarde|he tardado|estoy tardando|llevo|tardo|tardamos|hemos tardado|nos tardamos|me tarde"
        r"|me estoy tardando)"
        r" (?:\w+ )?(?:mas|tanto|mucho|un buen) (?:tiempo |rato )?(?:contigo|con usted|con ustedes|en esta llamada"
        r"|en la llamada|al telefono|en el telefono)\b"
        r"|\b(?:esta|la) llamada (?:ya )?(?:dura|duro|lleva|va|esta|se hace|se hizo|se (?:me |nos )?(?:esta|ha)"
        r" (?:haciendo|hecho|puesto)|se (?:me |nos )(?:hace|hizo)|se volvio) (?:muy |bien |demasiado |re |super )?"
        r"(?:larga|largisima|eterna|mucho|una eternidad)\b"
        # said of "this" ("esto ya se está haciendo eterno", "ya se me hizo larguísimo esto")
        # ... not of something else ("esto se está haciendo eterno en la descarga", "... esto de la fila")
        r"|\besto (?:ya )?se (?:me |nos )?(?:esta haciendo|ha hecho|hizo|hace) (?:muy |bien |demasiado |re |super )?"
        r"(?:largo|larguisimo|eterno|una eternidad)\b(?! (?:en|de|con|para|por|aqui|alla|con la|en la)\b)"
        r"|\bse (?:me |nos )?(?:esta haciendo|ha hecho|hizo|hace) (?:muy |bien |demasiado |re |super )?"
        r"(?:largo|larguisimo|eterno|una eternidad) esto\b(?! (?:de|en|con|del)\b)"
        # drawn out ("esta llamada ya se alargó un montón", "ya se está haciendo eterna la llamada")
        r"|\b(?:esta |la )?(?:llamada|platica) (?:ya )?(?:se alargo|se esta alargando|se ha alargado|se extendio"
        r"|se esta extendiendo|se tardo|se esta tardando|tardo|esta tardando|ha tardado|ya duro|ha durado)"
        r"\b(?! (?:por|porque|en)\b)"  # "la llamada tardó en entrar" says why, no complaint
        r"|\b(?:se (?:me |nos )?(?:esta|ha) (?:haciendo|hecho)|ya se (?:me |nos )?hizo) (?:muy |bien |re )?"
        r"(?:larga|eterna|largisima)"
        r" (?:esta |la )?llamada\b"
        r"|\b(?:se (?:esta|ha) (?:alargando|alargado|extendiendo|extendido)|se alargo|se extendio)"
        r" (?:\w+ ){0,2}?(?:esta|la) llamada\b"
        # ("¿cuánto más va a durar esto?", "¿cuánto le falta a esto?"; "¿cuánto dura esto?" only asks: `_HOW_LONG`)
        r"|\bcuanto (?:mas |tiempo mas )(?:va a durar|dura) (?:esto|esta llamada|la llamada)\b"
        r"|\bcuanto (?:mas |tiempo mas )?(?:falta para|le falta a) (?:esto|esta llamada|la llamada)\b"
    ),
    "en": re.compile(
        r"\b(?:this|the) call (?:is|has been|was) (?:taking |going on |dragging on )?(?:so |too |way too |really )?"
        r"(?:long|forever)\b"
        r"|\bbeen on (?:the phone|this call|the line|here) (?:with you )?(?:for|longer|forever|too long)\b"
        r"|\blonger (?:on this call|on the phone|with you) than\b"
        # drawn out ("this call's dragging on", "this is taking forever", "how much longer is this gonna take")
        r"|\b(?:this|the) calls? (?:is |has )?(?:dragging|dragged|drags) on\b"
        r"|\b(?:this|the) calls? (?:is |has been )?(?:taking|dragging|going on)"
        r" (?:forever|so long|too long|way too long)\b"
        r"|\b(?:this is|this|it is|its|thats|that is) taking (?:forever|so long|too long|way too long|ages"
        r"|an eternity)\b(?! (?:to|at|with|for|on|in|at the|unloading|loading)\b)|\bthis takes forever\b"
        # ("this call's getting way too long", "this is getting real long")
        r"|\b(?:this|the) (?:calls|call is|call|is) (?:getting|gettin) (?:so |too |way too |really |real |pretty "
        r"|kinda |super )?long\b"
        # ("how much longer is this gonna take": impatience; "how long will this take?" only asks, and is answered
        # as "¿cuánto va a tardar esto?" is - `intent_rules._HOW_LONG`)
        r"|\bhow much longer (?:is|will|does) (?:this|this call|it) (?:gonna |going to )?(?:take|last|go on)\b"
    ),
}

# Called again and again, counted: "ya es la tercera vez que me marcan", "this is the third call today".
_ORDINALS: dict[Lang, str] = {
    "es": r"(?:segunda|tercera|tercer|cuarta|quinta|sexta|enesima|\d+)",
    "en": r"(?:second|third|fourth|fifth|sixth|nth|umpteenth|\d+(?:st|nd|rd|th)?)",
}
_COUNTED: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(
        r"\b(?:es|ya es|son|ya son|van|ya van|llevan|ya llevan) (?:la |las |como )?(?:" + _ORDINALS["es"]
        + r"|\w+) (?:vez|veces|llamada|llamadas|ocasion) (?:que (?:me|nos) |hoy\b|en el dia\b|del dia\b|esta semana\b)"
    ),
    "en": re.compile(
        r"\b(?:this is|thats|that is|its|it is|this makes|that makes|that was) (?:the|like the|your|my) "
        + _ORDINALS["en"] + r" (?:call|time)\b"
        r"|\b" + _ORDINALS["en"] + r" (?:call|time) (?:today|this (?:week|morning|afternoon)|in a row"
        r"|you(?:ve)? called)\b"
    ),
}

# The verbs of giving a value ("ya te la di", "te lo dicté").
_GIVEN_ES = r"di|dado|dimos|dije|dicho|dijimos|pase|pasado|mande|mandado|deletree|deletreado|dicte|dictado|repeti" \
    r"|repetido"

# Asked or called again for the same thing.
_AGAIN: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(
        r"\bya me (?:habian|habia|han|ha) (?:hablado|llamado|marcado|preguntado)\b"
        r"|\bya me (?:hablaron|marcaron|llamaron|preguntaron)\b"
        # "me vuelven a llamar" is news; "me vuelves a llamar" asks for the callback
        r"|\bme (?:vuelven|volvieron) a (?:llamar|marcar|hablar|preguntar)\b(?! (?:en|al|mas|luego|despues|manana))"
        # given before ("ya te las había dado la otra vez", "ya se los he dicho dos veces")
        r"|\bya (?:te|le|se|les) (?:lo|la|los|las) (?:habia |he |hemos |habiamos |)(?:di|dado|dimos|dije|dicho|dijimos"
        r"|pase|pasado|mande|mandado|deletree|deletreado)\b"
        # given several times ("ya les di mi placa como tres veces", "te he dicho mi nombre mil veces", "¿cuántas
        # veces te lo tengo que decir?")
        # (a count alone is no grievance: "les di las placas dos veces porque se cortó" says why; "ya", "como"
        # or a count past counting make it one)
        r"|\b(?:ya (?:te|le|les|se) (?:lo |la |los |las )?(?:he |habia |hemos |)(?:" + _GIVEN_ES + r")\b(?: \w+){0,4}?"
        r" (?:como |unas |ya )?(?:dos|tres|cuatro|cinco|seis|diez|\d+)"
        r"|(?:te|le|les|se) (?:lo |la |los |las )?(?:he |habia |hemos |)(?:" + _GIVEN_ES + r")\b(?: \w+){0,4}?"
        r" (?:como (?:dos|tres|cuatro|cinco|seis|diez|\d+)|mil|cien|varias|muchas|tantas|un monton de))"
        r" veces\b"
        r"|\bcuantas veces (?:te|le|les|se) (?:lo |la |los |las )?(?:tengo que|voy a tener que|debo|he de)"
        r" (?:decir|dar|repetir|deletrear|dictar|pasar)\b"
        # the agent's side asked what is wrong with it ("¿qué pasa con ustedes?", "¿qué onda con ustedes?")
        r"|\bque (?:pasa|pedo|onda|traen|tienen|les pasa) con ustedes\b"
        # ("¿qué les pasa?" to the agent's side; "qué les pasa a las llantas" asks of a thing)
        r"|\bque les pasa\b(?! a (?!ustedes\b))"
        # the answer not written down ("¿qué no lo anotas?", "¿qué no lo apuntaste?")
        r"|\bque no (?:lo |la |los |las )?(?:anotas|anota|anotan|anotaste|apuntas|apunta|apuntan|apuntaste"
        r"|escribes|escribiste)\b"
        r"|\b(?:me )?(?:sigues|siguen|sigue) preguntando\b|\bpreguntando lo mismo\b|\b(?:la|las) mismas? preguntas?\b"
        r"|\b(?:otra vez|de nuevo|siempre) (?:con |para |me hacen |es |me pasa |pasa )?lo mismo\b"
        r"|\b(?:me |nos )?(?:preguntas|pregunta|preguntan|pides|pide|piden|repites|repiten) (?:\w+ )?lo mismo\b"
    ),
    "en": re.compile(
        # given before ("I already gave you those last time", "I told you that already")
        r"\b(?:i|we) (?:already |just )?(?:gave|told|spelled|sent|read) (?:you|yall|you guys|it to you|them to you"
        r"|that to you) (?:that |this |those |them |it |all that )?(?:already|before|last time|earlier|twice"
        r"|yesterday)\b"
        r"|\b(?:i|we) (?:already|just) (?:gave|told|spelled) (?:you|yall|it|them|that)\b"
        # given several times ("I've given you my plate like three times", "how many times do I have to say it")
        r"|\b(?:i|ive|i have|we|weve|we have) (?:already )?(?:gave|given|told|spelled|read|said|repeated)\b"
        r"(?: \w+){0,4}? (?:(?:like|about|at least) (?:two|three|four|five|six|ten|\d+)|a hundred|a million"
        r"|several|so many) times\b"
        r"|\b(?:i|ive|i have|we|weve|we have) already (?:gave|given|told|spelled|read|said|repeated)\b"
        r"(?: \w+){0,4}? (?:two|three|four|five|six|ten|\d+) times\b"
        r"|\b(?:i|ive|i have|we|weve|we have) (?:gave|given|told|spelled|read|said|repeated)\b"
        r"(?: \w+){0,4}? (?:two|three|four|five|six|ten|\d+) times already\b"
        r"|\bhow many times (?:do|did|have|must|should) (?:i|we) (?:have to |got to |gotta |need to )?(?:tell|give"
        r"|say|repeat|spell|read)\b"
        # the agent's side asked what is wrong with it ("what's wrong with you people?")
        r"|\bwhats? (?:is )?(?:wrong|going on|the matter|up) with (?:you people|you guys|yall|your people"
        r"|your company|your system)\b"
        r"|\b(?:didnt|dont|did not|do not|cant) you (?:write|take|put) (?:it|that|this|anything) down\b"
        r"|\bkeep (?:asking|calling|bugging|bothering)\b|\basking (?:me )?(?:the )?same\b|\bthe same (?:question|thing)"
        r"(?:s)? (?:over|again)\b|\bover and over\b|\balready (?:called|asked) me\b"
        r"|\b(?:you|yall|you guys|you people) (?:already|just) (?:called|asked)\b"
        r"|\b(?:you|yall|you guys) asked (?:me )?(?:that|this|it)(?: \w+)? (?:already|before|earlier|twice)\b"
    ),
}


# "No me marques a este número, mejor al de la oficina": another number, not off the list.
_OTHER_NUMBER: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(
        r"\b(?:al|a|en) (?:mi |el |la )?(?:otro|otra) (?:numero|telefono|celular|cel|linea)\b"
        r"|\bmejor (?:al|a mi|a la|en mi|en el) (?:de|numero|telefono|celular|cel|oficina|casa)\b"
        r"|\bal de (?:la oficina|mi casa|la casa|mi esposa|mi trabajo)\b"
    ),
    "en": re.compile(
        r"\b(?:my|the|this|that) other (?:number|phone|cell|line)\b"
        r"|\b(?:call|try|reach|ring) (?:me )?(?:on|at) (?:my|the) (?:cell|office|home|work)\b"
    ),
}


# Leaving said as the goodbye ("bueno, te dejo, que ya me toca pasar", "ya los dejo", "ahí la dejamos",
# "I'll let you go, they're calling me in"). Read on the folded turn with its punctuation: "te dejo" must
# end a clause or give the reason for leaving; "te dejo mi correo", "le dejo el número" give something.
_LEAVING: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(
        r"(?<!\bno )\b(?:te|le|los|les|las) dejo(?:\s*(?:[,.;:!?\u2026]|$)| (?:porque|que ya|que me|que tengo"
        r"|pues ya|ya me|me toca|me voy|tengo que|ahi nos|para que (?:sigas|siga|sigan|trabajes|trabaje)|trabajar"
        r"|seguir trabajando|descansar|en paz|ya que)\b)"
        r"|\bahi (?:la|lo|le) (?:dejamos|dejo)(?:\s*(?:[,.;:!?\u2026]|$)| (?:porque|que|ya|pues|por hoy)\b)"
        r"|\b(?:la|lo) dejamos (?:aqui|ahi|hasta aqui)(?:\s*(?:[,.;:!?\u2026]|$)| por hoy\b)"
        # the call cut by the caller ("aquí la corto", "ya le corto, gracias"); "le corto la lona" cuts a thing
        r"|\b(?:aqui|ahi|ya|mejor|hasta aqui|pues) (?:te|le|la|les|se la) (?:corto|cuelgo)(?:\s*(?:[,.;:!?\u2026]|$)"
        r"| (?:porque|que ya|pues|por hoy|gracias|bye|adios|ya)\b)"
        # ... or hung up together ("órale, gracias, ya colgamos"); "ya colgamos la caja" has hitched the trailer
        r"|\b(?:ya|ahi|ya vamos|vamos) (?:le |te )?(?:colgamos|colgando)(?:\s*(?:[,.;:!?\u2026]|$)"
        r"| (?:porque|que ya|que tengo|que me|pues|por hoy|gracias|bye|bai|adios|entonces)\b)"
        # "bye" as Spanish speech recognition spells it ("órale, bai", "bai bai"), as a clause of its own: "me llamo
        # Wen Bai", "bai punto lopez arroba..." name a person
        r"|(?:^|[,.;:!?\u2026]\s*|\b(?:ok|oquei|okey|sale|gracias|bueno|va|orale|andale|pues|si|adios|nos vemos|jefa"
        r"|mija|amiga) )(?:bai(?: bai)?|babai)\s*(?:[,.;:!?\u2026]|$)"
        # the job left: nothing to register ("me salí de la empresa", "ya no trabajo con ustedes")
        r"|\b(?:me sali|renuncie|me corrieron|me despidieron|me liquidaron|deje de trabajar) (?:de|con|en|para|a)"
        r" (?:la|esa|su|ustedes|esta) ?(?:empresa|compania|linea|transportista|fletera|chamba)?\b"
        # ... said as a clause of its own, maybe with when ("renuncié desde el mes pasado", "ya me corrieron hace
        # dos semanas"); "renuncié a la tarjeta" gives up a thing
        r"|\b(?:ya )?(?:renuncie|me corrieron|me despidieron|me liquidaron|me dieron de baja)"
        r"(?: (?:desde hace|desde|hace) (?:el |la |un |una |unos |unas |dos |tres |como |ya )*\w+(?: pasad[oa]| ya)?"
        r"| ya| ayer| antier)?\s*(?:[,.;:!?\u2026]|$)"
        # ... and nothing after it that undoes it ("renuncié, ahora trabajo con ustedes", "me corrieron, pero ya
        # regresé")
        r"(?!\s*(?:pero|ahora|y ahora|y ya|y luego|y me|ya regrese|ya volvi|me volvieron|me recontrataron)\b)"
        r"|\bya no (?:trabajo|laboro|chambeo|estoy|manejo) (?:con ustedes|para ustedes|en la empresa|en esa empresa"
        r"|para la empresa|para esa empresa|ahi|alla|con esa empresa|en esa linea|para esa linea)\b"
        # a goodbye wished ("ya estuvo, gracias, que tengas buen día", "que le vaya bien")
        r"|\bque (?:tengas|tenga|tengan|pases|pase|pasen) (?:un |una |muy |bonito |bonita |buen |buena |lindo |linda )*"
        r"(?:dia|tarde|noche|fin de semana|fin)\b|\bque (?:te|le|les) vaya (?:bien|muy bien|bonito)\b"
        # all set, and the goodbye last ("ya quedamos, nos vemos", "ya estamos, cuídese", "ya quedamos, ahí nos
        # hablamos": all is said, the talk some other day is a farewell, no callback asked)
        r"|\b(?:ya )?(?:quedamos|estamos|quedo todo)(?: entonces| pues)?,? (?:nos vemos|ahi nos vemos|bye|adios"
        r"|cuidate|cuidese|nos vidrios|(?:ahi |luego |despues )?nos (?:hablamos|estamos hablando|andamos viendo"
        r"|estamos viendo))\W*$"
    ),
    "en": re.compile(
        r"\b(?:gotta|got to|have to|need to|i gotta|i have to|i need to|i got to|ive got to) (?:(?:run|jump|bounce"
        r"|split|head out|get going|take off|hop off)(?: now| man| buddy| sorry| though| real quick)?"
        r"(?:\s*(?:[,.;:!?\u2026]|$)| (?:bye|but|they|theyre|im|were)\b)|get off the phone\b)"
        r"|\b(?:im|i am|were|we are) (?:gonna|going to) (?:have to )?(?:let you go|head out|hop off|take off)\b"
        r"|\blet you go\s*(?:[,.;:!?\u2026]|$)"
        # the call said to be over ("I think we're finished", "we're all through here"); "we're finished
        # loading" tells of the load
        r"|\b(?:im|i am|were|we are|i think were|i think we are|guess were) (?:all )?(?:finished|through)"
        r"(?: here| then| now| for (?:now|today))?\s*(?:[,.;:!\u2026]|$)"
        r"|\b(?:im|i am|were|we are) (?:all )?(?:finished|done|through) with (?:this|the) (?:call|conversation)\b"
        # "take it easy" last, as a farewell; "take it easy, I'll be there at five" is "no worries"
        r"|\btake it easy\W*$"
        # "alright, take care" last ("I'll take care of it" does something), "that wraps it up for me"
        r"|\btake care(?<!\bill take care)(?<!\bi will take care)(?<!\bi ll take care)(?<!\bto take care)"
        r"(?: now| man| buddy| bud| brother| yall| yourself)?\W*$"
        r"|\b(?:that|this|which|guess that|i think that) (?:about |pretty much |just )?(?:wraps|wrapped|does|did)"
        r" (?:it|things) (?:up )?for (?:me|us|today|now)\b"
        r"|\b(?:that|this|thatll|that will) (?:about |pretty much )?wraps? (?:it|things) up\b|\bthats a wrap\b"
        r"|\bi (?:dont|do not|no longer) (?:work|drive) (?:for you|for yall|for you guys|there|for them|with you"
        r"|with them|for that company|for the company)(?: (?:anymore|any more|no more))?\b"
        r"|\bi (?:quit|left|got fired from|was let go from) (?:the|that|your) (?:company|job|outfit|carrier)\b"
        # ... as a clause of its own, maybe with when ("I quit last month", "I got let go two weeks ago")
        r"|\bi (?:already )?(?:quit|resigned|got fired|got let go|was let go|was fired)(?: (?:last|a|two|three|like a"
        r"|a couple|back in|in) \w+(?: \w+)?(?: ago)?| already| yesterday)?\s*(?:[,.;:!?\u2026]|$)"
        # ... and nothing after it that undoes it ("I quit, now I drive for you", "I got fired, but they took me back")
        r"(?!\s*(?:but|now|and now|so now|then|and then|they (?:took|hired|brought))\b)"
        r"|\b(?:have|you have) a (?:good|great|nice|blessed|safe) (?:one|day|night|evening|afternoon|weekend)\b"
        # all set, and the goodbye last ("okay, we're good here, later", "thanks man, catch you later"; "thanks,
        # later" with no "all set" wants the call later: `intent_rules.only_later`)
        r"|\b(?:were|we are|im|i am|you are|youre) (?:all )?(?:good|set|done)(?: here| then| now| to go)?,?"
        r" (?:later|laters)(?: man| buddy| bud)?\W*$"
        r"|\b(?:(?:were|we are|im|i am|you are|youre) (?:all )?(?:good|set|done)(?: here| then| now| to go)?"
        r"|thanks|thank you|thanks man|thanks buddy|alright then|all right then),? (?:catch you later"
        r"|see ya|see you|peace|bye|take it easy)(?: man| buddy| bud)?\W*$"
    ),
}


# A blessing or a wish of well said last, the Mexican goodbye ("sale pues, gracias, bendiciones", "Dios te
# bendiga", "cuídese", "que le vaya bien", "thanks, God bless", "take care", "drive safe"), also after a bare yes
# ("Sí, gracias, bendiciones": a yes with a goodbye). It is also said as thanks after an answer ("Sí, correcto,
# bendiciones", "a las cinco, Dios te bendiga", "Juan Pérez, cuídese", "yes that's right, take care"): it takes
# leave only when nothing but a yes and words of closing come before it - said alone, or after thanks alone.
# (the one thanked may be named after it: "gracias, bendiciones, jefa", "God bless, ma'am")
_BLESSING: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"\b(?:bendiciones|(?:que )?dios (?:te|le|lo|la|los|las|les) (?:bendiga|acompane|cuide|guarde)"
                     r"|(?:ve|vaya|vayan|vete|vayase) con dios"
                     r"|(?:cuidese|cuidate|cuidense)(?: mucho| bien)?"
                     r"|que (?:te|le|les) vaya (?:bien|muy bien|bonito)"
                     # "que esté bien", "que estén bien": the wish of well that closes ("órale, gracias, jefa, que
                     # esté bien")
                     r"|que (?:este|estes|esten) (?:bien|muy bien)"
                     r"|(?:que )?(?:tengas|tenga|tengan|pases|pase|pasen) (?:un |una |muy |bonito |bonita |buen |buena "
                     r"|lindo |linda )*(?:dia|tarde|noche|fin de semana|viaje)"
                     r"|(?:buen viaje|maneje con cuidado|maneja con cuidado|con cuidado))"
                     r"(?:\W+(?:jefa|jefe|jefecita|jefecito|joven|senorita|senora|senor|amiga|amigo|compa|compadre"
                     r"|mija|mijo|patron|inge|licenciada|licenciado|dona|don|carnal|hermano|hermana))?\W*$"),
    "en": re.compile(r"\b(?:god bless(?: you| ya)?|be blessed|stay blessed|blessings"
                     r"|(?<!\bill )(?<!\bi will )(?<!\bto )(?:you )?take care(?: now| yourself)?"
                     r"|have a (?:good|great|nice|safe|blessed) (?:one|day|night|evening|afternoon|weekend|trip)"
                     r"|drive safe(?:ly)?|safe travels|stay safe|be safe|be well|stay well)"
                     r"(?:\W+(?:maam|ma am|miss|sir|buddy|bud|man|boss|hon|friend|brother|sister|yall))?\W*$"),
}
# "¿no?", "¿verdad?", "right?" asked after what came before ("era todo, ¿no?"): no word of its own.
_TAG_ASKED: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"\b(?:no|verdad|cierto|que no|o no)\s*\?"),
    "en": re.compile(r"\b(?:right|yeah|correct|no|aint it|isnt it)\s*\?"),
}
_CLOSING_WORDS: dict[Lang, frozenset[str]] = {
    "es": wordset("si sale pues gracias muchas muchisimas mil muy amable andale orale bueno va ok okey ahi muere ya"
                  " estuvo hasta luego pronto adios bye nos vemos cuidate cuidese igualmente igual y que tambien"
                  " a ti usted eso es todo seria nada mas mija mijo amiga amigo joven senorita listo era fue"
                  " jefa jefe"),
    "en": wordset("yes yeah yep sure thanks thank you ok okay alright bye goodbye take care too have a good one and"
                  " sounds good thats all that it ma am maam sir buddy then well so everything"),
}


# Words of thanks and agreement said around a blessing ("sí, gracias, bendiciones", "yes, thanks, God bless"):
# politeness. A farewell ("adiós", "hasta luego", "bye", "take care") is not among them: with one the caller
# takes leave.
_THANKS_WORDS: dict[Lang, frozenset[str]] = {
    "es": THANKS["es"] | THANKED_BY["es"] | wordset(
        "si sale pues muchisimas mil muy amable andale orale bueno va ok okey correcto exacto eso es asi perfecto"
        " esta bien igualmente igual y que tambien a ti usted mija mijo"),
    "en": THANKS["en"] | THANKED_BY["en"] | wordset(
        "yes yeah yep sure ok okay alright and that is thats right correct perfect great so much very appreciate it"
        " much ma am too"),
}


def thanks_only(folded: str, lang: Lang) -> bool:
    """Whether the turn holds only thanks, agreement and a blessing: no farewell. `folded`: `normalize.fold`."""
    blessed = _BLESSING[lang].search(folded)
    said = folded[: blessed.start()] if blessed is not None else folded
    found = re.findall(r"\w+", said)
    return bool(found or blessed) and all(w in _THANKS_WORDS[lang] for w in found)


def before_blessing(folded: str, lang: Lang) -> str | None:
    """What the turn says before a blessing or a wish of well said last ("a las cinco | cuídese"), else None."""
    blessed = _BLESSING[lang].search(folded)
    return folded[: blessed.start()] if blessed is not None else None


def leaving(folded: str, lang: Lang) -> bool:
    """The turn takes leave ("te dejo, ya me toca pasar"); `folded`: `normalize.fold` of the turn."""
    if _LEAVING[lang].search(folded) is not None:
        return True
    blessed = _BLESSING[lang].search(folded)
    if blessed is None:
        return False
    before = _TAG_ASKED[lang].sub(" ", folded[: blessed.start()])
    return all(w in _CLOSING_WORDS[lang] for w in re.findall(r"\w+", before))


# The caller hanging up or saying goodbye in so many words, whatever else the turn says ("ya le cuelgo, jefa,
# que voy en carretera. Bye.", "I'm hanging up, I'm driving"): with a busy activity beside it the activity is why
# he leaves, not a callback asked for (see `intents.detect_intent`). Never denied ("no te voy a colgar").
_HANGS_UP: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(
        r"(?<!\bno )(?<!\bno te )(?<!\bno le )\b(?:(?:te|le|les|se la) (?:cuelgo|corto)(?! (?:a|al|la|el)\b)"
        r"|ya cuelgo|(?:te |le )?(?:voy a|tengo que) colgar(?:te|le)?|bye|adios|chao|hasta luego"
        # (going somewhere is no goodbye: "ya me voy a descargar", "me tengo que ir a la rampa")
        r"|(?:ya me voy|me tengo que ir)(?! (?:a|al|para|pa|pal|hacia|rumbo)\b)|nos vemos)\b"
    ),
    "en": re.compile(
        r"(?<!\bnot )(?<!\bnot gonna )(?<!\bwont )(?<!\bdont )\b(?:(?:im|i am|im gonna|im going to|i gotta|i have to"
        r"|i need to|gotta|got to|have to|need to|ill) hang(?:ing)? up|bye|goodbye|bye now"
        # (going somewhere or doing something is no goodbye: "I'm driving, gotta go to the dock first")
        r"|(?:gotta go|got to go|have to go|need to go)(?! (?:to|pick|get|grab|drop|load|unload|through|thru|slow"
        r"|over|check|fuel|in|into|back|by|see|and|around|up|down|on)\b)"
        r"|(?:gonna|going to|ill|i will) let you go)\b"
    ),
}


# "Hanging up" that ends no call. Denied, the caller stays on the line ("no te voy a colgar", "no me cuelgues",
# "don't hang up", "I'm not hanging up"); said of a thing, it is the trucker's word for hitching a trailer or
# putting up a tarp ("ya colgamos la lona", "voy a colgar la caja y te digo", "le colgué el remolque al tractor") -
# only a trailer or a tarp named: "ya te cuelgo, mi amigo" still hangs up the phone.
# Only the phone or the call hung up ("te cuelgo la llamada", "ya te cuelgo") says goodbye.
DENIED_HANG_UP: dict[Lang, str] = {
    "es": r"\bno (?:(?:te|le|les|me|nos|se la) )?(?:(?:voy|vamos|vaya|vayas) a |(?:quiero|pienso|puedo|puedes|puede"
          r"|vas a|va a) )?(?:(?:te|le|les|me|nos) )?(?:colgar|cuelgo|cuelgues|cuelgue|cuelguen|colgamos|colgare"
          r"|cortar|corto|cortes|corte)(?:te|le|me|nos|les)?\b",
    "en": r"\b(?:dont|do not|wont|will not|not|never|please dont)(?: (?:gonna|going to|gon))? hang(?:ing)? up\b",
}
_HUNG_THING: dict[Lang, str] = {
    "es": r"\b(?:(?:te|le|les|se) )?(?:colgar|cuelgo|cuelgas|cuelga|cuelgan|colgamos|colgando|colgue|colgo|colgaron"
          r"|colgado|colgada|cuelgue|cuelguen)(?:le|les)? (?:(?:bien|ya|tambien) )?(?:la|el|las|los|una|un|mi|su|tu"
          r"|nuestra|nuestro|esta|esa|este|ese|otra|otro) "
          r"(?:(?:otra|otro|segunda|segundo|primera|primer|nueva|nuevo|vieja|viejo) )?"
          r"(?:caja|cajas|remolque|remolques|trailer|trailers|traila|trailas|lona|lonas|dolly|doli|plataforma"
          r"|thermo|termo|contenedor|tolva|pipa|jaula|chasis|gondola|redila|redilas|full|carga|cortina|cortinas)\b",
    "en": r"(?!x)x",  # "hang up" said of a thing is rare on these calls
}
_NO_HANGING_UP: dict[Lang, re.Pattern[str]] = {
    lang: re.compile(DENIED_HANG_UP[lang] + "|" + _HUNG_THING[lang]) for lang in ("es", "en")
}
_DENIED_HANG_UP_AT: dict[Lang, re.Pattern[str]] = {lang: re.compile(p) for lang, p in DENIED_HANG_UP.items()}


def denied_hang_up_at(words: list[str], lang: Lang) -> int:
    """How many of `words` (folded) open with a hang-up denied ("no te voy a colgar", "don't hang up"): 0 when they
    do not. Its "no" answers no question - the caller stays on the line."""
    m = _DENIED_HANG_UP_AT[lang].match(" ".join(words))
    return len(m.group(0).split()) if m else 0


def without_hanging_up(tokens: list[str], lang: Lang) -> list[str] | None:
    """The turn's words without its "hanging up" that ends no call (denied, or of a trailer or a tarp: see
    `_NO_HANGING_UP`), or None when it has none."""
    joined = " ".join(tokens)
    rest = _NO_HANGING_UP[lang].sub(" ", joined)
    return None if rest == joined else rest.split()


# What may stand beside the words of leaving and leave them only that ("pero ya me tengo que ir, eh", "but I really
# gotta go now"): a said after a yes, a remark that the call should be short, no doubt of the value.
_BESIDE_LEAVING: dict[Lang, frozenset[str]] = {
    "es": _CLOSING_WORDS["es"] | wordset("eh ahorita orita ahora luego rapido"),
    "en": _CLOSING_WORDS["en"] | wordset("i im really now soon pretty eh real quick"),
}


def only_takes_leave(tokens: list[str], lang: Lang) -> bool:
    """Whether the words (folded, as tokens) say nothing but that the caller has to go (`_HANGS_UP`: "ya me tengo
    que ir", "but I gotta go"), with closing words beside them."""
    joined = " ".join(tokens)
    m = _HANGS_UP[lang].search(_NO_HANGING_UP[lang].sub(" ", joined))
    return m is not None and all(w in _BESIDE_LEAVING[lang] for w in (joined[: m.start()] + " " + joined[m.end():])
                                 .split())


# Talking or seeing each other again, said last as the farewell ("Juan Pérez, ahí nos hablamos", "la 452, ahí nos
# estamos viendo", "it's 412, talk to you later", "catch you later"): a goodbye in so many words, as "ahí nos vemos"
# is in `_HANGS_UP`. Only as the end of the turn, with no time after it: "ahí nos hablamos en una hora" names when to
# call (see `intents.detect_intent`). Not in `_HANGS_UP`, whose leave outweighs a busy activity's callback.
_SEE_YOU_LAST: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"\b(?:ahi |luego |despues |ya )?nos (?:hablamos|estamos hablando|vidrios|estamos viendo"
                     r"|andamos viendo)\W*$|\b(?:hasta pronto|hasta la vista|ahi la vemos)\W*$"),
    "en": re.compile(r"\b(?:(?:ill |i will |well )?talk to (?:you|ya|yall) (?:later|soon)|talk (?:later|soon)"
                     r"|(?:catch|see) (?:you|ya|yall) (?:later|soon|around)|later (?:man|bro|buddy|boss)"
                     r"|see (?:you|ya))\W*$"),
}


def takes_leave(folded: str, lang: Lang) -> bool:
    """The turn hangs up or says goodbye in so many words (`leaving`, `_HANGS_UP`, or a "talk to you later" said last:
    `_SEE_YOU_LAST`); `folded`: `normalize.fold`."""
    folded = _NO_HANGING_UP[lang].sub(" ", folded)  # "voy a colgar la caja" hangs no phone
    return _HANGS_UP[lang].search(folded) is not None or leaving(folded, lang) \
        or _SEE_YOU_LAST[lang].search(folded) is not None


# A reminder that the value was said before, and nothing else ("ya te lo había dicho", "like I said"): after
# a yes it confirms ("Sí, ya te lo había dicho" at a read-back), it complains of nothing.
_REMINDER: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"(?:pues |si )*(?:ya (?:te|le|se|les) (?:lo |la |los |las )?(?:habia |he |)(?:dicho|dije|di|dado"
                     r"|comente|comentado|pase|pasado|conteste|contestado|respondi|respondido)"
                     r"|como (?:te|le) (?:dije|decia|comente)|te lo dije)"
                     r"(?: (?:antes|hace rato|ahorita|desde el principio|la otra vez|ya))?"),
    "en": re.compile(r"(?:i )?(?:already )?(?:told you(?: that| so| this)?|said that|said so|gave you that"
                     r"|answered that)"
                     r"(?: (?:already|before|earlier))?|like i said|as i said"),
}


# Everything given, asked back for a yes ("Ya te di todo, ¿no?", "I gave you everything, right?"): the caller checks
# the call is done - said before a goodbye it closes the call, it complains of nothing (see `all_given_asked`).
_ALL_GIVEN_ASKED: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"\bya (?:te|le|les) (?:lo |los )?(?:di|dije|pase|he dado|habia dado|dimos) todo(?: (?:lo que "
                     r"(?:ocupas|ocupaba|ocupabas|necesitas|necesitabas|pediste)|verdad))?[\s,.]*\?\s*(?:no|verdad"
                     r"|cierto|o no|si|que no)\s*\?"),
    "en": re.compile(r"\b(?:i (?:already )?(?:gave|told) you|you got|you have|thats|that is) (?:everything|it all"
                     r"|all of it|all you need|all you needed)[\s,.]*(?:right|yeah|correct|huh|no)\s*\?"),
}


def all_given_asked(folded: str, lang: Lang) -> str | None:
    """What the turn says after asking back that everything was given (`_ALL_GIVEN_ASKED`), or None when it asks
    no such thing. `folded`: `normalize.fold` of the turn (its question marks read)."""
    m = _ALL_GIVEN_ASKED[lang].search(folded)
    return folded[m.end():] if m is not None else None


def reminds(tokens: list[str], lang: Lang) -> bool:
    """The turn reminds the agent it was told before ("ya te lo dije tres veces", "like I said")."""
    return _REMINDER[lang].search(" ".join(tokens)) is not None


def after_reminder(tokens: list[str], lang: Lang) -> list[str] | None:
    """The words after a reminder the turn opens with ("ya te lo había dicho | es la unidad 509", "like I said |
    the trailer is 532"), or None when it opens with none."""
    m = _REMINDER[lang].match(" ".join(tokens))
    if m is None or m.end() == 0:
        return None
    return " ".join(tokens)[m.end():].split()


def only_a_reminder(rest: str, lang: Lang) -> bool:
    """`rest` (folded words after a yes) only reminds that the value was given before."""
    return _REMINDER[lang].fullmatch(rest) is not None


def do_not_call(tokens: list[str], folded: str, lang: Lang) -> bool:
    """Whether the turn asks to be called no more - off the list (`_DO_NOT_CALL`: "ya no me estén marcando",
    "take me off your list") or never again, as a clause of its own (`_NEVER_AGAIN`: "no vuelvan a llamar",
    "don't call back") - and not at another number instead. `folded`: the turn as `normalize.fold` gives it (the
    clause marks `_NEVER_AGAIN` reads); `tokens`: its words."""
    return (_DO_NOT_CALL[lang].search(" ".join(tokens)) is not None or _never_call_again(folded, lang)) \
        and not another_number(tokens, lang)


# Never to call again, said with no pronoun or with one, as a clause of its own ("No vuelvan a llamar, se los
# encargo", "ya no vuelvas a marcar", "don't call again", "never call back"). Read on the folded turn: "No, vuelva
# a llamar más tarde" and "no. call again" (a "no" to the question, then a callback) must keep their mark, and a
# limit after it ("no vuelvan a llamar en la noche") is `limited_denial`'s.
_NEVER_AGAIN: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(
        r"(?:(?:^|[^\w\s,]\s*|\b(?:ya|y|pues|porfa|favor de|mejor) )no (?:me |nos |le |les )?(?:vuelvan|vuelvas|vuelva"
        r"|vuelvan nunca|vuelvas nunca) a (?:llamar|marcar|hablar|buscar|molestar)(?:me|nos|le)?"
        # ... or with "ya" and the verb alone ("es número equivocado, ya no marquen", "ya no me llamen, por favor"),
        # unless the caller calls back himself ("ya no marques, yo te marco")
        r"|\bya no (?:me |nos |le |les )?(?:marquen|marques|llamen|llames|hablen|busquen|molesten)"
        r"(?!.*\b(?:te|le|les) (?:marco|llamo|hablo|regreso la llamada)\b))"
        r"(?: (?:mas|nunca|jamas|nunca mas|por favor|porfa|de favor|aqui|para aca|a este numero))*"
        r"(?=\s*(?:$|[.,;:!?]|se (?:los|lo|las|la) (?:encargo|pido|ruego|suplico)|te lo (?:encargo|pido|ruego)"
        r"|gracias|por favor|porfa)\b|\s*[.,;:!?]|\s*$)"
    ),
    "en": re.compile(
        r"(?:^|[^\w\s,]\s*|\b(?:just|and|please|so) )(?:dont|do not|never|dont ever|do not ever|dont you ever)"
        r" (?:call|ring|phone|contact)(?: (?:me|us|here))? (?:again|back|anymore|no more)"
        r"(?: (?:please|ever|thanks|thank you))*(?=\s*(?:$|[.,;:!?]))"
    ),
}


_NEVER_AGAIN_CUES: dict[Lang, tuple[str, ...]] = {"es": ("vuelv", "ya no "), "en": ("again", "back", "more")}


def _never_call_again(folded: str, lang: Lang) -> bool:
    """"No vuelvan a llamar", "don't call back": no more calls asked for, as a clause of its own (see
    `_NEVER_AGAIN`). `folded`: the turn as `normalize.fold` gives it."""
    if not any(cue in folded for cue in _NEVER_AGAIN_CUES[lang]):
        return False  # most turns: no word of it at all
    return _NEVER_AGAIN[lang].search(folded) is not None


# Calls denied only at a time or in a case ("no quiero que me llamen en la noche", "no me marquen después de
# las ocho", "no me llames tan temprano", "don't call me before nine"): a limit on when to call, said of the
# calls to come, never "don't call me again". ("Más", "nunca", "otra vez" after the verb deny every call.)
_LIMITED_DENIAL: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(
        r"\b(?:ya )?no (?:(?:quiero|queremos|quisiera) que )?(?:me |nos )?(?:esten |anden |vayan a )?"
        r"(?:llam|marqu|marc|habl|busqu|timbr)\w* "
        # (to this number: "no me llames a este número en la noche")
        r"(?:(?:a|al|en) (?:este |ese |mi |su |el |tu )?(?:numero|telefono|celular|cel) )?"
        r"(?:en (?:la|las) (?:noche|noches|madrugada|madrugadas|manana|mananas|tarde|tardes)"
        r"|(?:por|en) (?:la|las) (?:noche|noches|manana|mananas|tarde|tardes|madrugada)|de (?:noche|madrugada)"
        r"|(?:despues|antes)(?: de)?|(?:a|en) (?:esta|estas|esa|esas) horas?|a (?:la|las) \w+|a deshoras|tan|muy|bien"
        r"|(?:el|los|en) (?:fin|fines|domingo|domingos|sabado|sabados|lunes|martes|miercoles|jueves|viernes)"
        r"|(?:cuando|mientras|si|entre|durante|en horas?|en horario|fuera de|temprano|tarde|de noche|en el dia)\b)"
    ),
    "en": re.compile(
        r"\b(?:dont|do not|never|please dont|please do not) (?:call|ring|phone|bother) (?:me|us) "
        r"(?:at (?:night|\w+)|after|before|so|too|that|this|on|during|while|when|if|between|in the|early|late"
        r"|past|on weekends|weekends|at this hour)\b"
    ),
}


def limited_denial(tokens: list[str], lang: Lang) -> tuple[int, int] | None:
    """Where the turn (its words joined) denies calls only at a time or in a case, else None."""
    m = _LIMITED_DENIAL[lang].search(" ".join(tokens))
    return (m.start(), m.end()) if m is not None else None


def another_number(tokens: list[str], lang: Lang) -> bool:
    """The caller wants another number called, not to be left alone."""
    return _OTHER_NUMBER[lang].search(" ".join(tokens)) is not None


# Kept in line since a moment ("yo aquí formado desde que abrieron", "since six this morning I've been sitting in
# line"). With an arrival said it is why the caller is late, no grievance ("estoy parado desde las cinco en la
# báscula, llego como a las ocho").
_IN_LINE_SINCE: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(
        # kept in line since a moment ("yo aquí formado desde que abrieron", "parados desde temprano")
        r"\b(?:formad[oa]s?|parad[oa]s?|atorad[oa]s?|varad[oa]s?|en (?:la )?fila|haciendo fila)(?: \w+){0,4}? desde"
        r" (?:que (?:abrieron|abrio|llegue|llegamos|amanecio|sali|salimos|empezo)|las|la madrugada|la manana|hace"
        r"|ayer|anoche|antier|temprano|en la manana|el mediodia)\b"
        # the moment said first ("desde las cinco estoy formado en la descarga", "desde temprano aquí parados")
        r"|\bdesde (?:que (?:abrieron|abrio|llegue|llegamos|amanecio)|las \w+|la una|la madrugada|la manana|hace"
        r" (?:\w+ )?horas|ayer|anoche|antier|temprano|en la manana|el mediodia)(?: (?:yo|aqui|aca|ahi|ya))*"
        r" (?:(?:estoy|estamos|ando|andamos|sigo|seguimos|llevo|llevamos|me tienen|nos tienen)(?: \w+){0,2}? )?"
        r"(?:esperando|formad[oa]s?|parad[oa]s?|atorad[oa]s?|varad[oa]s?|en (?:la )?fila|haciendo fila)\b"
    ),
    "en": re.compile(
        # kept in line since a moment ("and me standing in line since they opened")
        r"\b(?:in line|standing|stuck|sitting|parked|waiting) (?:\w+ ){0,3}?since (?:they opened|it opened|we got"
        r"|i got|dawn|daybreak|early|this morning|last night|yesterday|\w+ (?:am|in the morning|oclock))\b"
        # the moment said first ("since six this morning I've been sitting in line at the dock")
        r"|\bsince (?:they opened|dawn|daybreak|early|this morning|last night|yesterday|\w+(?: am| oclock| this morning"
        r"| in the morning)?)(?: (?:this morning|today|here|already))?,? (?:ive been|i have been|i been|weve been"
        r"|we have been|we been|im|i am|were|we are) (?:\w+ )?(?:sitting|waiting|stuck|parked|standing|in line)\b"
    ),
}
_ARRIVAL_SAID: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"\b(?:llego|llegando|llegaria|llegare|llegar|estoy ahi|estoy alla|ando llegando)\b"),
    "en": re.compile(r"\b(?:arrive|arriving|get there|be there|pull in|make it|ill be in)\b"),
}


def _kept_waiting(joined: str, lang: Lang) -> bool:
    m = _KEPT[lang].search(joined)
    return m is not None and _SPAN[lang].search(joined[m.start():]) is not None


# Sent astray ("me mandaron a una dirección que no existía", "they sent me to an address that doesn't exist"),
# paid late ("siempre pagan tarde", "the third load this month that paid late"), held for hours ("eleven hours
# detained at this shipper"), the office not answering ("dispatch won't pick up", "en despacho no contestan").
_ASTRAY_LATE_HELD: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(
        r"\b(?:me|nos) (?:mandaron|mando|mandan|enviaron|envio|dieron|dio|pasaron|paso) (?:a |con )?(?:una |un |la |el "
        r"|otra |otro )?(?:direccion|ubicacion|domicilio|bodega|planta|cliente|lugar|patio|cedis|almacen)"
        r"(?: \w+){0,3}? (?:que no (?:existia|existe)|que ni existe|que ni existia|fals[oa])\b"
        r"|\b(?:la|esa|una) (?:direccion|ubicacion)(?: \w+){0,3}? (?:no existia|no existe|ni existe|ni existia"
        r"|era falsa)\b"
        r"|\b(?:me |nos )?(?:pagaron|pagan|depositaron|depositan|liquidaron|liquidan|reembolsaron|reembolsan)"
        r" (?:\w+ ){0,3}?(?:tarde|atrasado|con retraso|retrasado|a destiempo|con (?:\w+ ){0,3}?(?:de )?(?:retraso"
        r"|atraso))\b"
        r"|\b(?:pago|pagos|deposito|depositos|quincena|liquidacion|anticipo|viaticos|nomina)(?: \w+){0,3}?"
        r" (?:llego|llegan|llegaron|cayo|cae|caen|salio|sale|viene|vino|llega) (?:bien |muy |otra vez |de nuevo )?"
        r"(?:tarde|atrasad[oa]s?|con retraso)\b"
        r"|\b\w+ (?:horas|dias) (?:detenid[oa]s?|retenid[oa]s?) (?:en|aqui|ahi|con|por)\b"
        r"|\b(?:despacho|el despachador|la despachadora|la oficina|en la oficina|trafico|nominas|nadie)"
        r" (?:no|nunca|ni) (?:me |nos )?(?:contesta|contestan|contesto|contestaron|responde|responden|levanta"
        r"|levantan)\b(?! (?:hasta|despues|antes|los|el|en la noche|de noche)\b)"
        # the company's app or site that never works ("la aplicación de ustedes nunca sirve", "su página siempre se
        # traba", "el portal se cae a cada rato")
        # (not the caller's own or another's: "mi aplicación del banco", "la aplicación del GPS", "la app de waze")
        r"|(?<!\bmi )(?<!\bmis )\b(?:aplicacion|app|aplicacioncita|pagina|portal|plataforma|sistema de ustedes"
        r"|su sistema)(?! del\b| de (?!ustedes\b)\w+\b)"
        r"(?: de ustedes| suya| esa| esta| nueva)?(?: (?:\w+ ){0,3}?(?:nunca|no|jamas|casi nunca|ni)"
        r" (?:me |nos )?(?:sirve|funciona|jala|carga|abre|deja)"
        r"|(?: \w+){0,3}? (?:siempre|a cada rato|todo el tiempo|cada rato|cada vez) (?:se )?(?:traba|cae|congela|cierra"
        r"|atora|pasma|falla|truena)"
        r"| (?:se )?(?:traba|cae|congela|cierra|atora|pasma|falla|truena) (?:siempre|a cada rato|todo el tiempo"
        r"|cada rato|cada vez))\b"
        # turned away where the load was to go ("me rebotaron en la descarga", "no me quisieron recibir la carga",
        # "me rechazaron el viaje")
        r"|\b(?:me|nos) (?:rebotaron|rebotan|rechazaron|rechazan|batearon|regresaron|devolvieron) (?:la carga|el viaje"
        r"|la caja|el remolque|la mercancia|el flete|la entrega)\b|\b(?:me|nos) (?:rebotaron|batearon)\b"
        r"|\bno (?:me|nos) (?:la |lo )?(?:quisieron|quieren|quiso|quiere) (?:recibir|descargar|dar entrada)\b"
    ),
    "en": re.compile(
        r"\b(?:sent|send|gave|give|routed|dispatched) (?:me|us) (?:to )?(?:an? |the |some )?(?:fake "
        r"|nonexistent |bogus )(?:address|location|shipper|receiver|place|dock|warehouse)\b"
        r"|\b(?:sent|send|gave|give|routed|dispatched) (?:me|us) (?:to )?(?:an? |the |some )?(?:address|location"
        r"|place)(?: \w+){0,2}? (?:that|which) (?:doesnt|didnt|does not|did not) (?:exist|even exist)\b"
        # (paid by them: "I pay my bills late" is the caller's own doing)
        r"|\b(?:(?:got|get|gets|getting|been|was|were|be) paid|(?<!\bi )(?<!\bwe )(?<!\bim )(?<!\bwere )(?:paid|pays"
        r"|pay|paying)) (?:me |us )?(?:\w+ ){0,2}?late\b"
        r"(?! (?:friday|monday|tuesday|wednesday|thursday|saturday|sunday|tonight|today|tomorrow|afternoon|morning"
        r"|evening|next|this|fee|fees)\b)"
        r"|\b(?:late|delayed|slow) (?:pay|payment|payments|paycheck|paychecks|check|checks|settlement|settlements"
        r"|deposit|deposits)\b"
        r"|\b(?:pay|payment|payments|paycheck|paychecks|settlement|settlements|deposit|deposits|reimbursement)"
        r" (?:\w+ ){0,2}?(?:comes?|came|coming|shows? up|showed up|hits?|arrives?|arrived|is|was|are|were|always)"
        r" (?:in |up |through )?(?:\w+ )?late\b"
        r"|\b(?:\w+|\d+) hours? (?:detained|detention|held|stuck|sitting) (?:at|in|on|here|by)\b"
        r"|\bdetained (?:for )?(?:\w+ )?hours\b"
        r"|\b(?:dispatch|the office|my dispatcher|the dispatcher|payroll|nobody|no one|my fleet manager|the broker"
        r"|my broker)(?: \w+)? (?:wont|will not|doesnt|does not|dont|do not|never|cant|isnt|aint) (?:even )?(?:pick"
        r" up|picking up|answer|answering|call (?:me |us )?back|calling (?:me |us )?back|return my calls)\b"
        r"(?! (?:until|till|after|before|on|at)\b)"
        # the company's app or site that never works ("your app never works", "the portal keeps crashing")
        # ... the company's, said as such ("my GPS app keeps crashing", "the weather app doesn't load": another's)
        r"|\b(?:your|yalls|you guys|the|this|that|ur|the companys|the company s|company) (?:app|application|website"
        r"|site|portal|system)(?: \w+){0,3}? (?:never|doesnt ever|does not ever"
        r"|doesnt|does not|dont|wont|will not|keeps|always|constantly) (?:works?|loads?|opens?|crashing|crashes"
        r"|freezing|freezes|glitching|glitches|lets me|let me|going down|goes down)\b"
        # turned away where the load was to go ("your receiver turned me away", "they refused my load")
        # ("I turned away from the main road": the caller's own turn)
        r"|\bturned (?:me|us) (?:away|around|back)\b|\b(?:got|get|getting|was|were|been) turned away\b"
        r"|\bsent (?:me|us) away\b"
        r"|\b(?:refused|rejected|wouldnt take|would not take|wouldnt receive|wouldnt unload) (?:my|our|the) (?:load"
        r"|delivery|shipment|freight|trailer)\b"
    ),
}
# Time lost ("perdí medio día", "me hicieron perder toda la mañana", "lost half a day"): with an arrival said it
# is why the caller is late ("perdí dos horas en el tráfico, llego a las cinco"), no grievance.
_TIME_LOST: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(
        r"\b(?:perdi|perdimos|me hicieron perder|nos hicieron perder|me hizo perder|nos hizo perder)"
        r" (?:medio dia|todo el dia|el dia|toda la (?:manana|tarde|noche)|(?:\w+ )?horas|un dia|\w+ dias)\b"
    ),
    "en": re.compile(
        r"\b(?:lost|wasted|burned|blew) (?:half a day|a whole day|the whole day|all day|a day|(?:\w+ )?hours"
        r"|my whole day|half my day|my morning|the whole morning|all morning)\b"
    ),
}
# A place the caller is sent to without the basics ("el patio de Tultitlán no tiene ni baño", "en la bodega no hay
# ni agua", "the yard doesn't even have a bathroom"): "ni" / "even" says it should. A bare "no hay baño" may only
# be news or a question ("¿no hay baño por ahí?"); the place named as lacking them is the grievance.
_BASICS_ES = r"(?:un |una )?(?:bano|banos|sanitario|sanitarios|excusado|excusados|agua|luz|sombra|regadera|regaderas" \
    r"|comedor|techo|vigilancia|lugar|espacio|donde (?:ir al bano|banarse|comer|estacionarse|dormir|orinar))"
_PLACE_ES = r"(?:patio|patios|bodega|bodegas|cedis|planta|anden|andenes|estacionamiento|base|terminal|pension" \
    r"|caseta|almacen|nave|centro de distribucion|yarda|instalaciones|oficinas)"
_BASICS_EN = r"(?:a |any |one |no )?(?:bathroom|bathrooms|restroom|restrooms|porta potty|porta potties|porta john" \
    r"|porta johns|toilet|toilets|running water|water|lights|shade|shower|showers|break room" \
    r"|place to (?:park|sleep|eat|go))"
_PLACE_EN = r"(?:yard|dock|docks|warehouse|shipper|receiver|terminal|facility|lot|dc|drop yard|place|site|plant)"
_LACKING: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(
        r"\bno (?:tiene|tienen|hay|habia|tenia|tenian|cuenta con|cuentan con) ni (?:siquiera )?" + _BASICS_ES + r"\b"
        r"|\bni (?:siquiera )?" + _BASICS_ES + r" (?:hay|tiene|tienen|habia|tenia)\b"
        # (without "ni", "no tienen lugar" / "no hay espacio" is no room to take the load yet: news of the wait)
        r"|\b" + _PLACE_ES + r"\b(?: \w+){0,4}? no (?:tiene|tienen|cuenta con|cuentan con) (?!(?:un |una )?(?:lugar"
        r"|espacio|donde estacionarse)\b)" + _BASICS_ES + r"\b"
    ),
    "en": re.compile(
        # the place named ("that yard doesn't have a bathroom", "the dock has no water"), or "even" said of it ("they
        # don't even have a restroom"; the caller's own "I don't even have water on me" is his)
        # (no place to park there is no room yet, news of the wait: "the dock has no place to park so I'll wait")
        r"\b" + _PLACE_EN + r"(?: \w+){0,3}? (?:doesnt|does not|dont|do not|didnt|did not|aint got|has no|have no"
        r"|had no|got no) (?:even )?(?:have |got )?(?:a single |one single )?(?!(?:a |any |one |no )?place to park\b)"
        + _BASICS_EN + r"\b"
        r"|(?<!\bi )(?<!\bwe )\b(?:doesnt|does not|dont|do not|didnt|did not) even (?:have|got)"
        r" (?:a single |one single )?" + _BASICS_EN + r"\b"
        r"|\bnot (?:even )?(?:a|one|a single) (?:bathroom|restroom|porta potty|porta john|toilet|shower)\b"
        # (asked, "is there no bathroom at the yard?", it is a question of the place)
        r"|(?<!\bis there )(?<!\bare there )(?<!\bisnt there )(?<!\btheres )"
        r"\bno (?:bathroom|bathrooms|restroom|restrooms|porta potty|toilets|showers|running water) (?:at|in|on) "
        r"(?:the|this|that|your|their) " + _PLACE_EN + r"\b"
    ),
}
_LACKING_WORDS: dict[Lang, frozenset[str]] = {
    "es": wordset("ni tiene tienen"),
    "en": wordset("doesnt dont didnt not no aint"),
}
# A thing of theirs said to be awful ("está de la fregada", "el patio está del carajo", "this yard is a dump"). The
# weather, the road or the line said so is small talk or a bad line, no grievance ("el clima está de la fregada",
# "la señal está de la fregada"): a turn that names one is not read for it.
_AWFUL: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(
        r"\b(?:esta|estan|estuvo|estaba|estaban) (?:bien |re |todo |toda |siempre )?(?:de la fregada|del carajo"
        r"|de la chingada|de la tiznada|de la patada|de la goma|de perros|para llorar|de lo peor|de terror"
        r"|hecho un asco|hecha un asco|hecho un cochinero|hecha un cochinero|hecho una porqueria|hecha una porqueria)\b"
    ),
    "en": re.compile(
        r"\b(?:this|that|the|your|their) (?:place|yard|dock|lot|warehouse|facility|terminal|shop|truck stop|trailer"
        r"|truck|equipment)(?: is| was|s) (?:a |an |such a |an absolute |a total |a complete |totally |absolutely |so "
        r"|just )?(?:dump|pigsty|mess|disgrace|joke|nightmare|disgusting|filthy|nasty|terrible|horrible|awful|trash"
        r"|garbage|a joke)\b"
    ),
}
_NOT_THEIRS: dict[Lang, frozenset[str]] = {
    "es": wordset("calor frio clima tiempo lluvia lloviendo neblina viento aire trafico carretera autopista camino "
                  "tramo libre cuota senal linea llamada cobertura baches granizo nieve "
                  # a crossing, a stop or a queue on the way ("la fila en la garita está de terror", "la aduana estuvo
                  # de la patada"), or things at large ("la cosa está de la fregada"): none of the company's
                  "fila filas cola garita garitas aduana aduanas puente cruce frontera sierra bascula basculas reten "
                  "retenes caseta casetas obra obras accidente cosa cosas situacion"),
    "en": wordset("weather heat cold rain snow fog wind traffic road roads highway interstate signal line call "
                  "border bridge crossing customs checkpoint scale scales construction pass"),
}
# Spanish says "está de la fregada" of anything (the caller's wife in hospital, his phone, a flat tyre, a gas
# station): a grievance only of a thing of the company's named in the turn (the English `_AWFUL` names it in
# the pattern). "Aquí" is the place the caller was sent to.
_THEIRS_ES: frozenset[str] = wordset(
    "patio patios bodega bodegas cedis planta anden andenes estacionamiento base terminal pension almacen nave yarda "
    "instalaciones oficina oficinas taller regadera regaderas bano banos sanitario sanitarios comedor dormitorio "
    "empresa compania servicio trato sueldo pago pagos nomina bono caja remolque tracto tractor camion unidad equipo "
    "despacho monitoreo mantenimiento aqui"
)
# A place on the way that is nobody's at the company ("el restaurante no tiene ni baño", "en la caseta no hay ni
# luz", "no hay ni lugar donde parar en el camino"): its lack is news of the trip.
_ELSEWHERE: dict[Lang, frozenset[str]] = {
    "es": wordset("restaurante restaurantes fonda fondas gasolinera gasolineras tienda oxxo caseta casetas garita "
                  "aduana camino carretera autopista tramo libramiento cruce puente frontera reten hotel motel parador "
                  "sierra"),
    "en": wordset("restaurant restaurants diner station road highway interstate border bridge motel hotel"),
}
_ASTRAY_LATE_HELD_WORDS: dict[Lang, frozenset[str]] = {
    "es": wordset("direccion ubicacion domicilio existe existia falsa falso perdi perdimos perder tarde atrasado "
                  "atrasada atrasados atrasadas atraso retraso retrasado destiempo "
                  "detenido detenida detenidos detenidas retenido retenida retenidos contesta contestan "
                  "contesto contestaron responde responden levanta levantan "
                  "aplicacion app aplicacioncita pagina portal plataforma sistema "
                  "rebotaron rebotan rechazaron rechazan batearon regresaron devolvieron "
                  "quisieron quieren quiso quiere"),
    "en": wordset("address location lost wasted burned blew late delayed slow detained detention held stuck sitting "
                  "pick picking answer answering back calls "
                  "app application website site portal system turned sent refused rejected wouldnt would"),
}

# One pattern for all the shapes: every turn is read for a grievance, and one search costs half of seven.
# Done to the caller again and again, asked why ("¿por qué me siguen mandando a cargar de noche?", "why do you guys
# keep sending me out at night?"), or against what he said ("... si ya dije que no", "even though I told them no"):
# a grievance said as a question, with no word of complaining.
_KEPT_DOING: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(
        # (done to the caller: "¿por qué sigue sonando el teléfono?" asks of a thing)
        r"\bpor (?:que|que ustedes) (?:me|nos) (?:siguen|sigue|sigues|andan|insisten en) \w+(?:ando|iendo|endo|ar|er"
        r"|ir)\b|\bpor (?:que|que ustedes) (?:siguen|sigue|sigues|andan) \w+(?:ando|iendo|endo)(?:me|nos)\b"
        r"|\b(?:si|aunque|cuando|y eso que) ya (?:les |te |le |se lo |se los )?(?:dije|habia dicho|he dicho|dijimos"
        r"|avise|habia avisado) que no\b"
    ),
    "en": re.compile(
        r"\bwhy (?:do|does|did|are|is|would) (?:you|yall|you guys|you people|they|dispatch|\w+) (?:keep|always|still"
        r"|keep on) (?:\w+ing|\w+s) (?:me|us)\b"
        r"|\b(?:when|after|even though|though|even after|and) i (?:already )?(?:said|told (?:you|them|yall|you guys"
        r"|dispatch)) no\b"
    ),
}
# The money given not even enough for the costs of the trip ("Ochocientos de anticipo y ni me alcanzó para las
# casetas", "the advance didn't even cover the tolls"): shorted, with no word of complaining.
_NOT_EVEN_ENOUGH: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"\bni (?:me |nos )?(?:alcanzo|alcanza|alcanzaba|ajusto|ajusta|salio|sale|completo) (?:ni )?"
                     r"(?:para|pa) (?:las |los |el |la |mis )?(?:casetas?|diesel|gasolina|combustible|comida|comer"
                     r"|hotel|maniobras?|gastos|peajes?|cuotas?|viaticos|regadera|estacionamiento|pension)\b"),
    "en": re.compile(r"\b(?:didnt|did not|doesnt|does not|wont|wasnt|was not|isnt|is not) even (?:cover|pay for|enough"
                     r" (?:for|to cover)) (?:the |my )?(?:tolls?|fuel|diesel|gas|food|meals|hotel|lumpers?|scales?"
                     r"|parking|expenses)\b"),
}
_GRIEVANCE: dict[Lang, re.Pattern[str]] = {
    lang: re.compile("|".join(f"(?:{rx[lang].pattern})" for rx in (
        _WAITING, _AGAIN, _AGAIN_AND_AGAIN, _NOBODY, _MISTREATED, _UNPAID, _LONG_CALL, _COUNTED, _STILL_AT,
        _KEPT_DOING, _NOT_EVEN_ENOUGH)))
    for lang in ("es", "en")
}
# Charges and being fed up, read only in a turn that holds one of their words (most turns hold none: a set
# lookup instead of one more search of every turn).
_CHARGED_OR_FED_UP: dict[Lang, re.Pattern[str]] = {
    lang: re.compile(f"(?:{_CHARGED[lang].pattern})|(?:{_FED_UP[lang].pattern})") for lang in ("es", "en")
}
_CHARGED_OR_FED_UP_WORDS: dict[Lang, frozenset[str]] = {
    "es": wordset(_CHARGE_ES.strip("(?:)").replace("|", " ")) | wordset(
        "cobraron cobro cobran descontaron desconto descuentan quitaron rebajaron multaron multo infraccionaron "
        "sancionaron penalizaron cargaron clavaron cobrar descontar multar cobrando descontando cargando "
        "cansado cansada cansados cansadas harto harta hartos hartas "
        "fastidiado fastidiada fastidiados fastidiadas aburrido aburrida aburridos aburridas enfadado enfadada "
        "enfadados enfadadas madre gorro coronilla siempre"),
    "en": wordset(
        "fine fines ticket tickets penalty penalties fee fees charge charges citation violation chargeback "
        "deduction deductions charged docked fined billed dinged hit ticketed penalized sick tired fed always charge "
        "charging billing docking dock bill"),
}


def grievance(tokens: list[str], lang: Lang) -> bool:
    joined = " ".join(tokens)
    return _GRIEVANCE[lang].search(joined) is not None or _kept_waiting(joined, lang) \
        or (not _CHARGED_OR_FED_UP_WORDS[lang].isdisjoint(tokens) and _CHARGED_OR_FED_UP[lang].search(joined)
            is not None) \
        or (_IN_LINE_SINCE[lang].search(joined) is not None and _ARRIVAL_SAID[lang].search(joined) is None) \
        or (not _LACKING_WORDS[lang].isdisjoint(tokens) and _LACKING[lang].search(joined) is not None
            and _ELSEWHERE[lang].isdisjoint(tokens)) \
        or (_AWFUL[lang].search(joined) is not None and _NOT_THEIRS[lang].isdisjoint(tokens)
            and (lang != "es" or not _THEIRS_ES.isdisjoint(tokens))) \
        or (not _ASTRAY_LATE_HELD_WORDS[lang].isdisjoint(tokens)
            and (_ASTRAY_LATE_HELD[lang].search(joined) is not None
                 or (_TIME_LOST[lang].search(joined) is not None and _ARRIVAL_SAID[lang].search(joined) is None)))


__all__ = ["DENIED_HANG_UP", "after_reminder", "all_given_asked", "another_number", "before_blessing",
           "denied_hang_up_at", "do_not_call", "grievance", "leaving", "limited_denial", "only_a_reminder",
           "takes_leave", "without_hanging_up"]
