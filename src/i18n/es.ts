import type { EntryKind, FileRef, Quoted, Resource } from '../core/message.js';
import { formatTimestamp } from '../core/time.js';
import { describeProblem } from './describe.js';
import { formatNumber, pluralOf, spokenDuration } from './intl.js';
import type { Strings } from './strings.js';

const number = (n: number, digits?: number): string => formatNumber('es', n, digits);
const counted = (n: number, one: string, other: string): string => `${number(n)} ${pluralOf('es', n) === 'one' ? one : other}`;
const seconds = (n: number): string => counted(n, 'segundo', 'segundos');
const megabytes = (bytes: number): string => `${number(bytes / 1024 / 1024, 1)} MB`;
const quoted = (text: string): string => `«${text}»`;

/**
 * The files a sentence names. A file is "el archivo …" (masculine singular); data given
 * inline is "los datos …" (masculine plural), and the verb follows (`agree`).
 */
const FILE: Record<Resource, { file: string; inline: string; of: string; a: string }> = {
  audio: { file: 'El archivo de audio', inline: 'Los datos de audio', of: 'del archivo de audio', a: 'un archivo de audio' },
  transcript: {
    file: 'El archivo de transcripción',
    inline: 'Los datos de transcripción',
    of: 'del archivo de transcripción',
    a: 'un archivo de transcripción',
  },
  chapters: {
    file: 'El archivo de capítulos',
    inline: 'Los datos de capítulos',
    of: 'del archivo de capítulos',
    a: 'un archivo de capítulos',
  },
  episode: {
    file: 'El archivo del episodio',
    inline: 'Los datos del episodio incrustados',
    of: 'del archivo del episodio',
    a: 'un archivo de episodio',
  },
  feed: { file: 'El feed', inline: 'Los datos del feed', of: 'del feed', a: 'un feed' },
};
const subject = ({ resource, file }: FileRef): string =>
  file === undefined ? FILE[resource].inline : `${FILE[resource].file} ${quoted(file)}`;
/** The verb for `subject`: singular for a file, plural for inline "datos". */
const agree = ({ file }: FileRef, singular: string, plural: string): string => (file === undefined ? plural : singular);

/** What a skipped entry was. "Se omitió …" needs no agreement with it. */
const ENTRIES: Record<EntryKind, { listOf: string; this: string; the: string; none: string }> = {
  segment: { listOf: 'segmentos', this: 'este segmento', the: 'el segmento', none: 'ningún segmento' },
  chapter: { listOf: 'capítulos', this: 'este capítulo', the: 'el capítulo', none: 'ningún capítulo' },
  entry: { listOf: 'entradas', this: 'esta entrada', the: 'la entrada', none: 'ninguna entrada' },
  item: { listOf: 'elementos', this: 'este elemento', the: 'el elemento', none: 'ningún elemento' },
};

const VALUE_KINDS = { null: 'null', list: 'una lista', object: 'un objeto', nothing: 'nada', other: 'un valor de otro tipo' };
const value = (written: Quoted): string => ('text' in written ? written.text : VALUE_KINDS[written.kind]);

/** For the messages of feeds: what a file ended inside of, what was expected, the ways out of a CORS refusal. */
const WITHIN = {
  tag: 'de una etiqueta',
  comment: 'de un comentario',
  cdata: 'de una sección CDATA',
  instruction: 'de una instrucción de procesamiento',
  doctype: 'de la declaración DOCTYPE',
};
const EXPECTED = {
  'tag-end': '">" o "/>"',
  equals: '"="',
  quote: 'un valor entre comillas',
  'tag-name': 'un nombre de etiqueta',
  'attribute-name': 'un nombre de atributo',
};
const WAYS_OUT =
  'el servidor debe enviar la cabecera Access-Control-Allow-Origin, o el sitio puede generar el archivo del episodio al compilarse con «npx podcast-transcript-player episode <feed>»';

/**
 * The player's Spanish, for Spain and Latin America alike ("archivo", the listener
 * addressed as "tú" as players and apps do). Problems in a file are fragments after where
 * they are ("línea 3: la hora de fin …"); sentences naming a file stand alone.
 */
/** A message shown alone in the widget (a feed, or the chapters inside the audio, that could not be read): a whole sentence. */
function sentence<P>(words: (params: P) => string): (params: P) => string {
  return (params) => {
    const text = words(params);
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
  };
}

export const es: Strings = {
  locale: 'es',
  player: 'Reproductor de podcast',
  play: 'Reproducir',
  pause: 'Pausar',
  skipBack: (n: number) => `Retroceder ${seconds(n)}`,
  skipForward: (n: number) => `Avanzar ${seconds(n)}`,
  speed: 'Velocidad de reproducción',
  speedOption: (rate: number) => `${number(rate)}×`,
  seek: 'Posición de reproducción',
  elapsed: 'Tiempo transcurrido',
  total: 'Duración total',
  chapters: 'Capítulos',
  transcript: 'Transcripción',
  chapterLink: (title: string) => `Abrir el enlace de ${quoted(title)} (pestaña nueva)`,
  chapterFallback: (n: number) => `Capítulo ${number(n)}`,
  loading: 'Cargando…',
  buffering: 'Almacenando en búfer…',
  loadingAudio: 'Cargando el audio…',
  unknownTime: 'desconocido',
  noTranscript: 'Este episodio no tiene transcripción.',
  playFromHere: 'Pulsa Intro para reproducir desde esta línea.',
  untimedTranscript: 'Esta transcripción no tiene tiempos, así que no sigue el audio: léela y busca en ella como en un texto.',
  searchTranscript: 'Buscar en la transcripción',
  matchCount: (current: number, total: number) => `${number(current)} de ${number(total)}`,
  noMatches: 'Sin resultados',
  previousMatch: 'Resultado anterior',
  nextMatch: 'Resultado siguiente',
  backToCurrent: 'Volver al punto actual',
  share: 'Copiar enlace a este momento',
  shareQuote: 'Copiar enlace a esta cita',
  showNotes: 'Notas del episodio',
  transcriptLanguage: 'Idioma',
  languageUnstated: 'Idioma no indicado',
  chapterAnnouncement: (title: string) => `Capítulo: ${title}`,
  linkCopied: 'Enlace copiado.',
  linkNotCopied: (link: string) => `Copia este enlace: ${link}`,
  download: 'Descargar audio',
  resumeAt: (time: string) => `Continuar en ${time}`,
  skipped: (count: number, resource: Resource) =>
    pluralOf('es', count) === 'one'
      ? `${number(count)} entrada ${FILE[resource].of} no se pudo leer y se omitió.`
      : `${number(count)} entradas ${FILE[resource].of} no se pudieron leer y se omitieron.`,
  ignored: (count: number) =>
    pluralOf('es', count) === 'one'
      ? `${number(count)} campo de la descripción del episodio no se pudo usar y se ignoró.`
      : `${number(count)} campos de la descripción del episodio no se pudieron usar y se ignoraron.`,
  timePhrase: (hours: number, minutes: number, secs: number) => spokenDuration('es', hours, minutes, secs),
  timeOf: (elapsed: string, total: string) => `${elapsed} de ${total}`,
  labelled: (label: string, text: string) => `${label}: ${text}`,
  line: (line: number, column?: number) => `línea ${line}${column === undefined ? '' : `, columna ${column}`}`,
  value,
  downloadTranscript: 'Descargar la transcripción',
  transcriptFile: (format: 'txt' | 'vtt' | 'srt') =>
    ({ txt: 'Texto (.txt)', vtt: 'Subtítulos WebVTT (.vtt)', srt: 'Subtítulos SRT (.srt)' })[format],
  messages: {
    // — a file as a whole
    'file-empty': () => 'el archivo está vacío',
    'file-not-text': () => 'el archivo no se pudo leer como texto',
    'file-too-large': ({ megabytes: size }) => `el archivo supera los ${number(size)} MB`,
    'file-unreadable': ({ detail }) => `el archivo no se pudo leer (${detail})`,
    'more-problems': ({ count }) =>
      pluralOf('es', count) === 'one'
        ? `no se muestra ${number(count)} problema más de este tipo`
        : `no se muestran ${number(count)} problemas más de este tipo`,
    'format-unknown': ({ resource }) =>
      resource === 'transcript'
        ? 'no es una transcripción: se esperaba WebVTT, SRT, JSON de Podcasting 2.0, JSON de Podlove, Podlove Simple Transcripts (XML), HTML, líneas con marcas de tiempo o texto sin formato'
        : 'no es un archivo de capítulos: se esperaban capítulos JSON de Podcasting 2.0, Podlove Simple Chapters (XML o JSON) o capítulos WebVTT',
    'nothing-found': ({ resource, example }) =>
      `no se encontraron ${resource === 'transcript' ? 'líneas de transcripción' : 'capítulos'}${example ? ` (se esperaba algo como ${example})` : ''}`,
    'web-page': () => 'parece una página web, no una transcripción',
    // — JSON
    'json-invalid': ({ detail, column, atEnd }) => {
      const at = column === undefined ? '' : `columna ${column}${atEnd ? ', al final' : ''}`;
      const why = [at, detail].filter(Boolean).join(': ');
      return why ? `no es JSON válido (${why})` : 'no es JSON válido';
    },
    'json-is-markup': () =>
      'no es JSON, sino una página web o XML (empieza por "<"): revisa la dirección; muchos servidores responden con una página cuando falta un archivo',
    'json-single-quotes': () => 'el archivo usa comillas simples en lugar de dobles; se ha leído de todos modos',
    'list-missing': ({ field, example }) => `falta el campo ${field} (se esperaba ${example})`,
    'not-a-list': ({ entry, example }) => `se esperaba una lista de ${ENTRIES[entry].listOf} (${example})`,
    'entry-not-object': ({ entry }) => `${ENTRIES[entry].this} no es un objeto, así que se omitió`,
    // — timed entries
    'field-missing': ({ field, entry }) => `falta el campo ${field}, así que se omitió ${ENTRIES[entry].this}`,
    'field-not-time': ({ field, value: written, entry }) =>
      `el campo ${field} (${value(written)}) no es una marca de tiempo, así que se omitió ${ENTRIES[entry].this}`,
    'start-missing': ({ entry }) => `${ENTRIES[entry].the} no tiene hora de inicio, así que se omitió`,
    'start-not-time': ({ value: written, entry }) =>
      `la hora de inicio (${value(written)}) no es una marca de tiempo, así que se omitió ${ENTRIES[entry].this}`,
    'end-not-time': ({ field, value: written }) => `el campo ${field} (${value(written)}) no es una marca de tiempo y se ignoró`,
    'end-before-start': ({ start, end }) =>
      `la hora de fin ${formatTimestamp(end)} es anterior a la hora de inicio ${formatTimestamp(start)}, así que se ignoró`,
    'time-unreadable': ({ value: written }) => `no se pudo leer la marca de tiempo ${value(written)}`,
    'no-timed-text': ({ entry }) => `${ENTRIES[entry].none} tiene a la vez hora de inicio y texto`,
    'segments-without-text': ({ count, total }) =>
      count < total
        ? pluralOf('es', count) === 'one'
          ? `${number(count)} segmento no tiene texto (falta body) y se omitió`
          : `${number(count)} segmentos no tienen texto (falta body) y se omitieron`
        : total === 1
          ? 'el único segmento no tiene texto (falta body)'
          : `ninguno de los ${number(total)} segmentos tiene texto (falta body)`,
    'start-past-limit': ({ entry, text, hours }) =>
      `${ENTRIES[entry].the} ${value(text)} empieza después de ${number(hours)} horas, más tarde que cualquier episodio, así que se omitió ${ENTRIES[entry].this}`,
    'times-past-limit': ({ entry, text, hours }) =>
      `se ignoraron los tiempos posteriores a ${number(hours)} horas en ${ENTRIES[entry].the} ${value(text)}`,
    'words-not-list': ({ value: written }) =>
      `se esperaba una lista de palabras con tiempos, no ${value(written)}, así que se ignoraron las palabras`,
    'word-unusable': () => 'una palabra necesita un inicio, un final y un texto, así que se omitió esta',
    // — cue files and timestamped lines
    'vtt-signature-missing': ({ found }) =>
      `un archivo WebVTT debe empezar por la línea WEBVTT, pero ${'text' in found && found.text !== '""' ? `este empieza por ${found.text}` : 'su primera línea está vacía'}, así que no se leyó`,
    'text-outside-cue': () => 'se omitió texto que estaba fuera de un bloque de subtítulo (sin línea de tiempos antes)',
    'cue-timing-invalid': ({ value: written }) => `no se pudo leer la línea de tiempos ${value(written)}, así que se omitió este bloque`,
    'text-before-first-time': () => 'se omitió el texto anterior a la primera marca de tiempo',
    // — addresses in files
    'image-address-unusable': ({ value: written }) =>
      `la dirección de imagen ${value(written)} no es una dirección http(s) ni de imagen válida y se ignoró`,
    'link-address-unusable': ({ value: written }) => `el enlace ${value(written)} no es una dirección http(s) válida y se ignoró`,
    // — the episode description
    'manifest-not-object': ({ value: written }) => `la descripción de un episodio debe ser un objeto JSON, no ${value(written)}`,
    'no-audio': () => 'no hay audio utilizable: indica la dirección http(s) del archivo del episodio',
    'audio-address-unusable': ({ value: written }) =>
      written.kind === 'nothing'
        ? 'no se indica la dirección de ningún archivo de audio, así que se omitió esta fuente'
        : `${value(written)} no es la dirección http(s) de un archivo de audio, así que se omitió esta fuente`,
    'mime-type-invalid': ({ value: written }) => `${value(written)} no es un tipo MIME como «audio/mpeg», así que se ignoró`,
    'data-address-unusable': ({ value: written }) => `${value(written)} no es una dirección http(s), así que no se cargó`,
    'format-name-unknown': ({ value: written, resource, known }) =>
      `${value(written)} no es un formato de ${resource === 'transcript' ? 'transcripción' : 'capítulos'} conocido (${known.join(', ')}), ` +
      'así que el formato se detecta a partir del archivo',
    'data-value-invalid': ({ value: written }) => `se esperaba una URL o datos incrustados, no ${value(written)}, así que se ignoró`,
    'transcripts-not-list': ({ value: written }) => `se esperaba una lista de transcripciones, no ${value(written)}, así que se ignoró`,
    'transcript-address-unusable': ({ value: written }) =>
      written.kind === 'nothing'
        ? 'esta entrada no indica la dirección de ninguna transcripción, así que se omitió'
        : `${value(written)} no es la dirección http(s) de una transcripción, así que se omitió esta entrada`,
    'language-tag-invalid': ({ value: written }) => `${value(written)} no es un código de idioma como «en» o «de-AT», así que se ignoró`,
    'not-text': ({ value: written }) => `se esperaba texto, no ${value(written)}, así que se ignoró`,
    'duration-invalid': ({ value: written }) =>
      `${value(written)} no es una duración (en segundos o en formato de reloj como «1:02:03»), así que se ignoró`,
    'date-invalid': ({ value: written }) => `${value(written)} no es una fecha (como «2024-05-01»), así que se ignoró`,
    // — loading a file
    'file-unusable': (params, strings) =>
      `${subject(params)} no se ${agree(params, 'pudo', 'pudieron')} usar: ${describeProblem(strings, params.problem)}.`,
    'file-not-json': (params, strings) => {
      const { problem } = params;
      if (problem.code === 'file-empty') return `${subject(params)} ${agree(params, 'está vacío', 'están vacíos')}.`;
      if (problem.code === 'json-is-markup')
        return (
          `${subject(params)} no ${agree(params, 'es', 'son')} JSON, sino una página web o XML (empieza por "<"): ` +
          'revisa la dirección; muchos servidores responden con una página cuando falta un archivo.'
        );
      if (problem.code !== 'json-invalid')
        return `${subject(params)} no se ${agree(params, 'pudo', 'pudieron')} usar: ${describeProblem(strings, problem)}.`;
      const { column, atEnd, detail } = problem.params;
      const at = [
        problem.line === undefined ? '' : `línea ${problem.line}`,
        column === undefined ? '' : `columna ${column}`,
        atEnd ? 'al final' : '',
      ].filter(Boolean);
      return `${subject(params)} no ${agree(params, 'es', 'son')} JSON válido${at.length ? ` (${at.join(', ')})` : ''}${detail ? `: ${detail}` : ''}.`;
    },
    'fetch-timeout': (params) => `${subject(params)} no ${agree(params, 'llegó', 'llegaron')} en un plazo de ${seconds(params.seconds)}.`,
    'fetch-network': (params) =>
      `${subject(params)} no se ${agree(params, 'pudo', 'pudieron')} obtener: falló la red o el servidor no permite que esta página ` +
      `${agree(params, 'lo', 'los')} lea (un archivo alojado en otro sitio debe servirse con la cabecera Access-Control-Allow-Origin).`,
    'fetch-http': (params) => {
      const reason = params.status === 404 ? ' (no encontrado)' : params.statusText ? ` (${params.statusText})` : '';
      return `${subject(params)} no se ${agree(params, 'pudo', 'pudieron')} cargar: el servidor respondió HTTP ${params.status}${reason}.`;
    },
    'fetch-too-large': (params) =>
      `${subject(params)} ${agree(params, 'ocupa', 'ocupan')} ${megabytes(params.bytes)}, demasiado para ${FILE[params.resource].a} ` +
      `(el límite es de ${megabytes(params.limit)}).`,
    'load-cancelled': (params) => `${subject(params)} no se ${agree(params, 'cargó', 'cargaron')}: se canceló la carga.`,
    'load-failed': (params) => `${subject(params)} no se ${agree(params, 'pudo', 'pudieron')} cargar (${params.detail}).`,
    'no-episode-source': () =>
      'No hay descripción del episodio: indica en el atributo episode la dirección de un archivo JSON, ' +
      'o pon el JSON dentro del elemento, en un <script type="application/json">.',
    // — playing the audio
    'audio-aborted': ({ file }) => `Se interrumpió la carga del archivo de audio ${quoted(file)}.`,
    'audio-unsupported': ({ file }) => `El archivo de audio ${quoted(file)} está en un formato que este navegador no puede reproducir.`,
    'audio-network': ({ file }) => `La descarga del archivo de audio ${quoted(file)} se detuvo por un error de red.`,
    'audio-undecodable': ({ file }) =>
      `No se pudo reproducir el archivo de audio ${quoted(file)}: el navegador no puede decodificarlo ` +
      '(puede que esté dañado o que ni siquiera sea audio).',
    'audio-unseekable': ({ file }) =>
      `El servidor del archivo de audio ${quoted(file)} no permite desplazarse por el archivo (no admite solicitudes HTTP Range), ` +
      'así que no se puede saltar a un momento concreto. La reproducción desde el principio sí funciona.',
    'lock-screen-failed': ({ detail }) =>
      `No se pudieron preparar los controles de la pantalla de bloqueo y del panel multimedia del sistema (${detail}). La reproducción no se ve afectada.`,
    'play-blocked': ({ file }) => `El navegador bloqueó la reproducción de ${quoted(file)}. Pulsa Reproducir para empezar.`,
    'play-interrupted': ({ file, by }) =>
      `La reproducción de ${quoted(file)} se interrumpió ${{ pause: 'por una pausa', 'new-source': 'por una nueva fuente de audio', removed: 'porque el reproductor salió de la página' }[by]} antes de empezar.`,
    'play-no-source': () => 'No hay audio que reproducir.',
    // — feeds, and chapters inside the audio
    'xml-not-xml': ({ found }) => `no es XML: empieza por ${value(found)}`,
    'xml-unexpected-end': ({ open, openedAtLine, within }) =>
      open
        ? `el archivo termina dentro de <${open}> (abierta en la línea ${openedAtLine}): está cortado o mal formado`
        : within
          ? `el archivo termina dentro ${WITHIN[within]}`
          : 'el archivo termina antes del primer elemento',
    'xml-mismatched-tag': ({ expected, found, openedAtLine }) =>
      `</${found}> cierra <${expected}> (abierta en la línea ${openedAtLine}): el XML está mal formado`,
    'xml-unexpected': ({ found, expected }) =>
      `no se esperaba ${value(found)}${expected ? ` (se esperaba ${EXPECTED[expected]})` : ''}: el XML está mal formado`,
    'xml-text-outside-root': () => 'hay contenido después del final del documento: el XML está mal formado',
    'xml-undefined-entity': ({ entity }) => `la entidad ${entity} no está definida, así que se dejó tal cual`,
    'xml-bare-ampersand': () => 'se dejó tal cual un «&» que no inicia ninguna entidad (debería escribirse «&amp;»)',
    'url-unusable': ({ field, value: written }) =>
      `la dirección ${value(written)} de ${field} no es una dirección http(s) válida y se ignoró`,
    'value-unusable': ({ field, value: written }) => `no se pudo leer ${value(written)} en ${field}, así que se ignoró`,
    'feed-not-rss': ({ root }) =>
      root === 'html'
        ? 'es una página web, no un feed de podcast: revisa la dirección'
        : `no es un feed RSS (su elemento raíz es <${root}>, no <rss>)`,
    'feed-no-items': () => 'el feed no tiene episodios',
    'feed-item-not-found': ({ item, count }) =>
      count === 1
        ? `el único episodio no tiene el GUID ni el número de episodio ${value(item)}`
        : `ninguno de los ${number(count)} episodios tiene el GUID o el número de episodio ${value(item)}`,
    'feed-item-no-audio': ({ title }) =>
      `el episodio${title ? ` ${quoted(title)}` : ''} no tiene audio con una dirección http(s) (no hay <enclosure>)`,
    'feed-transcript-type-unknown': ({ type }) =>
      `el reproductor no conoce el tipo de transcripción ${value(type)}, así que el formato se detecta a partir del archivo`,
    'feed-blocked': sentence(
      ({ file, origin }) =>
        `el feed ${quoted(file)} está en otro sitio${origin ? ` (${origin})` : ''} que no permite que esta página lo lea: ${WAYS_OUT}`,
    ),
    'feed-unreachable': sentence(
      ({ file }) =>
        `no se pudo obtener el feed ${quoted(file)}: falló la red o el servidor no permite que esta página lo lea (${WAYS_OUT})`,
    ),
    'feed-http-error': sentence(
      ({ file, status }) =>
        `no se pudo cargar el feed ${quoted(file)}: el servidor respondió HTTP ${status}${status === 404 ? ' (no encontrado)' : ''}`,
    ),
    'feed-timeout': sentence(({ file, seconds: n }) => `el feed ${quoted(file)} no llegó en un plazo de ${seconds(n)}`),
    'feed-too-large': sentence(({ file, megabytes: size }) => `el feed ${quoted(file)} ocupa ${number(size)} MB, demasiado para leerlo`),
    'id3-version-unsupported': ({ version }) => `la etiqueta ID3v2.${version} no se lee (solo ID3v2.3 y v2.4 contienen capítulos)`,
    'id3-truncated': ({ bytes, announced }) => `la etiqueta ID3 está cortada tras ${number(bytes)} de ${number(announced)} bytes`,
    'id3-frame-unreadable': ({ frame, reason }) =>
      `el marco ${frame} ${reason === 'size' ? 'es más grande que la etiqueta' : reason === 'compressed' ? 'está comprimido' : 'está cifrado'}, así que se omitió`,
    'id3-image-too-large': ({ kilobytes, limit }) =>
      `la imagen del capítulo ocupa ${number(kilobytes)} KB (más de ${number(limit)} KB), así que se descartó`,
    'id3-image-not-raster': ({ mime }) =>
      `la imagen del capítulo, de tipo ${value(mime)}, no es una imagen PNG, JPEG, GIF, WebP ni AVIF, así que se descartó`,
    'embedded-chapters-no-range': sentence(
      ({ file }) =>
        `no se leyeron los capítulos incluidos en ${quoted(file)}: su servidor no responde a solicitudes HTTP Range y no se descarga el archivo entero para obtenerlos`,
    ),
    'embedded-chapters-blocked': sentence(
      ({ file }) =>
        `no se pudieron leer los capítulos incluidos en ${quoted(file)}: falló la red o el servidor del audio no permite que esta página lea el archivo (debe enviar Access-Control-Allow-Origin)`,
    ),
    'embedded-chapters-http-error': sentence(
      ({ file, status }) => `no se pudieron leer los capítulos incluidos en ${quoted(file)}: el servidor respondió HTTP ${status}`,
    ),
    'embedded-chapters-tag-too-large': sentence(
      ({ file, megabytes: size, limit }) =>
        `no se leyeron los capítulos incluidos en ${quoted(file)}: su etiqueta ID3 ocupa ${number(size)} MB (el límite es de ${number(limit)} MB)`,
    ),
    'embedded-chapters-timeout': sentence(
      ({ file, seconds: n }) => `los capítulos incluidos en ${quoted(file)} no llegaron en un plazo de ${seconds(n)}`,
    ),
  },
};
