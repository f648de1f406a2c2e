/** Work split into small steps. */
type Steps = Iterator<() => void>;

interface Job {
  steps: Steps;
  onError: (error: unknown) => void;
  done: () => void;
}

const jobs: Job[] = [];

function runSteps(deadline?: IdleDeadline): void {
  do {
    const job = jobs[0];
    try {
      const step = job.steps.next();
      if (!step.done) {
        step.value();
        continue;
      }
    } catch (error) {
      job.onError(error);
    }
    jobs.shift();
    job.done();
  } while (jobs.length && (deadline?.timeRemaining() ?? 0) > 1);
  if (jobs.length) schedule();
}

function schedule(): void {
  if (globalThis.requestIdleCallback) globalThis.requestIdleCallback(runSteps, { timeout: 1000 });
  else setTimeout(runSteps, 0);
}

/**
 * Runs the steps in the browser's idle time (on timers where there is no idle callback), as many per
 * idle period as fit, after the steps of earlier calls. A step that throws ends its job and goes to
 * `onError`. Resolves when the job has ended; never rejects.
 */
export function runInIdleTime(steps: Iterable<() => void>, onError: (error: unknown) => void): Promise<void> {
  return new Promise((done) => {
    jobs.push({ steps: steps[Symbol.iterator](), onError, done });
    if (jobs.length === 1) schedule();
  });
}
