import type { RedisCommandEvent } from '@org/redis-interface';
import type { Counter, Histogram } from 'prom-client';
import { toBoundedLabel } from '../calculations/toBoundedLabel.js';
import { toClientLabel } from '../calculations/toClientLabel.js';
import { toCommandLabel } from '../calculations/toCommandLabel.js';
import { toModeLabel } from '../calculations/toModeLabel.js';

/** Labels of `commands_total` and `command_duration_seconds`. */
type CommandLabels = Readonly<Record<'client' | 'mode' | 'command' | 'outcome', string>>;

/** One label set, with what it has seen since the last flush. */
interface Series {
  readonly labels: CommandLabels;
  pending: number;
  readonly durations: number[];
}

/** A series as reached from the raw fields of an event (before bounding). */
interface RawEntry {
  readonly client: unknown;
  readonly mode: unknown;
  readonly outcome: unknown;
  readonly series: Series;
}

const outcomes = new Set(['ok', 'error']);
/** Raw field combinations remembered; beyond that, labels are computed per event (still bounded). */
const maxRawEntries = 1_024;

/**
 * Counts commands and buffers their durations between reads of the registry, then hands them
 * to prom-client in one go (`flush()`, run by the metrics' `collect` hook, or once `maxBuffered`
 * durations are waiting).
 *
 * Why: updating prom-client on every command validates and hashes the label set each time;
 * here a command costs a map lookup by command name (the drivers pass the same string instances,
 * so no key is built or hashed), a short scan and an array push, and the prom-client work runs
 * in a tight loop. Readers never see the difference: every read flushes first.
 */
export class CommandSeriesBuffer {
  private readonly byCommand = new Map<unknown, RawEntry[]>();
  private readonly byLabels = new Map<string, Series>();
  private rawEntries = 0;
  private buffered = 0;

  /**
   * @param commands - `commands_total`.
   * @param durations - `command_duration_seconds`.
   * @param maxBuffered - durations held at most before a flush (bounds memory without a scraper).
   */
  public constructor(
    private readonly commands: Counter,
    private readonly durations: Histogram,
    private readonly maxBuffered = 512,
  ) {}

  /** Record one settled command; returns its bounded labels (for the other metrics). */
  public record(event: RedisCommandEvent): CommandLabels {
    const series = this.cached(event) ?? this.seriesFor(event);
    series.pending += 1;
    if (Number.isFinite(event.durationMs) && event.durationMs >= 0) {
      series.durations.push(event.durationMs / 1000);
      this.buffered += 1;
      if (this.buffered >= this.maxBuffered) this.flush();
    }
    return series.labels;
  }

  /** Hand every pending count and duration to prom-client. */
  public flush(): void {
    this.buffered = 0;
    for (const series of this.byLabels.values()) {
      if (series.pending > 0) this.commands.inc(series.labels, series.pending);
      series.pending = 0;
      for (const seconds of series.durations) this.durations.observe(series.labels, seconds);
      series.durations.length = 0;
    }
  }

  /** The series remembered for these raw fields (a plain loop: no closure per command). */
  private cached(event: RedisCommandEvent): Series | undefined {
    const entries = this.byCommand.get(event.command);
    if (entries === undefined) return undefined;
    for (const entry of entries) {
      if (entry.client === event.client && entry.mode === event.mode && entry.outcome === event.outcome)
        return entry.series;
    }
    return undefined;
  }

  private seriesFor(event: RedisCommandEvent): Series {
    const labels: CommandLabels = {
      client: toClientLabel(event.client),
      mode: toModeLabel(event.mode),
      command: toCommandLabel(event.command),
      outcome: toBoundedLabel(event.outcome, outcomes),
    };
    const key = `${labels.client}\n${labels.mode}\n${labels.command}\n${labels.outcome}`;
    let series = this.byLabels.get(key);
    if (series === undefined) {
      series = { labels, pending: 0, durations: [] };
      this.byLabels.set(key, series);
    }
    if (this.rawEntries < maxRawEntries) {
      this.rawEntries += 1;
      const entry = { client: event.client, mode: event.mode, outcome: event.outcome, series };
      const entries = this.byCommand.get(event.command);
      if (entries === undefined) this.byCommand.set(event.command, [entry]);
      else entries.push(entry);
    }
    return series;
  }
}
