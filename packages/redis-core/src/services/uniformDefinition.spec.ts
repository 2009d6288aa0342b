import { describe, expect, it } from 'vitest';
import { bytesDefinitions } from '../definitions/bytesDefinitions.js';
import { serviceDefinitions } from '../definitions/serviceDefinitions.js';
import { uniformDefinition, uniformDefinitionFields } from './uniformDefinition.js';

const every = [...Object.entries(serviceDefinitions), ...Object.entries(bytesDefinitions)];

describe('uniformDefinition', () => {
  it('keeps every field of every definition, with its value', () => {
    const lost = every.flatMap(([member, definition]) => {
      const copy = uniformDefinition(definition) as unknown as Record<string, unknown>;
      return Object.entries(definition)
        .filter(([field, value]) => copy[field] !== value)
        .map(([field]) => `${member}.${field}`);
    });
    expect(lost).toEqual([]);
  });

  it('gives every definition the same fields in the same order', () => {
    const shapes = new Set(every.map(([, definition]) => Object.keys(uniformDefinition(definition)).join()));
    expect([...shapes]).toEqual([uniformDefinitionFields.join()]);
  });

  it('adds no field a definition does not have, except as undefined', () => {
    const get = uniformDefinition(
      serviceDefinitions['get'] as NonNullable<(typeof serviceDefinitions)['get']>,
    );
    const defined = Object.entries(get)
      .filter(([, value]) => value !== undefined)
      .map(([field]) => field);
    expect(defined.sort()).toEqual(Object.keys(serviceDefinitions['get'] ?? {}).sort());
  });
});
