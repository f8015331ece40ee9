// Types of node-count-reporter.mjs for the TypeScript that tests it.
export interface TestEvent {
  type: string;
  data: {
    name: string;
    file?: string;
    skip?: unknown;
    todo?: unknown;
    details?: { type?: string; error?: { message?: string; failureType?: string; cause?: { message?: string } } };
  };
}
export default function countReporter(source: AsyncIterable<TestEvent>): AsyncGenerator<string>;
