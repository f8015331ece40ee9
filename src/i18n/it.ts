import type { EntryKind, FileRef, Quoted, Resource } from '../core/message.js';
import { formatTimestamp } from '../core/time.js';
import { describeProblem } from './describe.js';
import { formatNumber, pluralOf, spokenDuration } from './intl.js';
import type { Strings } from './strings.js';

const number = (n: number, digits?: number): string => formatNumber('it', n, digits);
const counted = (n: number, one: string, other: string): string => `${number(n)} ${pluralOf('it', n) === 'one' ? one : other}`;
const seconds = (n: number): string => counted(n, 'secondo', 'secondi');
const megabytes = (bytes: number): string => `${number(bytes / 1024 / 1024, 1)} MB`;
const quoted = (text: string): string => `«${text}»`;

/**
 * The files a sentence names, as the object of "non è stato possibile caricare …", so
 * nothing has to agree with them: "il file …" for a file, "i dati …" for data given inline.
 */
const FILE: Record<Resource, { file: string; inline: string; of: string; inlineOf: string; a: string }> = {
  audio: { file: 'il file audio', inline: 'i dati audio', of: 'del file audio', inlineOf: 'dei dati audio', a: 'un file audio' },
  transcript: {
    file: 'il file della trascrizione',
    inline: 'i dati della trascrizione',
    of: 'del file della trascrizione',
    inlineOf: 'dei dati della trascrizione',
    a: 'un file di trascrizione',
  },
  chapters: {
    file: 'il file dei capitoli',
    inline: 'i dati dei capitoli',
    of: 'del file dei capitoli',
    inlineOf: 'dei dati dei capitoli',
    a: 'un file di capitoli',
  },
  episode: {
    file: 'il file dell’episodio',
    inline: 'i dati dell’episodio incorporati',
    of: 'del file dell’episodio',
    inlineOf: 'dei dati dell’episodio incorporati',
    a: 'un file di episodio',
  },
  feed: { file: 'il feed', inline: 'i dati del feed', of: 'del feed', inlineOf: 'dei dati del feed', a: 'un feed' },
};
const object = ({ resource, file }: FileRef): string =>
  file === undefined ? FILE[resource].inline : `${FILE[resource].file} ${quoted(file)}`;
/** "del file …" / "dei dati …": `object` after "di". */
const ofObject = ({ resource, file }: FileRef): string =>
  file === undefined ? FILE[resource].inlineOf : `${FILE[resource].of} ${quoted(file)}`;
/** The words that agree with `object`: singular for a file, plural for inline "dati". */
const agree = ({ file }: FileRef, singular: string, plural: string): string => (file === undefined ? plural : singular);
/** A sentence starts with a capital letter. */
const capital = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** What a skipped entry was, with the words that agree with it (un segmento, una voce). */
const ENTRIES: Record<EntryKind, { listOf: string; this: string; the: string; none: string; skipped: string }> = {
  segment: { listOf: 'segmenti', this: 'questo segmento', the: 'il segmento', none: 'nessun segmento', skipped: 'saltato' },
  chapter: { listOf: 'capitoli', this: 'questo capitolo', the: 'il capitolo', none: 'nessun capitolo', skipped: 'saltato' },
  entry: { listOf: 'voci', this: 'questa voce', the: 'la voce', none: 'nessuna voce', skipped: 'saltata' },
  item: { listOf: 'elementi', this: 'questo elemento', the: 'l’elemento', none: 'nessun elemento', skipped: 'saltato' },
};
const wasSkipped = (entry: EntryKind): string => (ENTRIES[entry].skipped === 'saltata' ? 'è stata saltata' : 'è stato saltato');
const thisSkipped = (entry: EntryKind): string => `quindi ${ENTRIES[entry].this} ${wasSkipped(entry)}`;

const VALUE_KINDS = { null: 'null', list: 'una lista', object: 'un oggetto', nothing: 'niente', other: 'un valore di altro tipo' };
const value = (written: Quoted): string => ('text' in written ? written.text : VALUE_KINDS[written.kind]);

/** For the messages of feeds: what a file ended inside of, what was expected, the ways out of a CORS refusal. */
const WITHIN = {
  tag: 'di un tag',
  comment: 'di un commento',
  cdata: 'di una sezione CDATA',
  instruction: 'di un’istruzione di elaborazione',
  doctype: 'della dichiarazione DOCTYPE',
};
const EXPECTED = {
  'tag-end': '">" o "/>"',
  equals: '"="',
  quote: 'un valore tra virgolette',
  'tag-name': 'un nome di tag',
  'attribute-name': 'un nome di attributo',
};
const WAYS_OUT =
  'il server deve inviare l’intestazione Access-Control-Allow-Origin, oppure il sito può generare il file dell’episodio in fase di build con «npx podcast-transcript-player episode <feed>»';

/**
 * The player's Italian. Problems in a file are fragments after where they are
 * ("riga 3: l’ora di fine …"); sentences naming a file stand alone, with the file as the
 * object of an impersonal verb ("Non è stato possibile caricare il file …").
 */
/** A message shown alone in the widget (a feed, or the chapters inside the audio, that could not be read): a whole sentence. */
function sentence<P>(words: (params: P) => string): (params: P) => string {
  return (params) => {
    const text = words(params);
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
  };
}

export const it: Strings = {
  locale: 'it',
  player: 'Lettore podcast',
  play: 'Riproduci',
  pause: 'Pausa',
  skipBack: (n: number) => `Indietro di ${seconds(n)}`,
  skipForward: (n: number) => `Avanti di ${seconds(n)}`,
  speed: 'Velocità di riproduzione',
  speedOption: (rate: number) => `${number(rate)}×`,
  seek: 'Posizione di riproduzione',
  elapsed: 'Tempo trascorso',
  total: 'Durata totale',
  chapters: 'Capitoli',
  transcript: 'Trascrizione',
  chapterLink: (title: string) => `Apri il link di ${quoted(title)} (nuova scheda)`,
  chapterFallback: (n: number) => `Capitolo ${number(n)}`,
  loading: 'Caricamento…',
  buffering: 'Memorizzazione nel buffer…',
  loadingAudio: 'Caricamento dell’audio…',
  unknownTime: 'sconosciuto',
  noTranscript: 'Nessuna trascrizione per questo episodio.',
  playFromHere: 'Premi Invio per riprodurre da questa riga.',
  untimedTranscript: 'Questa trascrizione non ha tempi, quindi non segue l’audio: leggila e cercala come un testo.',
  searchTranscript: 'Cerca nella trascrizione',
  matchCount: (current: number, total: number) => `${number(current)} di ${number(total)}`,
  noMatches: 'Nessun risultato',
  previousMatch: 'Risultato precedente',
  nextMatch: 'Risultato successivo',
  backToCurrent: 'Torna al punto attuale',
  share: 'Copia il link a questo momento',
  shareQuote: 'Copia il link a questa citazione',
  showNotes: 'Note dell’episodio',
  transcriptLanguage: 'Lingua',
  languageUnstated: 'Lingua non indicata',
  chapterAnnouncement: (title: string) => `Capitolo: ${title}`,
  linkCopied: 'Link copiato.',
  linkNotCopied: (link: string) => `Copia questo link: ${link}`,
  download: 'Scarica l’audio',
  resumeAt: (time: string) => `Riprendi da ${time}`,
  skipped: (count: number, resource: Resource) =>
    pluralOf('it', count) === 'one'
      ? `${number(count)} voce ${FILE[resource].of} non è leggibile ed è stata saltata.`
      : `${number(count)} voci ${FILE[resource].of} non sono leggibili e sono state saltate.`,
  ignored: (count: number) =>
    pluralOf('it', count) === 'one'
      ? `${number(count)} campo della descrizione dell’episodio non è stato utilizzabile ed è stato ignorato.`
      : `${number(count)} campi della descrizione dell’episodio non sono stati utilizzabili e sono stati ignorati.`,
  timePhrase: (hours: number, minutes: number, secs: number) => spokenDuration('it', hours, minutes, secs),
  timeOf: (elapsed: string, total: string) => `${elapsed} di ${total}`,
  labelled: (label: string, text: string) => `${label}: ${text}`,
  line: (line: number, column?: number) => `riga ${line}${column === undefined ? '' : `, colonna ${column}`}`,
  value,
  downloadTranscript: 'Scarica la trascrizione',
  transcriptFile: (format: 'txt' | 'vtt' | 'srt') =>
    ({ txt: 'Testo (.txt)', vtt: 'Sottotitoli WebVTT (.vtt)', srt: 'Sottotitoli SRT (.srt)' })[format],
  messages: {
    // — a file as a whole
    'file-empty': () => 'il file è vuoto',
    'file-not-text': () => 'non è stato possibile leggere il file come testo',
    'file-too-large': ({ megabytes: size }) => `il file supera i ${number(size)} MB`,
    'file-unreadable': ({ detail }) => `non è stato possibile leggere il file (${detail})`,
    'more-problems': ({ count }) =>
      pluralOf('it', count) === 'one'
        ? `${number(count)} altro problema di questo tipo non è elencato`
        : `altri ${number(count)} problemi di questo tipo non sono elencati`,
    'format-unknown': ({ resource }) =>
      resource === 'transcript'
        ? 'non è una trascrizione: formati previsti WebVTT, SRT, JSON Podcasting 2.0, JSON Podlove, Podlove Simple Transcripts (XML), HTML, righe con indicazioni temporali o testo semplice'
        : 'non è un file di capitoli: formati previsti capitoli JSON Podcasting 2.0, Podlove Simple Chapters (XML o JSON) o capitoli WebVTT',
    'nothing-found': ({ resource, example }) =>
      `${resource === 'transcript' ? 'nessuna riga di trascrizione trovata' : 'nessun capitolo trovato'}${example ? ` (previsto qualcosa come ${example})` : ''}`,
    'web-page': () => 'sembra una pagina web, non una trascrizione',
    // — JSON
    'json-invalid': ({ detail, column, atEnd }) => {
      const at = column === undefined ? '' : `colonna ${column}${atEnd ? ', alla fine' : ''}`;
      const why = [at, detail].filter(Boolean).join(': ');
      return why ? `non è un JSON valido (${why})` : 'non è un JSON valido';
    },
    'json-is-markup': () =>
      'non è JSON ma una pagina web o XML (inizia con "<"): controlla l’indirizzo, spesso un server risponde con una pagina quando un file non esiste',
    'json-single-quotes': () => 'il file usa virgolette singole invece di doppie; è stato letto comunque',
    'list-missing': ({ field, example }) => `manca il campo ${field} (previsto ${example})`,
    'not-a-list': ({ entry, example }) => `era prevista una lista di ${ENTRIES[entry].listOf} (${example})`,
    'entry-not-object': ({ entry }) => `${ENTRIES[entry].this} non è un oggetto ed ${wasSkipped(entry)}`,
    // — timed entries
    'field-missing': ({ field, entry }) => `manca il campo ${field}, ${thisSkipped(entry)}`,
    'field-not-time': ({ field, value: written, entry }) =>
      `il campo ${field} (${value(written)}) non è un’indicazione temporale, ${thisSkipped(entry)}`,
    'start-missing': ({ entry }) => `${ENTRIES[entry].the} non ha un’ora di inizio ed ${wasSkipped(entry)}`,
    'start-not-time': ({ value: written, entry }) =>
      `l’ora di inizio (${value(written)}) non è un’indicazione temporale, ${thisSkipped(entry)}`,
    'end-not-time': ({ field, value: written }) =>
      `il campo ${field} (${value(written)}) non è un’indicazione temporale ed è stato ignorato`,
    'end-before-start': ({ start, end }) =>
      `l’ora di fine ${formatTimestamp(end)} precede l’ora di inizio ${formatTimestamp(start)}, quindi è stata ignorata`,
    'time-unreadable': ({ value: written }) => `non è stato possibile leggere l’indicazione temporale ${value(written)}`,
    'no-timed-text': ({ entry }) => `${ENTRIES[entry].none} ha sia un’ora di inizio sia del testo`,
    'segments-without-text': ({ count, total }) =>
      count < total
        ? pluralOf('it', count) === 'one'
          ? `${number(count)} segmento non ha testo (manca body) ed è stato saltato`
          : `${number(count)} segmenti non hanno testo (manca body) e sono stati saltati`
        : total === 1
          ? 'l’unico segmento non ha testo (manca body)'
          : `nessuno dei ${number(total)} segmenti ha del testo (manca body)`,
    'start-past-limit': ({ entry, text, hours }) =>
      `${capital(ENTRIES[entry].the)} ${value(text)} inizia dopo ${number(hours)} ore, più tardi di qualsiasi episodio, ${thisSkipped(entry)}`,
    'times-past-limit': ({ entry, text, hours }) =>
      `i tempi oltre le ${number(hours)} ore in ${ENTRIES[entry].the} ${value(text)} sono stati ignorati`,
    'words-not-list': ({ value: written }) =>
      `era attesa una lista di parole con i tempi, non ${value(written)}, quindi le parole sono state ignorate`,
    'word-unusable': () => 'una parola ha bisogno di un inizio, di una fine e di un testo, quindi questa è stata saltata',
    // — cue files and timestamped lines
    'vtt-signature-missing': ({ found }) =>
      `un file WebVTT deve iniziare con la riga WEBVTT, ma ${'text' in found && found.text !== '""' ? `questo inizia con ${found.text}` : 'la sua prima riga è vuota'}, quindi non è stato letto`,
    'text-outside-cue': () => 'è stato saltato del testo fuori da un blocco di sottotitoli (senza una riga di tempi prima)',
    'cue-timing-invalid': ({ value: written }) =>
      `non è stato possibile leggere la riga di tempi ${value(written)}, quindi questo blocco è stato saltato`,
    'text-before-first-time': () => 'il testo prima della prima indicazione temporale è stato saltato',
    // — addresses in files
    'image-address-unusable': ({ value: written }) =>
      `l’indirizzo dell’immagine ${value(written)} non è un indirizzo http(s) o di immagine utilizzabile ed è stato ignorato`,
    'link-address-unusable': ({ value: written }) =>
      `il link ${value(written)} non è un indirizzo http(s) utilizzabile ed è stato ignorato`,
    // — the episode description
    'manifest-not-object': ({ value: written }) => `la descrizione di un episodio deve essere un oggetto JSON, non ${value(written)}`,
    'no-audio': () => 'non c’è un audio utilizzabile: indica l’indirizzo http(s) del file dell’episodio',
    'audio-address-unusable': ({ value: written }) =>
      written.kind === 'nothing'
        ? 'manca l’indirizzo di un file audio, quindi questa sorgente è stata saltata'
        : `${value(written)} non è l’indirizzo http(s) di un file audio, quindi questa sorgente è stata saltata`,
    'mime-type-invalid': ({ value: written }) =>
      `${value(written)} non è un tipo MIME come «audio/mpeg», quindi il valore è stato ignorato`,
    'data-address-unusable': ({ value: written }) => `${value(written)} non è un indirizzo http(s), quindi non è stato caricato nulla`,
    'format-name-unknown': ({ value: written, resource, known }) =>
      `${value(written)} non è un formato ${resource === 'transcript' ? 'di trascrizione' : 'di capitoli'} noto (${known.join(', ')}), ` +
      'quindi il formato viene riconosciuto dal file',
    'data-value-invalid': ({ value: written }) =>
      `era previsto un URL o dei dati incorporati, non ${value(written)}, quindi il valore è stato ignorato`,
    'transcripts-not-list': ({ value: written }) =>
      `era prevista una lista di trascrizioni, non ${value(written)}, quindi il valore è stato ignorato`,
    'transcript-address-unusable': ({ value: written }) =>
      written.kind === 'nothing'
        ? 'questa voce non indica l’indirizzo di una trascrizione ed è stata saltata'
        : `${value(written)} non è l’indirizzo http(s) di una trascrizione, quindi questa voce è stata saltata`,
    'language-tag-invalid': ({ value: written }) =>
      `${value(written)} non è un codice di lingua come «en» o «de-AT», quindi il valore è stato ignorato`,
    'not-text': ({ value: written }) => `era previsto del testo, non ${value(written)}, quindi il valore è stato ignorato`,
    'duration-invalid': ({ value: written }) =>
      `${value(written)} non è una durata (in secondi o nel formato «1:02:03»), quindi il valore è stato ignorato`,
    'date-invalid': ({ value: written }) => `${value(written)} non è una data (come «2024-05-01»), quindi il valore è stato ignorato`,
    // — loading a file
    'file-unusable': (params, strings) => `Non è stato possibile usare ${object(params)}: ${describeProblem(strings, params.problem)}.`,
    'file-not-json': (params, strings) => {
      const { problem } = params;
      const what = object(params);
      if (problem.code === 'file-empty') return `${capital(what)} ${agree(params, 'è vuoto', 'sono vuoti')}.`;
      if (problem.code === 'json-is-markup')
        return (
          `${capital(what)} non ${agree(params, 'è', 'sono')} JSON ma una pagina web o XML (inizia con "<"): ` +
          'controlla l’indirizzo, spesso un server risponde con una pagina quando un file non esiste.'
        );
      if (problem.code !== 'json-invalid') return `Non è stato possibile usare ${what}: ${describeProblem(strings, problem)}.`;
      const { column, atEnd, detail } = problem.params;
      const at = [
        problem.line === undefined ? '' : `riga ${problem.line}`,
        column === undefined ? '' : `colonna ${column}`,
        atEnd ? 'alla fine' : '',
      ].filter(Boolean);
      return `${capital(what)} non ${agree(params, 'è', 'sono')} JSON valido${at.length ? ` (${at.join(', ')})` : ''}${detail ? `: ${detail}` : ''}.`;
    },
    'fetch-timeout': (params) =>
      `${capital(object(params))} non ${agree(params, 'è arrivato', 'sono arrivati')} entro ${seconds(params.seconds)}.`,
    'fetch-network': (params) =>
      `Non è stato possibile scaricare ${object(params)}: la rete non ha funzionato, oppure il server non consente a questa pagina di ${agree(params, 'leggerlo', 'leggerli')} ` +
      '(un file ospitato su un altro sito deve essere servito con l’intestazione Access-Control-Allow-Origin).',
    'fetch-http': (params) => {
      const reason = params.status === 404 ? ' (non trovato)' : params.statusText ? ` (${params.statusText})` : '';
      return `Non è stato possibile caricare ${object(params)}: il server ha risposto HTTP ${params.status}${reason}.`;
    },
    'fetch-too-large': (params) =>
      `${capital(object(params))} ${agree(params, 'occupa', 'occupano')} ${megabytes(params.bytes)}, troppo per ${FILE[params.resource].a} ` +
      `(il limite è ${megabytes(params.limit)}).`,
    'load-cancelled': (params) => `Il caricamento ${ofObject(params)} è stato annullato.`,
    'load-failed': (params) => `Non è stato possibile caricare ${object(params)} (${params.detail}).`,
    'no-episode-source': () =>
      'Manca la descrizione dell’episodio: indica nell’attributo episode l’indirizzo di un file JSON, ' +
      'oppure inserisci il JSON nell’elemento, dentro un <script type="application/json">.',
    // — playing the audio
    'audio-aborted': ({ file }) => `Il caricamento del file audio ${quoted(file)} è stato interrotto.`,
    'audio-unsupported': ({ file }) => `Il file audio ${quoted(file)} è in un formato che questo browser non può riprodurre.`,
    'audio-network': ({ file }) => `Il download del file audio ${quoted(file)} si è interrotto per un errore di rete.`,
    'audio-undecodable': ({ file }) =>
      `Non è stato possibile riprodurre il file audio ${quoted(file)}: il browser non riesce a decodificarlo ` +
      '(potrebbe essere danneggiato o non essere affatto un audio).',
    'audio-unseekable': ({ file }) =>
      `Il server del file audio ${quoted(file)} non consente di spostarsi nel file (non supporta le richieste HTTP Range), ` +
      'quindi non si può saltare a un punto preciso. La riproduzione dall’inizio funziona.',
    'lock-screen-failed': ({ detail }) =>
      `Non è stato possibile attivare i controlli della schermata di blocco e del pannello multimediale del sistema (${detail}). La riproduzione non è interessata.`,
    'play-blocked': ({ file }) => `Il browser ha bloccato la riproduzione di ${quoted(file)}. Premi Riproduci per avviarla.`,
    'play-interrupted': ({ file, by }) =>
      `La riproduzione di ${quoted(file)} è stata interrotta ${{ pause: 'da una pausa', 'new-source': 'da una nuova sorgente audio', removed: 'perché il lettore ha lasciato la pagina' }[by]} prima di iniziare.`,
    'play-no-source': () => 'Non c’è nessun audio da riprodurre.',
    // — feeds, and chapters inside the audio
    'xml-not-xml': ({ found }) => `non è XML: inizia con ${value(found)}`,
    'xml-unexpected-end': ({ open, openedAtLine, within }) =>
      open
        ? `il file finisce dentro <${open}> (aperto alla riga ${openedAtLine}): è troncato o non è ben formato`
        : within
          ? `il file finisce all’interno ${WITHIN[within]}`
          : 'il file finisce prima di qualsiasi elemento',
    'xml-mismatched-tag': ({ expected, found, openedAtLine }) =>
      `</${found}> chiude <${expected}> (aperto alla riga ${openedAtLine}): l’XML non è ben formato`,
    'xml-unexpected': ({ found, expected }) =>
      `${value(found)} non era previsto qui${expected ? ` (previsto ${EXPECTED[expected]})` : ''}: l’XML non è ben formato`,
    'xml-text-outside-root': () => 'c’è del contenuto dopo la fine del documento: l’XML non è ben formato',
    'xml-undefined-entity': ({ entity }) => `l’entità ${entity} non è definita, quindi è stata lasciata com’era`,
    'xml-bare-ampersand': () => 'una «&» che non apre alcuna entità (andrebbe scritta «&amp;») è stata lasciata com’era',
    'url-unusable': ({ field, value: written }) =>
      `l’indirizzo ${value(written)} in ${field} non è un indirizzo http(s) utilizzabile ed è stato ignorato`,
    'value-unusable': ({ field, value: written }) =>
      `non è stato possibile leggere ${value(written)} in ${field}, quindi il valore è stato ignorato`,
    'feed-not-rss': ({ root }) =>
      root === 'html'
        ? 'è una pagina web, non un feed di podcast: controlla l’indirizzo'
        : `non è un feed RSS (il suo elemento radice è <${root}>, non <rss>)`,
    'feed-no-items': () => 'il feed non contiene episodi',
    'feed-item-not-found': ({ item, count }) =>
      count === 1
        ? `l’unico episodio non ha il GUID o il numero di episodio ${value(item)}`
        : `nessuno dei ${number(count)} episodi ha il GUID o il numero di episodio ${value(item)}`,
    'feed-item-no-audio': ({ title }) =>
      `l’episodio${title ? ` ${quoted(title)}` : ''} non ha un audio con un indirizzo http(s) (manca <enclosure>)`,
    'feed-transcript-type-unknown': ({ type }) =>
      `il lettore non conosce il tipo di trascrizione ${value(type)}, quindi il formato viene riconosciuto dal file`,
    'feed-blocked': sentence(
      ({ file, origin }) =>
        `il feed ${quoted(file)} si trova su un altro sito${origin ? ` (${origin})` : ''} che non consente a questa pagina di leggerlo: ${WAYS_OUT}`,
    ),
    'feed-unreachable': sentence(
      ({ file }) =>
        `non è stato possibile scaricare il feed ${quoted(file)}: la rete non ha funzionato, oppure il server non consente a questa pagina di leggerlo (${WAYS_OUT})`,
    ),
    'feed-http-error': sentence(
      ({ file, status }) =>
        `non è stato possibile caricare il feed ${quoted(file)}: il server ha risposto HTTP ${status}${status === 404 ? ' (non trovato)' : ''}`,
    ),
    'feed-timeout': sentence(({ file, seconds: n }) => `il feed ${quoted(file)} non è arrivato entro ${seconds(n)}`),
    'feed-too-large': sentence(({ file, megabytes: size }) => `il feed ${quoted(file)} occupa ${number(size)} MB, troppo per essere letto`),
    'id3-version-unsupported': ({ version }) => `il tag ID3v2.${version} non viene letto (solo ID3v2.3 e v2.4 contengono capitoli)`,
    'id3-truncated': ({ bytes, announced }) => `il tag ID3 è troncato dopo ${number(bytes)} byte su ${number(announced)}`,
    'id3-frame-unreadable': ({ frame, reason }) =>
      `il frame ${frame} ${reason === 'size' ? 'è più grande del tag' : reason === 'compressed' ? 'è compresso' : 'è cifrato'}, quindi è stato saltato`,
    'id3-image-too-large': ({ kilobytes, limit }) =>
      `l’immagine del capitolo occupa ${number(kilobytes)} KB (più di ${number(limit)} KB), quindi è stata esclusa`,
    'id3-image-not-raster': ({ mime }) =>
      `l’immagine del capitolo, di tipo ${value(mime)}, non è un’immagine PNG, JPEG, GIF, WebP o AVIF, quindi è stata esclusa`,
    'embedded-chapters-no-range': sentence(
      ({ file }) =>
        `i capitoli contenuti in ${quoted(file)} non sono stati letti: il suo server non risponde alle richieste HTTP Range e per leggerli non viene scaricato l’intero file`,
    ),
    'embedded-chapters-blocked': sentence(
      ({ file }) =>
        `non è stato possibile leggere i capitoli contenuti in ${quoted(file)}: la rete non ha funzionato, oppure il server dell’audio non consente a questa pagina di leggere il file (deve inviare Access-Control-Allow-Origin)`,
    ),
    'embedded-chapters-http-error': sentence(
      ({ file, status }) => `non è stato possibile leggere i capitoli contenuti in ${quoted(file)}: il server ha risposto HTTP ${status}`,
    ),
    'embedded-chapters-tag-too-large': sentence(
      ({ file, megabytes: size, limit }) =>
        `i capitoli contenuti in ${quoted(file)} non sono stati letti: il suo tag ID3 occupa ${number(size)} MB (il limite è ${number(limit)} MB)`,
    ),
    'embedded-chapters-timeout': sentence(
      ({ file, seconds: n }) => `i capitoli contenuti in ${quoted(file)} non sono arrivati entro ${seconds(n)}`,
    ),
  },
};
