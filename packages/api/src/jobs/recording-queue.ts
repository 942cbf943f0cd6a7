import type { JobName, JobPayloads, JobQueue } from "./job-queue";

/** A job as queued, for tests and tools that run jobs themselves. */
export type QueuedJob = { [N in JobName]: { name: N; payload: JobPayloads[N] } }[JobName];

/**
 * A queue that only remembers what was sent, in order (it cannot tell whether the sender's
 * transaction committed). For API tests; the server runs the real queue (pg-boss).
 */
export function recordingJobQueue(): JobQueue & { sent: QueuedJob[] } {
  const sent: QueuedJob[] = [];
  return {
    sent,
    async send(name, payload) {
      // TypeScript cannot correlate `name` with `payload` here; `send`'s signature already did.
      sent.push({ name, payload } as QueuedJob);
    },
  };
}
