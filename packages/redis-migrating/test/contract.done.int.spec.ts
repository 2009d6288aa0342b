import { describeMigratingContract } from './migratingContract.js';

describeMigratingContract('done');
