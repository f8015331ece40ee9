import type { Problem } from '../core/message.js';
import { describeLocation, describeMessage } from './describe.js';
import { en } from './en.js';

/** A problem as the public parsers return it: also where it is and what it is, in English. */
export type DescribedProblem = Problem & {
  /** "line 12", "segments[3].startTime", or "file" for the file as a whole. */
  where: string;
  message: string;
};

/**
 * Adds English `where` and `message` to a problem, for programs that call the parsers
 * (and read problems as text, as they could before problems became codes).
 */
export function withEnglish(problem: Problem): DescribedProblem {
  return { ...problem, where: describeLocation(en, problem) || 'file', message: describeMessage(en, problem) };
}
