/** A calculator input that cannot be used: which input, and what is wrong with it (the CLI exits 2 with it). */
export class SituationInputError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`);
    this.name = 'SituationInputError';
  }
}
