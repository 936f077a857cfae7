import { parse } from "yaml";

/** One `run:` step of a GitHub Actions job, its `${{ ... }}` expressions already replaced. */
export interface RunStep {
  job: string;
  name: string;
  command: string;
}

interface Step {
  name?: string;
  run?: string;
}

interface Job {
  strategy?: { matrix?: Record<string, unknown[]> };
  steps?: Step[];
}

export interface Workflow {
  env: Record<string, string>;
  jobs: Record<string, Job>;
}

/** Parses a workflow file into its environment and jobs. */
export function parseWorkflow(text: string): Workflow {
  const data = parse(text) as { env?: Record<string, string>; jobs?: Record<string, Job> };
  return { env: data.env ?? {}, jobs: data.jobs ?? {} };
}

/** The values of a job's one-dimensional matrix, or [undefined] for a job without one. */
export function matrixValues(job: Job, key: string): unknown[] {
  return job.strategy?.matrix?.[key] ?? [undefined];
}

/**
 * The `run:` steps of `job` for one matrix value, with the expressions GitHub would fill in replaced;
 * an expression it does not know is an error, so a new one cannot slip through unreplaced.
 */
export function runSteps(workflow: Workflow, jobName: string, values: Record<string, string>): RunStep[] {
  const job = workflow.jobs[jobName];
  if (job === undefined) throw new Error(`the workflow has no job ${jobName}`);
  return (job.steps ?? []).flatMap((step) => {
    if (step.run === undefined) return [];
    const command = step.run.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_, expression: string) => {
      const value = values[expression];
      if (value === undefined) throw new Error(`${jobName}: no value for \${{ ${expression} }} in "${step.run}"`);
      return value;
    });
    return [{ job: jobName, name: step.name ?? step.run, command }];
  });
}
