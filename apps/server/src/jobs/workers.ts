import type { Tracer } from "@opentelemetry/api";
import type { JobName, JobPayloads } from "@petshop/api";
import type PgBoss from "pg-boss";
import type { Logger } from "pino";
import { inJobSpan } from "../tracing/job-spans";
import { isJobName, JOB_HANDLERS, type JobDeps, SCHEDULED_JOBS } from "./registry";

// One worker per queue in the registry (registry.ts), each logging what its jobs did.

/**
 * `boss.work`, except that a worker that found jobs fetches again at once rather than after the
 * polling interval: pg-boss 10 takes one batch per interval even from a full queue, which made
 * order confirmations go out at one per two seconds per process (a burst of 60 orders waited a
 * minute for its mail). A worker sleeps only when its queue is empty. Batches stay one job, so a
 * job that fails is retried alone.
 */
async function workUntilEmpty<T>(
  boss: PgBoss,
  name: string,
  options: PgBoss.WorkOptions,
  handler: (jobs: PgBoss.Job<T>[]) => Promise<void>,
): Promise<void> {
  const worker = { id: "" };
  worker.id = await boss.work<T>(name, options, async (jobs) => {
    await handler(jobs);
    if (worker.id) boss.notifyWorker(worker.id);
  });
}

/** Starts a worker on every queue of the registry. */
export async function startWorkers(
  boss: PgBoss,
  deps: JobDeps & { logger: Logger },
  options: { pollingIntervalSeconds?: number; tracer?: Tracer | null } = {},
): Promise<void> {
  const tracer = options.tracer ?? null;
  const polling = { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 };
  const sent = async <N extends JobName>(name: N) =>
    workUntilEmpty<JobPayloads[N]>(boss, name, polling, async (jobs) => {
      for (const job of jobs)
        deps.logger.info(await inJobSpan(tracer, name, () => JOB_HANDLERS[name](deps, job.data)), name);
    });
  for (const name of Object.keys(JOB_HANDLERS).filter(isJobName)) await sent(name);
  for (const [name, job] of Object.entries(SCHEDULED_JOBS)) {
    await boss.work(name, polling, async () => {
      const outcome = await inJobSpan<Record<string, number>>(tracer, name, () => job.run(deps));
      // Quiet when there was nothing to do: these run every minute.
      if (Object.values(outcome).some((count) => count !== 0)) deps.logger.info(outcome, name);
    });
  }
}
