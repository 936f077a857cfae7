/** What every case of a client report shares: where the emulator was, how to replay, what to redact. */
export interface ClientReportContext {
  endpoint: string;
  /** The command that replays the run, without `--scenario`/`--seed`. */
  replay: string;
  secrets: readonly string[];
  /** Exchanges kept per case. */
  maxRecorded: number;
}
