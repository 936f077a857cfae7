import fc from "fast-check";

export interface NonChannelArnConstraints {
  account: string;
  region: string;
}

type Shape = (account: string, region: string, name: string) => string;

/** ARNs that are not `arn:{partition}:cloudtrail:{region}:{account}:channel/{id}`, grouped by what is wrong. */
const SHAPES: readonly Shape[] = [
  // another service, including cloudtrail-data (the endpoint's prefix, not the ARN's service)
  (_account, _region, name) => `arn:aws:s3:::${name}`,
  (account, _region, name) => `arn:aws:iam::${account}:user/${name}`,
  (account, region, name) => `arn:aws:cloudtrail-data:${region}:${account}:channel/${name}`,
  // another CloudTrail resource
  (account, region, name) => `arn:aws:cloudtrail:${region}:${account}:trail/${name}`,
  (account, region, name) => `arn:aws:cloudtrail:${region}:${account}:eventdatastore/${name}`,
  // missing parts
  (account, region) => `arn:aws:cloudtrail:${region}:${account}`,
  (account, region) => `arn:aws:cloudtrail:${region}:${account}:channel`,
  (_account, region, name) => `arn:aws:cloudtrail:${region}:channel/${name}`,
  (account, _region, name) => `arn:aws:cloudtrail:${account}:channel/${name}`,
  () => "arn:aws:cloudtrail",
  () => "arn:",
];

/** Values matching CHANNEL_ARN.pattern `^arn:.*$` that are not channel ARNs. */
export function nonChannelArn(constraints: NonChannelArnConstraints): fc.Arbitrary<string> {
  return fc
    .tuple(fc.constantFrom(...SHAPES), fc.uuid())
    .map(([shape, name]) => shape(constraints.account, constraints.region, name));
}
