/**
 * CPU time a process has used, in clock ticks (utime + stime), from the text of `/proc/<pid>/stat`.
 * The command name (field 2) may hold spaces and parentheses, so fields are counted after its last `)`.
 *
 * @throws Error when the text is not that format.
 */
export function cpuTicksFromStat(stat: string): number {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // After the name: state is field 3, utime field 14, stime field 15 (1-based, proc(5)).
  const utime = Number(fields[14 - 3]);
  const stime = Number(fields[15 - 3]);
  if (stat.lastIndexOf(')') === -1 || !Number.isFinite(utime) || !Number.isFinite(stime))
    throw new Error(`not a /proc/<pid>/stat line: ${stat.slice(0, 80)}`);
  return utime + stime;
}

/**
 * A `kB` figure of `/proc/<pid>/status` (`VmHWM`, `VmRSS`) in bytes; undefined when absent.
 */
export function statusKilobytes(status: string, field: 'VmHWM' | 'VmRSS'): number | undefined {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB$`, 'm').exec(status);
  return match?.[1] === undefined ? undefined : Number(match[1]) * 1024;
}

/**
 * Peak RSS in bytes from the report of GNU `/usr/bin/time -v` ("Maximum resident set size
 * (kbytes): N"); undefined when the line is missing.
 */
export function maxRssFromTimeReport(report: string): number | undefined {
  const match = /Maximum resident set size \(kbytes\): (\d+)/.exec(report);
  return match?.[1] === undefined ? undefined : Number(match[1]) * 1024;
}

/**
 * CPU seconds (user + system) from the report of GNU `/usr/bin/time -v`; undefined when missing.
 */
export function cpuSecondsFromTimeReport(report: string): number | undefined {
  const user = /User time \(seconds\): ([\d.]+)/.exec(report)?.[1];
  const system = /System time \(seconds\): ([\d.]+)/.exec(report)?.[1];
  return user === undefined || system === undefined ? undefined : Number(user) + Number(system);
}
