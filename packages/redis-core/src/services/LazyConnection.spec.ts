import { describe, expect, it } from 'vitest';
import { LazyConnection } from './LazyConnection.js';

class FakeConnection {
  public disconnected = false;
  public disconnect(): void {
    this.disconnected = true;
  }
}

describe(LazyConnection, () => {
  describe('.get', () => {
    describe('having been called twice', () => {
      it('should open one connection for both callers', async () => {
        let created = 0;
        const lazy = new LazyConnection(
          () => {
            created += 1;
            return new FakeConnection();
          },
          () => Promise.resolve(),
        );
        const [first, second] = await Promise.all([lazy.get(), lazy.get()]);
        expect([created, first === second]).toEqual([1, true]);
      });
    });

    describe('having failed to connect once', () => {
      const made: FakeConnection[] = [];
      let attempts = 0;
      const lazy = new LazyConnection(
        () => {
          const connection = new FakeConnection();
          made.push(connection);
          return connection;
        },
        () => {
          attempts += 1;
          return attempts === 1 ? Promise.reject(new Error('ECONNREFUSED')) : Promise.resolve();
        },
      );

      it('should reject, drop the failed connection, and open a new one on the next call', async () => {
        const first = await lazy.get().then(
          () => 'resolved',
          (error: unknown) => String(error),
        );
        const second = await lazy.get();
        expect([first, made[0]?.disconnected, second === made[1]]).toEqual([
          'Error: ECONNREFUSED',
          true,
          true,
        ]);
      });
    });
  });

  describe('.take', () => {
    it('should hand over the connection and forget it', async () => {
      const lazy = new LazyConnection(
        () => new FakeConnection(),
        () => Promise.resolve(),
      );
      const opened = await lazy.get();
      expect([await lazy.take(), lazy.take()]).toEqual([opened, undefined]);
    });
  });
});
