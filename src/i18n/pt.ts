import type { EntryKind, FileRef, Quoted, Resource } from '../core/message.js';
import { formatTimestamp } from '../core/time.js';
import { describeProblem } from './describe.js';
import { formatNumber, pluralOf, spokenDuration } from './intl.js';
import type { Strings } from './strings.js';

const number = (n: number, digits?: number): string => formatNumber('pt-BR', n, digits);
const counted = (n: number, one: string, other: string): string => `${number(n)} ${pluralOf('pt-BR', n) === 'one' ? one : other}`;
const seconds = (n: number): string => counted(n, 'segundo', 'segundos');
const megabytes = (bytes: number): string => `${number(bytes / 1024 / 1024, 1)} MB`;
const quoted = (text: string): string => `“${text}”`;

/**
 * The files a sentence names. A file is "o arquivo …" (masculine singular); data given
 * inline is "os dados …" (masculine plural), and the words that agree follow (`agree`).
 */
const FILE: Record<Resource, { file: string; inline: string; of: string; a: string }> = {
  audio: { file: 'O arquivo de áudio', inline: 'Os dados de áudio', of: 'do arquivo de áudio', a: 'um arquivo de áudio' },
  transcript: {
    file: 'O arquivo de transcrição',
    inline: 'Os dados de transcrição',
    of: 'do arquivo de transcrição',
    a: 'um arquivo de transcrição',
  },
  chapters: {
    file: 'O arquivo de capítulos',
    inline: 'Os dados de capítulos',
    of: 'do arquivo de capítulos',
    a: 'um arquivo de capítulos',
  },
  episode: {
    file: 'O arquivo do episódio',
    inline: 'Os dados do episódio incorporados',
    of: 'do arquivo do episódio',
    a: 'um arquivo de episódio',
  },
  feed: { file: 'O feed', inline: 'Os dados do feed', of: 'do feed', a: 'um feed' },
};
const subject = ({ resource, file }: FileRef): string =>
  file === undefined ? FILE[resource].inline : `${FILE[resource].file} ${quoted(file)}`;
/** The words that agree with `subject`: singular for a file, plural for inline "dados". */
const agree = ({ file }: FileRef, singular: string, plural: string): string => (file === undefined ? plural : singular);

/** What a skipped entry was, with the words that agree with it (um segmento, uma entrada). */
const ENTRIES: Record<EntryKind, { many: string; this: string; the: string; none: string; skipped: string }> = {
  segment: { many: 'segmentos', this: 'este segmento', the: 'o segmento', none: 'nenhum segmento', skipped: 'ignorado' },
  chapter: { many: 'capítulos', this: 'este capítulo', the: 'o capítulo', none: 'nenhum capítulo', skipped: 'ignorado' },
  entry: { many: 'entradas', this: 'esta entrada', the: 'a entrada', none: 'nenhuma entrada', skipped: 'ignorada' },
  item: { many: 'itens', this: 'este item', the: 'o item', none: 'nenhum item', skipped: 'ignorado' },
};
const thisSkipped = (entry: EntryKind): string => `por isso ${ENTRIES[entry].this} foi ${ENTRIES[entry].skipped}`;

const VALUE_KINDS = { null: 'null', list: 'uma lista', object: 'um objeto', nothing: 'nada', other: 'um valor de outro tipo' };
const value = (written: Quoted): string => ('text' in written ? written.text : VALUE_KINDS[written.kind]);

/** For the messages of feeds: what a file ended inside of, what was expected, the ways out of a CORS refusal. */
const WITHIN = {
  tag: 'de uma tag',
  comment: 'de um comentário',
  cdata: 'de uma seção CDATA',
  instruction: 'de uma instrução de processamento',
  doctype: 'da declaração DOCTYPE',
};
const EXPECTED = {
  'tag-end': '">" ou "/>"',
  equals: '"="',
  quote: 'um valor entre aspas',
  'tag-name': 'um nome de tag',
  'attribute-name': 'um nome de atributo',
};
const WAYS_OUT =
  'o servidor precisa enviar o cabeçalho Access-Control-Allow-Origin, ou o site pode gerar o arquivo do episódio no build com “npx podcast-transcript-player episode <feed>”';

/**
 * The player's Portuguese, as written in Brazil ("arquivo", "baixar", "aba"), where most
 * of its speakers and podcasts are; a page for Portugal can change the few words that
 * differ with `addTranslation('pt-PT', {…}, 'pt')`. Problems in a file are fragments after
 * where they are ("linha 3: o horário de término …"); sentences naming a file stand alone.
 */
/** A message shown alone in the widget (a feed, or the chapters inside the audio, that could not be read): a whole sentence. */
function sentence<P>(words: (params: P) => string): (params: P) => string {
  return (params) => {
    const text = words(params);
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
  };
}

export const pt: Strings = {
  locale: 'pt-BR',
  player: 'Reprodutor de podcast',
  play: 'Reproduzir',
  pause: 'Pausar',
  skipBack: (n: number) => `Voltar ${seconds(n)}`,
  skipForward: (n: number) => `Avançar ${seconds(n)}`,
  speed: 'Velocidade de reprodução',
  speedOption: (rate: number) => `${number(rate)}×`,
  seek: 'Posição da reprodução',
  elapsed: 'Tempo decorrido',
  total: 'Duração total',
  chapters: 'Capítulos',
  transcript: 'Transcrição',
  chapterLink: (title: string) => `Abrir o link de ${quoted(title)} (nova aba)`,
  chapterFallback: (n: number) => `Capítulo ${number(n)}`,
  loading: 'Carregando…',
  buffering: 'Armazenando em buffer…',
  loadingAudio: 'Carregando o áudio…',
  unknownTime: 'desconhecido',
  noTranscript: 'Este episódio não tem transcrição.',
  playFromHere: 'Pressione Enter para reproduzir a partir desta linha.',
  untimedTranscript: 'Esta transcrição não tem marcações de tempo, então não acompanha o áudio: leia e pesquise como um texto.',
  searchTranscript: 'Pesquisar na transcrição',
  matchCount: (current: number, total: number) => `${number(current)} de ${number(total)}`,
  noMatches: 'Nenhum resultado',
  previousMatch: 'Resultado anterior',
  nextMatch: 'Próximo resultado',
  backToCurrent: 'Voltar ao trecho atual',
  share: 'Copiar link para este momento',
  shareQuote: 'Copiar link para esta citação',
  showNotes: 'Notas do episódio',
  transcriptLanguage: 'Idioma',
  languageUnstated: 'Idioma não informado',
  chapterAnnouncement: (title: string) => `Capítulo: ${title}`,
  linkCopied: 'Link copiado.',
  linkNotCopied: (link: string) => `Copie este link: ${link}`,
  download: 'Baixar o áudio',
  resumeAt: (time: string) => `Retomar em ${time}`,
  skipped: (count: number, resource: Resource) =>
    count === 1
      ? `${number(count)} entrada ${FILE[resource].of} não pôde ser lida e foi ignorada.`
      : `${number(count)} entradas ${FILE[resource].of} não puderam ser lidas e foram ignoradas.`,
  ignored: (count: number) =>
    pluralOf('pt-BR', count) === 'one'
      ? `${number(count)} campo da descrição do episódio não pôde ser usado e foi ignorado.`
      : `${number(count)} campos da descrição do episódio não puderam ser usados e foram ignorados.`,
  timePhrase: (hours: number, minutes: number, secs: number) => spokenDuration('pt-BR', hours, minutes, secs),
  timeOf: (elapsed: string, total: string) => `${elapsed} de ${total}`,
  labelled: (label: string, text: string) => `${label}: ${text}`,
  line: (line: number, column?: number) => `linha ${line}${column === undefined ? '' : `, coluna ${column}`}`,
  value,
  downloadTranscript: 'Baixar a transcrição',
  transcriptFile: (format: 'txt' | 'vtt' | 'srt') =>
    ({ txt: 'Texto (.txt)', vtt: 'Legendas WebVTT (.vtt)', srt: 'Legendas SRT (.srt)' })[format],
  messages: {
    // — a file as a whole
    'file-empty': () => 'o arquivo está vazio',
    'file-not-text': () => 'não foi possível ler o arquivo como texto',
    'file-too-large': ({ megabytes: size }) => `o arquivo tem mais de ${number(size)} MB`,
    'file-unreadable': ({ detail }) => `não foi possível ler o arquivo (${detail})`,
    'more-problems': ({ count }) =>
      count === 1
        ? `mais ${number(count)} problema deste tipo não foi listado`
        : `mais ${number(count)} problemas deste tipo não foram listados`,
    'format-unknown': ({ resource }) =>
      resource === 'transcript'
        ? 'não é uma transcrição: formatos esperados WebVTT, SRT, JSON do Podcasting 2.0, JSON do Podlove, Podlove Simple Transcripts (XML), HTML, linhas com marcação de tempo ou texto simples'
        : 'não é um arquivo de capítulos: formatos esperados capítulos em JSON do Podcasting 2.0, Podlove Simple Chapters (XML ou JSON) ou capítulos WebVTT',
    'nothing-found': ({ resource, example }) =>
      `${resource === 'transcript' ? 'nenhuma linha de transcrição encontrada' : 'nenhum capítulo encontrado'}${example ? ` (era esperado algo como ${example})` : ''}`,
    'web-page': () => 'isto parece uma página da web, não uma transcrição',
    // — JSON
    'json-invalid': ({ detail, column, atEnd }) => {
      const at = column === undefined ? '' : `coluna ${column}${atEnd ? ', no final' : ''}`;
      const why = [at, detail].filter(Boolean).join(': ');
      return why ? `isto não é um JSON válido (${why})` : 'isto não é um JSON válido';
    },
    'json-is-markup': () =>
      'isto não é JSON, mas uma página da web ou XML (começa com "<"): verifique o endereço; muitos servidores respondem com uma página quando um arquivo não existe',
    'json-single-quotes': () => 'o arquivo usa aspas simples em vez de aspas duplas; foi lido mesmo assim',
    'list-missing': ({ field, example }) => `o campo ${field} está faltando (era esperado ${example})`,
    'not-a-list': ({ entry, example }) => `era esperada uma lista de ${ENTRIES[entry].many} (${example})`,
    'entry-not-object': ({ entry }) => `${ENTRIES[entry].this} não é um objeto e foi ${ENTRIES[entry].skipped}`,
    // — timed entries
    'field-missing': ({ field, entry }) => `o campo ${field} está faltando, ${thisSkipped(entry)}`,
    'field-not-time': ({ field, value: written, entry }) =>
      `o campo ${field} (${value(written)}) não é uma marcação de tempo, ${thisSkipped(entry)}`,
    'start-missing': ({ entry }) => `${ENTRIES[entry].the} não tem horário de início e foi ${ENTRIES[entry].skipped}`,
    'start-not-time': ({ value: written, entry }) =>
      `o horário de início (${value(written)}) não é uma marcação de tempo, ${thisSkipped(entry)}`,
    'end-not-time': ({ field, value: written }) => `o campo ${field} (${value(written)}) não é uma marcação de tempo e foi ignorado`,
    'end-before-start': ({ start, end }) =>
      `o horário de término ${formatTimestamp(end)} é anterior ao horário de início ${formatTimestamp(start)}, por isso foi ignorado`,
    'time-unreadable': ({ value: written }) => `não foi possível ler a marcação de tempo ${value(written)}`,
    'no-timed-text': ({ entry }) => `${ENTRIES[entry].none} tem ao mesmo tempo horário de início e texto`,
    'segments-without-text': ({ count, total }) =>
      count < total
        ? count === 1
          ? `${number(count)} segmento não tem texto (falta body) e foi ignorado`
          : `${number(count)} segmentos não têm texto (falta body) e foram ignorados`
        : total === 1
          ? 'o único segmento não tem texto (falta body)'
          : `nenhum dos ${number(total)} segmentos tem texto (falta body)`,
    'start-past-limit': ({ entry, text, hours }) =>
      `${ENTRIES[entry].the} ${value(text)} começa depois de ${number(hours)} horas, mais tarde que qualquer episódio, ${thisSkipped(entry)}`,
    'times-past-limit': ({ entry, text, hours }) =>
      `os tempos depois de ${number(hours)} horas em ${ENTRIES[entry].the} ${value(text)} foram ignorados`,
    'words-not-list': ({ value: written }) =>
      `era esperada uma lista de palavras com tempos, não ${value(written)}, por isso as palavras foram ignoradas`,
    'word-unusable': () => 'uma palavra precisa de um início, um fim e um texto, por isso esta foi pulada',
    // — cue files and timestamped lines
    'vtt-signature-missing': ({ found }) =>
      `um arquivo WebVTT deve começar com a linha WEBVTT, mas ${'text' in found && found.text !== '""' ? `este começa com ${found.text}` : 'a primeira linha está vazia'}, por isso não foi lido`,
    'text-outside-cue': () => 'um texto fora de um bloco de legenda (sem linha de tempo antes dele) foi ignorado',
    'cue-timing-invalid': ({ value: written }) =>
      `não foi possível ler a linha de tempo ${value(written)}, por isso este bloco foi ignorado`,
    'text-before-first-time': () => 'o texto antes da primeira marcação de tempo foi ignorado',
    // — addresses in files
    'image-address-unusable': ({ value: written }) =>
      `o endereço de imagem ${value(written)} não é um endereço http(s) ou de imagem utilizável e foi ignorado`,
    'link-address-unusable': ({ value: written }) => `o link ${value(written)} não é um endereço http(s) utilizável e foi ignorado`,
    // — the episode description
    'manifest-not-object': ({ value: written }) => `a descrição de um episódio deve ser um objeto JSON, não ${value(written)}`,
    'no-audio': () => 'não há áudio utilizável: informe o endereço http(s) do arquivo do episódio',
    'audio-address-unusable': ({ value: written }) =>
      written.kind === 'nothing'
        ? 'não há endereço de um arquivo de áudio, por isso esta fonte foi ignorada'
        : `${value(written)} não é o endereço http(s) de um arquivo de áudio, por isso esta fonte foi ignorada`,
    'mime-type-invalid': ({ value: written }) => `${value(written)} não é um tipo MIME como “audio/mpeg”, por isso o valor foi ignorado`,
    'data-address-unusable': ({ value: written }) => `${value(written)} não é um endereço http(s), por isso nada foi carregado`,
    'format-name-unknown': ({ value: written, resource, known }) =>
      `${value(written)} não é um formato ${resource === 'transcript' ? 'de transcrição' : 'de capítulos'} conhecido (${known.join(', ')}), ` +
      'por isso o formato é detectado a partir do arquivo',
    'data-value-invalid': ({ value: written }) =>
      `era esperado um URL ou dados incorporados, não ${value(written)}, por isso o valor foi ignorado`,
    'transcripts-not-list': ({ value: written }) =>
      `era esperada uma lista de transcrições, não ${value(written)}, por isso o valor foi ignorado`,
    'transcript-address-unusable': ({ value: written }) =>
      written.kind === 'nothing'
        ? 'esta entrada não informa o endereço de uma transcrição e foi ignorada'
        : `${value(written)} não é o endereço http(s) de uma transcrição, por isso esta entrada foi ignorada`,
    'language-tag-invalid': ({ value: written }) =>
      `${value(written)} não é um código de idioma como “en” ou “de-AT”, por isso o valor foi ignorado`,
    'not-text': ({ value: written }) => `era esperado um texto, não ${value(written)}, por isso o valor foi ignorado`,
    'duration-invalid': ({ value: written }) =>
      `${value(written)} não é uma duração (em segundos ou no formato “1:02:03”), por isso o valor foi ignorado`,
    'date-invalid': ({ value: written }) => `${value(written)} não é uma data (como “2024-05-01”), por isso o valor foi ignorado`,
    // — loading a file
    'file-unusable': (params, strings) =>
      `${subject(params)} não ${agree(params, 'pôde ser usado', 'puderam ser usados')}: ${describeProblem(strings, params.problem)}.`,
    'file-not-json': (params, strings) => {
      const { problem } = params;
      if (problem.code === 'file-empty') return `${subject(params)} ${agree(params, 'está vazio', 'estão vazios')}.`;
      if (problem.code === 'json-is-markup')
        return (
          `${subject(params)} não ${agree(params, 'é', 'são')} JSON, mas uma página da web ou XML (começa com "<"): ` +
          'verifique o endereço; muitos servidores respondem com uma página quando um arquivo não existe.'
        );
      if (problem.code !== 'json-invalid')
        return `${subject(params)} não ${agree(params, 'pôde ser usado', 'puderam ser usados')}: ${describeProblem(strings, problem)}.`;
      const { column, atEnd, detail } = problem.params;
      const at = [
        problem.line === undefined ? '' : `linha ${problem.line}`,
        column === undefined ? '' : `coluna ${column}`,
        atEnd ? 'no final' : '',
      ].filter(Boolean);
      return `${subject(params)} não ${agree(params, 'é', 'são')} JSON válido${at.length ? ` (${at.join(', ')})` : ''}${detail ? `: ${detail}` : ''}.`;
    },
    'fetch-timeout': (params) => `${subject(params)} não ${agree(params, 'chegou', 'chegaram')} em ${seconds(params.seconds)}.`,
    'fetch-network': (params) =>
      `${subject(params)} não ${agree(params, 'pôde ser obtido', 'puderam ser obtidos')}: a rede falhou ou o servidor não permite que esta página ` +
      `${agree(params, 'o', 'os')} leia (um arquivo em outro site precisa ser servido com o cabeçalho Access-Control-Allow-Origin).`,
    'fetch-http': (params) => {
      const reason = params.status === 404 ? ' (não encontrado)' : params.statusText ? ` (${params.statusText})` : '';
      return `${subject(params)} não ${agree(params, 'pôde ser carregado', 'puderam ser carregados')}: o servidor respondeu HTTP ${params.status}${reason}.`;
    },
    'fetch-too-large': (params) =>
      `${subject(params)} ${agree(params, 'tem', 'têm')} ${megabytes(params.bytes)}, grande demais para ${FILE[params.resource].a} ` +
      `(o limite é ${megabytes(params.limit)}).`,
    'load-cancelled': (params) =>
      `${subject(params)} não ${agree(params, 'foi carregado', 'foram carregados')}: o carregamento foi cancelado.`,
    'load-failed': (params) =>
      `${subject(params)} não ${agree(params, 'pôde ser carregado', 'puderam ser carregados')} (${params.detail}).`,
    'no-episode-source': () =>
      'Não há descrição do episódio: informe no atributo episode o endereço de um arquivo JSON, ' +
      'ou coloque o JSON dentro do elemento, em um <script type="application/json">.',
    // — playing the audio
    'audio-aborted': ({ file }) => `O carregamento do arquivo de áudio ${quoted(file)} foi interrompido.`,
    'audio-unsupported': ({ file }) => `O arquivo de áudio ${quoted(file)} está em um formato que este navegador não consegue reproduzir.`,
    'audio-network': ({ file }) => `O download do arquivo de áudio ${quoted(file)} parou por causa de um erro de rede.`,
    'audio-undecodable': ({ file }) =>
      `Não foi possível reproduzir o arquivo de áudio ${quoted(file)}: o navegador não consegue decodificá-lo ` +
      '(talvez esteja danificado ou nem seja áudio).',
    'audio-unseekable': ({ file }) =>
      `O servidor do arquivo de áudio ${quoted(file)} não permite avançar ou voltar no arquivo (não aceita requisições HTTP Range), ` +
      'por isso não é possível pular para um momento específico. A reprodução desde o início funciona.',
    'lock-screen-failed': ({ detail }) =>
      `Não foi possível preparar os controles da tela de bloqueio e do painel de mídia do sistema (${detail}). A reprodução não é afetada.`,
    'play-blocked': ({ file }) => `O navegador bloqueou a reprodução de ${quoted(file)}. Pressione Reproduzir para começar.`,
    'play-interrupted': ({ file, by }) =>
      `A reprodução de ${quoted(file)} foi interrompida ${{ pause: 'por uma pausa', 'new-source': 'por uma nova fonte de áudio', removed: 'porque o player saiu da página' }[by]} antes de começar.`,
    'play-no-source': () => 'Não há áudio para reproduzir.',
    // — feeds, and chapters inside the audio
    'xml-not-xml': ({ found }) => `isto não é XML: começa com ${value(found)}`,
    'xml-unexpected-end': ({ open, openedAtLine, within }) =>
      open
        ? `o arquivo termina dentro de <${open}> (aberta na linha ${openedAtLine}): está cortado ou malformado`
        : within
          ? `o arquivo termina dentro ${WITHIN[within]}`
          : 'o arquivo termina antes de qualquer elemento',
    'xml-mismatched-tag': ({ expected, found, openedAtLine }) =>
      `</${found}> fecha <${expected}> (aberta na linha ${openedAtLine}): o XML está malformado`,
    'xml-unexpected': ({ found, expected }) =>
      `${value(found)} não era esperado aqui${expected ? ` (era esperado ${EXPECTED[expected]})` : ''}: o XML está malformado`,
    'xml-text-outside-root': () => 'há conteúdo depois do fim do documento: o XML está malformado',
    'xml-undefined-entity': ({ entity }) => `a entidade ${entity} não está definida, por isso foi mantida como estava`,
    'xml-bare-ampersand': () => 'um “&” que não inicia nenhuma entidade (deveria ser escrito “&amp;”) foi mantido como estava',
    'url-unusable': ({ field, value: written }) =>
      `o endereço ${value(written)} em ${field} não é um endereço http(s) utilizável e foi ignorado`,
    'value-unusable': ({ field, value: written }) => `não foi possível ler ${value(written)} em ${field}, por isso o valor foi ignorado`,
    'feed-not-rss': ({ root }) =>
      root === 'html'
        ? 'isto é uma página da web, não um feed de podcast: verifique o endereço'
        : `isto não é um feed RSS (o elemento raiz é <${root}>, não <rss>)`,
    'feed-no-items': () => 'o feed não tem episódios',
    'feed-item-not-found': ({ item, count }) =>
      count === 1
        ? `o único episódio não tem o GUID ou o número de episódio ${value(item)}`
        : `nenhum dos ${number(count)} episódios tem o GUID ou o número de episódio ${value(item)}`,
    'feed-item-no-audio': ({ title }) =>
      `o episódio${title ? ` ${quoted(title)}` : ''} não tem áudio com um endereço http(s) (não há <enclosure>)`,
    'feed-transcript-type-unknown': ({ type }) =>
      `o reprodutor não conhece o tipo de transcrição ${value(type)}, por isso o formato é detectado a partir do arquivo`,
    'feed-blocked': sentence(
      ({ file, origin }) =>
        `o feed ${quoted(file)} está em outro site${origin ? ` (${origin})` : ''}, que não permite que esta página o leia: ${WAYS_OUT}`,
    ),
    'feed-unreachable': sentence(
      ({ file }) =>
        `não foi possível obter o feed ${quoted(file)}: a rede falhou ou o servidor não permite que esta página o leia (${WAYS_OUT})`,
    ),
    'feed-http-error': sentence(
      ({ file, status }) =>
        `não foi possível carregar o feed ${quoted(file)}: o servidor respondeu HTTP ${status}${status === 404 ? ' (não encontrado)' : ''}`,
    ),
    'feed-timeout': sentence(({ file, seconds: n }) => `o feed ${quoted(file)} não chegou em ${seconds(n)}`),
    'feed-too-large': sentence(({ file, megabytes: size }) => `o feed ${quoted(file)} tem ${number(size)} MB, grande demais para ser lido`),
    'id3-version-unsupported': ({ version }) => `a tag ID3v2.${version} não é lida (só as tags ID3v2.3 e v2.4 contêm capítulos)`,
    'id3-truncated': ({ bytes, announced }) => `a tag ID3 está cortada depois de ${number(bytes)} de ${number(announced)} bytes`,
    'id3-frame-unreadable': ({ frame, reason }) =>
      `o frame ${frame} ${reason === 'size' ? 'é maior que a tag' : reason === 'compressed' ? 'está compactado' : 'está criptografado'}, por isso foi ignorado`,
    'id3-image-too-large': ({ kilobytes, limit }) =>
      `a imagem do capítulo tem ${number(kilobytes)} KB (mais de ${number(limit)} KB), por isso foi deixada de fora`,
    'id3-image-not-raster': ({ mime }) =>
      `a imagem do capítulo, do tipo ${value(mime)}, não é uma imagem PNG, JPEG, GIF, WebP ou AVIF, por isso foi deixada de fora`,
    'embedded-chapters-no-range': sentence(
      ({ file }) =>
        `os capítulos dentro de ${quoted(file)} não foram lidos: o servidor não responde a requisições HTTP Range, e o arquivo inteiro não é baixado só para eles`,
    ),
    'embedded-chapters-blocked': sentence(
      ({ file }) =>
        `não foi possível ler os capítulos dentro de ${quoted(file)}: a rede falhou ou o servidor do áudio não permite que esta página leia o arquivo (ele precisa enviar Access-Control-Allow-Origin)`,
    ),
    'embedded-chapters-http-error': sentence(
      ({ file, status }) => `não foi possível ler os capítulos dentro de ${quoted(file)}: o servidor respondeu HTTP ${status}`,
    ),
    'embedded-chapters-tag-too-large': sentence(
      ({ file, megabytes: size, limit }) =>
        `os capítulos dentro de ${quoted(file)} não foram lidos: a tag ID3 tem ${number(size)} MB (o limite é ${number(limit)} MB)`,
    ),
    'embedded-chapters-timeout': sentence(({ file, seconds: n }) => `os capítulos dentro de ${quoted(file)} não chegaram em ${seconds(n)}`),
  },
};
