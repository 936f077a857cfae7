import { contentTypeCheck } from "../stages/checkContentType.ts";
import { type ReadingApplies, unchanged } from "./reading.ts";

/** A JSON body sent with another Content-Type: read all the same (default), 415 as Smithy servers answer, or 400. */
export const wrongContentType: ReadingApplies<"wrongContentType"> = {
  accepted: unchanged,
  "unsupported-media-type": (stages) => ({
    ...stages,
    checkContentType: contentTypeCheck("UnsupportedMediaTypeException"),
  }),
  "serialization-exception": (stages) => ({ ...stages, checkContentType: contentTypeCheck("SerializationException") }),
};
