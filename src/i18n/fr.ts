import type { EntryKind, FileRef, Quoted, Resource } from '../core/message.js';
import { formatTimestamp } from '../core/time.js';
import { describeProblem } from './describe.js';
import { formatNumber, pluralOf, spokenDuration } from './intl.js';
import type { Strings } from './strings.js';

const number = (n: number, digits?: number): string => formatNumber('fr', n, digits);
/** "1 seconde", "0,5 seconde", "2 secondes": French counts below two as one. */
const counted = (n: number, one: string, other: string): string => `${number(n)} ${pluralOf('fr', n) === 'one' ? one : other}`;
const seconds = (n: number): string => counted(n, 'seconde', 'secondes');
const megabytes = (bytes: number): string => `${number(bytes / 1024 / 1024, 1)} Mo`;
const quoted = (text: string): string => `« ${text} »`;

/**
 * The files a sentence names. A file is "le fichier …" (masculine singular); data given
 * inline is "les données …" (feminine plural), and the words that agree with it follow
 * (`agree`).
 */
const FILE: Record<Resource, { file: string; inline: string; of: string; a: string }> = {
  audio: { file: 'Le fichier audio', inline: 'Les données audio', of: 'du fichier audio', a: 'un fichier audio' },
  transcript: {
    file: 'Le fichier de transcription',
    inline: 'Les données de transcription',
    of: 'du fichier de transcription',
    a: 'un fichier de transcription',
  },
  chapters: {
    file: 'Le fichier de chapitres',
    inline: 'Les données de chapitres',
    of: 'du fichier de chapitres',
    a: 'un fichier de chapitres',
  },
  episode: {
    file: 'Le fichier d’épisode',
    inline: 'Les données d’épisode intégrées',
    of: 'du fichier d’épisode',
    a: 'un fichier d’épisode',
  },
  feed: { file: 'Le flux', inline: 'Les données du flux', of: 'du flux', a: 'un flux' },
};
const subject = ({ resource, file }: FileRef): string =>
  file === undefined ? FILE[resource].inline : `${FILE[resource].file} ${quoted(file)}`;
/** The words that agree with `subject`: masculine singular for a file, feminine plural for inline data. */
const agree = ({ file }: FileRef, singular: string, plural: string): string => (file === undefined ? plural : singular);

/** What a skipped entry was, with the words that agree with it (un segment, une entrée). */
const ENTRIES: Record<EntryKind, { listOf: string; this: string; the: string; none: string; skipped: string }> = {
  segment: { listOf: 'de segments', this: 'ce segment', the: 'le segment', none: 'aucun segment', skipped: 'ignoré' },
  chapter: { listOf: 'de chapitres', this: 'ce chapitre', the: 'le chapitre', none: 'aucun chapitre', skipped: 'ignoré' },
  entry: { listOf: 'd’entrées', this: 'cette entrée', the: 'l’entrée', none: 'aucune entrée', skipped: 'ignorée' },
  item: { listOf: 'd’éléments', this: 'cet élément', the: 'l’élément', none: 'aucun élément', skipped: 'ignoré' },
};
const thisSkipped = (entry: EntryKind): string => `${ENTRIES[entry].this} a donc été ${ENTRIES[entry].skipped}`;

const VALUE_KINDS = { null: 'null', list: 'une liste', object: 'un objet', nothing: 'rien', other: 'une valeur d’un autre type' };
const value = (written: Quoted): string => ('text' in written ? written.text : VALUE_KINDS[written.kind]);

/** For the messages of feeds: what a file ended inside of, what was expected, the ways out of a CORS refusal. */
const WITHIN = {
  tag: 'd’une balise',
  comment: 'd’un commentaire',
  cdata: 'd’une section CDATA',
  instruction: 'd’une instruction de traitement',
  doctype: 'de la déclaration DOCTYPE',
};
const EXPECTED = {
  'tag-end': '« > » ou « /> »',
  equals: '« = »',
  quote: 'une valeur entre guillemets',
  'tag-name': 'un nom de balise',
  'attribute-name': 'un nom d’attribut',
};
const WAYS_OUT =
  'l’hébergeur doit envoyer l’en-tête Access-Control-Allow-Origin, ou le site peut écrire le fichier d’épisode lors de sa génération avec « npx podcast-transcript-player episode <flux> »';

/**
 * French typography: a no-break space before a colon, semicolon, question or exclamation
 * mark and inside « », so that a line never starts with one. Sentences are written with
 * plain spaces and pass through here.
 */
const spaced = (text: string): string => text.replace(/ ([:;?!»])/g, '\u00a0$1').replace(/« /g, '«\u00a0');

/**
 * The player's French. Problems in a file are fragments after where they are
 * ("ligne 3 : l’heure de fin … "); sentences naming a file stand alone. Values are quoted
 * as the file writes them; file names between « ».
 */
/** A message shown alone in the widget (a feed, or the chapters inside the audio, that could not be read): a whole sentence. */
function sentence<P>(words: (params: P) => string): (params: P) => string {
  return (params) => {
    const text = words(params);
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
  };
}

const french: Strings = {
  locale: 'fr',
  player: 'Lecteur de podcast',
  play: 'Lire',
  pause: 'Pause',
  skipBack: (n: number) => `Reculer de ${seconds(n)}`,
  skipForward: (n: number) => `Avancer de ${seconds(n)}`,
  speed: 'Vitesse de lecture',
  speedOption: (rate: number) => `${number(rate)}×`,
  seek: 'Position de lecture',
  elapsed: 'Temps écoulé',
  total: 'Durée totale',
  chapters: 'Chapitres',
  transcript: 'Transcription',
  chapterLink: (title: string) => `Ouvrir le lien de ${quoted(title)} (nouvel onglet)`,
  chapterFallback: (n: number) => `Chapitre ${number(n)}`,
  loading: 'Chargement…',
  buffering: 'Mise en mémoire tampon…',
  loadingAudio: 'Chargement de l’audio…',
  unknownTime: 'inconnue',
  noTranscript: 'Aucune transcription pour cet épisode.',
  playFromHere: 'Appuyez sur Entrée pour lire à partir de cette ligne.',
  untimedTranscript: 'Cette transcription n’a pas de minutage et ne suit donc pas l’audio : lisez-la et cherchez-y comme dans un texte.',
  searchTranscript: 'Rechercher dans la transcription',
  matchCount: (current: number, total: number) => `${number(current)} sur ${number(total)}`,
  noMatches: 'Aucun résultat',
  previousMatch: 'Résultat précédent',
  nextMatch: 'Résultat suivant',
  backToCurrent: 'Revenir au passage en cours',
  share: 'Copier le lien vers ce moment',
  shareQuote: 'Copier le lien vers cette citation',
  showNotes: 'Notes de l’épisode',
  transcriptLanguage: 'Langue',
  languageUnstated: 'Langue non indiquée',
  chapterAnnouncement: (title: string) => `Chapitre : ${title}`,
  linkCopied: 'Lien copié.',
  linkNotCopied: (link: string) => `Copiez ce lien : ${link}`,
  download: 'Télécharger l’audio',
  resumeAt: (time: string) => `Reprendre à ${time}`,
  skipped: (count: number, resource: Resource) =>
    pluralOf('fr', count) === 'one'
      ? `${number(count)} entrée ${FILE[resource].of} n’a pas pu être lue et a été ignorée.`
      : `${number(count)} entrées ${FILE[resource].of} n’ont pas pu être lues et ont été ignorées.`,
  ignored: (count: number) =>
    pluralOf('fr', count) === 'one'
      ? `${number(count)} champ de la description de l’épisode n’a pas pu être utilisé et a été ignoré.`
      : `${number(count)} champs de la description de l’épisode n’ont pas pu être utilisés et ont été ignorés.`,
  timePhrase: (hours: number, minutes: number, secs: number) => spokenDuration('fr', hours, minutes, secs),
  timeOf: (elapsed: string, total: string) => `${elapsed} sur ${total}`,
  labelled: (label: string, text: string) => `${label} : ${text}`,
  line: (line: number, column?: number) => `ligne ${line}${column === undefined ? '' : `, colonne ${column}`}`,
  value,
  downloadTranscript: 'Télécharger la transcription',
  transcriptFile: (format: 'txt' | 'vtt' | 'srt') =>
    ({ txt: 'Texte (.txt)', vtt: 'Sous-titres WebVTT (.vtt)', srt: 'Sous-titres SRT (.srt)' })[format],
  messages: {
    // — a file as a whole
    'file-empty': () => 'le fichier est vide',
    'file-not-text': () => 'le fichier n’a pas pu être lu comme du texte',
    'file-too-large': ({ megabytes: size }) => `le fichier dépasse ${number(size)} Mo`,
    'file-unreadable': ({ detail }) => `le fichier n’a pas pu être lu (${detail})`,
    'more-problems': ({ count }) =>
      pluralOf('fr', count) === 'one'
        ? `${number(count)} autre problème de ce type n’est pas listé`
        : `${number(count)} autres problèmes de ce type ne sont pas listés`,
    'format-unknown': ({ resource }) =>
      resource === 'transcript'
        ? 'ce n’est pas une transcription : formats attendus WebVTT, SRT, JSON Podcasting 2.0, JSON Podlove, Podlove Simple Transcripts (XML), HTML, lignes horodatées ou texte brut'
        : 'ce n’est pas un fichier de chapitres : formats attendus chapitres JSON Podcasting 2.0, Podlove Simple Chapters (XML ou JSON) ou chapitres WebVTT',
    'nothing-found': ({ resource, example }) =>
      `${resource === 'transcript' ? 'aucune ligne de transcription trouvée' : 'aucun chapitre trouvé'}${example ? ` (attendu : quelque chose comme ${example})` : ''}`,
    'web-page': () => 'cela ressemble à une page web, pas à une transcription',
    // — JSON
    'json-invalid': ({ detail, column, atEnd }) => {
      const at = column === undefined ? '' : `colonne ${column}${atEnd ? ', à la fin' : ''}`;
      const why = [at, detail].filter(Boolean).join(' : ');
      return why ? `ce n’est pas du JSON valide (${why})` : 'ce n’est pas du JSON valide';
    },
    'json-is-markup': () =>
      'ce n’est pas du JSON mais une page web ou du XML (le texte commence par « < ») : vérifiez l’adresse, les serveurs répondent souvent à un fichier manquant par une page',
    'json-single-quotes': () => 'le fichier utilise des apostrophes au lieu de guillemets doubles ; il a tout de même été lu',
    'list-missing': ({ field, example }) => `le champ ${field} est absent (attendu : ${example})`,
    'not-a-list': ({ entry, example }) => `une liste ${ENTRIES[entry].listOf} était attendue (${example})`,
    'entry-not-object': ({ entry }) => `${ENTRIES[entry].this} n’est pas un objet et a été ${ENTRIES[entry].skipped}`,
    // — timed entries
    'field-missing': ({ field, entry }) => `le champ ${field} est absent, ${thisSkipped(entry)}`,
    'field-not-time': ({ field, value: written, entry }) =>
      `le champ ${field} (${value(written)}) n’est pas un horodatage, ${thisSkipped(entry)}`,
    'start-missing': ({ entry }) => `${ENTRIES[entry].the} n’a pas d’heure de début et a été ${ENTRIES[entry].skipped}`,
    'start-not-time': ({ value: written, entry }) => `l’heure de début (${value(written)}) n’est pas un horodatage, ${thisSkipped(entry)}`,
    'end-not-time': ({ field, value: written }) => `le champ ${field} (${value(written)}) n’est pas un horodatage et a été ignoré`,
    'end-before-start': ({ start, end }) =>
      `l’heure de fin ${formatTimestamp(end)} précède l’heure de début ${formatTimestamp(start)} et a donc été ignorée`,
    'time-unreadable': ({ value: written }) => `impossible de lire l’horodatage ${value(written)}`,
    'no-timed-text': ({ entry }) => `${ENTRIES[entry].none} n’a à la fois une heure de début et du texte`,
    'segments-without-text': ({ count, total }) =>
      count < total
        ? pluralOf('fr', count) === 'one'
          ? `${number(count)} segment n’a pas de texte (body manquant) et a été ignoré`
          : `${number(count)} segments n’ont pas de texte (body manquant) et ont été ignorés`
        : total === 1
          ? 'l’unique segment n’a pas de texte (body manquant)'
          : `aucun des ${number(total)} segments n’a de texte (body manquant)`,
    'start-past-limit': ({ entry, text, hours }) =>
      `${ENTRIES[entry].the} ${value(text)} commence après ${number(hours)} heures, plus tard que tout épisode, ${thisSkipped(entry)}`,
    'times-past-limit': ({ entry, text, hours }) =>
      `les horodatages au-delà de ${number(hours)} heures dans ${ENTRIES[entry].the} ${value(text)} ont été ignorés`,
    'words-not-list': ({ value: written }) =>
      `une liste de mots horodatés était attendue, pas ${value(written)} ; les mots ont été ignorés`,
    'word-unusable': () => 'un mot a besoin d’un début, d’une fin et d’un texte ; celui-ci a donc été ignoré',
    // — cue files and timestamped lines
    'vtt-signature-missing': ({ found }) =>
      `un fichier WebVTT doit commencer par la ligne WEBVTT, or ${'text' in found && found.text !== '""' ? `celui-ci commence par ${found.text}` : 'sa première ligne est vide'} ; il n’a donc pas été lu`,
    'text-outside-cue': () => 'du texte hors d’un bloc de sous-titre (sans ligne de minutage avant lui) a été ignoré',
    'cue-timing-invalid': ({ value: written }) => `impossible de lire la ligne de minutage ${value(written)}, ce bloc a donc été ignoré`,
    'text-before-first-time': () => 'le texte placé avant le premier horodatage a été ignoré',
    // — addresses in files
    'image-address-unusable': ({ value: written }) =>
      `l’adresse d’image ${value(written)} n’est pas une adresse http(s) ou d’image utilisable et a été ignorée`,
    'link-address-unusable': ({ value: written }) => `le lien ${value(written)} n’est pas une adresse http(s) utilisable et a été ignoré`,
    // — the episode description
    'manifest-not-object': ({ value: written }) => `une description d’épisode doit être un objet JSON, pas ${value(written)}`,
    'no-audio': () => 'aucun audio utilisable : indiquez l’adresse http(s) du fichier de l’épisode',
    'audio-address-unusable': ({ value: written }) =>
      written.kind === 'nothing'
        ? 'aucune adresse de fichier audio n’est indiquée, cette source a donc été ignorée'
        : `${value(written)} n’est pas l’adresse http(s) d’un fichier audio, cette source a donc été ignorée`,
    'mime-type-invalid': ({ value: written }) => `${value(written)} n’est pas un type MIME comme « audio/mpeg » ; la valeur a été ignorée`,
    'data-address-unusable': ({ value: written }) => `${value(written)} n’est pas une adresse http(s) ; rien n’a donc été chargé`,
    'format-name-unknown': ({ value: written, resource, known }) =>
      `${value(written)} n’est pas un format de ${resource === 'transcript' ? 'transcription' : 'chapitres'} connu (${known.join(', ')}) ; ` +
      'le format est déterminé à partir du fichier',
    'data-value-invalid': ({ value: written }) =>
      `une URL ou des données intégrées étaient attendues, pas ${value(written)} ; la valeur a été ignorée`,
    'transcripts-not-list': ({ value: written }) =>
      `une liste de transcriptions était attendue, pas ${value(written)} ; la valeur a été ignorée`,
    'transcript-address-unusable': ({ value: written }) =>
      written.kind === 'nothing'
        ? 'cette entrée n’indique aucune adresse de transcription et a été ignorée'
        : `${value(written)} n’est pas l’adresse http(s) d’une transcription ; l’entrée a été ignorée`,
    'language-tag-invalid': ({ value: written }) =>
      `${value(written)} n’est pas un code de langue comme « en » ou « de-AT » ; la valeur a été ignorée`,
    'not-text': ({ value: written }) => `du texte était attendu, pas ${value(written)} ; la valeur a été ignorée`,
    'duration-invalid': ({ value: written }) =>
      `${value(written)} n’est pas une durée (en secondes, ou sous la forme « 1:02:03 ») ; la valeur a été ignorée`,
    'date-invalid': ({ value: written }) => `${value(written)} n’est pas une date (comme « 2024-05-01 ») ; la valeur a été ignorée`,
    // — loading a file
    'file-unusable': (params, strings) =>
      `${subject(params)} ${agree(params, 'n’a pas pu être utilisé', 'n’ont pas pu être utilisées')} : ${describeProblem(strings, params.problem)}.`,
    'file-not-json': (params, strings) => {
      const { problem } = params;
      if (problem.code === 'file-empty') return `${subject(params)} ${agree(params, 'est vide', 'sont vides')}.`;
      if (problem.code === 'json-is-markup')
        return (
          `${subject(params)} ${agree(params, 'n’est', 'ne sont')} pas du JSON mais une page web ou du XML (le texte commence par « < ») : ` +
          'vérifiez l’adresse, les serveurs répondent souvent à un fichier manquant par une page.'
        );
      if (problem.code !== 'json-invalid')
        return `${subject(params)} ${agree(params, 'n’a pas pu être utilisé', 'n’ont pas pu être utilisées')} : ${describeProblem(strings, problem)}.`;
      const { column, atEnd, detail } = problem.params;
      const at = [
        problem.line === undefined ? '' : `ligne ${problem.line}`,
        column === undefined ? '' : `colonne ${column}`,
        atEnd ? 'à la fin' : '',
      ].filter(Boolean);
      return `${subject(params)} ${agree(params, 'n’est', 'ne sont')} pas du JSON valide${at.length ? ` (${at.join(', ')})` : ''}${detail ? ` : ${detail}` : ''}.`;
    },
    'fetch-timeout': (params) =>
      `${subject(params)} ${agree(params, 'n’est pas arrivé', 'ne sont pas arrivées')} dans les ${seconds(params.seconds)}.`,
    'fetch-network': (params) =>
      `${subject(params)} ${agree(params, 'n’a pas pu être récupéré', 'n’ont pas pu être récupérées')} : le réseau a échoué, ` +
      `ou le serveur n’autorise pas cette page à ${agree(params, 'le', 'les')} lire ` +
      '(un fichier hébergé sur un autre site doit être servi avec l’en-tête Access-Control-Allow-Origin).',
    'fetch-http': (params) => {
      const reason = params.status === 404 ? ' (introuvable)' : params.statusText ? ` (${params.statusText})` : '';
      return `${subject(params)} ${agree(params, 'n’a pas pu être chargé', 'n’ont pas pu être chargées')} : le serveur a répondu HTTP ${params.status}${reason}.`;
    },
    'fetch-too-large': (params) =>
      `${subject(params)} ${agree(params, 'fait', 'font')} ${megabytes(params.bytes)}, c’est trop pour ${FILE[params.resource].a} ` +
      `(la limite est de ${megabytes(params.limit)}).`,
    'load-cancelled': (params) =>
      `${subject(params)} ${agree(params, 'n’a pas été chargé', 'n’ont pas été chargées')} : le chargement a été annulé.`,
    'load-failed': (params) =>
      `${subject(params)} ${agree(params, 'n’a pas pu être chargé', 'n’ont pas pu être chargées')} (${params.detail}).`,
    'no-episode-source': () =>
      'Il n’y a aucune description d’épisode : donnez à l’attribut episode l’adresse d’un fichier JSON, ' +
      'ou placez le JSON dans l’élément, à l’intérieur d’un <script type="application/json">.',
    // — playing the audio
    'audio-aborted': ({ file }) => `Le chargement du fichier audio ${quoted(file)} a été interrompu.`,
    'audio-unsupported': ({ file }) => `Le fichier audio ${quoted(file)} est dans un format que ce navigateur ne sait pas lire.`,
    'audio-network': ({ file }) => `Le téléchargement du fichier audio ${quoted(file)} s’est interrompu à cause d’une erreur réseau.`,
    'audio-undecodable': ({ file }) =>
      `Le fichier audio ${quoted(file)} n’a pas pu être lu : le navigateur ne parvient pas à le décoder ` +
      '(il est peut-être endommagé, ou ce n’est pas du tout de l’audio).',
    'audio-unseekable': ({ file }) =>
      `Le serveur du fichier audio ${quoted(file)} ne permet pas de se déplacer dans le fichier (pas de requêtes HTTP Range) : ` +
      'impossible de sauter à un moment précis. La lecture depuis le début fonctionne.',
    'lock-screen-failed': ({ detail }) =>
      `Les commandes de l’écran de verrouillage et du panneau multimédia du système n’ont pas pu être mises en place (${detail}). La lecture n’est pas affectée.`,
    'play-blocked': ({ file }) => `Le navigateur a bloqué la lecture de ${quoted(file)}. Appuyez sur Lire pour la démarrer.`,
    'play-interrupted': ({ file, by }) =>
      `La lecture de ${quoted(file)} a été interrompue ${{ pause: 'par une pause', 'new-source': 'par une nouvelle source audio', removed: 'parce que le lecteur a quitté la page' }[by]} avant de commencer.`,
    'play-no-source': () => 'Il n’y a aucun audio à lire.',
    // — feeds, and chapters inside the audio
    'xml-not-xml': ({ found }) => `ce n’est pas du XML : le texte commence par ${value(found)}`,
    'xml-unexpected-end': ({ open, openedAtLine, within }) =>
      open
        ? `le fichier se termine à l’intérieur de <${open}> (ouvert ligne ${openedAtLine}) : il est tronqué ou mal formé`
        : within
          ? `le fichier se termine à l’intérieur ${WITHIN[within]}`
          : 'le fichier se termine avant le moindre élément',
    'xml-mismatched-tag': ({ expected, found, openedAtLine }) =>
      `</${found}> ferme <${expected}> (ouvert ligne ${openedAtLine}) : le XML est mal formé`,
    'xml-unexpected': ({ found, expected }) =>
      `${value(found)} n’était pas attendu ici${expected ? ` (attendu : ${EXPECTED[expected]})` : ''} ; le XML est mal formé`,
    'xml-text-outside-root': () => 'du contenu suit la fin du document : le XML est mal formé',
    'xml-undefined-entity': ({ entity }) => `l’entité ${entity} n’est pas définie et a été conservée telle quelle`,
    'xml-bare-ampersand': () => 'un « & » qui n’ouvre aucune entité (il faudrait écrire « &amp; ») a été conservé tel quel',
    'url-unusable': ({ field, value: written }) =>
      `l’adresse ${value(written)} de ${field} n’est pas une adresse http(s) utilisable et a été ignorée`,
    'value-unusable': ({ field, value: written }) => `${value(written)} dans ${field} n’a pas pu être lu ; la valeur a été ignorée`,
    'feed-not-rss': ({ root }) =>
      root === 'html'
        ? 'c’est une page web, pas un flux de podcast : vérifiez l’adresse'
        : `ce n’est pas un flux RSS (son élément racine est <${root}>, pas <rss>)`,
    'feed-no-items': () => 'le flux ne contient aucun épisode',
    'feed-item-not-found': ({ item, count }) =>
      count === 1
        ? `l’unique épisode n’a pas le GUID ou le numéro d’épisode ${value(item)}`
        : `aucun des ${number(count)} épisodes n’a le GUID ou le numéro d’épisode ${value(item)}`,
    'feed-item-no-audio': ({ title }) =>
      `l’épisode${title ? ` ${quoted(title)}` : ''} n’a pas d’audio avec une adresse http(s) (pas de <enclosure>)`,
    'feed-transcript-type-unknown': ({ type }) =>
      `le lecteur ne connaît pas le type de transcription ${value(type)} ; le format est déterminé à partir du fichier`,
    'feed-blocked': sentence(
      ({ file, origin }) =>
        `le flux ${quoted(file)} se trouve sur un autre site${origin ? ` (${origin})` : ''}, qui n’autorise pas cette page à le lire : ${WAYS_OUT}`,
    ),
    'feed-unreachable': sentence(
      ({ file }) =>
        `le flux ${quoted(file)} n’a pas pu être récupéré : le réseau a échoué, ou le serveur n’autorise pas cette page à le lire (${WAYS_OUT})`,
    ),
    'feed-http-error': sentence(
      ({ file, status }) =>
        `le flux ${quoted(file)} n’a pas pu être chargé : le serveur a répondu HTTP ${status}${status === 404 ? ' (introuvable)' : ''}`,
    ),
    'feed-timeout': sentence(({ file, seconds: n }) => `le flux ${quoted(file)} n’est pas arrivé dans les ${seconds(n)}`),
    'feed-too-large': sentence(({ file, megabytes: size }) => `le flux ${quoted(file)} fait ${number(size)} Mo, c’est trop pour être lu`),
    'id3-version-unsupported': ({ version }) =>
      `le tag ID3v2.${version} n’est pas lu (seuls les tags ID3v2.3 et v2.4 contiennent des chapitres)`,
    'id3-truncated': ({ bytes, announced }) => `le tag ID3 est tronqué après ${number(bytes)} octets sur ${number(announced)}`,
    'id3-frame-unreadable': ({ frame, reason }) =>
      `la trame ${frame} ${reason === 'size' ? 'dépasse la taille du tag' : reason === 'compressed' ? 'est compressée' : 'est chiffrée'} et a été ignorée`,
    'id3-image-too-large': ({ kilobytes, limit }) =>
      `l’image du chapitre fait ${number(kilobytes)} Ko (plus de ${number(limit)} Ko) et a été écartée`,
    'id3-image-not-raster': ({ mime }) =>
      `l’image du chapitre, de type ${value(mime)}, n’est pas une image PNG, JPEG, GIF, WebP ou AVIF et a été écartée`,
    'embedded-chapters-no-range': sentence(
      ({ file }) =>
        `les chapitres contenus dans ${quoted(file)} n’ont pas été lus : son serveur ne répond pas aux requêtes HTTP Range, et le fichier n’est pas téléchargé en entier pour les lire`,
    ),
    'embedded-chapters-blocked': sentence(
      ({ file }) =>
        `les chapitres contenus dans ${quoted(file)} n’ont pas pu être lus : le réseau a échoué, ou l’hébergeur de l’audio n’autorise pas cette page à lire le fichier (il doit envoyer Access-Control-Allow-Origin)`,
    ),
    'embedded-chapters-http-error': sentence(
      ({ file, status }) => `les chapitres contenus dans ${quoted(file)} n’ont pas pu être lus : le serveur a répondu HTTP ${status}`,
    ),
    'embedded-chapters-tag-too-large': sentence(
      ({ file, megabytes: size, limit }) =>
        `les chapitres contenus dans ${quoted(file)} n’ont pas été lus : son tag ID3 fait ${number(size)} Mo (la limite est de ${number(limit)} Mo)`,
    ),
    'embedded-chapters-timeout': sentence(
      ({ file, seconds: n }) => `les chapitres contenus dans ${quoted(file)} ne sont pas arrivés dans les ${seconds(n)}`,
    ),
  },
};

/** Every string and every sentence of `table` with French spacing. */
function withFrenchSpacing<T>(table: T): T {
  if (typeof table === 'string') return spaced(table) as T;
  if (typeof table === 'function') return ((...args: unknown[]) => spaced((table as (...a: unknown[]) => string)(...args))) as T;
  if (typeof table !== 'object' || table === null) return table;
  return Object.fromEntries(Object.entries(table).map(([key, each]) => [key, key === 'locale' ? each : withFrenchSpacing(each)])) as T;
}

export const fr: Strings = withFrenchSpacing(french);
