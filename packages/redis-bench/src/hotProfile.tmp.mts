import { validateRedisConfig } from '@org/redis-interface';
import { RedisStandaloneService } from '@org/redis-standalone';
const port = Number(process.argv[2]);
const which = process.argv[3] ?? 'now';
const config = validateRedisConfig({ mode: 'standalone', host: '127.0.0.1', port });
const Ctor = which === 'now' ? RedisStandaloneService
  : (await import('/work/wt/bench-before/packages/redis-standalone/dist/index.js')).RedisStandaloneService;
const ours = new Ctor(config as never);
await ours.connect();
const op = (i: number) => (i % 2 ? ours.get('k' + (i % 1000)) : ours.set('k' + (i % 1000), 'v'));
async function run(count: number) {
  let next = 0;
  const worker = async () => { for (let i = next++; i < count; i = next++) await op(i); };
  await Promise.all(Array.from({ length: 100 }, worker));
}
await run(50_000);
const t = process.hrtime.bigint(); const c0 = process.cpuUsage();
await run(400_000);
const ms = Number(process.hrtime.bigint() - t) / 1e6; const cpu = process.cpuUsage(c0);
console.log(which, Math.round(400_000 / ms * 1000), 'ops/s', ((cpu.user + cpu.system) / 400_000).toFixed(2), 'cpu us/op');
await ours.quit();
