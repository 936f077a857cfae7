import fc from "fast-check";

/** A spelling of a real channel's ARN and what was changed in it. */
export interface ChannelArnVariant {
  value: string;
  variant: string;
}

const swapCase = (text: string) =>
  [...text].map((char) => (char === char.toLowerCase() ? char.toUpperCase() : char.toLowerCase())).join("");

/** `arn:{partition}:{service}:{region}:{account}:{resource}/{id}` cut at its separators; undefined for another form. */
function partsOf(arn: string) {
  const match = /^arn:([^:]*):([^:]*):([^:]*):([^:]*):([^/]*)\/(.*)$/.exec(arn);
  if (match === null) return undefined;
  const [, partition = "", service = "", region = "", account = "", resource = "", id = ""] = match;
  return { partition, service, region, account, resource, id };
}

/** The case variants of `arn` that still start with `arn:` (so they keep the pattern) and differ from it. */
function caseVariants(arn: string): ChannelArnVariant[] {
  const parts = partsOf(arn);
  if (parts === undefined) return [{ value: swapCase(arn).replace(/^ARN:/i, "arn:"), variant: "case changed" }];
  const build = (changes: Partial<typeof parts>) => {
    const p = { ...parts, ...changes };
    return `arn:${p.partition}:${p.service}:${p.region}:${p.account}:${p.resource}/${p.id}`;
  };
  const candidates: ChannelArnVariant[] = [
    { value: build({ partition: parts.partition.toUpperCase() }), variant: "partition upper-cased" },
    { value: build({ region: parts.region.toUpperCase() }), variant: "Region upper-cased" },
    {
      value: build({ service: swapCase(parts.service.slice(0, 1)) + parts.service.slice(1) }),
      variant: "service capitalised",
    },
    {
      value: build({ resource: swapCase(parts.resource.slice(0, 1)) + parts.resource.slice(1) }),
      variant: "resource type capitalised",
    },
    { value: build({ id: swapCase(parts.id) }), variant: "channel id case swapped" },
  ];
  return candidates.filter((candidate) => candidate.value !== arn);
}

/**
 * Spellings of a real channel's ARN that keep the pattern `^arn:.*$` but name no channel: case changes,
 * trailing spaces or tabs, trailing slashes, one character more or less. None may reach the real channel.
 */
export function channelArnVariantOfRealChannel(arn: string): fc.Arbitrary<ChannelArnVariant> {
  const trailing = fc
    .constantFrom(" ", "\t", "  ")
    .map((space) => ({ value: `${arn}${space}`, variant: "trailing whitespace" }));
  const slashes = fc.constantFrom("/", "//").map((slash) => ({ value: `${arn}${slash}`, variant: "trailing slash" }));
  const longer = fc
    .constantFrom("0", "a", "-")
    .map((extra) => ({ value: `${arn}${extra}`, variant: "one character more" }));
  const shorter = fc.constant({ value: arn.slice(0, -1), variant: "last character dropped" });
  // Case changes come in several kinds (partition, Region, service, resource type, id): weighted to match.
  return fc.oneof(
    { arbitrary: fc.constantFrom(...caseVariants(arn)), weight: 3 },
    { arbitrary: trailing, weight: 1 },
    { arbitrary: slashes, weight: 1 },
    { arbitrary: longer, weight: 1 },
    { arbitrary: shorter, weight: 1 },
  );
}

/**
 * Spellings of a real channel's ARN that break `^arn:.*$`: leading whitespace, `ARN:`, a trailing line feed,
 * or the ARN percent-encoded once more than the query needs (the server then sees `arn%3Aaws%3A...`).
 */
export function channelArnVariantBreakingPattern(arn: string): fc.Arbitrary<ChannelArnVariant> {
  return fc.oneof(
    fc.constantFrom(" ", "\t").map((space) => ({ value: `${space}${arn}`, variant: "leading whitespace" })),
    fc.constant({ value: arn.replace(/^arn:/, "ARN:"), variant: "ARN: upper-cased" }),
    fc.constant({ value: `${arn}\n`, variant: "trailing line feed" }),
    fc.constant({ value: encodeURIComponent(arn), variant: "percent-encoded twice" }),
  );
}
