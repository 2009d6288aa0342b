import { describe, expect, it } from 'vitest';
import { redactCommandArgs } from './redactCommandArgs.js';

describe(redactCommandArgs, () => {
  describe.each([
    ['auth', ['pw-1'], ['***'], ['pw-1']],
    ['AUTH', ['app', 'pw-2'], ['app', '***'], ['pw-2']],
    ['hello', ['3', 'AUTH', 'default', 'pw-3'], ['3', 'AUTH', 'default', '***'], ['pw-3']],
    [
      'hello',
      ['3', 'auth', 'app', 'pw-4', 'SETNAME', 'svc'],
      ['3', 'auth', 'app', '***', 'SETNAME', 'svc'],
      ['pw-4'],
    ],
    [
      'acl',
      ['SETUSER', 'app', 'on', '>pw-5', '#a1b2', '<pw-6', '!c3d4', '~app:*', '+@all'],
      ['SETUSER', 'app', 'on', '>***', '#***', '<***', '!***', '~app:*', '+@all'],
      ['pw-5', 'a1b2', 'pw-6', 'c3d4'],
    ],
    [
      'config',
      ['SET', 'maxmemory', '10mb', 'requirepass', 'pw-7', 'MASTERAUTH', 'pw-8'],
      ['SET', 'maxmemory', '10mb', 'requirepass', '***', 'MASTERAUTH', '***'],
      ['pw-7', 'pw-8'],
    ],
    ['sentinel', ['SET', 'mymaster', 'auth-pass', 'pw-9'], ['SET', 'mymaster', 'auth-pass', '***'], ['pw-9']],
    [
      'migrate',
      ['10.0.0.2', '6379', '', '0', '5000', 'COPY', 'AUTH', 'pw-10', 'KEYS', 'a', 'b'],
      ['10.0.0.2', '6379', '', '0', '5000', 'COPY', 'AUTH', '***', 'KEYS', 'a', 'b'],
      ['pw-10'],
    ],
    [
      'migrate',
      ['10.0.0.2', '6379', 'auth', '0', '5000', 'AUTH2', 'app', 'pw-11'],
      ['10.0.0.2', '6379', 'auth', '0', '5000', 'AUTH2', 'app', '***'],
      ['pw-11'],
    ],
  ])('having %s %j', (name, args, masked, secrets) => {
    it('should mask the secret arguments only and report them', () => {
      expect(redactCommandArgs(name, args)).toStrictEqual({ args: masked, secrets });
    });
  });

  describe.each([
    ['set', ['>key', 'value']],
    ['acl', ['GETUSER', '>app']],
    ['config', ['SET', 'maxmemory', 'requirepass']],
    ['hello', ['3']],
  ])('having %s %j, which holds no secret', (name, args) => {
    it('should keep every argument', () => {
      expect(redactCommandArgs(name, args)).toStrictEqual({ args, secrets: [] });
    });
  });

  describe('having Buffer arguments', () => {
    it('should mask a Buffer password and report its text', () => {
      const args = [Buffer.from('3'), Buffer.from('AUTH'), Buffer.from('app'), Buffer.from('pw-12')];
      const result = redactCommandArgs('hello', args);
      expect([result.args[3], result.secrets]).toStrictEqual(['***', ['pw-12']]);
    });
  });

  describe('having arguments to mask', () => {
    it('should not modify the input', () => {
      const args = ['pw-13'];
      redactCommandArgs('auth', args);
      expect(args).toStrictEqual(['pw-13']);
    });
  });
});
