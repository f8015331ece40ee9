import { describeUrl } from '../data/describe-url.js';

/**
 * Turns Howler's terse load/play errors into a sentence a podcaster can act on.
 * The media element cannot tell a 404 from an undecodable file, so on failure we ask
 * the server directly what it returns for the URL.
 */
export async function describeMediaError(src: string, error: unknown): Promise<string> {
  const file = describeUrl(src);
  const code = typeof error === 'number' ? error : undefined;
  if (code === 1) return `Loading the audio file ${file} was stopped.`;
  if (typeof error === 'string' && /codec|extension/i.test(error)) {
    return `The audio file ${file} is in a format this browser cannot play.`;
  }
  const status = await httpStatus(src);
  if (status !== undefined && status >= 400) {
    return `The audio file ${file} could not be loaded: the server answered HTTP ${status}${status === 404 ? ' (not found)' : ''}.`;
  }
  if (code === 2) return `The audio file ${file} stopped downloading because of a network error.`;
  return `The audio file ${file} could not be played: the browser cannot decode it (it may be damaged or not audio at all).`;
}

/** Undefined when the server cannot be asked (offline, or cross-origin without CORS). */
async function httpStatus(src: string): Promise<number | undefined> {
  try {
    const response = await fetch(src, { method: 'HEAD', cache: 'no-store' });
    return response.status;
  } catch {
    return undefined;
  }
}
