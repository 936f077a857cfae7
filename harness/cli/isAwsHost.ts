/** An AWS service host (commercial, China or the api.aws dual-stack names): sending there costs money. */
export function isAwsHost(hostname: string): boolean {
  return /(^|\.)amazonaws\.com(\.cn)?$|(^|\.)api\.aws$/i.test(hostname);
}
