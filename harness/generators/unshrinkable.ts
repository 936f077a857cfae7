import fc from "fast-check";

/**
 * `arb`'s values, never shrunk, as `fc.noShrink` gives them, but without the shrink context: fast-check keeps
 * every intermediate value a drawn value was mapped from (each character of each string of a 100-event batch)
 * alive as long as the value, only to shrink it, and copying those in garbage collection costs more than drawing.
 */
export function unshrinkable<T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T> {
  return new Unshrinkable(arb);
}

class Unshrinkable<T> extends fc.Arbitrary<T> {
  constructor(private readonly arb: fc.Arbitrary<T>) {
    super();
  }

  generate(mrng: fc.Random, biasFactor: number | undefined): fc.Value<T> {
    const drawn = this.arb.generate(mrng, biasFactor);
    // A value fast-check clones on every read (fc.context and the like) keeps its own Value.
    return drawn.hasToBeCloned ? drawn : new fc.Value(drawn.value_, undefined);
  }

  canShrinkWithoutContext(value: unknown): value is T {
    return this.arb.canShrinkWithoutContext(value);
  }

  shrink(): fc.Stream<fc.Value<T>> {
    return fc.Stream.nil();
  }
}
