import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { message, problem, quote } from '../../src/core/message.js';

describe('quote', () => {
  it('keeps scalars as written, shortened, and names the kind of anything else', () => {
    assert.deepEqual(quote('soon'), { kind: 'text', text: '"soon"' });
    assert.deepEqual(quote('x'.repeat(50)), { kind: 'text', text: `"${'x'.repeat(35)}..."` });
    assert.equal((quote('x'.repeat(50)) as { text: string }).text.length, 40);
    assert.deepEqual(quote(-5), { kind: 'number', text: '-5' });
    assert.deepEqual(quote(false), { kind: 'boolean', text: 'false' });
    assert.deepEqual(quote(null), { kind: 'null' });
    assert.deepEqual(quote(undefined), { kind: 'nothing' });
    assert.deepEqual(quote([1]), { kind: 'list' });
    assert.deepEqual(quote({ a: 1 }), { kind: 'object' });
  });

  it('never throws, where JSON.stringify would', () => {
    const cycle: Record<string, unknown> = {};
    cycle['self'] = cycle;
    assert.deepEqual(quote(cycle), { kind: 'object' });
    assert.deepEqual(quote(10n), { kind: 'other' });
    assert.deepEqual(quote(Symbol('s')), { kind: 'other' });
  });
});

describe('message and problem', () => {
  it('build a code with its parameters, and a problem with where it is', () => {
    assert.deepEqual(message('play-blocked', { file: 'ep.mp3' }), { code: 'play-blocked', params: { file: 'ep.mp3' } });
    assert.deepEqual(problem('web-page', {}, { line: 1 }), { code: 'web-page', params: {}, line: 1 });
    assert.deepEqual(problem('no-audio', {}, { path: 'audio', fatal: true }), { code: 'no-audio', params: {}, path: 'audio', fatal: true });
  });
});
