/**
 * English and German sentences for the messages of feeds and embedded chapters (and the
 * few general ones they use), until messages are described for the whole player in
 * `src/i18n/`: then these fold into `en.ts` and `de.ts` and this file goes.
 */

import type { MessageCode, MessageParams, Problem, Quoted } from '../core/message.js';
import { formatTimestamp } from '../core/time.js';

type FeedCode = Extract<
  MessageCode,
  | `xml-${string}`
  | `feed-${string}`
  | `id3-${string}`
  | `embedded-chapters-${string}`
  | 'url-unusable'
  | 'value-unusable'
  | 'file-empty'
  | 'file-unreadable'
  | 'more-problems'
  | 'field-missing'
  | 'field-not-time'
  | 'end-before-start'
>;

type Sentences = { [C in FeedCode]: (params: MessageParams[C]) => string };

const quotedEn = (value: Quoted): string =>
  'text' in value ? value.text : value.kind === 'list' ? 'a list' : value.kind === 'object' ? 'an object' : value.kind;
const quotedDe = (value: Quoted): string =>
  'text' in value ? value.text : value.kind === 'list' ? 'eine Liste' : value.kind === 'object' ? 'ein Objekt' : value.kind;

const WITHIN_EN = {
  tag: 'a tag',
  comment: 'a comment',
  cdata: 'a CDATA section',
  instruction: 'a processing instruction',
  doctype: 'the DOCTYPE',
};
const WITHIN_DE = {
  tag: 'einem Tag',
  comment: 'einem Kommentar',
  cdata: 'einem CDATA-Abschnitt',
  instruction: 'einer Verarbeitungsanweisung',
  doctype: 'der DOCTYPE-Angabe',
};
const EXPECTED_EN = {
  'tag-end': '">" or "/>"',
  equals: '"="',
  quote: 'a quoted value',
  'tag-name': 'a tag name',
  'attribute-name': 'an attribute name',
};
const EXPECTED_DE = {
  'tag-end': '">" oder "/>"',
  equals: '"="',
  quote: 'ein Wert in Anführungszeichen',
  'tag-name': 'ein Tag-Name',
  'attribute-name': 'ein Attributname',
};
const WAYS_OUT_EN =
  'the host must send an Access-Control-Allow-Origin header, or the site can write the episode file at build time with "npx transcript-player episode <feed>"';
const WAYS_OUT_DE =
  'der Server muss den Header Access-Control-Allow-Origin senden, oder die Website schreibt die Episodendatei beim Bauen mit „npx transcript-player episode <Feed>“';

export const feedMessagesEn: Sentences = {
  'file-empty': () => 'the file is empty',
  'file-unreadable': ({ detail }) => `the file could not be read (${detail})`,
  'more-problems': ({ count }) => `and ${count} more like this`,
  'field-missing': ({ field, entry }) => `the ${entry} has no ${field}, so it was skipped`,
  'field-not-time': ({ field, value, entry }) => `the ${entry} ${field} ${quotedEn(value)} is not a time, so this ${entry} was skipped`,
  'end-before-start': ({ start, end }) =>
    `the end time ${formatTimestamp(end)} is before the start time ${formatTimestamp(start)}, so it was ignored`,
  'xml-not-xml': ({ found }) => `this is not XML: it starts with ${quotedEn(found)}`,
  'xml-unexpected-end': ({ open, openedAtLine, within }) =>
    open
      ? `the file ends inside <${open}> (opened on line ${openedAtLine}): it is cut off or not well-formed`
      : within
        ? `the file ends inside ${WITHIN_EN[within]}`
        : 'the file ends before any element',
  'xml-mismatched-tag': ({ expected, found, openedAtLine }) =>
    `</${found}> closes <${expected}> (opened on line ${openedAtLine}): the XML is not well-formed`,
  'xml-unexpected': ({ found, expected }) =>
    `unexpected ${quotedEn(found)}${expected ? `, expected ${EXPECTED_EN[expected]}` : ''}: the XML is not well-formed`,
  'xml-text-outside-root': () => 'there is content after the end of the document: the XML is not well-formed',
  'xml-undefined-entity': ({ entity }) => `the entity ${entity} is not defined, so it was kept as written`,
  'xml-bare-ampersand': () => 'a "&" that starts no entity (it should be written "&amp;") was kept as written',
  'url-unusable': ({ field, value }) => `the address ${quotedEn(value)} in ${field} is not a usable http(s) address, so it was ignored`,
  'value-unusable': ({ field, value }) => `${quotedEn(value)} in ${field} could not be read, so it was ignored`,
  'feed-not-rss': ({ root }) =>
    root === 'html'
      ? 'this is a web page, not a podcast feed: check the address'
      : `this is not an RSS feed (its root element is <${root}>, not <rss>)`,
  'feed-no-items': () => 'the feed has no episodes',
  'feed-item-not-found': ({ item, count }) => `none of the ${count} episodes has the guid or episode number ${quotedEn(item)}`,
  'feed-item-no-audio': ({ title }) => `the episode${title ? ` "${title}"` : ''} has no audio with an http(s) address (no <enclosure>)`,
  'feed-transcript-type-unknown': ({ type }) =>
    `the transcript type ${quotedEn(type)} is not one the player knows, so its format is detected from the file`,
  'feed-blocked': ({ file, origin }) =>
    `the feed ${file} is on another site${origin ? ` (${origin})` : ''} that does not let this page read it: ${WAYS_OUT_EN}`,
  'feed-unreachable': ({ file }) =>
    `the feed ${file} could not be fetched: the network failed, or the server does not let this page read it (${WAYS_OUT_EN})`,
  'feed-http-error': ({ file, status }) =>
    `the feed ${file} could not be loaded: the server answered HTTP ${status}${status === 404 ? ' (not found)' : ''}`,
  'feed-timeout': ({ file, seconds }) => `the feed ${file} did not arrive within ${seconds} seconds`,
  'feed-too-large': ({ file, megabytes }) => `the feed ${file} is ${megabytes} MB, too large to read`,
  'id3-version-unsupported': ({ version }) => `the ID3v2.${version} tag is not read (only ID3v2.3 and v2.4 carry chapters)`,
  'id3-truncated': ({ bytes, announced }) => `the ID3 tag is cut off after ${bytes} of ${announced} bytes`,
  'id3-frame-unreadable': ({ frame, reason }) =>
    `the ${frame} frame ${reason === 'size' ? 'is larger than the tag' : `is ${reason}`}, so it was skipped`,
  'id3-image-too-large': ({ kilobytes, limit }) => `the chapter picture is ${kilobytes} KB (more than ${limit} KB), so it was left out`,
  'id3-image-not-raster': ({ mime }) =>
    `the chapter picture of type ${quotedEn(mime)} is not a PNG, JPEG, GIF, WebP or AVIF image, so it was left out`,
  'embedded-chapters-no-range': ({ file }) =>
    `the chapters inside ${file} were not read: its server does not answer HTTP Range requests, and the whole file is not downloaded for them`,
  'embedded-chapters-blocked': ({ file }) =>
    `the chapters inside ${file} could not be read: the network failed, or the audio host does not let this page read the file (it must send Access-Control-Allow-Origin)`,
  'embedded-chapters-http-error': ({ file, status }) => `the chapters inside ${file} could not be read: the server answered HTTP ${status}`,
  'embedded-chapters-tag-too-large': ({ file, megabytes, limit }) =>
    `the chapters inside ${file} were not read: its ID3 tag is ${megabytes} MB (the limit is ${limit} MB)`,
  'embedded-chapters-timeout': ({ file, seconds }) => `the chapters inside ${file} did not arrive within ${seconds} seconds`,
};

export const feedMessagesDe: Sentences = {
  'file-empty': () => 'die Datei ist leer',
  'file-unreadable': ({ detail }) => `die Datei konnte nicht gelesen werden (${detail})`,
  'more-problems': ({ count }) => `und ${count} weitere dieser Art`,
  'field-missing': ({ field }) => `dem Eintrag fehlt „${field}“, er wurde übersprungen`,
  'field-not-time': ({ field, value }) => `${quotedDe(value)} in „${field}“ ist keine Zeitangabe, der Eintrag wurde übersprungen`,
  'end-before-start': ({ start, end }) =>
    `die Endzeit ${formatTimestamp(end)} liegt vor der Startzeit ${formatTimestamp(start)} und wurde ignoriert`,
  'xml-not-xml': ({ found }) => `das ist kein XML: es beginnt mit ${quotedDe(found)}`,
  'xml-unexpected-end': ({ open, openedAtLine, within }) =>
    open
      ? `die Datei endet innerhalb von <${open}> (geöffnet in Zeile ${openedAtLine}): sie ist abgeschnitten oder kein wohlgeformtes XML`
      : within
        ? `die Datei endet innerhalb ${WITHIN_DE[within]}`
        : 'die Datei endet vor dem ersten Element',
  'xml-mismatched-tag': ({ expected, found, openedAtLine }) =>
    `</${found}> schließt <${expected}> (geöffnet in Zeile ${openedAtLine}): das XML ist nicht wohlgeformt`,
  'xml-unexpected': ({ found, expected }) =>
    `unerwartet: ${quotedDe(found)}${expected ? `, erwartet: ${EXPECTED_DE[expected]}` : ''}; das XML ist nicht wohlgeformt`,
  'xml-text-outside-root': () => 'nach dem Ende des Dokuments folgt noch Inhalt: das XML ist nicht wohlgeformt',
  'xml-undefined-entity': ({ entity }) => `die Entität ${entity} ist nicht definiert und wurde so belassen, wie sie dasteht`,
  'xml-bare-ampersand': () => 'ein „&“, mit dem keine Entität beginnt (richtig wäre „&amp;“), wurde so belassen',
  'url-unusable': ({ field, value }) =>
    `die Adresse ${quotedDe(value)} in ${field} ist keine brauchbare http(s)-Adresse und wurde ignoriert`,
  'value-unusable': ({ field, value }) => `${quotedDe(value)} in ${field} ist nicht lesbar und wurde ignoriert`,
  'feed-not-rss': ({ root }) =>
    root === 'html'
      ? 'das ist eine Webseite, kein Podcast-Feed: bitte die Adresse prüfen'
      : `das ist kein RSS-Feed (das Wurzelelement ist <${root}>, nicht <rss>)`,
  'feed-no-items': () => 'der Feed enthält keine Episoden',
  'feed-item-not-found': ({ item, count }) => `keine der ${count} Episoden hat die GUID oder Episodennummer ${quotedDe(item)}`,
  'feed-item-no-audio': ({ title }) => `die Episode${title ? ` „${title}“` : ''} nennt kein Audio mit http(s)-Adresse (kein <enclosure>)`,
  'feed-transcript-type-unknown': ({ type }) =>
    `den Transkripttyp ${quotedDe(type)} kennt der Player nicht; das Format wird aus der Datei erkannt`,
  'feed-blocked': ({ file, origin }) =>
    `der Feed ${file} liegt auf einer anderen Website${origin ? ` (${origin})` : ''}, die dieser Seite das Lesen nicht erlaubt: ${WAYS_OUT_DE}`,
  'feed-unreachable': ({ file }) =>
    `der Feed ${file} konnte nicht geladen werden: das Netz ist gestört, oder der Server erlaubt dieser Seite das Lesen nicht (${WAYS_OUT_DE})`,
  'feed-http-error': ({ file, status }) =>
    `der Feed ${file} konnte nicht geladen werden: der Server antwortete mit HTTP ${status}${status === 404 ? ' (nicht gefunden)' : ''}`,
  'feed-timeout': ({ file, seconds }) => `der Feed ${file} kam nicht innerhalb von ${seconds} Sekunden an`,
  'feed-too-large': ({ file, megabytes }) => `der Feed ${file} ist ${megabytes} MB groß, zu groß zum Lesen`,
  'id3-version-unsupported': ({ version }) => `das ID3v2.${version}-Tag wird nicht gelesen (nur ID3v2.3 und v2.4 enthalten Kapitel)`,
  'id3-truncated': ({ bytes, announced }) => `das ID3-Tag ist nach ${bytes} von ${announced} Bytes abgeschnitten`,
  'id3-frame-unreadable': ({ frame, reason }) =>
    `der ${frame}-Frame ${reason === 'size' ? 'ist größer als das Tag' : reason === 'compressed' ? 'ist komprimiert' : 'ist verschlüsselt'} und wurde übersprungen`,
  'id3-image-too-large': ({ kilobytes, limit }) => `das Kapitelbild ist ${kilobytes} KB groß (mehr als ${limit} KB) und wurde weggelassen`,
  'id3-image-not-raster': ({ mime }) =>
    `das Kapitelbild vom Typ ${quotedDe(mime)} ist kein PNG-, JPEG-, GIF-, WebP- oder AVIF-Bild und wurde weggelassen`,
  'embedded-chapters-no-range': ({ file }) =>
    `die Kapitel in ${file} wurden nicht gelesen: der Server beantwortet keine HTTP-Range-Anfragen, und die ganze Datei wird dafür nicht geladen`,
  'embedded-chapters-blocked': ({ file }) =>
    `die Kapitel in ${file} konnten nicht gelesen werden: das Netz ist gestört, oder der Audio-Server erlaubt dieser Seite das Lesen nicht (er muss Access-Control-Allow-Origin senden)`,
  'embedded-chapters-http-error': ({ file, status }) =>
    `die Kapitel in ${file} konnten nicht gelesen werden: der Server antwortete mit HTTP ${status}`,
  'embedded-chapters-tag-too-large': ({ file, megabytes, limit }) =>
    `die Kapitel in ${file} wurden nicht gelesen: das ID3-Tag ist ${megabytes} MB groß (die Grenze ist ${limit} MB)`,
  'embedded-chapters-timeout': ({ file, seconds }) => `die Kapitel in ${file} kamen nicht innerhalb von ${seconds} Sekunden an`,
};

const isFeedCode = (code: MessageCode): code is FeedCode => code in feedMessagesEn;

/** A problem as a sentence with where it is ("line 12, column 5: …"), or `undefined` for a code this file does not word. */
export function describeFeedProblem(problem: Problem, language: 'en' | 'de' = 'en'): string | undefined {
  if (!isFeedCode(problem.code)) return undefined;
  const sentences = language === 'de' ? feedMessagesDe : feedMessagesEn;
  const sentence = (sentences[problem.code] as (params: unknown) => string)(problem.params);
  const line = language === 'de' ? 'Zeile' : 'line';
  const column = language === 'de' ? 'Spalte' : 'column';
  const where =
    problem.line !== undefined
      ? `${line} ${problem.line}${problem.column !== undefined ? `, ${column} ${problem.column}` : ''}: `
      : problem.path
        ? `${problem.path}: `
        : '';
  return where + sentence;
}
