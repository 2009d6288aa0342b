/**
 * One clear sentence for why the demo could not start.
 * @param error - what the start-up threw.
 * @param port - the port it tried to listen on.
 */
export function describeStartError(error: unknown, port: number): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'EADDRINUSE')
    return `Port ${port} is already in use: start the demo on another one, e.g. PORT=${port + 1} pnpm demo (PORT=0 picks a free port).`;
  if (code === 'EACCES')
    return `Not allowed to listen on port ${port}: use a port above 1023, e.g. PORT=3000.`;
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
