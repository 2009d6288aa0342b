/**
 * A zod `when` predicate: run a cross-field refinement even when other fields failed, as long as the fields
 * it reads are valid, so that one parse reports every problem.
 */
export function whenValid(
  fields: readonly string[],
): (payload: {
  readonly issues: readonly { readonly path?: readonly PropertyKey[] | undefined }[];
}) => boolean {
  return (payload) => payload.issues.every((issue) => !fields.includes(String(issue.path?.[0])));
}
