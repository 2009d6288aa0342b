// A TypeDoc plugin (typedoc.jsonc `plugin`) for the members of types computed from IRedisService by a
// mapped or conditional type (QueuedCommands: the pipeline, transaction and durable-write queues;
// RedisBytesMethods: `redis.bytes`). Such a member's signature is declared by the type that computes
// it (`(...args: Parameters<IRedisService[K]>) => Q`), not by the command's own declaration, so
// TypeDoc finds no comment for it, and the command's own comment would be wrong there anyway (its
// @returns, its @throws on a queue, MGET's split by slot). The plugin gives each such signature a
// comment that links the command's declaration, where it is documented, and the type that says
// what this form returns, and copies no text from either. A member with a comment of its own is left as it is.
import { Comment, Converter, DeclarationReflection } from 'typedoc';
import ts from 'typescript';

/** @param {import('typedoc').Application} app */
export function load(app) {
  /** @type {Array<{ signature: import('typedoc').SignatureReflection, form: string | undefined }>} */
  let derived = [];

  app.converter.on(Converter.EVENT_CREATE_SIGNATURE, (context, signature, declaration) => {
    const member = signature.parent;
    if (!declaration || !(member instanceof DeclarationReflection) || !member.flags.isInherited) return;
    const memberDeclarations = context.getSymbolFromReflection(member)?.declarations ?? [];
    // An ordinary member's signature is (inside) one of its declarations; a computed one is not.
    if (
      memberDeclarations.some(
        (d) =>
          d.getSourceFile() === declaration.getSourceFile() &&
          d.pos <= declaration.pos &&
          declaration.end <= d.end,
      )
    )
      return;
    derived.push({ signature, form: enclosingTypeAlias(declaration) });
  });

  app.converter.on(Converter.EVENT_RESOLVE_END, (context) => {
    for (const { signature, form } of derived) {
      const member = /** @type {DeclarationReflection} */ (signature.parent);
      if (signature.hasComment() || member.hasComment()) continue;
      const source = member.inheritedFrom?.reflection;
      if (!(source instanceof DeclarationReflection) || !documented(source)) continue;
      const formReflection = form === undefined ? undefined : context.project.getChildByName(form);
      /** @type {import('typedoc').CommentDisplayPart[]} */
      const formPart = formReflection
        ? [{ kind: 'inline-tag', tag: '@link', text: form ?? '', target: formReflection }]
        : [{ kind: 'code', text: `\`${form ?? 'derived'}\`` }];
      const sourceName = `${source.parent?.name ?? ''}.${source.name}`;
      /** @type {import('typedoc').CommentDisplayPart} */
      const sourcePart = { kind: 'inline-tag', tag: '@link', text: sourceName, target: source };
      signature.comment = new Comment([
        sourcePart,
        { kind: 'text', text: ' in the ' },
        ...formPart,
        {
          kind: 'text',
          text: ' form, with the same parameters: the command is documented there, the result of this form on ',
        },
        ...formPart,
        { kind: 'text', text: '.' },
      ]);
    }
    derived = [];
  });
}

/** @param {import('typedoc').DeclarationReflection} reflection */
function documented(reflection) {
  return reflection.hasComment() || (reflection.signatures ?? []).some((s) => s.hasComment());
}

/** @param {ts.Node} node @returns {string | undefined} the name of the type alias the node is part of */
function enclosingTypeAlias(node) {
  for (let n = node.parent; n; n = n.parent) {
    if (ts.isTypeAliasDeclaration(n)) return n.name.text;
  }
  return undefined;
}
