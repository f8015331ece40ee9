// `podcast-transcript-player/core`: reading transcripts and chapters and looking up what is spoken
// at a time, without the element. Nothing here touches the DOM or defines an element, so a
// server, a build script or a site with its own player pays only for the parsers.
export { parseTranscript, parseChapters, detectTranscriptFormat, detectChaptersFormat, MAX_FILE_CHARS } from './formats/index.js';
export type { TranscriptOptions, ChaptersOptions } from './formats/index.js';
export { normaliseSegments, normaliseChapters } from './normalise.js';
export { CueIndex, type TimedRange } from './cue-index.js';
export { ChapterIndex } from './chapter-index.js';
export { parseTime, formatTime, formatTimestamp, formatIsoDuration } from './time.js';
export type { Chapter, ChaptersFormat, ParseResult, RawChapter, RawSegment, Segment, SourceInfo, TranscriptFormat, Word } from './model.js';
export type { EntryKind, Message, MessageCode, MessageParams, Problem, Quoted, Resource } from './message.js';
export type { DescribedProblem } from '../i18n/english.js';
export { describeMessage, describeProblem } from '../i18n/describe.js';
export { en } from '../i18n/en.js';
