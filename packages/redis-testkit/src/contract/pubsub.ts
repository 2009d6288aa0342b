import { beforeAll, describe, expect, it } from 'vitest';
import type { IRedisService, Subscription } from '@org/redis-interface';
import type { ContractContext } from './ContractContext.js';
import { MessageLog } from './MessageLog.js';

/**
 * Classic pub/sub: delivery, patterns, unsubscribe, channels not prefixed.
 *
 * @param context - the group's context.
 */
export function describePubSubContract(context: ContractContext): void {
  let publisher: IRedisService;

  beforeAll(async () => {
    // Another prefix: channels are not keys, so the prefix must not matter.
    publisher = await context.createService({ keyPrefix: `${context.keyPrefix}publisher:` });
  });

  describe('.subscribe', () => {
    describe('having a message published after it resolved', () => {
      const log = new MessageLog();
      let channel: string;
      let subscription: Subscription;

      beforeAll(async () => {
        channel = context.key('channel');
        subscription = await context.service().subscribe(channel, log.onMessage);
        await publisher.publish(channel, 'hello ✓');
        await log.waitForMessage('hello ✓');
      });

      it('should deliver the message and its channel to the handler, once', () => {
        expect(log.received).toEqual([{ message: 'hello ✓', channel }]);
      });

      it('should describe the subscription', () => {
        expect([subscription.channel, subscription.kind]).toEqual([channel, 'channel']);
      });
    });

    describe('having two handlers on one channel', () => {
      it('should deliver to both', async () => {
        const [first, second] = [new MessageLog(), new MessageLog()];
        const channel = context.key('channel-two');
        await context.service().subscribe(channel, first.onMessage);
        await context.service().subscribe(channel, second.onMessage);
        await publisher.publish(channel, 'both');
        await Promise.all([first.waitForMessage('both'), second.waitForMessage('both')]);
        expect([first.messages(), second.messages()]).toEqual([['both'], ['both']]);
      });
    });
  });

  describe('.psubscribe', () => {
    describe('having a message published on a matching channel', () => {
      const log = new MessageLog();
      let pattern: string;
      let subscription: Subscription;

      beforeAll(async () => {
        pattern = `${context.key('pattern')}.*`;
        subscription = await context.service().psubscribe(pattern, log.onPatternMessage);
        await publisher.publish(pattern.replace('*', 'orders'), 'matched');
        await log.waitForMessage('matched');
      });

      it('should deliver the message with the channel and the pattern', () => {
        expect(log.received).toEqual([
          { message: 'matched', channel: pattern.replace('*', 'orders'), pattern },
        ]);
      });

      it('should describe the subscription as a pattern', () => {
        expect([subscription.channel, subscription.kind]).toEqual([pattern, 'pattern']);
      });
    });
  });

  describe('.publish', () => {
    it('should resolve 0 for a channel nobody subscribed to', async () => {
      expect(await publisher.publish(context.key('nobody'), 'lost')).toBe(0);
    });
  });

  describe('Subscription.unsubscribe', () => {
    describe('having two handlers, one unsubscribed between two messages', () => {
      const [leaving, staying] = [new MessageLog(), new MessageLog()];

      beforeAll(async () => {
        const channel = context.key('channel-unsubscribe');
        const subscription = await context.service().subscribe(channel, leaving.onMessage);
        await context.service().subscribe(channel, staying.onMessage);
        await publisher.publish(channel, 'before');
        await Promise.all([leaving.waitForMessage('before'), staying.waitForMessage('before')]);
        await subscription.unsubscribe();
        await publisher.publish(channel, 'after');
        // The staying handler shares the connection, so once it has 'after', so would the other one.
        await staying.waitForMessage('after');
      });

      it('should stop delivering to the unsubscribed handler', () => {
        expect(leaving.messages()).toEqual(['before']);
      });

      it('should keep delivering to the other handler', () => {
        expect(staying.messages()).toEqual(['before', 'after']);
      });
    });

    describe('having unsubscribed the only handler', () => {
      it('should deliver to a new subscription on the channel, once', async () => {
        const [old, renewed] = [new MessageLog(), new MessageLog()];
        const channel = context.key('channel-renew');
        const subscription = await context.service().subscribe(channel, old.onMessage);
        await subscription.unsubscribe();
        await subscription.unsubscribe();
        await context.service().subscribe(channel, renewed.onMessage);
        await publisher.publish(channel, 'again');
        await publisher.publish(channel, 'end');
        await Promise.all([renewed.waitForMessage('again'), renewed.waitForMessage('end')]);
        // Sorted: in a cluster two PUBLISHes may reach two nodes, and the cluster bus does not
        // keep their order across nodes.
        expect([old.messages(), [...renewed.messages()].sort()]).toEqual([[], ['again', 'end']]);
      });
    });
  });
}
