import { SERVICE } from "../../generated/constants.ts";

/**
 * The regional endpoint a client picks when it is given only a region: the spec's server URL
 * `https://cloudtrail-data.{region}.amazonaws.com`, with the service's endpoint prefix.
 */
export function awsEndpoint(region: string): string {
  return `https://${SERVICE.endpointPrefix}.${region}.amazonaws.com`;
}
