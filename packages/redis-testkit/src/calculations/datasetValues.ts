import { randomBytes, type RandomSource } from './keyRandom.js';

/** Name of key `index` with `label` (`mig:string:7`), behind `0xff 0xfe` when `binary`. */
export function keyName(label: string, index: number, binary: boolean): Buffer {
  const name = Buffer.from(`mig:${label}:${index}`);
  return binary ? Buffer.concat([Buffer.from([0xff, 0xfe]), name]) : name;
}

/** `count` values of `length` bytes each. */
export function datasetValues(
  random: RandomSource,
  count: number,
  length: number,
  binary: boolean,
): Buffer[] {
  return Array.from({ length: count }, () => randomBytes(random, length, binary));
}
