// Our declarations use Node types (Buffer, NodeJS.*): an app compiled with TypeScript 6+ (no automatic @types)
// gets them from here, and @types/node is a peer dependency so that one copy is shared with the app.
/// <reference types="node" preserve="true" />
/**
 * `redis-migrate` as a library: the same commands the CLI runs, for scripts that drive a
 * migration from code. The CLI (`bin: redis-migrate`) is a thin shell over these.
 *
 * @packageDocumentation
 */
export { runCli } from './cli/runCli.js';
export type { CliContext } from './cli/CliContext.js';
export type { CommandDefinition } from './cli/CommandDefinition.js';
export { MigrateError } from './models/MigrateError.js';
export { migrateErrorCodes } from './models/migrateErrorCodes.js';
export type { MigrateErrorCode } from './models/migrateErrorCodes.js';
export { openEndpoints } from './services/openEndpoints.js';
export type { Endpoints, EndpointsRequest } from './services/openEndpoints.js';
export type { EndpointOverrides } from './services/openEndpoint.js';
export type { Endpoint } from './models/Endpoint.js';
export type { EndpointFlags, EndpointSide } from './models/EndpointFlags.js';
export type { ProgressHandle, ProgressSnapshot, Reporter } from './models/Progress.js';
export { copyKeys } from './services/copyKeys.js';
export type { CopyRun } from './services/copyKeys.js';
export type { CopyOptions, LiveCopyOptions, OnExisting } from './models/CopyOptions.js';
export type { CopyReport } from './models/CopyReport.js';
export type { CopyFailure } from './models/CopyFailure.js';
export type { CopyCounters } from './models/CopyCounters.js';
export { runPhase } from './services/phase/runPhase.js';
export type { PhaseRun } from './services/phase/runPhase.js';
export type { PhaseReport } from './models/PhaseReport.js';
export type { VerifiedRecord } from './models/VerifiedRecord.js';
export { controlKeyNames } from './calculations/phase/controlKeyNames.js';
export type { ControlKeyNames } from './calculations/phase/controlKeyNames.js';
