import { describe, expect, it } from 'vitest';
import { addCalls, describeCallsPerOp, parseCommandCalls } from './commandCalls.js';

const info = [
  '# Commandstats',
  'cmdstat_get:calls=30,usec=60,usec_per_call=2.00,rejected_calls=0,failed_calls=0',
  'cmdstat_set:calls=10,usec=40,usec_per_call=4.00,rejected_calls=0,failed_calls=0',
  'cmdstat_info:calls=7,usec=700,usec_per_call=100.00,rejected_calls=0,failed_calls=0',
  'cmdstat_client|setname:calls=2,usec=2,usec_per_call=1.00,rejected_calls=0,failed_calls=0',
].join('\r\n');

describe(parseCommandCalls, () => {
  describe('having an INFO commandstats reply', () => {
    it('should give the calls per command, without INFO, subcommands spaced', () => {
      expect([...parseCommandCalls(info)]).toStrictEqual([
        ['get', 30],
        ['set', 10],
        ['client setname', 2],
      ]);
    });
  });
});

describe(addCalls, () => {
  describe('having a later and an earlier read', () => {
    it('should leave their difference', () => {
      const total = new Map([['get', 30]]);
      addCalls(total, new Map([['get', 12]]), -1);
      expect(total.get('get')).toBe(18);
    });
  });
});

describe(describeCallsPerOp, () => {
  describe('having 30 GET, 10 SET and 1 PING over 10 ops', () => {
    it('should give 4 per op, the biggest first, PING left out', () => {
      const calls = new Map([
        ['set', 10],
        ['ping', 0.4],
        ['get', 30],
      ]);
      expect(describeCallsPerOp(calls, 10)).toStrictEqual({ perOp: 4, top: 'get 3.0, set 1.0' });
    });
  });

  describe('having no ops', () => {
    it('should give NaN', () => {
      expect(describeCallsPerOp(new Map([['get', 1]]), 0).perOp).toBeNaN();
    });
  });
});
