/**
 * Thrown inside a chunked copy when the source key disappeared or changed type while it was being
 * read; `copyBigKey` turns it into the `missing` outcome. Never leaves the package.
 */
export class SourceKeyChanged extends Error {
  public constructor(reason: string) {
    super(`The source key changed during its chunked copy: ${reason}`);
    this.name = 'SourceKeyChanged';
  }
}
