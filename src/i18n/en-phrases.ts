import type { FileRef, Quoted, Resource } from '../core/message.js';
import type { Sentence } from './strings.js';

/** English phrases both the player's words (`en-words.ts`) and its sentences of problems (`en-messages.ts`) use. */

/** A file as a sentence names it: "The transcript file "ep.vtt"", or "The transcript data" when given inline. */
export const FILE: Record<Resource, string> = {
  audio: 'audio file',
  transcript: 'transcript file',
  chapters: 'chapters file',
  episode: 'episode file',
  feed: 'feed',
};
const VALUE_KINDS = { null: 'null', list: 'a list', object: 'an object', nothing: 'nothing', other: 'a value of another kind' };
/** A value from a file in a sentence: as written for text, numbers and booleans, else its kind ("a list"). */
export const value = (quoted: Quoted): string => ('text' in quoted ? quoted.text : VALUE_KINDS[quoted.kind]);

const INLINE: Record<Resource, string> = {
  audio: 'audio data',
  transcript: 'transcript data',
  chapters: 'chapters data',
  episode: 'inline episode data',
  feed: 'feed data',
};
/** The file as the subject of a sentence: "The transcript file "ep.vtt"", or "The transcript data" when given inline. */
export const subject = ({ resource, file }: FileRef): string =>
  file === undefined ? `The ${INLINE[resource]}` : `The ${FILE[resource]} "${file}"`;

/**
 * A file the player or one of its own parts could not load. Kept with the player's words:
 * it is the sentence of a site that copied the script without the files beside it, and so
 * cannot fetch English's other sentences either.
 */
export const loadFailed: Sentence<'load-failed'> = (params) => `${subject(params)} could not be loaded (${params.detail}).`;
