/** What {@link LazyConnection} needs of a connection: a way to drop it. */
export interface Disconnectable {
  /** Closes the connection at once and stops it reconnecting. */
  disconnect(): void;
}

/**
 * A connection opened on first use (the subscriber connections) and shared by every later caller.
 * A failed opening is not kept: the half-made connection is dropped (ioredis would otherwise go on
 * reconnecting it in the background) and the next caller tries again, so a subscribe made while
 * the server was down does not make every later one fail.
 */
export class LazyConnection<T extends Disconnectable> {
  private opening: Promise<T> | undefined;

  /**
   * Opens nothing yet: the first `get()` does.
   *
   * @param create - builds the connection, not yet connected.
   * @param connect - connects it; rejects with the reason it could not.
   */
  public constructor(
    private readonly create: () => T,
    private readonly connect: (connection: T) => Promise<void>,
  ) {}

  /** The connection, opened now if it is not open or opening. */
  public get(): Promise<T> {
    this.opening ??= this.open();
    return this.opening;
  }

  /** Forget the connection and hand it over (to quit or disconnect it); undefined when none was opened. */
  public take(): Promise<T> | undefined {
    const opening = this.opening;
    this.opening = undefined;
    return opening;
  }

  private async open(): Promise<T> {
    const connection = this.create();
    try {
      await this.connect(connection);
      return connection;
    } catch (error) {
      connection.disconnect();
      this.opening = undefined;
      throw error;
    }
  }
}
