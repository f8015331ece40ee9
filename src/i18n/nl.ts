import type { EntryKind, FileRef, Quoted, Resource } from '../core/message.js';
import { formatTimestamp } from '../core/time.js';
import { describeProblem } from './describe.js';
import { formatNumber, pluralOf, spokenDuration } from './intl.js';
import type { Strings } from './strings.js';

const number = (n: number, digits?: number): string => formatNumber('nl', n, digits);
const counted = (n: number, one: string, other: string): string => `${number(n)} ${pluralOf('nl', n) === 'one' ? one : other}`;
const seconds = (n: number): string => counted(n, 'seconde', 'seconden');
const megabytes = (bytes: number): string => `${number(bytes / 1024 / 1024, 1)} MB`;
const quoted = (text: string): string => `“${text}”`;

/**
 * The files a sentence names. A file is singular ("het transcriptiebestand"); data given
 * inline is "gegevens", a plural, so the verb follows (`agree`).
 */
const FILE: Record<Resource, { file: string; inline: string; from: string; a: string }> = {
  audio: { file: 'Het audiobestand', inline: 'De audiogegevens', from: 'uit het audiobestand', a: 'een audiobestand' },
  transcript: {
    file: 'Het transcriptiebestand',
    inline: 'De transcriptiegegevens',
    from: 'uit het transcriptiebestand',
    a: 'een transcriptiebestand',
  },
  chapters: { file: 'Het hoofdstukbestand', inline: 'De hoofdstukgegevens', from: 'uit het hoofdstukbestand', a: 'een hoofdstukbestand' },
  episode: {
    file: 'Het afleveringsbestand',
    inline: 'De ingesloten afleveringsgegevens',
    from: 'uit het afleveringsbestand',
    a: 'een afleveringsbestand',
  },
  feed: { file: 'De feed', inline: 'De feedgegevens', from: 'uit de feed', a: 'een feed' },
};
const subject = ({ resource, file }: FileRef): string =>
  file === undefined ? FILE[resource].inline : `${FILE[resource].file} ${quoted(file)}`;
/** The verb for `subject`: singular for a file, plural for inline "gegevens". */
const agree = ({ file }: FileRef, singular: string, plural: string): string => (file === undefined ? plural : singular);

/** What a skipped entry was: "het segment", "de vermelding" (and so "dit" or "deze"). */
const ENTRIES: Record<EntryKind, { many: string; this: string; the: string; none: string }> = {
  segment: { many: 'segmenten', this: 'dit segment', the: 'het segment', none: 'geen enkel segment' },
  chapter: { many: 'hoofdstukken', this: 'dit hoofdstuk', the: 'het hoofdstuk', none: 'geen enkel hoofdstuk' },
  entry: { many: 'vermeldingen', this: 'deze vermelding', the: 'de vermelding', none: 'geen enkele vermelding' },
  item: { many: 'elementen', this: 'dit element', the: 'het element', none: 'geen enkel element' },
};

const VALUE_KINDS = { null: 'null', list: 'een lijst', object: 'een object', nothing: 'niets', other: 'een waarde van een ander type' };
const value = (written: Quoted): string => ('text' in written ? written.text : VALUE_KINDS[written.kind]);

/** For the messages of feeds: what a file ended inside of, what was expected, the ways out of a CORS refusal. */
const WITHIN = {
  tag: 'een tag',
  comment: 'een commentaar',
  cdata: 'een CDATA-sectie',
  instruction: 'een verwerkingsinstructie',
  doctype: 'de DOCTYPE-declaratie',
};
const EXPECTED = {
  'tag-end': '">" of "/>"',
  equals: '"="',
  quote: 'een waarde tussen aanhalingstekens',
  'tag-name': 'een tagnaam',
  'attribute-name': 'een attribuutnaam',
};
const WAYS_OUT =
  'de server moet de header Access-Control-Allow-Origin meesturen, of de site maakt het afleveringsbestand tijdens het bouwen met “npx podcast-transcript-player episode <feed>”';

/**
 * The player's Dutch. Problems in a file are fragments after where they are
 * ("regel 3: de eindtijd …"); sentences naming a file stand alone.
 */
/** A message shown alone in the widget (a feed, or the chapters inside the audio, that could not be read): a whole sentence. */
function sentence<P>(words: (params: P) => string): (params: P) => string {
  return (params) => {
    const text = words(params);
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
  };
}

export const nl: Strings = {
  locale: 'nl',
  player: 'Podcastspeler',
  play: 'Afspelen',
  pause: 'Pauzeren',
  skipBack: (n: number) => `${seconds(n)} terug`,
  skipForward: (n: number) => `${seconds(n)} vooruit`,
  speed: 'Afspeelsnelheid',
  speedOption: (rate: number) => `${number(rate)}×`,
  seek: 'Afspeelpositie',
  elapsed: 'Verstreken tijd',
  total: 'Totale duur',
  chapters: 'Hoofdstukken',
  transcript: 'Transcriptie',
  chapterLink: (title: string) => `Link bij ${quoted(title)} openen (nieuw tabblad)`,
  chapterFallback: (n: number) => `Hoofdstuk ${number(n)}`,
  loading: 'Laden…',
  buffering: 'Bufferen…',
  loadingAudio: 'Audio wordt geladen…',
  unknownTime: 'onbekend',
  noTranscript: 'Er is geen transcriptie voor deze aflevering.',
  playFromHere: 'Druk op Enter om vanaf deze regel af te spelen.',
  untimedTranscript: 'Deze transcriptie heeft geen tijden en volgt de audio dus niet: lees en doorzoek haar als tekst.',
  searchTranscript: 'Transcriptie doorzoeken',
  matchCount: (current: number, total: number) => `${number(current)} van ${number(total)}`,
  noMatches: 'Geen resultaten',
  previousMatch: 'Vorig resultaat',
  nextMatch: 'Volgend resultaat',
  backToCurrent: 'Terug naar de huidige positie',
  share: 'Link naar dit moment kopiëren',
  shareQuote: 'Link naar dit citaat kopiëren',
  showNotes: 'Shownotes',
  transcriptLanguage: 'Taal',
  languageUnstated: 'Taal niet vermeld',
  chapterAnnouncement: (title: string) => `Hoofdstuk: ${title}`,
  linkCopied: 'Link gekopieerd.',
  linkNotCopied: (link: string) => `Kopieer deze link: ${link}`,
  download: 'Audio downloaden',
  resumeAt: (time: string) => `Verder bij ${time}`,
  skipped: (count: number, resource: Resource) =>
    pluralOf('nl', count) === 'one'
      ? `${number(count)} vermelding ${FILE[resource].from} kon niet worden gelezen en is overgeslagen.`
      : `${number(count)} vermeldingen ${FILE[resource].from} konden niet worden gelezen en zijn overgeslagen.`,
  ignored: (count: number) =>
    pluralOf('nl', count) === 'one'
      ? `${number(count)} veld van de afleveringsbeschrijving kon niet worden gebruikt en is genegeerd.`
      : `${number(count)} velden van de afleveringsbeschrijving konden niet worden gebruikt en zijn genegeerd.`,
  timePhrase: (hours: number, minutes: number, secs: number) => spokenDuration('nl', hours, minutes, secs),
  timeOf: (elapsed: string, total: string) => `${elapsed} van ${total}`,
  labelled: (label: string, text: string) => `${label}: ${text}`,
  line: (line: number, column?: number) => `regel ${line}${column === undefined ? '' : `, kolom ${column}`}`,
  value,
  downloadTranscript: 'Transcriptie downloaden',
  transcriptFile: (format: 'txt' | 'vtt' | 'srt') =>
    ({ txt: 'Tekst (.txt)', vtt: 'WebVTT-ondertitels (.vtt)', srt: 'SRT-ondertitels (.srt)' })[format],
  messages: {
    // — a file as a whole
    'file-empty': () => 'het bestand is leeg',
    'file-not-text': () => 'het bestand kon niet als tekst worden gelezen',
    'file-too-large': ({ megabytes: size }) => `het bestand is groter dan ${number(size)} MB`,
    'file-unreadable': ({ detail }) => `het bestand kon niet worden gelezen (${detail})`,
    'more-problems': ({ count }) =>
      pluralOf('nl', count) === 'one'
        ? `nog ${number(count)} probleem van deze soort is niet vermeld`
        : `nog ${number(count)} problemen van deze soort zijn niet vermeld`,
    'format-unknown': ({ resource }) =>
      resource === 'transcript'
        ? 'geen transcriptie: verwacht werd WebVTT, SRT, Podcasting 2.0-JSON, Podlove-JSON, Podlove Simple Transcripts (XML), HTML, regels met tijdcodes of platte tekst'
        : 'geen hoofdstukbestand: verwacht werden Podcasting 2.0-JSON-hoofdstukken, Podlove Simple Chapters (XML of JSON) of WebVTT-hoofdstukken',
    'nothing-found': ({ resource, example }) =>
      `geen ${resource === 'transcript' ? 'transcriptieregels' : 'hoofdstukken'} gevonden${example ? ` (verwacht werd iets als ${example})` : ''}`,
    'web-page': () => 'dit lijkt een webpagina, geen transcriptie',
    // — JSON
    'json-invalid': ({ detail, column, atEnd }) => {
      const at = column === undefined ? '' : `kolom ${column}${atEnd ? ', aan het einde' : ''}`;
      const why = [at, detail].filter(Boolean).join(': ');
      return why ? `dit is geen geldige JSON (${why})` : 'dit is geen geldige JSON';
    },
    'json-is-markup': () =>
      'dit is geen JSON maar een webpagina of XML (het begint met "<"): controleer het adres; op een ontbrekend bestand antwoordt een server vaak met een pagina',
    'json-single-quotes': () => 'het bestand gebruikt enkele in plaats van dubbele aanhalingstekens; het is toch gelezen',
    'list-missing': ({ field, example }) => `${field} ontbreekt (verwacht: ${example})`,
    'not-a-list': ({ entry, example }) => `verwacht werd een lijst met ${ENTRIES[entry].many} (${example})`,
    'entry-not-object': ({ entry }) => `${ENTRIES[entry].this} is geen object en is overgeslagen`,
    // — timed entries
    'field-missing': ({ field, entry }) => `${field} ontbreekt, dus ${ENTRIES[entry].this} is overgeslagen`,
    'field-not-time': ({ field, value: written, entry }) =>
      `${field} (${value(written)}) is geen tijdcode, dus ${ENTRIES[entry].this} is overgeslagen`,
    'start-missing': ({ entry }) => `${ENTRIES[entry].the} heeft geen begintijd en is overgeslagen`,
    'start-not-time': ({ value: written, entry }) =>
      `de begintijd (${value(written)}) is geen tijdcode, dus ${ENTRIES[entry].this} is overgeslagen`,
    'end-not-time': ({ field, value: written }) => `${field} (${value(written)}) is geen tijdcode en is genegeerd`,
    'end-before-start': ({ start, end }) =>
      `de eindtijd ${formatTimestamp(end)} ligt vóór de begintijd ${formatTimestamp(start)} en is daarom genegeerd`,
    'time-unreadable': ({ value: written }) => `de tijdcode ${value(written)} kon niet worden gelezen`,
    'no-timed-text': ({ entry }) => `${ENTRIES[entry].none} heeft zowel een begintijd als tekst`,
    'segments-without-text': ({ count, total }) =>
      count < total
        ? pluralOf('nl', count) === 'one'
          ? `${number(count)} segment heeft geen tekst (body ontbreekt) en is overgeslagen`
          : `${number(count)} segmenten hebben geen tekst (body ontbreekt) en zijn overgeslagen`
        : total === 1
          ? 'het enige segment heeft geen tekst (body ontbreekt)'
          : `geen van de ${number(total)} segmenten heeft tekst (body ontbreekt)`,
    'start-past-limit': ({ entry, text, hours }) =>
      `${ENTRIES[entry].the} ${value(text)} begint na ${number(hours)} uur, later dan welke aflevering ook, dus ${ENTRIES[entry].this} is overgeslagen`,
    'times-past-limit': ({ entry, text, hours }) => `tijden na ${number(hours)} uur in ${ENTRIES[entry].the} ${value(text)} zijn genegeerd`,
    'words-not-list': ({ value: written }) =>
      `een lijst van woorden met tijden werd verwacht, niet ${value(written)}, dus de woorden zijn genegeerd`,
    'word-unusable': () => 'een woord heeft een begin, een einde en tekst nodig, dus dit woord is overgeslagen',
    // — cue files and timestamped lines
    'vtt-signature-missing': ({ found }) =>
      `een WebVTT-bestand moet beginnen met de regel WEBVTT, maar ${'text' in found && found.text !== '""' ? `dit bestand begint met ${found.text}` : 'de eerste regel is leeg'}, dus het is niet gelezen`,
    'text-outside-cue': () => 'tekst buiten een ondertitelblok (zonder tijdregel ervoor) is overgeslagen',
    'cue-timing-invalid': ({ value: written }) => `de tijdregel ${value(written)} kon niet worden gelezen, dus dit blok is overgeslagen`,
    'text-before-first-time': () => 'tekst vóór de eerste tijdcode is overgeslagen',
    // — addresses in files
    'image-address-unusable': ({ value: written }) =>
      `het afbeeldingsadres ${value(written)} is geen bruikbaar http(s)- of afbeeldingsadres en is genegeerd`,
    'link-address-unusable': ({ value: written }) => `de link ${value(written)} is geen bruikbaar http(s)-adres en is genegeerd`,
    // — the episode description
    'manifest-not-object': ({ value: written }) => `een afleveringsbeschrijving moet een JSON-object zijn, niet ${value(written)}`,
    'no-audio': () => 'er is geen bruikbare audio: geef het http(s)-adres van het audiobestand van de aflevering op',
    'audio-address-unusable': ({ value: written }) =>
      written.kind === 'nothing'
        ? 'het adres van een audiobestand ontbreekt, dus deze bron is overgeslagen'
        : `${value(written)} is geen http(s)-adres van een audiobestand, dus deze bron is overgeslagen`,
    'mime-type-invalid': ({ value: written }) => `${value(written)} is geen MIME-type zoals “audio/mpeg” en is genegeerd`,
    'data-address-unusable': ({ value: written }) => `${value(written)} is geen http(s)-adres en is daarom niet geladen`,
    'format-name-unknown': ({ value: written, resource, known }) =>
      `${value(written)} is geen bekend ${resource === 'transcript' ? 'transcriptieformaat' : 'hoofdstukformaat'} (${known.join(', ')}); ` +
      'het formaat wordt uit het bestand afgeleid',
    'data-value-invalid': ({ value: written }) =>
      `verwacht werd een URL of ingesloten gegevens, niet ${value(written)}; de waarde is genegeerd`,
    'transcripts-not-list': ({ value: written }) =>
      `verwacht werd een lijst met transcripties, niet ${value(written)}; de waarde is genegeerd`,
    'transcript-address-unusable': ({ value: written }) =>
      written.kind === 'nothing'
        ? 'deze vermelding noemt geen adres van een transcriptie en is overgeslagen'
        : `${value(written)} is geen http(s)-adres van een transcriptie; de vermelding is overgeslagen`,
    'language-tag-invalid': ({ value: written }) => `${value(written)} is geen taalcode zoals “en” of “de-AT” en is genegeerd`,
    'not-text': ({ value: written }) => `verwacht werd tekst, niet ${value(written)}; de waarde is genegeerd`,
    'duration-invalid': ({ value: written }) =>
      `${value(written)} is geen tijdsduur (seconden, of een kloktijd zoals “1:02:03”) en is genegeerd`,
    'date-invalid': ({ value: written }) => `${value(written)} is geen datum (zoals “2024-05-01”) en is genegeerd`,
    // — loading a file
    'file-unusable': (params, strings) =>
      `${subject(params)} ${agree(params, 'kon', 'konden')} niet worden gebruikt: ${describeProblem(strings, params.problem)}.`,
    'file-not-json': (params, strings) => {
      const { problem } = params;
      const is = agree(params, 'is', 'zijn');
      if (problem.code === 'file-empty') return `${subject(params)} ${is} leeg.`;
      if (problem.code === 'json-is-markup')
        return (
          `${subject(params)} ${is} geen JSON maar een webpagina of XML (begint met "<"): ` +
          'controleer het adres; op een ontbrekend bestand antwoordt een server vaak met een pagina.'
        );
      if (problem.code !== 'json-invalid')
        return `${subject(params)} ${agree(params, 'kon', 'konden')} niet worden gebruikt: ${describeProblem(strings, problem)}.`;
      const { column, atEnd, detail } = problem.params;
      const at = [
        problem.line === undefined ? '' : `regel ${problem.line}`,
        column === undefined ? '' : `kolom ${column}`,
        atEnd ? 'aan het einde' : '',
      ].filter(Boolean);
      return `${subject(params)} ${is} geen geldige JSON${at.length ? ` (${at.join(', ')})` : ''}${detail ? `: ${detail}` : ''}.`;
    },
    'fetch-timeout': (params) => `${subject(params)} ${agree(params, 'is', 'zijn')} niet binnen ${seconds(params.seconds)} aangekomen.`,
    'fetch-network': (params) =>
      `${subject(params)} ${agree(params, 'kon', 'konden')} niet worden opgehaald: het netwerk faalde, of de server staat niet toe dat deze pagina ` +
      `${agree(params, 'het', 'ze')} leest (een bestand op een andere site moet worden geleverd met de header Access-Control-Allow-Origin).`,
    'fetch-http': (params) => {
      const reason = params.status === 404 ? ' (niet gevonden)' : params.statusText ? ` (${params.statusText})` : '';
      return `${subject(params)} ${agree(params, 'kon', 'konden')} niet worden geladen: de server antwoordde met HTTP ${params.status}${reason}.`;
    },
    'fetch-too-large': (params) =>
      `${subject(params)} ${agree(params, 'is', 'zijn')} ${megabytes(params.bytes)}, te groot voor ${FILE[params.resource].a} ` +
      `(de limiet is ${megabytes(params.limit)}).`,
    'load-cancelled': (params) => `${subject(params)} ${agree(params, 'is', 'zijn')} niet geladen: het laden is afgebroken.`,
    'load-failed': (params) => `${subject(params)} ${agree(params, 'kon', 'konden')} niet worden geladen (${params.detail}).`,
    'no-episode-source': () =>
      'Er is geen afleveringsbeschrijving: geef het attribuut episode het adres van een JSON-bestand, ' +
      'of zet de JSON in het element, in een <script type="application/json">.',
    // — playing the audio
    'audio-aborted': ({ file }) => `Het laden van het audiobestand ${quoted(file)} is afgebroken.`,
    'audio-unsupported': ({ file }) => `Het audiobestand ${quoted(file)} heeft een formaat dat deze browser niet kan afspelen.`,
    'audio-network': ({ file }) => `Het downloaden van het audiobestand ${quoted(file)} is gestopt door een netwerkfout.`,
    'audio-undecodable': ({ file }) =>
      `Het audiobestand ${quoted(file)} kon niet worden afgespeeld: de browser kan het niet decoderen ` +
      '(misschien is het beschadigd, of helemaal geen audio).',
    'audio-unseekable': ({ file }) =>
      `De server van het audiobestand ${quoted(file)} ondersteunt geen zoeken in het bestand (geen HTTP Range-verzoeken), ` +
      'dus naar een bepaald tijdstip springen werkt niet. Afspelen vanaf het begin werkt wel.',
    'lock-screen-failed': ({ detail }) =>
      `De bediening op het vergrendelscherm en in het mediapaneel van het systeem kon niet worden ingesteld (${detail}). Het afspelen werkt gewoon.`,
    'play-blocked': ({ file }) => `De browser heeft het afspelen van ${quoted(file)} geblokkeerd. Druk op Afspelen om te beginnen.`,
    'play-interrupted': ({ file, by }) =>
      `Het afspelen van ${quoted(file)} is onderbroken ${{ pause: 'door een pauze', 'new-source': 'door een nieuwe audiobron', removed: 'omdat de speler de pagina heeft verlaten' }[by]} voordat het begon.`,
    'play-no-source': () => 'Er is geen audio om af te spelen.',
    // — feeds, and chapters inside the audio
    'xml-not-xml': ({ found }) => `dit is geen XML: het begint met ${value(found)}`,
    'xml-unexpected-end': ({ open, openedAtLine, within }) =>
      open
        ? `het bestand eindigt binnen <${open}> (geopend op regel ${openedAtLine}): het is afgebroken of niet goed gevormd`
        : within
          ? `het bestand eindigt binnen ${WITHIN[within]}`
          : 'het bestand eindigt vóór het eerste element',
    'xml-mismatched-tag': ({ expected, found, openedAtLine }) =>
      `</${found}> sluit <${expected}> (geopend op regel ${openedAtLine}): de XML is niet goed gevormd`,
    'xml-unexpected': ({ found, expected }) =>
      `onverwacht: ${value(found)}${expected ? `, verwacht werd ${EXPECTED[expected]}` : ''}; de XML is niet goed gevormd`,
    'xml-text-outside-root': () => 'na het einde van het document volgt nog inhoud: de XML is niet goed gevormd',
    'xml-undefined-entity': ({ entity }) => `de entiteit ${entity} is niet gedefinieerd en is ongewijzigd gelaten`,
    'xml-bare-ampersand': () => 'een “&” waarmee geen entiteit begint (dat zou “&amp;” moeten zijn) is ongewijzigd gelaten',
    'url-unusable': ({ field, value: written }) =>
      `het adres ${value(written)} in ${field} is geen bruikbaar http(s)-adres en is genegeerd`,
    'value-unusable': ({ field, value: written }) => `${value(written)} in ${field} kon niet worden gelezen en is genegeerd`,
    'feed-not-rss': ({ root }) =>
      root === 'html'
        ? 'dit is een webpagina, geen podcastfeed: controleer het adres'
        : `dit is geen RSS-feed (het hoofdelement is <${root}>, niet <rss>)`,
    'feed-no-items': () => 'de feed bevat geen afleveringen',
    'feed-item-not-found': ({ item, count }) =>
      count === 1
        ? `de enige aflevering heeft niet de GUID of het afleveringsnummer ${value(item)}`
        : `geen van de ${number(count)} afleveringen heeft de GUID of het afleveringsnummer ${value(item)}`,
    'feed-item-no-audio': ({ title }) =>
      `de aflevering${title ? ` ${quoted(title)}` : ''} heeft geen audio met een http(s)-adres (geen <enclosure>)`,
    'feed-transcript-type-unknown': ({ type }) =>
      `de speler kent het transcriptietype ${value(type)} niet; het formaat wordt uit het bestand afgeleid`,
    'feed-blocked': sentence(
      ({ file, origin }) =>
        `de feed ${quoted(file)} staat op een andere site${origin ? ` (${origin})` : ''} die niet toestaat dat deze pagina hem leest: ${WAYS_OUT}`,
    ),
    'feed-unreachable': sentence(
      ({ file }) =>
        `de feed ${quoted(file)} kon niet worden opgehaald: het netwerk faalde, of de server staat niet toe dat deze pagina hem leest (${WAYS_OUT})`,
    ),
    'feed-http-error': sentence(
      ({ file, status }) =>
        `de feed ${quoted(file)} kon niet worden geladen: de server antwoordde met HTTP ${status}${status === 404 ? ' (niet gevonden)' : ''}`,
    ),
    'feed-timeout': sentence(({ file, seconds: n }) => `de feed ${quoted(file)} is niet binnen ${seconds(n)} aangekomen`),
    'feed-too-large': sentence(({ file, megabytes: size }) => `de feed ${quoted(file)} is ${number(size)} MB, te groot om te lezen`),
    'id3-version-unsupported': ({ version }) => `de ID3v2.${version}-tag wordt niet gelezen (alleen ID3v2.3 en v2.4 bevatten hoofdstukken)`,
    'id3-truncated': ({ bytes, announced }) => `de ID3-tag is afgebroken na ${number(bytes)} van ${number(announced)} bytes`,
    'id3-frame-unreadable': ({ frame, reason }) =>
      `het ${frame}-frame ${reason === 'size' ? 'is groter dan de tag' : reason === 'compressed' ? 'is gecomprimeerd' : 'is versleuteld'} en is overgeslagen`,
    'id3-image-too-large': ({ kilobytes, limit }) =>
      `de hoofdstukafbeelding is ${number(kilobytes)} KB (meer dan ${number(limit)} KB) en is weggelaten`,
    'id3-image-not-raster': ({ mime }) =>
      `de hoofdstukafbeelding van het type ${value(mime)} is geen PNG-, JPEG-, GIF-, WebP- of AVIF-afbeelding en is weggelaten`,
    'embedded-chapters-no-range': sentence(
      ({ file }) =>
        `de hoofdstukken in ${quoted(file)} zijn niet gelezen: de server beantwoordt geen HTTP Range-verzoeken, en het hele bestand wordt daarvoor niet gedownload`,
    ),
    'embedded-chapters-blocked': sentence(
      ({ file }) =>
        `de hoofdstukken in ${quoted(file)} konden niet worden gelezen: het netwerk faalde, of de audioserver staat niet toe dat deze pagina het bestand leest (hij moet Access-Control-Allow-Origin meesturen)`,
    ),
    'embedded-chapters-http-error': sentence(
      ({ file, status }) => `de hoofdstukken in ${quoted(file)} konden niet worden gelezen: de server antwoordde met HTTP ${status}`,
    ),
    'embedded-chapters-tag-too-large': sentence(
      ({ file, megabytes: size, limit }) =>
        `de hoofdstukken in ${quoted(file)} zijn niet gelezen: de ID3-tag is ${number(size)} MB (de limiet is ${number(limit)} MB)`,
    ),
    'embedded-chapters-timeout': sentence(
      ({ file, seconds: n }) => `de hoofdstukken in ${quoted(file)} zijn niet binnen ${seconds(n)} aangekomen`,
    ),
  },
};
