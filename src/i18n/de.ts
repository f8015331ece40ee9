import type { EntryKind, FileRef, Quoted, Resource } from '../core/message.js';
import { formatTimestamp } from '../core/time.js';
import { describeProblem } from './describe.js';
import { formatNumber, spokenDuration } from './intl.js';
import type { Strings } from './strings.js';

const number = (n: number, digits?: number): string => formatNumber('de', n, digits);
const unit = (n: number, one: string, many: string): string => `${number(n)} ${n === 1 ? one : many}`;
const megabytes = (bytes: number): string => `${number(bytes / 1024 / 1024, 1)} MB`;
const quoted = (file: string): string => `„${file}“`;

/**
 * The files a sentence names, in the cases German needs. Inline data is "Daten", a plural,
 * so the verb follows the subject (`verb`).
 */
const FILE: Record<Resource, { subject: string; genitive: string; accusative: string }> = {
  audio: { subject: 'Die Audiodatei', genitive: 'der Audiodatei', accusative: 'eine Audiodatei' },
  transcript: { subject: 'Die Transkriptdatei', genitive: 'der Transkriptdatei', accusative: 'eine Transkriptdatei' },
  chapters: { subject: 'Die Kapiteldatei', genitive: 'der Kapiteldatei', accusative: 'eine Kapiteldatei' },
  episode: { subject: 'Die Folgenbeschreibung', genitive: 'der Folgenbeschreibung', accusative: 'eine Folgenbeschreibung' },
  feed: { subject: 'Der Feed', genitive: 'des Feeds', accusative: 'einen Feed' },
};
const INLINE: Record<Resource, string> = {
  audio: 'Die Audiodaten',
  transcript: 'Die Transkriptdaten',
  chapters: 'Die Kapiteldaten',
  episode: 'Die eingebetteten Folgendaten',
  feed: 'Die Feed-Daten',
};
const subject = ({ resource, file }: FileRef): string =>
  file === undefined ? INLINE[resource] : `${FILE[resource].subject} ${quoted(file)}`;
/** The verb for `subject`: singular for a file, plural for inline "Daten". */
const verb = ({ file }: FileRef, singular: string, plural: string): string => (file === undefined ? plural : singular);

const ENTRIES: Record<EntryKind, { the: string; this: string; none: string; of: string; dativePlural: string }> = {
  segment: { the: 'das Segment', this: 'dieses Segment', none: 'kein Segment', of: 'des Segments', dativePlural: 'Segmenten' },
  chapter: { the: 'das Kapitel', this: 'dieses Kapitel', none: 'kein Kapitel', of: 'des Kapitels', dativePlural: 'Kapiteln' },
  entry: { the: 'der Eintrag', this: 'dieser Eintrag', none: 'kein Eintrag', of: 'des Eintrags', dativePlural: 'Einträgen' },
  item: { the: 'das Element', this: 'dieses Element', none: 'kein Element', of: 'des Elements', dativePlural: 'Elementen' },
};

// Each of these reads after "gefunden wurde" as well as on its own.
const VALUE_KINDS = { null: 'null', list: 'eine Liste', object: 'ein Objekt', nothing: 'nichts', other: 'etwas anderes' };
const value = (written: Quoted): string => ('text' in written ? written.text : VALUE_KINDS[written.kind]);

/**
 * The player's German. Problems in a file are fragments after where they are
 * ("Zeile 3: die Endzeit …"); sentences naming a file stand alone. Values are quoted as
 * the file writes them; file names with German quotation marks.
 */
/** For the messages of feeds: what a file ended inside of, what was expected, the ways out of a CORS refusal. */
const WITHIN = {
  tag: 'einem Tag',
  comment: 'einem Kommentar',
  cdata: 'einem CDATA-Abschnitt',
  instruction: 'einer Verarbeitungsanweisung',
  doctype: 'der DOCTYPE-Angabe',
};
const EXPECTED = {
  'tag-end': '">" oder "/>"',
  equals: '"="',
  quote: 'ein Wert in Anführungszeichen',
  'tag-name': 'ein Tag-Name',
  'attribute-name': 'ein Attributname',
};
const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
const WAYS_OUT =
  'der Server muss den Header Access-Control-Allow-Origin senden, oder die Website schreibt die Episodendatei beim Bauen mit „npx podcast-transcript-player episode <Feed>“';

export const de: Strings = {
  locale: 'de',
  player: 'Podcast-Player',
  play: 'Abspielen',
  pause: 'Pause',
  skipBack: (seconds: number) => `${seconds} Sekunden zurück`,
  skipForward: (seconds: number) => `${seconds} Sekunden vor`,
  speed: 'Wiedergabegeschwindigkeit',
  speedOption: (rate: number) => `${number(rate)}×`,
  seek: 'Wiedergabeposition',
  elapsed: 'Verstrichen',
  total: 'Gesamtdauer',
  chapters: 'Kapitel',
  transcript: 'Transkript',
  chapterLink: (title: string) => `Link zu „${title}“ öffnen (neuer Tab)`,
  chapterFallback: (n: number) => `Kapitel ${n}`,
  loading: 'Wird geladen …',
  buffering: 'Wird gepuffert …',
  loadingAudio: 'Audio wird geladen …',
  unknownTime: 'unbekannt',
  noTranscript: 'Zu dieser Folge gibt es kein Transkript.',
  playFromHere: 'Eingabetaste drücken, um ab dieser Zeile abzuspielen.',
  untimedTranscript:
    'Dieses Transkript hat keine Zeitangaben und folgt daher nicht dem Audio: Es lässt sich als Text lesen und durchsuchen.',
  searchTranscript: 'Transkript durchsuchen',
  matchCount: (current: number, total: number) => `${number(current)} von ${number(total)}`,
  noMatches: 'Keine Treffer',
  previousMatch: 'Vorheriger Treffer',
  nextMatch: 'Nächster Treffer',
  backToCurrent: 'Zurück zur aktuellen Stelle',
  share: 'Link zu dieser Stelle kopieren',
  shareQuote: 'Link zu diesem Zitat kopieren',
  showNotes: 'Shownotes',
  transcriptLanguage: 'Sprache',
  languageUnstated: 'Sprache nicht angegeben',
  chapterAnnouncement: (title: string) => `Kapitel: ${title}`,
  linkCopied: 'Link kopiert.',
  linkNotCopied: (link: string) => `Diesen Link kopieren: ${link}`,
  download: 'Audio herunterladen',
  resumeAt: (time: string) => `Weiter bei ${time}`,
  skipped: (count: number, resource: Resource) =>
    `${unit(count, 'Eintrag', 'Einträge')} ${FILE[resource].genitive} ${
      count === 1 ? 'konnte nicht gelesen werden und wurde' : 'konnten nicht gelesen werden und wurden'
    } übersprungen.`,
  ignored: (count: number) =>
    `${unit(count, 'Angabe', 'Angaben')} der Folgenbeschreibung ${
      count === 1 ? 'konnte nicht verwendet werden und wurde' : 'konnten nicht verwendet werden und wurden'
    } ignoriert.`,
  timePhrase: (hours: number, minutes: number, seconds: number) => spokenDuration('de', hours, minutes, seconds),
  timeOf: (elapsed: string, total: string) => `${elapsed} von ${total}`,
  labelled: (label: string, text: string) => `${label}: ${text}`,
  line: (line: number, column?: number) => `Zeile ${line}${column === undefined ? '' : `, Spalte ${column}`}`,
  value,
  downloadTranscript: 'Transkript herunterladen',
  transcriptFile: (format: 'txt' | 'vtt' | 'srt') =>
    ({ txt: 'Text (.txt)', vtt: 'WebVTT-Untertitel (.vtt)', srt: 'SRT-Untertitel (.srt)' })[format],
  messages: {
    // — a file as a whole
    'file-empty': () => 'die Datei ist leer',
    'file-not-text': () => 'die Datei konnte nicht als Text gelesen werden',
    'file-too-large': ({ megabytes: size }) => `die Datei ist größer als ${number(size)} MB`,
    'file-unreadable': ({ detail }) => `die Datei konnte nicht gelesen werden (${detail})`,
    'more-problems': ({ count }) =>
      count === 1
        ? 'ein weiteres Problem dieser Art wurde nicht aufgeführt'
        : `${count} weitere Probleme dieser Art wurden nicht aufgeführt`,
    'format-unknown': ({ resource }) =>
      resource === 'transcript'
        ? 'kein Transkript: erwartet wurde WebVTT, SRT, Podcasting-2.0-JSON, Podlove-JSON, Podlove Simple Transcripts (XML), HTML, Zeilen mit Zeitangaben oder reiner Text'
        : 'keine Kapiteldatei: erwartet wurden Podcasting-2.0-JSON-Kapitel, Podlove Simple Chapters (XML oder JSON) oder WebVTT-Kapitel',
    'nothing-found': ({ resource, example }) =>
      `keine ${resource === 'transcript' ? 'Transkriptzeilen' : 'Kapitel'} gefunden${example ? ` (erwartet wurde etwa ${example})` : ''}`,
    'web-page': () => 'das sieht nach einer Webseite aus, nicht nach einem Transkript',
    // — JSON
    'json-invalid': ({ detail, column, atEnd }) => {
      const at = column === undefined ? '' : `Spalte ${column}${atEnd ? ', am Ende' : ''}`;
      const why = [at, detail].filter(Boolean).join(': ');
      return why ? `das ist kein gültiges JSON (${why})` : 'das ist kein gültiges JSON';
    },
    'json-is-markup': () =>
      'das ist kein JSON, sondern eine Webseite oder XML (es beginnt mit „<“): bitte die Adresse prüfen, eine fehlende Datei wird oft mit einer Seite beantwortet',
    'json-single-quotes': () => 'die Datei verwendet einfache statt doppelter Anführungszeichen; sie wurde trotzdem gelesen',
    'list-missing': ({ field, example }) => `${field} fehlt (erwartet: ${example})`,
    'not-a-list': ({ entry, example }) => `erwartet wurde eine Liste von ${ENTRIES[entry].dativePlural} (${example})`,
    'entry-not-object': ({ entry }) => `${ENTRIES[entry].this} ist kein Objekt und wurde übersprungen`,
    // — timed entries
    'field-missing': ({ field, entry }) => `${field} fehlt, daher wurde ${ENTRIES[entry].this} übersprungen`,
    'field-not-time': ({ field, value: written, entry }) =>
      `${field} ${value(written)} ist keine Zeitangabe, daher wurde ${ENTRIES[entry].this} übersprungen`,
    'start-missing': ({ entry }) => `${ENTRIES[entry].the} hat keine Startzeit und wurde übersprungen`,
    'start-not-time': ({ value: written, entry }) =>
      `die Startzeit ${value(written)} ${ENTRIES[entry].of} ist keine Zeitangabe, daher wurde ${ENTRIES[entry].this} übersprungen`,
    'end-not-time': ({ field, value: written }) => `${field} ${value(written)} ist keine Zeitangabe und wurde ignoriert`,
    'end-before-start': ({ start, end }) =>
      `die Endzeit ${formatTimestamp(end)} liegt vor der Startzeit ${formatTimestamp(start)} und wurde daher ignoriert`,
    'time-unreadable': ({ value: written }) => `die Zeitangabe ${value(written)} konnte nicht gelesen werden`,
    'no-timed-text': ({ entry }) => `${ENTRIES[entry].none} hat sowohl eine Startzeit als auch Text`,
    'segments-without-text': ({ count, total }) =>
      count < total
        ? `${unit(count, 'Segment hat', 'Segmente haben')} keinen Text (body fehlt) und ${count === 1 ? 'wurde' : 'wurden'} übersprungen`
        : total === 1
          ? 'das einzige Segment hat keinen Text (body fehlt)'
          : `keines der ${total} Segmente hat Text (body fehlt)`,
    'start-past-limit': ({ entry, text, hours }) =>
      `${ENTRIES[entry].the} ${value(text)} beginnt nach ${hours} Stunden, später als jede Folge, und wurde daher übersprungen`,
    'times-past-limit': ({ entry, text, hours }) =>
      `Zeitangaben nach ${hours} Stunden ${ENTRIES[entry].of} ${value(text)} wurden ignoriert`,
    'words-not-list': ({ value: written }) =>
      `erwartet wurde eine Liste von Wörtern mit Zeitangaben, nicht ${value(written)}; die Wörter wurden daher ignoriert`,
    'word-unusable': () => 'ein Wort braucht Start, Ende und Text, daher wurde dieses übersprungen',
    // — cue files and timestamped lines
    'vtt-signature-missing': ({ found }) =>
      `eine WebVTT-Datei muss mit der Zeile WEBVTT beginnen, diese ${'text' in found && found.text !== '""' ? `beginnt mit ${found.text}` : 'hat eine leere erste Zeile'}, daher wurde sie nicht gelesen`,
    'text-outside-cue': () => 'Text außerhalb eines Cues (ohne Zeitzeile davor) wurde übersprungen',
    'cue-timing-invalid': ({ value: written }) =>
      `die Zeitzeile ${value(written)} konnte nicht gelesen werden, daher wurde dieser Cue übersprungen`,
    'text-before-first-time': () => 'Text vor der ersten Zeitangabe wurde übersprungen',
    // — addresses in files
    'image-address-unusable': ({ value: written }) =>
      `die Bildadresse ${value(written)} ist keine verwendbare http(s)- oder Bildadresse und wurde ignoriert`,
    'link-address-unusable': ({ value: written }) => `der Link ${value(written)} ist keine verwendbare http(s)-Adresse und wurde ignoriert`,
    // — the episode description
    'manifest-not-object': ({ value: written }) => `eine Folgenbeschreibung muss ein JSON-Objekt sein, gefunden wurde ${value(written)}`,
    'no-audio': () => 'es gibt kein verwendbares Audio: bitte die http(s)-Adresse der Audiodatei der Folge angeben',
    'audio-address-unusable': ({ value: written }) =>
      written.kind === 'nothing'
        ? 'die Adresse der Audiodatei fehlt, daher wurde diese Quelle übersprungen'
        : `${value(written)} ist keine http(s)-Adresse einer Audiodatei, daher wurde diese Quelle übersprungen`,
    'mime-type-invalid': ({ value: written }) => `${value(written)} ist kein MIME-Typ wie „audio/mpeg“ und wurde ignoriert`,
    'data-address-unusable': ({ value: written }) => `${value(written)} ist keine http(s)-Adresse und wurde daher nicht geladen`,
    'format-name-unknown': ({ value: written, resource, known }) =>
      `${value(written)} ist kein bekanntes ${resource === 'transcript' ? 'Transkriptformat' : 'Kapitelformat'} (${known.join(', ')}); ` +
      'das Format wird aus der Datei erkannt',
    'data-value-invalid': ({ value: written }) =>
      `erwartet wurde eine Adresse oder eingebettete Daten, gefunden wurde ${value(written)}; der Wert wurde ignoriert`,
    'transcripts-not-list': ({ value: written }) =>
      `erwartet wurde eine Liste von Transkripten, nicht ${value(written)}; der Wert wurde ignoriert`,
    'transcript-address-unusable': ({ value: written }) =>
      written.kind === 'nothing'
        ? 'dieser Eintrag nennt keine Adresse eines Transkripts und wurde übersprungen'
        : `${value(written)} ist keine http(s)-Adresse eines Transkripts; der Eintrag wurde übersprungen`,
    'language-tag-invalid': ({ value: written }) => `${value(written)} ist kein Sprachkürzel wie „en“ oder „de-AT“ und wurde ignoriert`,
    'not-text': ({ value: written }) => `erwartet wurde Text, gefunden wurde ${value(written)}; der Wert wurde ignoriert`,
    'duration-invalid': ({ value: written }) =>
      `${value(written)} ist keine Dauer (Sekunden oder eine Uhrzeit wie „1:02:03“) und wurde ignoriert`,
    'date-invalid': ({ value: written }) => `${value(written)} ist kein Datum (etwa „2024-05-01“) und wurde ignoriert`,
    // — loading a file
    'file-unusable': (params, strings) =>
      `${subject(params)} ${verb(params, 'konnte', 'konnten')} nicht verwendet werden: ${describeProblem(strings, params.problem)}.`,
    'file-not-json': (params, strings) => {
      const { problem } = params;
      const is = verb(params, 'ist', 'sind');
      if (problem.code === 'file-empty') return `${subject(params)} ${is} leer.`;
      if (problem.code === 'json-is-markup')
        return (
          `${subject(params)} ${is} kein JSON, sondern eine Webseite oder XML (beginnt mit „<“): ` +
          'Bitte die Adresse prüfen, eine fehlende Datei wird oft mit einer Seite beantwortet.'
        );
      if (problem.code !== 'json-invalid')
        return `${subject(params)} ${verb(params, 'konnte', 'konnten')} nicht verwendet werden: ${describeProblem(strings, problem)}.`;
      const { column, atEnd, detail } = problem.params;
      const at = [
        problem.line === undefined ? '' : `Zeile ${problem.line}`,
        column === undefined ? '' : `Spalte ${column}`,
        atEnd ? 'am Ende' : '',
      ].filter(Boolean);
      return `${subject(params)} ${is} kein gültiges JSON${at.length ? ` (${at.join(', ')})` : ''}${detail ? `: ${detail}` : ''}.`;
    },
    'fetch-timeout': (params) =>
      `${subject(params)} ${verb(params, 'ist', 'sind')} nicht innerhalb von ${number(params.seconds)} Sekunden angekommen.`,
    'fetch-network': (params) =>
      `${subject(params)} ${verb(params, 'konnte', 'konnten')} nicht abgerufen werden: Das Netzwerk ist ausgefallen, oder der Server ` +
      'erlaubt dieser Seite nicht, die Datei zu lesen (eine Datei auf einer anderen Website muss mit dem Header ' +
      'Access-Control-Allow-Origin ausgeliefert werden).',
    'fetch-http': (params) => {
      const reason = params.status === 404 ? ' (nicht gefunden)' : params.statusText ? ` (${params.statusText})` : '';
      return `${subject(params)} ${verb(params, 'konnte', 'konnten')} nicht geladen werden: Der Server antwortete mit HTTP ${params.status}${reason}.`;
    },
    'fetch-too-large': (params) =>
      `${subject(params)} ${verb(params, 'ist', 'sind')} ${megabytes(params.bytes)} groß, zu groß für ${FILE[params.resource].accusative} ` +
      `(die Grenze liegt bei ${megabytes(params.limit)}).`,
    'load-cancelled': (params) => `${subject(params)} ${verb(params, 'wurde', 'wurden')} nicht geladen: Das Laden wurde abgebrochen.`,
    'load-failed': (params) => `${subject(params)} ${verb(params, 'konnte', 'konnten')} nicht geladen werden (${params.detail}).`,
    'no-episode-source': () =>
      'Es gibt keine Folgenbeschreibung: Bitte dem Attribut episode die Adresse einer JSON-Datei geben ' +
      'oder das JSON in einem <script type="application/json"> in das Element schreiben.',
    // — playing the audio
    'audio-aborted': ({ file }) => `Das Laden der Audiodatei ${quoted(file)} wurde abgebrochen.`,
    'audio-unsupported': ({ file }) => `Die Audiodatei ${quoted(file)} hat ein Format, das dieser Browser nicht abspielen kann.`,
    'audio-network': ({ file }) => `Der Download der Audiodatei ${quoted(file)} wurde wegen eines Netzwerkfehlers abgebrochen.`,
    'audio-undecodable': ({ file }) =>
      `Die Audiodatei ${quoted(file)} konnte nicht abgespielt werden: Der Browser kann sie nicht dekodieren ` +
      '(vielleicht ist sie beschädigt oder gar kein Audio).',
    'audio-unseekable': ({ file }) =>
      `Der Server der Audiodatei ${quoted(file)} unterstützt keine Bereichsanfragen (HTTP Range), daher kann nicht ` +
      'an eine bestimmte Stelle gesprungen werden. Die Wiedergabe von Anfang an funktioniert.',
    'lock-screen-failed': ({ detail }) =>
      `Die Steuerung auf dem Sperrbildschirm und in der Medienanzeige des Systems konnte nicht eingerichtet werden (${detail}). Die Wiedergabe ist nicht betroffen.`,
    'play-blocked': ({ file }) => `Der Browser hat die Wiedergabe von ${quoted(file)} blockiert. Zum Starten bitte auf Abspielen drücken.`,
    'play-interrupted': ({ file, by }) =>
      `Die Wiedergabe von ${quoted(file)} wurde vor dem Start ${{ pause: 'durch eine Pause', 'new-source': 'durch eine neue Audioquelle', removed: 'beim Entfernen des Players' }[by]} abgebrochen.`,
    'play-no-source': () => 'Es gibt kein Audio zum Abspielen.',
    // — feeds, and chapters inside the audio
    'xml-not-xml': ({ found }) => `das ist kein XML: es beginnt mit ${value(found)}`,
    'xml-unexpected-end': ({ open, openedAtLine, within }) =>
      open
        ? `die Datei endet innerhalb von <${open}> (geöffnet in Zeile ${openedAtLine}): sie ist abgeschnitten oder kein wohlgeformtes XML`
        : within
          ? `die Datei endet innerhalb ${WITHIN[within]}`
          : 'die Datei endet vor dem ersten Element',
    'xml-mismatched-tag': ({ expected, found, openedAtLine }) =>
      `</${found}> schließt <${expected}> (geöffnet in Zeile ${openedAtLine}): das XML ist nicht wohlgeformt`,
    'xml-unexpected': ({ found, expected }) =>
      `unerwartet: ${value(found)}${expected ? `, erwartet: ${EXPECTED[expected]}` : ''}; das XML ist nicht wohlgeformt`,
    'xml-text-outside-root': () => 'nach dem Ende des Dokuments folgt noch Inhalt: das XML ist nicht wohlgeformt',
    'xml-undefined-entity': ({ entity }) => `die Entität ${entity} ist nicht definiert und wurde so belassen, wie sie dasteht`,
    'xml-bare-ampersand': () => 'ein „&“, mit dem keine Entität beginnt (richtig wäre „&amp;“), wurde so belassen',
    'url-unusable': ({ field, value: written }) =>
      `die Adresse ${value(written)} in ${field} ist keine brauchbare http(s)-Adresse und wurde ignoriert`,
    'value-unusable': ({ field, value: written }) => `${value(written)} in ${field} ist nicht lesbar und wurde ignoriert`,
    'feed-not-rss': ({ root }) =>
      root === 'html'
        ? 'das ist eine Webseite, kein Podcast-Feed: bitte die Adresse prüfen'
        : `das ist kein RSS-Feed (das Wurzelelement ist <${root}>, nicht <rss>)`,
    'feed-no-items': () => 'der Feed enthält keine Episoden',
    'feed-item-not-found': ({ item, count }) => `keine der ${count} Episoden hat die GUID oder Episodennummer ${value(item)}`,
    'feed-item-no-audio': ({ title }) => `die Episode${title ? ` „${title}“` : ''} nennt kein Audio mit http(s)-Adresse (kein <enclosure>)`,
    'feed-transcript-type-unknown': ({ type }) =>
      `den Transkripttyp ${value(type)} kennt der Player nicht; das Format wird aus der Datei erkannt`,
    // Einen Feed laden, die Kapitel in einer MP3 lesen: ganze Sätze, die die Datei nennen.
    'feed-blocked': ({ file, origin }) =>
      `Der Feed ${quoted(file)} liegt auf einer anderen Website${origin ? ` (${origin})` : ''}, die dieser Seite das Lesen nicht erlaubt: ${capitalised(WAYS_OUT)}.`,
    'feed-unreachable': ({ file }) =>
      `Der Feed ${quoted(file)} konnte nicht geladen werden: Das Netz ist gestört, oder der Server erlaubt dieser Seite das Lesen nicht (${WAYS_OUT}).`,
    'feed-http-error': ({ file, status }) =>
      `Der Feed ${quoted(file)} konnte nicht geladen werden: Der Server antwortete mit HTTP ${status}${status === 404 ? ' (nicht gefunden)' : ''}.`,
    'feed-timeout': ({ file, seconds }) => `Der Feed ${quoted(file)} kam nicht innerhalb von ${number(seconds)} Sekunden an.`,
    'feed-too-large': ({ file, megabytes }) => `Der Feed ${quoted(file)} ist ${number(megabytes, 1)} MB groß, zu groß zum Lesen.`,
    'id3-version-unsupported': ({ version }) => `das ID3v2.${version}-Tag wird nicht gelesen (nur ID3v2.3 und v2.4 enthalten Kapitel)`,
    'id3-truncated': ({ bytes, announced }) => `das ID3-Tag ist nach ${bytes} von ${announced} Bytes abgeschnitten`,
    'id3-frame-unreadable': ({ frame, reason }) =>
      `der ${frame}-Frame ${reason === 'size' ? 'ist größer als das Tag' : reason === 'compressed' ? 'ist komprimiert' : 'ist verschlüsselt'} und wurde übersprungen`,
    'id3-image-too-large': ({ kilobytes, limit }) =>
      `das Kapitelbild ist ${kilobytes} KB groß (mehr als ${limit} KB) und wurde weggelassen`,
    'id3-image-not-raster': ({ mime }) =>
      `das Kapitelbild vom Typ ${value(mime)} ist kein PNG-, JPEG-, GIF-, WebP- oder AVIF-Bild und wurde weggelassen`,
    'embedded-chapters-no-range': ({ file }) =>
      `Die Kapitel in ${quoted(file)} wurden nicht gelesen: Der Server beantwortet keine HTTP-Range-Anfragen, und die ganze Datei wird dafür nicht geladen.`,
    'embedded-chapters-blocked': ({ file }) =>
      `Die Kapitel in ${quoted(file)} konnten nicht gelesen werden: Das Netz ist gestört, oder der Audio-Server erlaubt dieser Seite das Lesen nicht (er muss Access-Control-Allow-Origin senden).`,
    'embedded-chapters-http-error': ({ file, status }) =>
      `Die Kapitel in ${quoted(file)} konnten nicht gelesen werden: Der Server antwortete mit HTTP ${status}.`,
    'embedded-chapters-tag-too-large': ({ file, megabytes, limit }) =>
      `Die Kapitel in ${quoted(file)} wurden nicht gelesen: Das ID3-Tag ist ${number(megabytes, 1)} MB groß (die Grenze liegt bei ${number(limit)} MB).`,
    'embedded-chapters-timeout': ({ file, seconds }) =>
      `Die Kapitel in ${quoted(file)} kamen nicht innerhalb von ${number(seconds)} Sekunden an.`,
  },
};
