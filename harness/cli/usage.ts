export const MAIN_USAGE = `pae-conformance: conformance suite for AWS CloudTrail Data PutAuditEvents

Usage: pae-conformance <command> [flags]

Commands:
  run        run the catalogue against a target (default: the embedded reference emulator)
  emulator   start the reference emulator alone, for clients and separate runs
  diff       compare two report.json files; exit 1 when something regressed
  matrix     the compatibility matrix of several report.json files
  merge      merge the report.json files of sharded runs into one report
  mutants    the mutation score: run the suite against every emulator fault
  client     check a client: record its requests and answer scripted scenarios
  export     write the catalogue as language-neutral data (cases and generated requests)

Run 'pae-conformance <command> --help' for its flags; 'pae-conformance --version' (-v) prints the version.
Exit codes: 0 conformant, 1 a case failed (or a regression), 2 usage or setup problem, 3 internal error
(a bug), 130 interrupted.
`;

export const RUN_USAGE = `Usage: pae-conformance run [flags]

Target (default: the embedded reference emulator, started in-process):
  --endpoint URL                 the PutAuditEvents endpoint to test, e.g. http://127.0.0.1:4599
  --region REGION                signing region (default AWS_REGION, AWS_DEFAULT_REGION or us-east-1)
  --channel-arn ARN              a channel owned by the caller, without external id
  --external-id-channel-arn ARN  a channel whose policy requires an external id ...
  --external-id ID               ... and that external id (never written to reports)
  --foreign-channel-arn ARN      a channel owned by another account
  --ca-cert FILE                  trust this CA (PEM) for an HTTPS endpoint (or set NODE_EXTRA_CA_CERTS)
  Credentials come from the standard AWS chain (AWS_ACCESS_KEY_ID/..., AWS_PROFILE);
  a loopback endpoint without credentials is signed with dummy ones.

Selection and generation:
  --only NAME[,NAME]   categories or case ids to run (repeatable)      --case ID   one case (repeatable)
  --skip NAME[,NAME]   categories or case ids to leave out
  --seed N             fast-check seed (default 20261125)               --runs N    runs per case (default 50)
  --path P             replay one counterexample (with one --case and the seed of the failing run;
                       written to reports/replay unless --out is given)
  --shard i/n          run part i of n; merge the parts with 'pae-conformance merge'
  --fault NAME         embedded emulator only: turn on one of its faults (repeatable)
  --reading NAME=VALUE embedded emulator only: another allowed answer of an open fact (repeatable)

Execution and output:
  --timeout MS         per-request timeout (default 10000)              --concurrency N  cases at once (default 4)
  --threads N          embedded emulator only: threads sharing the cases, each with its own emulator
                       (1 or 2; default 2 on two cores or more)
  --out DIR            where reports go (default reports/latest)        --quiet          no progress lines
  --allow-ingest       on an amazonaws.com endpoint, also run the cases that ingest events (they cost money)
  --config FILE        a JSON file with any of these flags as keys, e.g. {"endpoint": "...", "channel-arn": "..."}
`;
