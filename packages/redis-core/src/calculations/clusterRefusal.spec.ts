import { describe, expect, it } from 'vitest';
import { clusterRefusal } from './clusterRefusal.js';

describe(clusterRefusal, () => {
  it.each([
    ['MOVED 3000 127.0.0.1:7001', { kind: 'MOVED', node: '127.0.0.1:7001' }],
    ['ASK 12 10.0.0.2:6380', { kind: 'ASK', node: '10.0.0.2:6380' }],
    ['TRYAGAIN Multiple keys request during rehashing of slot', { kind: 'TRYAGAIN', node: '' }],
  ])('should read %j as a refusal', (message, expected) => {
    expect(clusterRefusal(new Error(message))).toStrictEqual(expected);
  });

  it.each([
    'CLUSTERDOWN The cluster is down',
    'ERR wrong number of arguments',
    'Connection is closed.',
    'MOVEDX 1 a:1',
  ])('should not read %j as a refusal (the command may have run, or routing cannot fix it)', (message) => {
    expect(clusterRefusal(new Error(message))).toBeUndefined();
  });

  it('should not read a non-Error as a refusal', () => {
    expect(clusterRefusal('MOVED 1 a:1')).toBeUndefined();
  });
});
