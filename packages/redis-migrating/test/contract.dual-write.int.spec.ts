import { describeMigratingContract } from './migratingContract.js';

describeMigratingContract('dual-write');
