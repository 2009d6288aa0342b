import { describe, expect, it } from 'vitest';
import { geoAreaArguments, toGeoMatch } from './geoArguments.js';

const invalid: unknown = expect.objectContaining({ code: 'INVALID_ARGUMENT' });

describe(geoAreaArguments, () => {
  it('should write a radius around a point', () => {
    expect(
      geoAreaArguments('geosearch', {
        from: { longitude: 1, latitude: 2 },
        by: { radius: 3, unit: 'km' },
        order: 'ASC',
        count: 4,
        any: true,
      }),
    ).toEqual(['FROMLONLAT', 1, 2, 'BYRADIUS', 3, 'km', 'ASC', 'COUNT', 4, 'ANY']);
  });

  it('should write a box around a member', () => {
    expect(
      geoAreaArguments('geosearch', { from: { member: 'm' }, by: { width: 1, height: 2, unit: 'mi' } }),
    ).toEqual(['FROMMEMBER', 'm', 'BYBOX', 1, 2, 'mi']);
  });

  it('should refuse any without count', () => {
    expect(() =>
      geoAreaArguments('geosearch', { from: { member: 'm' }, by: { radius: 1, unit: 'm' }, any: true }),
    ).toThrow(invalid);
  });

  it('should refuse a negative radius', () => {
    expect(() =>
      geoAreaArguments('geosearch', { from: { member: 'm' }, by: { radius: -1, unit: 'm' } }),
    ).toThrow(invalid);
  });
});

describe(toGeoMatch, () => {
  it('should read distance, hash and coordinates in the order Redis writes them', () => {
    expect(toGeoMatch(['m', '1.5', 42, ['3', '4']], { dist: true, hash: true, coord: true })).toEqual({
      member: 'm',
      distance: 1.5,
      hash: 42,
      coordinates: { longitude: 3, latitude: 4 },
    });
  });
});
