import type { EntryKind, FileRef, Quoted, Resource } from '../core/message.js';
import { formatTimestamp } from '../core/time.js';
import { describeProblem } from './describe.js';
import { formatNumber, spokenDuration } from './intl.js';
import type { Strings } from './strings.js';

const number = (n: number, digits?: number): string => formatNumber('ja', n, digits);
const megabytes = (bytes: number): string => `${number(bytes / 1024 / 1024, 1)} MB`;
const quoted = (text: string): string => `「${text}」`;

/** The files a sentence names: "文字起こしファイル「ep.vtt」", or the data when given inline. */
const FILE: Record<Resource, { file: string; inline: string }> = {
  audio: { file: '音声ファイル', inline: '埋め込みの音声データ' },
  transcript: { file: '文字起こしファイル', inline: '埋め込みの文字起こしデータ' },
  chapters: { file: 'チャプターファイル', inline: '埋め込みのチャプターデータ' },
  episode: { file: 'エピソードファイル', inline: '埋め込みのエピソードデータ' },
  feed: { file: 'フィード', inline: '埋め込みのフィードデータ' },
};
const subject = ({ resource, file }: FileRef): string =>
  file === undefined ? FILE[resource].inline : `${FILE[resource].file}${quoted(file)}`;

const ENTRIES: Record<EntryKind, string> = { segment: 'セグメント', chapter: 'チャプター', entry: 'エントリー', item: '項目' };

const VALUE_KINDS = { null: 'null', list: 'リスト', object: 'オブジェクト', nothing: '値なし', other: '別の種類の値' };
const value = (written: Quoted): string => ('text' in written ? written.text : VALUE_KINDS[written.kind]);

/** For the messages of feeds: what a file ended inside of, what was expected, the ways out of a CORS refusal. */
const WITHIN = { tag: 'タグ', comment: 'コメント', cdata: 'CDATA セクション', instruction: '処理命令', doctype: 'DOCTYPE 宣言' };
const EXPECTED = {
  'tag-end': '「>」または「/>」',
  equals: '「=」',
  quote: '引用符で囲まれた値',
  'tag-name': 'タグ名',
  'attribute-name': '属性名',
};
const WAYS_OUT =
  'ホスト側で Access-Control-Allow-Origin ヘッダーを送信するか、サイトのビルド時に「npx podcast-transcript-player episode <フィード>」でエピソードファイルを書き出してください';

/**
 * The player's Japanese, in the polite style of app interfaces, with a space between
 * Japanese and Latin letters or digits. Problems in a file are listed after where they
 * are ("3 行目：…") without a closing 。; sentences naming a file stand alone and end with one.
 */
/** A message shown alone in the widget (a feed, or the chapters inside the audio, that could not be read): a whole sentence. */
const sentence =
  <P>(words: (params: P) => string) =>
  (params: P): string =>
    `${words(params)}。`;

export const ja: Strings = {
  locale: 'ja',
  player: 'ポッドキャストプレーヤー',
  play: '再生',
  pause: '一時停止',
  skipBack: (n: number) => `${number(n)} 秒戻る`,
  skipForward: (n: number) => `${number(n)} 秒進む`,
  speed: '再生速度',
  speedOption: (rate: number) => `${number(rate)}倍`,
  seek: '再生位置',
  elapsed: '経過時間',
  total: '全体の長さ',
  chapters: 'チャプター',
  transcript: '文字起こし',
  chapterLink: (title: string) => `${quoted(title)}のリンクを開く（新しいタブ）`,
  chapterFallback: (n: number) => `チャプター ${number(n)}`,
  loading: '読み込み中…',
  buffering: 'バッファリング中…',
  loadingAudio: '音声を読み込み中…',
  unknownTime: '不明',
  noTranscript: 'このエピソードには文字起こしがありません。',
  playFromHere: 'Enter キーを押すと、この行から再生します。',
  untimedTranscript: 'この文字起こしには時刻がないため、音声に合わせて進みません。テキストとして読んだり検索したりできます。',
  searchTranscript: '文字起こしを検索',
  matchCount: (current: number, total: number) => `${number(total)} 件中 ${number(current)} 件目`,
  noMatches: '一致する結果はありません',
  previousMatch: '前の結果',
  nextMatch: '次の結果',
  backToCurrent: '再生中の位置に戻る',
  share: 'この時点へのリンクをコピー',
  shareQuote: 'この引用へのリンクをコピー',
  showNotes: 'ショーノート',
  transcriptLanguage: '言語',
  languageUnstated: '言語の指定なし',
  chapterAnnouncement: (title: string) => `チャプター：${title}`,
  linkCopied: 'リンクをコピーしました。',
  linkNotCopied: (link: string) => `このリンクをコピーしてください：${link}`,
  download: '音声をダウンロード',
  resumeAt: (time: string) => `${time} から再開`,
  skipped: (count: number, resource: Resource) =>
    `${FILE[resource].file}の ${number(count)} 件の項目を読み取れなかったため、スキップしました。`,
  ignored: (count: number) => `エピソードの説明のうち ${number(count)} 件の項目を使用できなかったため、無視しました。`,
  timePhrase: (hours: number, minutes: number, seconds: number) => spokenDuration('ja', hours, minutes, seconds),
  timeOf: (elapsed: string, total: string) => `${total}中 ${elapsed}`,
  labelled: (label: string, text: string) => `${label}：${text}`,
  line: (line: number, column?: number) => `${line} 行目${column === undefined ? '' : `、${column} 列目`}`,
  value,
  downloadTranscript: '文字起こしをダウンロード',
  transcriptFile: (format: 'txt' | 'vtt' | 'srt') =>
    ({ txt: 'テキスト（.txt）', vtt: 'WebVTT 字幕（.vtt）', srt: 'SRT 字幕（.srt）' })[format],
  messages: {
    // — a file as a whole
    'file-empty': () => 'ファイルが空です',
    'file-not-text': () => 'ファイルをテキストとして読み取れませんでした',
    'file-too-large': ({ megabytes: size }) => `ファイルが ${number(size)} MB を超えています`,
    'file-unreadable': ({ detail }) => `ファイルを読み取れませんでした（${detail}）`,
    'more-problems': ({ count }) => `同様の問題がほかに ${number(count)} 件ありますが、表示していません`,
    'format-unknown': ({ resource }) =>
      resource === 'transcript'
        ? '文字起こしではありません：WebVTT、SRT、Podcasting 2.0 の JSON、Podlove の JSON、Podlove Simple Transcripts（XML）、HTML、タイムスタンプ付きの行、プレーンテキストのいずれかが必要です'
        : 'チャプターファイルではありません：Podcasting 2.0 の JSON チャプター、Podlove Simple Chapters（XML または JSON）、WebVTT のチャプターのいずれかが必要です',
    'nothing-found': ({ resource, example }) =>
      `${resource === 'transcript' ? '文字起こしの行' : 'チャプター'}が見つかりません${example ? `（${example} のような記述が必要です）` : ''}`,
    'web-page': () => '文字起こしではなく、Web ページのようです',
    // — JSON
    'json-invalid': ({ detail, column, atEnd }) => {
      const at = column === undefined ? '' : `${column} 列目${atEnd ? '、末尾' : ''}`;
      const why = [at, detail].filter(Boolean).join('：');
      return why ? `有効な JSON ではありません（${why}）` : '有効な JSON ではありません';
    },
    'json-is-markup': () =>
      'JSON ではなく、Web ページまたは XML です（「<」で始まっています）：アドレスを確認してください。ファイルがないとき、サーバーはよくページを返します',
    'json-single-quotes': () => 'ファイルで二重引用符の代わりに一重引用符が使われていますが、そのまま読み込みました',
    'list-missing': ({ field, example }) => `${field} がありません（${example} が必要です）`,
    'not-a-list': ({ entry, example }) => `${ENTRIES[entry]}のリストが必要です（${example}）`,
    'entry-not-object': ({ entry }) => `この${ENTRIES[entry]}はオブジェクトではないため、スキップしました`,
    // — timed entries
    'field-missing': ({ field, entry }) => `${field} がないため、この${ENTRIES[entry]}をスキップしました`,
    'field-not-time': ({ field, value: written, entry }) =>
      `${field}（${value(written)}）がタイムスタンプではないため、この${ENTRIES[entry]}をスキップしました`,
    'start-missing': ({ entry }) => `${ENTRIES[entry]}に開始時刻がないため、スキップしました`,
    'start-not-time': ({ value: written, entry }) =>
      `開始時刻（${value(written)}）がタイムスタンプではないため、この${ENTRIES[entry]}をスキップしました`,
    'end-not-time': ({ field, value: written }) => `${field}（${value(written)}）はタイムスタンプではないため、無視しました`,
    'end-before-start': ({ start, end }) =>
      `終了時刻 ${formatTimestamp(end)} が開始時刻 ${formatTimestamp(start)} より前にあるため、無視しました`,
    'time-unreadable': ({ value: written }) => `タイムスタンプ ${value(written)} を読み取れませんでした`,
    'no-timed-text': ({ entry }) => `開始時刻とテキストの両方を持つ${ENTRIES[entry]}がありません`,
    'segments-without-text': ({ count, total }) =>
      count < total
        ? `${number(count)} 件のセグメントにテキストがない（body がない）ため、スキップしました`
        : total === 1
          ? '唯一のセグメントにテキストがありません（body がありません）'
          : `${number(total)} 件のセグメントのどれにもテキストがありません（body がありません）`,
    'start-past-limit': ({ entry, text, hours }) =>
      `${ENTRIES[entry]} ${value(text)} は ${number(hours)} 時間より後に始まり、どのエピソードよりも遅いため、スキップしました`,
    'times-past-limit': ({ entry, text, hours }) => `${ENTRIES[entry]} ${value(text)} の ${number(hours)} 時間より後の時刻を無視しました`,
    'words-not-list': ({ value: written }) => `時刻付きの単語のリストが必要ですが、${value(written)} だったため、単語を無視しました`,
    'word-unusable': () => '単語には開始、終了、テキストが必要なため、この単語をスキップしました',
    // — cue files and timestamped lines
    'vtt-signature-missing': ({ found }) =>
      `WebVTT ファイルは WEBVTT という行で始まる必要がありますが、${'text' in found && found.text !== '""' ? `このファイルは ${found.text} で始まっている` : '最初の行が空の'}ため、読み込みませんでした`,
    'text-outside-cue': () => 'キューの外にあるテキスト（前にタイミング行がないもの）をスキップしました',
    'cue-timing-invalid': ({ value: written }) => `タイミング行 ${value(written)} を読み取れなかったため、このキューをスキップしました`,
    'text-before-first-time': () => '最初のタイムスタンプより前のテキストをスキップしました',
    // — addresses in files
    'image-address-unusable': ({ value: written }) =>
      `画像のアドレス ${value(written)} は使用できる http(s) アドレスでも画像のアドレスでもないため、無視しました`,
    'link-address-unusable': ({ value: written }) => `リンク ${value(written)} は使用できる http(s) アドレスではないため、無視しました`,
    // — the episode description
    'manifest-not-object': ({ value: written }) =>
      `エピソードの説明は JSON オブジェクトである必要があります（${value(written)} ではありません）`,
    'no-audio': () => '使用できる音声がありません：エピソードのファイルの http(s) アドレスを指定してください',
    'audio-address-unusable': ({ value: written }) =>
      written.kind === 'nothing'
        ? '音声ファイルのアドレスがないため、このソースをスキップしました'
        : `${value(written)} は音声ファイルの http(s) アドレスではないため、このソースをスキップしました`,
    'mime-type-invalid': ({ value: written }) => `${value(written)} は「audio/mpeg」のような MIME タイプではないため、無視しました`,
    'data-address-unusable': ({ value: written }) => `${value(written)} は http(s) アドレスではないため、読み込みませんでした`,
    'format-name-unknown': ({ value: written, resource, known }) =>
      `${value(written)} は既知の${resource === 'transcript' ? '文字起こし' : 'チャプター'}形式（${known.join('、')}）ではないため、形式はファイルの内容から判定します`,
    'data-value-invalid': ({ value: written }) => `URL か埋め込みデータが必要ですが、${value(written)} だったため、無視しました`,
    'transcripts-not-list': ({ value: written }) => `文字起こしのリストが必要ですが、${value(written)} だったため、無視しました`,
    'transcript-address-unusable': ({ value: written }) =>
      written.kind === 'nothing'
        ? 'このエントリーには文字起こしのアドレスがないため、スキップしました'
        : `${value(written)} は文字起こしの http(s) アドレスではないため、このエントリーをスキップしました`,
    'language-tag-invalid': ({ value: written }) => `${value(written)} は「en」や「de-AT」のような言語タグではないため、無視しました`,
    'not-text': ({ value: written }) => `テキストが必要ですが、${value(written)} だったため、無視しました`,
    'duration-invalid': ({ value: written }) =>
      `${value(written)} は長さ（秒数、または「1:02:03」のような時刻の形式）ではないため、無視しました`,
    'date-invalid': ({ value: written }) => `${value(written)} は日付（「2024-05-01」など）ではないため、無視しました`,
    // — loading a file
    'file-unusable': (params, strings) => `${subject(params)}を使用できませんでした：${describeProblem(strings, params.problem)}。`,
    'file-not-json': (params, strings) => {
      const { problem } = params;
      if (problem.code === 'file-empty') return `${subject(params)}は空です。`;
      if (problem.code === 'json-is-markup')
        return (
          `${subject(params)}は JSON ではなく、Web ページまたは XML です（「<」で始まっています）。` +
          'アドレスを確認してください。ファイルがないとき、サーバーはよくページを返します。'
        );
      if (problem.code !== 'json-invalid') return `${subject(params)}を使用できませんでした：${describeProblem(strings, problem)}。`;
      const { column, atEnd, detail } = problem.params;
      const at = [
        problem.line === undefined ? '' : `${problem.line} 行目`,
        column === undefined ? '' : `${column} 列目`,
        atEnd ? '末尾' : '',
      ].filter(Boolean);
      return `${subject(params)}は有効な JSON ではありません${at.length ? `（${at.join('、')}）` : ''}${detail ? `：${detail}` : ''}。`;
    },
    'fetch-timeout': (params) => `${subject(params)}が ${number(params.seconds)} 秒以内に届きませんでした。`,
    'fetch-network': (params) =>
      `${subject(params)}を取得できませんでした：ネットワークに障害があるか、サーバーがこのページからの読み取りを許可していません` +
      '（別のサイトにあるファイルは Access-Control-Allow-Origin ヘッダー付きで配信する必要があります）。',
    'fetch-http': (params) => {
      const reason = params.status === 404 ? '（見つかりません）' : params.statusText ? `（${params.statusText}）` : '';
      return `${subject(params)}を読み込めませんでした：サーバーの応答は HTTP ${params.status}${reason}でした。`;
    },
    'fetch-too-large': (params) =>
      `${subject(params)}は ${megabytes(params.bytes)} あり、${FILE[params.resource].file}としては大きすぎます（上限は ${megabytes(params.limit)}）。`,
    'load-cancelled': (params) => `${subject(params)}の読み込みはキャンセルされました。`,
    'load-failed': (params) => `${subject(params)}を読み込めませんでした（${params.detail}）。`,
    'no-episode-source': () =>
      'エピソードの説明がありません。episode 属性に JSON ファイルのアドレスを指定するか、' +
      '要素の中の <script type="application/json"> に JSON を記述してください。',
    // — playing the audio
    'audio-aborted': ({ file }) => `音声ファイル${quoted(file)}の読み込みが中断されました。`,
    'audio-unsupported': ({ file }) => `音声ファイル${quoted(file)}は、このブラウザーでは再生できない形式です。`,
    'audio-network': ({ file }) => `ネットワークエラーのため、音声ファイル${quoted(file)}のダウンロードが止まりました。`,
    'audio-undecodable': ({ file }) =>
      `音声ファイル${quoted(file)}を再生できませんでした：ブラウザーがデコードできません` +
      '（ファイルが壊れているか、音声ではない可能性があります）。',
    'audio-unseekable': ({ file }) =>
      `音声ファイル${quoted(file)}のサーバーはシークに対応していない（HTTP Range リクエストに対応していない）ため、` +
      '特定の位置に移動できません。最初からの再生はできます。',
    'lock-screen-failed': ({ detail }) =>
      `ロック画面とシステムのメディアパネルの操作を用意できませんでした（${detail}）。再生には影響ありません。`,
    'play-blocked': ({ file }) => `ブラウザーが${quoted(file)}の再生をブロックしました。再生ボタンを押して開始してください。`,
    'play-interrupted': ({ file, by }) =>
      `${quoted(file)} の再生は、始まる前に${{ pause: '一時停止', 'new-source': '新しい音声ソース', removed: 'プレーヤーがページから外れたこと' }[by]}によって中断されました。`,
    'play-no-source': () => '再生する音声がありません。',
    // — feeds, and chapters inside the audio
    'xml-not-xml': ({ found }) => `XML ではありません：${value(found)} で始まっています`,
    'xml-unexpected-end': ({ open, openedAtLine, within }) =>
      open
        ? `ファイルが <${open}>（${openedAtLine} 行目で開始）の途中で終わっています：途中で切れているか、整形式ではありません`
        : within
          ? `ファイルが${WITHIN[within]}の途中で終わっています`
          : 'ファイルが最初の要素より前で終わっています',
    'xml-mismatched-tag': ({ expected, found, openedAtLine }) =>
      `</${found}> が <${expected}>（${openedAtLine} 行目で開始）を閉じています：XML が整形式ではありません`,
    'xml-unexpected': ({ found, expected }) =>
      `予期しない ${value(found)} があります${expected ? `（${EXPECTED[expected]}が必要です）` : ''}：XML が整形式ではありません`,
    'xml-text-outside-root': () => 'ドキュメントの終わりの後に内容があります：XML が整形式ではありません',
    'xml-undefined-entity': ({ entity }) => `実体参照 ${entity} は定義されていないため、そのまま残しました`,
    'xml-bare-ampersand': () => '実体参照を始めていない「&」（「&amp;」と書くべきもの）を、そのまま残しました',
    'url-unusable': ({ field, value: written }) =>
      `${field} のアドレス ${value(written)} は使用できる http(s) アドレスではないため、無視しました`,
    'value-unusable': ({ field, value: written }) => `${field} の ${value(written)} を読み取れなかったため、無視しました`,
    'feed-not-rss': ({ root }) =>
      root === 'html'
        ? 'ポッドキャストのフィードではなく Web ページです：アドレスを確認してください'
        : `RSS フィードではありません（ルート要素が <rss> ではなく <${root}> です）`,
    'feed-no-items': () => 'フィードにエピソードがありません',
    'feed-item-not-found': ({ item, count }) =>
      `GUID またはエピソード番号が ${value(item)} のエピソードは、${number(count)} 件の中にありません`,
    'feed-item-no-audio': ({ title }) =>
      `エピソード${title ? quoted(title) : ''}に http(s) アドレスの音声がありません（<enclosure> がありません）`,
    'feed-transcript-type-unknown': ({ type }) =>
      `文字起こしの種類 ${value(type)} はプレーヤーが認識できないため、形式はファイルの内容から判定します`,
    'feed-blocked': sentence(
      ({ file, origin }) =>
        `フィード${quoted(file)}は別のサイト${origin ? `（${origin}）` : ''}にあり、このページからの読み取りが許可されていません：${WAYS_OUT}`,
    ),
    'feed-unreachable': sentence(
      ({ file }) =>
        `フィード${quoted(file)}を取得できませんでした：ネットワークに障害があるか、サーバーがこのページからの読み取りを許可していません（${WAYS_OUT}）`,
    ),
    'feed-http-error': sentence(
      ({ file, status }) =>
        `フィード${quoted(file)}を読み込めませんでした：サーバーの応答は HTTP ${status}${status === 404 ? '（見つかりません）' : ''}でした`,
    ),
    'feed-timeout': sentence(({ file, seconds }) => `フィード${quoted(file)}が ${number(seconds)} 秒以内に届きませんでした`),
    'feed-too-large': sentence(
      ({ file, megabytes: size }) => `フィード${quoted(file)}は ${number(size)} MB あり、大きすぎて読み込めません`,
    ),
    'id3-version-unsupported': ({ version }) => `ID3v2.${version} タグは読み込みません（チャプターを含むのは ID3v2.3 と v2.4 だけです）`,
    'id3-truncated': ({ bytes, announced }) => `ID3 タグが ${number(announced)} バイト中 ${number(bytes)} バイトで途切れています`,
    'id3-frame-unreadable': ({ frame, reason }) =>
      `${frame} フレームは${reason === 'size' ? 'タグより大きい' : reason === 'compressed' ? '圧縮されている' : '暗号化されている'}ため、スキップしました`,
    'id3-image-too-large': ({ kilobytes, limit }) =>
      `チャプター画像が ${number(kilobytes)} KB あり、上限の ${number(limit)} KB を超えるため、除外しました`,
    'id3-image-not-raster': ({ mime }) =>
      `種類が ${value(mime)} のチャプター画像は PNG、JPEG、GIF、WebP、AVIF のいずれでもないため、除外しました`,
    'embedded-chapters-no-range': sentence(
      ({ file }) =>
        `${quoted(file)}内のチャプターは読み込みませんでした：サーバーが HTTP Range リクエストに応答しないため、チャプターのためだけにファイル全体をダウンロードすることはしません`,
    ),
    'embedded-chapters-blocked': sentence(
      ({ file }) =>
        `${quoted(file)}内のチャプターを読み込めませんでした：ネットワークに障害があるか、音声のホストがこのページからのファイルの読み取りを許可していません（Access-Control-Allow-Origin を送信する必要があります）`,
    ),
    'embedded-chapters-http-error': sentence(
      ({ file, status }) => `${quoted(file)}内のチャプターを読み込めませんでした：サーバーの応答は HTTP ${status} でした`,
    ),
    'embedded-chapters-tag-too-large': sentence(
      ({ file, megabytes: size, limit }) =>
        `${quoted(file)}内のチャプターは読み込みませんでした：ID3 タグが ${number(size)} MB あります（上限は ${number(limit)} MB）`,
    ),
    'embedded-chapters-timeout': sentence(
      ({ file, seconds }) => `${quoted(file)}内のチャプターが ${number(seconds)} 秒以内に届きませんでした`,
    ),
  },
};
