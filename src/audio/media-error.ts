import { describeUrl } from '../core/describe-url.js';
import { message, type Message } from '../core/message.js';

/**
 * Turns Howler's terse load/play errors into a message a podcaster can act on.
 * The media element cannot tell a 404 from an undecodable file, so on failure we ask
 * the server directly what it returns for the URL.
 */
export async function describeMediaError(src: string, error: unknown): Promise<Message> {
  const file = describeUrl(src);
  const code = typeof error === 'number' ? error : undefined;
  if (code === 1) return message('audio-aborted', { file });
  if (typeof error === 'string' && /codec|extension/i.test(error)) return message('audio-unsupported', { file });
  const status = await httpStatus(src);
  if (status !== undefined && status >= 400) return message('fetch-http', { resource: 'audio', file, status });
  if (code === 2) return message('audio-network', { file });
  return message('audio-undecodable', { file });
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
