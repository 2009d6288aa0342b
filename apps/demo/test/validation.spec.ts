import { describe, expect, it } from 'vitest';
import { asPayload } from '../src/calculations/asPayload.js';
import { parseHistoryLimit } from '../src/calculations/parseHistoryLimit.js';
import { validateMessageText } from '../src/calculations/validateMessageText.js';
import { validateRoom } from '../src/calculations/validateRoom.js';
import { validateUser } from '../src/calculations/validateUser.js';
import { DemoError } from '../src/models/DemoError.js';

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
    return undefined;
  } catch (error) {
    return DemoError.is(error) ? error.code : `not a DemoError: ${String(error)}`;
  }
}

describe(validateRoom, () => {
  it.each(['lobby', 'Room_1', 'a', 'r'.repeat(32), 'team-42'])('should accept %s', (room) => {
    expect(validateRoom(room)).toBe(room);
  });

  it.each([
    ['an empty name', ''],
    ['a name over 32 characters', 'r'.repeat(33)],
    ['a space', 'no spaces'],
    ['a hash tag', '{lobby}'],
    ['a colon', 'a:b'],
    ['a non-string', 42],
    ['nothing', undefined],
  ])('should reject %s with INVALID_ROOM', (_title, room) => {
    expect(codeOf(() => validateRoom(room))).toBe('INVALID_ROOM');
  });
});

describe(validateUser, () => {
  it.each(['ada', 'Ada.Lovelace', 'zoë', 'user_1-x', 'u'.repeat(24)])('should accept %s', (user) => {
    expect(validateUser(user)).toBe(user);
  });

  it.each([
    ['an empty name', ''],
    ['a name over 24 characters', 'u'.repeat(25)],
    ['a space', 'ada lovelace'],
    ['markup', '<b>ada</b>'],
    ['a non-string', ['ada']],
  ])('should reject %s with INVALID_USER', (_title, user) => {
    expect(codeOf(() => validateUser(user))).toBe('INVALID_USER');
  });
});

describe(validateMessageText, () => {
  describe('having text with surrounding spaces', () => {
    it('should return it trimmed', () => {
      expect(validateMessageText('  hello  ', 10)).toBe('hello');
    });
  });

  describe('having exactly the maximum length', () => {
    it('should accept it', () => {
      expect(validateMessageText('x'.repeat(10), 10)).toHaveLength(10);
    });
  });

  describe('having an emoji made of several code points', () => {
    it('should count it as one character', () => {
      expect(validateMessageText('👩‍👩‍👧‍👦'.repeat(3), 3)).toBe('👩‍👩‍👧‍👦'.repeat(3));
    });
  });

  it.each([
    ['blank text', '   ', 'INVALID_MESSAGE'],
    ['a number', 42, 'INVALID_MESSAGE'],
    ['nothing', undefined, 'INVALID_MESSAGE'],
    ['one character too many', 'x'.repeat(11), 'MESSAGE_TOO_LONG'],
  ])('should reject %s with %s', (_title, text, code) => {
    expect(codeOf(() => validateMessageText(text, 10))).toBe(code);
  });

  describe('having text over the limit', () => {
    it('should say the limit and the length', () => {
      expect(() => validateMessageText('x'.repeat(12), 10)).toThrow(
        'Messages are at most 10 characters; this one has 12.',
      );
    });
  });
});

describe(asPayload, () => {
  it('should return an object as is', () => {
    const payload = { room: 'lobby' };
    expect(asPayload(payload, '{}')).toBe(payload);
  });

  it.each([
    ['an array', ['lobby']],
    ['a string', 'lobby'],
    ['null', null],
    ['nothing', undefined],
  ])('should reject %s with INVALID_PAYLOAD', (_title, payload) => {
    expect(codeOf(() => asPayload(payload, '{ "room": "lobby" }'))).toBe('INVALID_PAYLOAD');
  });
});

describe(parseHistoryLimit, () => {
  it.each([
    [undefined, 50],
    ['', 50],
    ['1', 1],
    ['100', 100],
  ])('should read %j as %i', (value, limit) => {
    expect(parseHistoryLimit(value, 50, 100)).toBe(limit);
  });

  it.each([['0'], ['101'], ['-5'], ['1.5'], ['ten'], [['1', '2']]])(
    'should reject %j with INVALID_LIMIT',
    (value) => {
      expect(codeOf(() => parseHistoryLimit(value, 50, 100))).toBe('INVALID_LIMIT');
    },
  );
});
