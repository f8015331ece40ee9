import type { Message, Problem } from '../core/message.js';
import type { Sentence, Strings } from './strings.js';

/** A message as a sentence in the language of `strings`. */
export function describeMessage(strings: Strings, message: Message): string {
  // The code picks the sentence, and the sentence takes that code's parameters.
  const sentence = strings.messages[message.code] as Sentence<typeof message.code>;
  return sentence(message.params, strings);
}

/** Where a problem is, in the language of `strings` ("line 12", "segments[3].startTime"); '' for the file as a whole. */
export function describeLocation(strings: Strings, problem: Problem): string {
  return [problem.path, problem.line !== undefined ? strings.line(problem.line, problem.column) : undefined].filter(Boolean).join(' ');
}

/** A problem with where it is: "line 12: the end time … is before …". */
export function describeProblem(strings: Strings, problem: Problem): string {
  const where = describeLocation(strings, problem);
  const what = describeMessage(strings, problem);
  return where ? strings.labelled(where, what) : what;
}
