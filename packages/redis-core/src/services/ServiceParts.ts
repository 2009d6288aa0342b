import { serviceDefinitions } from '../definitions/serviceDefinitions.js';
import type { DriverTopology } from '../models/DriverTopology.js';
import { CommandTable } from './CommandTable.js';
import { ScriptRegistry } from './ScriptRegistry.js';
import { SubscriptionRegistry } from './SubscriptionRegistry.js';

/**
 * The state one service keeps besides its executor's, shared by the operations that need it. Held
 * by the executor (`executor.parts`), so an operation reaches it from its one argument; no base
 * class holds it for its subclasses.
 */
export interface ServiceParts {
  /** Handlers by channel and pattern, and the subscriber connections (`subscribe`, `psubscribe`). */
  readonly subscriptions: SubscriptionRegistry;
  /** The scripts `defineScript` registered, by name (`runScript`). */
  readonly scripts: ScriptRegistry;
  /** What `call()` knows about commands: the server's COMMAND table, fetched on first use. */
  readonly commandTable: CommandTable;
}

/** The parts of a new service over `topology`: nothing connects or is sent until they are used. */
export function createServiceParts(topology: DriverTopology): ServiceParts {
  return {
    subscriptions: new SubscriptionRegistry(
      (sharded) => topology.subscriber(sharded),
      topology.config.keyPrefix,
      (kind) => topology.instrumentation.pubsub({ direction: 'in', kind }),
    ),
    scripts: new ScriptRegistry(),
    commandTable: new CommandTable(() => topology.client.call('command', []), serviceDefinitions),
  };
}
