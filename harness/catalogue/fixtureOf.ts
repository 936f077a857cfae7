import type { CaseContext } from "../model/caseDefinition.ts";
import type { ChannelFixtures, FixtureName } from "../model/target.ts";

/** A case asked for a fixture its `needs` does not list, or the runner called it without the fixture. */
export class MissingFixtureError extends Error {
  constructor(readonly fixture: FixtureName) {
    super(`the case needs the fixture ${fixture}, which the target does not offer`);
    this.name = "MissingFixtureError";
  }
}

/** The fixture a case declared in `needs`; the runner only generates a case whose fixtures exist. */
export function fixtureOf<K extends FixtureName>(ctx: CaseContext, name: K): NonNullable<ChannelFixtures[K]> {
  const fixture = ctx.fixtures[name];
  if (fixture === undefined || fixture === null) throw new MissingFixtureError(name);
  return fixture;
}
