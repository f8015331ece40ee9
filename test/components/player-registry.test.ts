import { expect } from '@esm-bundle/chai';
import { playing, register, unregister, type Pausable } from '../../src/components/player-registry.js';

describe('player registry', () => {
  class FakePlayer implements Pausable {
    pauses = 0;
    pause(): void {
      this.pauses++;
    }
  }
  let registered: Pausable[] = [];
  const add = <T extends Pausable>(player: T): T => {
    register(player);
    registered.push(player);
    return player;
  };
  afterEach(() => {
    for (const player of registered) unregister(player);
    registered = [];
  });

  it('pauses the other players when one starts', () => {
    const a = add(new FakePlayer());
    const b = add(new FakePlayer());
    playing(a);
    expect([a.pauses, b.pauses]).to.deep.equal([0, 1]);
    playing(b);
    expect([a.pauses, b.pauses]).to.deep.equal([1, 1]);
  });

  it('leaves unregistered players alone', () => {
    const a = add(new FakePlayer());
    const b = add(new FakePlayer());
    unregister(b);
    playing(a);
    expect(b.pauses).to.equal(0);
  });

  it('pauses the rest when one player’s pause throws or removes another', () => {
    const a = add(new FakePlayer());
    const c = new FakePlayer();
    add({
      pause: () => {
        unregister(c);
        throw new Error('broken');
      },
    });
    add(c);
    const d = add(new FakePlayer());
    playing(a);
    expect([a.pauses, c.pauses, d.pauses]).to.deep.equal([0, 1, 1]);
  });
});
