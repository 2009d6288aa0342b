import { describe, expect, it } from 'vitest';
import { rateLimitKey, roomKeys } from '../src/calculations/roomKeys.js';
import { toChatMessage } from '../src/calculations/toChatMessage.js';

/** The part of a key Redis Cluster hashes: the first `{…}` with something inside. */
function hashTag(key: string): string {
  return /\{([^}]+)\}/.exec(key)?.[1] ?? key;
}

describe(roomKeys, () => {
  it('should give every key of a room the same hash tag (one slot in cluster mode)', () => {
    const tags = Object.values(roomKeys('lobby')).map(hashTag);
    expect(new Set(tags)).toStrictEqual(new Set(['room:lobby']));
  });

  it('should give different rooms different keys', () => {
    expect(roomKeys('a').history).not.toBe(roomKeys('b').history);
  });
});

describe(rateLimitKey, () => {
  it('should tag the key with the user', () => {
    expect(hashTag(rateLimitKey('ada'))).toBe('user:ada');
  });
});

describe(toChatMessage, () => {
  it('should turn a stream entry into a message', () => {
    expect(
      toChatMessage('lobby', {
        id: '1700000000000-0',
        fields: { user: 'ada', text: 'hi', at: '1700000000000' },
      }),
    ).toStrictEqual({
      id: '1700000000000-0',
      room: 'lobby',
      user: 'ada',
      text: 'hi',
      at: '2023-11-14T22:13:20.000Z',
    });
  });

  it('should survive an entry with missing fields', () => {
    expect(toChatMessage('lobby', { id: '1-0', fields: {} })).toStrictEqual({
      id: '1-0',
      room: 'lobby',
      user: '',
      text: '',
      at: '1970-01-01T00:00:00.000Z',
    });
  });
});
