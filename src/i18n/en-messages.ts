import type { EntryKind } from '../core/message.js';
import { formatTimestamp } from '../core/time.js';
import { describeProblem } from './describe.js';
import { FILE, loadFailed, subject, value } from './en-phrases.js';
import type { Sentences } from './strings.js';

const withArticle = (noun: string): string => `${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun}`;

const ENTRIES: Record<EntryKind, [one: string, many: string]> = {
  segment: ['segment', 'segments'],
  chapter: ['chapter', 'chapters'],
  entry: ['entry', 'entries'],
  item: ['item', 'items'],
};

const megabytes = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** For the messages of feeds: what a file ended inside of, what was expected, the ways out of a CORS refusal. */
const WITHIN = {
  tag: 'a tag',
  comment: 'a comment',
  cdata: 'a CDATA section',
  instruction: 'a processing instruction',
  doctype: 'the DOCTYPE',
};
const EXPECTED = {
  'tag-end': '">" or "/>"',
  equals: '"="',
  quote: 'a quoted value',
  'tag-name': 'a tag name',
  'attribute-name': 'an attribute name',
};
const WAYS_OUT =
  'the host must send an Access-Control-Allow-Origin header, or the site can write the episode file at build time with "npx podcast-transcript-player episode <feed>"';

/**
 * The player's English sentences of errors and notices, by code. Sentences of problems in a
 * file are lower case without a full stop (a list shows them after where they are: "line 3:
 * …"); sentences that stand alone, naming a file, are whole. Apart from the player's other
 * words (`en-words.ts`): a script-tag page fetches them only when it has something to say
 * (`english.ts`), and most pages never do.
 */
export const enMessages: Sentences = {
  // — a file as a whole
  'file-empty': () => 'the file is empty',
  'file-not-text': () => 'the file could not be read as text',
  'file-too-large': ({ megabytes }) => `the file is larger than ${megabytes} MB`,
  'file-unreadable': ({ detail }) => `the file could not be read (${detail})`,
  'more-problems': ({ count }) =>
    `${count} more ${count === 1 ? 'problem' : 'problems'} like these ${count === 1 ? 'was' : 'were'} not listed`,
  'format-unknown': ({ resource }) =>
    resource === 'transcript'
      ? 'not a transcript: expected WebVTT, SRT, Podcasting 2.0 JSON, Podlove JSON, Podlove Simple Transcripts XML, HTML, timestamped lines or plain text'
      : 'not a chapters file: expected Podcasting 2.0 JSON chapters, Podlove Simple Chapters (XML or JSON) or WebVTT chapters',
  'nothing-found': ({ resource, example }) =>
    `no ${resource === 'transcript' ? 'transcript lines' : 'chapters'} found${example ? ` (expected something like ${example})` : ''}`,
  'web-page': () => 'this looks like a web page, not a transcript',
  // — JSON
  'json-invalid': ({ detail, column, atEnd }) => {
    const at = column === undefined ? '' : `column ${column}${atEnd ? ', the end' : ''}`;
    const why = [at, detail].filter(Boolean).join(': ');
    return why ? `this is not valid JSON (${why})` : 'this is not valid JSON';
  },
  'json-is-markup': () =>
    'this is not JSON but a web page or XML (it starts with "<"): check the address, a missing file is often answered with a page',
  'json-single-quotes': () => 'the file uses single quotes instead of double quotes; read it anyway',
  'list-missing': ({ field, example }) => `${field} is missing (expected ${example})`,
  'not-a-list': ({ entry, example }) => `expected a list of ${ENTRIES[entry][1]} (${example})`,
  'entry-not-object': ({ entry }) => `this ${ENTRIES[entry][0]} is not an object, so it was skipped`,
  // — timed entries
  'field-missing': ({ field, entry }) => `${field} is missing, so this ${ENTRIES[entry][0]} was skipped`,
  'field-not-time': ({ field, value: written, entry }) =>
    `${field} ${value(written)} is not a time, so this ${ENTRIES[entry][0]} was skipped`,
  'start-missing': ({ entry }) => `the ${ENTRIES[entry][0]} has no start time, so it was skipped`,
  'start-not-time': ({ value: written, entry }) => `the ${ENTRIES[entry][0]} start ${value(written)} is not a time, so it was skipped`,
  'end-not-time': ({ field, value: written }) => `${field} ${value(written)} is not a time and was ignored`,
  'end-before-start': ({ start, end }) =>
    `the end time ${formatTimestamp(end)} is before the start time ${formatTimestamp(start)}, so it was ignored`,
  'time-unreadable': ({ value: written }) => `could not read the time ${value(written)}`,
  'no-timed-text': ({ entry }) => `no ${ENTRIES[entry][0]} has both a start time and text`,
  'segments-without-text': ({ count, total }) =>
    count < total
      ? `${count} ${count === 1 ? 'segment has' : 'segments have'} no text (body is missing) and ${count === 1 ? 'was' : 'were'} skipped`
      : total === 1
        ? 'the only segment has no text (body is missing)'
        : `none of the ${total} segments has any text (body is missing)`,
  'start-past-limit': ({ entry, text, hours }) =>
    `the ${ENTRIES[entry][0]} ${value(text)} starts after ${hours} hours, later than any episode, so it was skipped`,
  'times-past-limit': ({ entry, text, hours }) => `times after ${hours} hours in the ${ENTRIES[entry][0]} ${value(text)} were ignored`,
  'words-not-list': ({ value: written }) => `expected a list of timed words, not ${value(written)}, so the words were ignored`,
  'word-unusable': () => 'a word needs a start, an end and text, so this one was skipped',
  // — cue files and timestamped lines
  'vtt-signature-missing': ({ found }) =>
    `a WebVTT file must start with the line WEBVTT, but ${'text' in found && found.text !== '""' ? `it starts with ${found.text}` : 'its first line is empty'}, so it was not read`,
  'text-outside-cue': () => 'text outside a cue (no timing line before it) was skipped',
  'cue-timing-invalid': ({ value: written }) => `could not read the cue timing ${value(written)}, so this cue was skipped`,
  'text-before-first-time': () => 'text before the first timestamp was skipped',
  // — addresses in files
  'image-address-unusable': ({ value: written }) =>
    `the image address ${value(written)} is not a usable http(s) or image address and was ignored`,
  'link-address-unusable': ({ value: written }) => `the link ${value(written)} is not a usable http(s) address and was ignored`,
  // — the episode description
  'manifest-not-object': ({ value: written }) => `an episode description must be a JSON object, not ${value(written)}`,
  'no-audio': () => 'there is no usable audio: give the http(s) URL of the episode file',
  'audio-address-unusable': ({ value: written }) =>
    written.kind === 'nothing'
      ? 'there is no address of an audio file, so this source was skipped'
      : `${value(written)} is not an http(s) address of an audio file, so this source was skipped`,
  'mime-type-invalid': ({ value: written }) => `${value(written)} is not a MIME type such as "audio/mpeg", so it was ignored`,
  'data-address-unusable': ({ value: written }) => `${value(written)} is not an http(s) address, so it was not loaded`,
  'format-name-unknown': ({ value: written, resource, known }) =>
    `${value(written)} is not a known ${resource} format (${known.join(', ')}), so the format is detected from the file`,
  'data-value-invalid': ({ value: written }) => `expected a URL or inline data, not ${value(written)}, so it was ignored`,
  'transcripts-not-list': ({ value: written }) => `expected a list of transcripts, not ${value(written)}, so it was ignored`,
  'transcript-address-unusable': ({ value: written }) =>
    written.kind === 'nothing'
      ? 'there is no address of a transcript, so this entry was skipped'
      : `${value(written)} is not an http(s) address of a transcript, so this entry was skipped`,
  'language-tag-invalid': ({ value: written }) => `${value(written)} is not a language tag such as "en" or "de-AT", so it was ignored`,
  'not-text': ({ value: written }) => `expected text, not ${value(written)}, so it was ignored`,
  'duration-invalid': ({ value: written }) =>
    `${value(written)} is not a length of time (seconds, or a clock time such as "1:02:03"), so it was ignored`,
  'date-invalid': ({ value: written }) => `${value(written)} is not a date (such as "2024-05-01"), so it was ignored`,
  // — loading a file
  'file-unusable': (params, strings) => `${subject(params)} could not be used: ${describeProblem(strings, params.problem)}.`,
  'file-not-json': (params, strings) => {
    const { problem } = params;
    if (problem.code === 'file-empty') return `${subject(params)} is empty.`;
    if (problem.code === 'json-is-markup')
      return `${subject(params)} is not JSON but a web page or XML (it starts with "<"): check the address, a missing file is often answered with a page.`;
    if (problem.code !== 'json-invalid') return `${subject(params)} could not be used: ${describeProblem(strings, problem)}.`;
    const { column, atEnd, detail } = problem.params;
    const at =
      problem.line === undefined
        ? ''
        : ` at line ${problem.line}${column === undefined ? '' : `, column ${column}`}${atEnd ? ' (the end)' : ''}`;
    return `${subject(params)} is not valid JSON${at}${detail ? `: ${detail}` : ''}.`;
  },
  'fetch-timeout': (params) => `${subject(params)} did not arrive within ${params.seconds} seconds.`,
  'fetch-network': (params) =>
    `${subject(params)} could not be fetched: the network failed, or the server does not let this page read it ` +
    '(a file on another site must be served with an Access-Control-Allow-Origin header).',
  'fetch-http': (params) => {
    const reason = params.status === 404 ? ' (not found)' : params.statusText ? ` (${params.statusText})` : '';
    return `${subject(params)} could not be loaded: the server answered HTTP ${params.status}${reason}.`;
  },
  'fetch-too-large': (params) =>
    `${subject(params)} is ${megabytes(params.bytes)}, too large to be ${withArticle(FILE[params.resource])} (the limit is ${megabytes(params.limit)}).`,
  'load-cancelled': (params) => `${subject(params)} was not loaded: loading was cancelled.`,
  'load-failed': loadFailed,
  'no-episode-source': () =>
    'There is no episode description: give the episode attribute the URL of a JSON file, ' +
    'or put the JSON inside the element in a <script type="application/json">.',
  // — playing the audio
  'audio-aborted': ({ file }) => `Loading the audio file "${file}" was stopped.`,
  'audio-unsupported': ({ file }) => `The audio file "${file}" is in a format this browser cannot play.`,
  'audio-network': ({ file }) => `The audio file "${file}" stopped downloading because of a network error.`,
  'audio-undecodable': ({ file }) =>
    `The audio file "${file}" could not be played: the browser cannot decode it (it may be damaged or not audio at all).`,
  'audio-unseekable': ({ file }) =>
    `The server of the audio file "${file}" does not support seeking (no HTTP Range requests), so jumping to a time will not work. ` +
    'Playback from the start works.',
  'lock-screen-failed': ({ detail }) =>
    `The controls on the lock screen and in the system's media panel could not be set up (${detail}). Playing is not affected.`,
  'play-blocked': ({ file }) => `The browser blocked playback of "${file}". Press play to start it.`,
  'play-interrupted': ({ file, by }) =>
    `Playing "${file}" was interrupted ${{ pause: 'by a pause', 'new-source': 'by a new audio source', removed: 'because the player left the page' }[by]} before it started.`,
  'play-no-source': () => 'There is no audio to play.',
  // — feeds, and chapters inside the audio
  'xml-not-xml': ({ found }) => `this is not XML: it starts with ${value(found)}`,
  'xml-unexpected-end': ({ open, openedAtLine, within }) =>
    open
      ? `the file ends inside <${open}> (opened on line ${openedAtLine}): it is cut off or not well-formed`
      : within
        ? `the file ends inside ${WITHIN[within]}`
        : 'the file ends before any element',
  'xml-mismatched-tag': ({ expected, found, openedAtLine }) =>
    `</${found}> closes <${expected}> (opened on line ${openedAtLine}): the XML is not well-formed`,
  'xml-unexpected': ({ found, expected }) =>
    `unexpected ${value(found)}${expected ? `, expected ${EXPECTED[expected]}` : ''}: the XML is not well-formed`,
  'xml-text-outside-root': () => 'there is content after the end of the document: the XML is not well-formed',
  'xml-undefined-entity': ({ entity }) => `the entity ${entity} is not defined, so it was kept as written`,
  'xml-bare-ampersand': () => 'a "&" that starts no entity (it should be written "&amp;") was kept as written',
  'url-unusable': ({ field, value: written }) =>
    `the address ${value(written)} in ${field} is not a usable http(s) address, so it was ignored`,
  'value-unusable': ({ field, value: written }) => `${value(written)} in ${field} could not be read, so it was ignored`,
  'feed-not-rss': ({ root }) =>
    root === 'html'
      ? 'this is a web page, not a podcast feed: check the address'
      : `this is not an RSS feed (its root element is <${root}>, not <rss>)`,
  'feed-no-items': () => 'the feed has no episodes',
  'feed-item-not-found': ({ item, count }) => `none of the ${count} episodes has the guid or episode number ${value(item)}`,
  'feed-item-no-audio': ({ title }) => `the episode${title ? ` "${title}"` : ''} has no audio with an http(s) address (no <enclosure>)`,
  'feed-transcript-type-unknown': ({ type }) =>
    `the transcript type ${value(type)} is not one the player knows, so its format is detected from the file`,
  // Loading a feed, and reading the chapters inside an MP3: whole sentences that name the file.
  'feed-blocked': ({ file, origin }) =>
    `The feed "${file}" is on another site${origin ? ` (${origin})` : ''} that does not let this page read it: ${WAYS_OUT}.`,
  'feed-unreachable': ({ file }) =>
    `The feed "${file}" could not be fetched: the network failed, or the server does not let this page read it (${WAYS_OUT}).`,
  'feed-http-error': ({ file, status }) =>
    `The feed "${file}" could not be loaded: the server answered HTTP ${status}${status === 404 ? ' (not found)' : ''}.`,
  'feed-timeout': ({ file, seconds }) => `The feed "${file}" did not arrive within ${seconds} seconds.`,
  'feed-too-large': ({ file, megabytes }) => `The feed "${file}" is ${megabytes} MB, too large to read.`,
  'id3-version-unsupported': ({ version }) => `the ID3v2.${version} tag is not read (only ID3v2.3 and v2.4 carry chapters)`,
  'id3-truncated': ({ bytes, announced }) => `the ID3 tag is cut off after ${bytes} of ${announced} bytes`,
  'id3-frame-unreadable': ({ frame, reason }) =>
    `the ${frame} frame ${reason === 'size' ? 'is larger than the tag' : `is ${reason}`}, so it was skipped`,
  'id3-image-too-large': ({ kilobytes, limit }) => `the chapter picture is ${kilobytes} KB (more than ${limit} KB), so it was left out`,
  'id3-image-not-raster': ({ mime }) =>
    `the chapter picture of type ${value(mime)} is not a PNG, JPEG, GIF, WebP or AVIF image, so it was left out`,
  'embedded-chapters-no-range': ({ file }) =>
    `The chapters inside "${file}" were not read: its server does not answer HTTP Range requests, and the whole file is not downloaded for them.`,
  'embedded-chapters-blocked': ({ file }) =>
    `The chapters inside "${file}" could not be read: the network failed, or the audio host does not let this page read the file (it must send Access-Control-Allow-Origin).`,
  'embedded-chapters-http-error': ({ file, status }) =>
    `The chapters inside "${file}" could not be read: the server answered HTTP ${status}.`,
  'embedded-chapters-tag-too-large': ({ file, megabytes, limit }) =>
    `The chapters inside "${file}" were not read: its ID3 tag is ${megabytes} MB (the limit is ${limit} MB).`,
  'embedded-chapters-timeout': ({ file, seconds }) => `The chapters inside "${file}" did not arrive within ${seconds} seconds.`,
};
