import { median } from "./median.ts";

export interface PairedRates {
  /** Median rate of the measured side. */
  measured: number;
  /** Median rate of the baseline. */
  baseline: number;
  /** Median of the per-round ratios: each round's two figures saw the same neighbours. */
  ratio: number;
}

/**
 * Measures two rates in alternating rounds (the order swapped every round) on a shared machine: a burst of
 * load from elsewhere lands on one round's pair, and the median of the ratios shrugs it off.
 */
export async function pairedRates(
  rounds: number,
  measure: () => Promise<number>,
  baseline: () => Promise<number>,
): Promise<PairedRates> {
  const measured: number[] = [];
  const baselines: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    if (round % 2 === 0) {
      baselines.push(await baseline());
      measured.push(await measure());
    } else {
      measured.push(await measure());
      baselines.push(await baseline());
    }
  }
  const ratios = measured.map((rate, index) => rate / (baselines[index] ?? rate));
  return { measured: median(measured), baseline: median(baselines), ratio: median(ratios) };
}
