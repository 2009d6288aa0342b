import { MessageType, type ClusterMessage, type ClusterResponse } from 'socket.io-adapter';
import { describe, expect, it } from 'vitest';
import { namespaceChannel, responseChannel } from '../src/calculations/adapterChannels.js';
import { decodeAdapterMessage, isClusterResponse } from '../src/calculations/decodeAdapterMessage.js';
import { encodeAdapterMessage } from '../src/calculations/encodeAdapterMessage.js';

/** A broadcast of `emit('message', ...data)` to `rooms`, as ClusterAdapter hands it to doPublish. */
function broadcast(data: unknown[], rooms = ['lobby']): ClusterMessage {
  return {
    uid: 'a1b2',
    nsp: '/',
    type: MessageType.BROADCAST,
    data: {
      opts: { rooms, except: [], flags: {} },
      packet: { type: 2, nsp: '/', data: ['message', ...data] },
    },
  };
}

function roundTrip(message: ClusterMessage | ClusterResponse): unknown {
  return decodeAdapterMessage(encodeAdapterMessage(message));
}

describe(encodeAdapterMessage, () => {
  it('should write plain JSON for a text-only message', () => {
    const message = broadcast([{ room: 'lobby', user: 'ada', text: 'hi ✓' }]);
    expect(JSON.parse(encodeAdapterMessage(message))).toStrictEqual(message);
  });

  it('should write a Buffer as tagged base64', () => {
    const encoded = encodeAdapterMessage(broadcast([Buffer.from('hi')]));
    expect(encoded).toContain('{"~bin":"aGk="}');
  });

  it('should apply toJSON, as JSON.stringify does (a Date becomes its ISO text)', () => {
    const at = new Date('2024-01-02T03:04:05.000Z');
    expect(roundTrip(broadcast([{ at }]))).toStrictEqual(broadcast([{ at: '2024-01-02T03:04:05.000Z' }]));
  });

  it('should throw on a circular structure, as JSON.stringify does', () => {
    const loop: Record<string, unknown> = {};
    loop['self'] = loop;
    expect(() => encodeAdapterMessage(broadcast([loop]))).toThrow(TypeError);
  });
});

describe(decodeAdapterMessage, () => {
  describe('having a text-only message', () => {
    it('should give the message back', () => {
      const message = broadcast([{ text: 'hello' }], ['a', 'b']);
      expect(roundTrip(message)).toStrictEqual(message);
    });
  });

  describe('having binary data in the packet', () => {
    it('should give a Buffer back as a Buffer', () => {
      expect(roundTrip(broadcast([Buffer.from([0, 255, 1])]))).toStrictEqual(
        broadcast([Buffer.from([0, 255, 1])]),
      );
    });

    it('should give an ArrayBuffer or a typed array back as a Buffer of the same bytes', () => {
      const bytes = new Uint8Array([9, 8, 7, 6]);
      expect(roundTrip(broadcast([bytes.buffer, bytes.subarray(1, 3)]))).toStrictEqual(
        broadcast([Buffer.from([9, 8, 7, 6]), Buffer.from([8, 7])]),
      );
    });

    it('should decode binary data nested in objects and arrays', () => {
      const nested = broadcast([{ files: [{ name: 'a', body: Buffer.from('x') }] }]);
      expect(roundTrip(nested)).toStrictEqual(nested);
    });
  });

  describe('having payloads that look like the tags', () => {
    it.each([
      [{ '~bin': 'aGk=' }],
      [{ '~lit': { '~bin': 'aGk=' } }],
      [{ '~bin': 'aGk=', other: 1 }],
      [{ '~lit': 'text' }],
    ])('should give %j back unchanged', (payload) => {
      expect(roundTrip(broadcast([payload]))).toStrictEqual(broadcast([payload]));
    });
  });

  describe('having a response', () => {
    it('should give it back', () => {
      const response: ClusterResponse = {
        uid: 'c3d4',
        nsp: '/',
        type: MessageType.FETCH_SOCKETS_RESPONSE,
        data: { requestId: 'r1', sockets: [{ id: 's1', rooms: ['s1', 'lobby'], data: {} }] },
      };
      expect(roundTrip(response)).toStrictEqual(response);
    });
  });

  describe('having text that is not a cluster message', () => {
    it.each([
      ['not JSON', 'hello', SyntaxError],
      ['not an object', '[1,2]', TypeError],
      ['no uid', '{"nsp":"/","type":2}', TypeError],
      ['an unknown type', '{"uid":"a","nsp":"/","type":99}', TypeError],
      ['a type name instead of its number', '{"uid":"a","nsp":"/","type":"HEARTBEAT"}', TypeError],
    ])('should throw for %s', (_case, text, error) => {
      expect(() => decodeAdapterMessage(text)).toThrow(error);
    });
  });
});

describe(isClusterResponse, () => {
  it.each([
    [MessageType.FETCH_SOCKETS_RESPONSE, true],
    [MessageType.SERVER_SIDE_EMIT_RESPONSE, true],
    [MessageType.BROADCAST_CLIENT_COUNT, true],
    [MessageType.BROADCAST_ACK, true],
    [MessageType.BROADCAST, false],
    [MessageType.HEARTBEAT, false],
    [MessageType.FETCH_SOCKETS, false],
  ])('should read type %d as a response: %s', (type, expected) => {
    expect(isClusterResponse({ uid: 'a', nsp: '/', type } as ClusterMessage)).toBe(expected);
  });
});

describe(namespaceChannel, () => {
  it('should name one channel per namespace', () => {
    expect([namespaceChannel('/'), namespaceChannel('/admin')]).toStrictEqual([
      'socket.io-json#/#',
      'socket.io-json#/admin#',
    ]);
  });
});

describe(responseChannel, () => {
  it('should name one response channel per namespace and instance', () => {
    expect(responseChannel('/', 'a1b2')).toBe('socket.io-json#/#a1b2#');
  });
});
