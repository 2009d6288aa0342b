import { describeMigratingContract } from './migratingContract.js';

describeMigratingContract('shadow');
