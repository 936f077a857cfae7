/**
 * The URL of a bundle of the current sources of `root` (this repository by default), built first if missing
 * or stale; undefined when esbuild is not installed.
 */
export function freshBundle(root?: string): Promise<string | undefined>;
