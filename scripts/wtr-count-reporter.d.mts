// Types of wtr-count-reporter.mjs for the TypeScript that tests it.
export interface Counts {
  passed: number;
  failed: number;
  skipped: number;
  /** `browser file › suite › test: first line of the error`, one per failure. */
  failures: string[];
}
interface TestResult {
  name: string;
  passed: boolean;
  skipped: boolean;
  error?: { message?: string };
}
interface SuiteResult {
  name: string;
  tests: TestResult[];
  suites: SuiteResult[];
}
export interface Session {
  browser?: { name?: string };
  testFile?: string;
  passed: boolean;
  errors?: { message?: string }[];
  testResults?: SuiteResult;
}
export function countSession(session: Session): Counts;
export function countReporter(name: string): { onTestRunFinished(args: { sessions: Session[] }): void };
