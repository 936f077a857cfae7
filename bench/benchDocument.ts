import type { BenchFigure } from "./benchFigure.ts";

/** What `npm run bench` writes to reports/bench.json, and what the README's performance table is rendered from. */
export interface BenchDocument {
  measuredAt: string;
  node: string;
  cpus: number;
  /** The 1, 5 and 15 minute load averages when the bench started: a busy machine explains slow figures. */
  loadAverage: number[];
  figures: BenchFigure[];
}

/** A bench.json that does not have the shape above. */
export class BenchDocumentError extends Error {
  override name = "BenchDocumentError";
}

function isFigure(value: unknown): value is BenchFigure {
  if (typeof value !== "object" || value === null) return false;
  const figure = value as Record<string, unknown>;
  return (
    typeof figure.name === "string" &&
    (typeof figure.value === "number" || figure.value === null) &&
    typeof figure.unit === "string" &&
    typeof figure.goal === "string" &&
    typeof figure.met === "boolean" &&
    (figure.ratio === undefined || typeof figure.ratio === "number") &&
    (figure.note === undefined || typeof figure.note === "string")
  );
}

/** Parses a bench.json, naming the first thing wrong with it. */
export function parseBenchDocument(text: string, source: string): BenchDocument {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new BenchDocumentError(`${source}: not JSON (${(error as Error).message})`);
  }
  const doc = data as Partial<BenchDocument> | null;
  if (typeof doc !== "object" || doc === null) throw new BenchDocumentError(`${source}: not a JSON object`);
  if (typeof doc.measuredAt !== "string") throw new BenchDocumentError(`${source}: measuredAt is not a string`);
  if (typeof doc.node !== "string") throw new BenchDocumentError(`${source}: node is not a string`);
  if (typeof doc.cpus !== "number") throw new BenchDocumentError(`${source}: cpus is not a number`);
  if (!Array.isArray(doc.loadAverage)) throw new BenchDocumentError(`${source}: loadAverage is not a list`);
  if (!Array.isArray(doc.figures)) throw new BenchDocumentError(`${source}: figures is not a list`);
  const bad = doc.figures.findIndex((figure) => !isFigure(figure));
  if (bad >= 0) throw new BenchDocumentError(`${source}: figures[${bad}] is not a bench figure`);
  return doc as BenchDocument;
}
