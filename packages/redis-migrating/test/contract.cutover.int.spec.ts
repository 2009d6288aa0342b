import { describeMigratingContract } from './migratingContract.js';

describeMigratingContract('cutover');
