import {
  type PoolOptions,
  type PoolWorker,
  ThreadsPoolWorker,
  type WorkerRequest,
} from 'vitest/node';

/**
 * Mutation testing only (vitest.mutation.config.ts). Stryker's Vitest runner starts a Vitest run
 * per mutant, and Vitest ends each run by stopping its worker thread: the next mutant pays for a
 * new thread, Vitest's runtime and its environment (100–150 ms, about half of a mutant that its
 * first test kills). This pool keeps the thread of each project between runs: the runs are
 * sequential (one Vitest worker per Stryker worker), the runtime is set up once, and each run is
 * sent the project's current config (Stryker changes the test name pattern every run).
 * tests/mutation/activate-setup.ts clears the modules that tests loaded at the start of each
 * mutant's run, so every run imports the source afresh with its mutant on.
 */
export const POOL_NAME = 'mutation-threads';

/** A thread is replaced after this many runs, so that what tests leave behind cannot pile up. */
const RUNS_PER_THREAD = 400;

type Listener = (...args: unknown[]) => void;
type Thread = { worker: ThreadsPoolWorker; runs: number; handle: { ref(): void; unref(): void } };

/** Idle threads by project: at most one each, since runs never overlap. */
const idle = new Map<string, Thread>();

class ReusedThreadWorker implements PoolWorker {
  readonly name = POOL_NAME;
  private thread?: Thread;
  private reused = false;
  private stopAsked = false;
  private listeners: [string, Listener][] = [];

  constructor(private readonly options: PoolOptions) {}

  private get key(): string {
    return this.options.project.name;
  }

  private get current(): Thread {
    if (!this.thread) throw new Error('The mutation pool thread is not started.');
    return this.thread;
  }

  async start(): Promise<void> {
    const parked = idle.get(this.key);
    idle.delete(this.key);
    if (parked) {
      parked.handle.ref();
      this.thread = parked;
      this.reused = true;
      return;
    }
    const worker = new ThreadsPoolWorker(this.options);
    await worker.start();
    // The Node Worker behind ThreadsPoolWorker (its `thread` getter).
    const handle = (worker as unknown as { thread: Thread['handle'] }).thread;
    this.thread = { worker, runs: 0, handle };
  }

  on(event: string, callback: Listener): void {
    this.listeners.push([event, callback]);
    this.current.worker.on(event, callback);
  }

  off(event: string, callback: Listener): void {
    this.listeners = this.listeners.filter(([e, c]) => e !== event || c !== callback);
    this.current.worker.off(event, callback);
  }

  /** Answers as the worker would, to this runner's listeners only. */
  private answer(type: 'started' | 'stopped'): void {
    const message = { type, __vitest_worker_response__: true };
    setImmediate(() => {
      for (const [event, callback] of this.listeners) if (event === 'message') callback(message);
    });
  }

  send(message: WorkerRequest): void {
    if (message.type === 'start' && this.reused) {
      this.answer('started');
      return;
    }
    if (message.type === 'stop') {
      this.stopAsked = true;
      this.answer('stopped');
      return;
    }
    if (message.type === 'run' || message.type === 'collect') {
      this.current.runs += 1;
      // The thread was started with the config of its first run; this run's (test name
      // pattern, provided values) replaces it, as a new thread's start would.
      const context = message.context as unknown as Record<string, unknown>;
      context.config = this.options.project.serializedConfig;
    }
    this.current.worker.send(message);
  }

  deserialize(data: unknown): unknown {
    return data;
  }

  async stop(): Promise<void> {
    const thread = this.current;
    for (const [event, callback] of this.listeners) thread.worker.off(event, callback);
    this.listeners = [];
    this.thread = undefined;
    // A forced stop (a failed start, a cancelled run) ends the thread, as does its age.
    if (this.stopAsked && thread.runs < RUNS_PER_THREAD && !idle.has(this.key)) {
      thread.handle.unref();
      idle.set(this.key, thread);
      return;
    }
    await thread.worker.stop();
  }
}

export const reusedThreadPool = {
  name: POOL_NAME,
  createPoolWorker: (options: PoolOptions): PoolWorker => new ReusedThreadWorker(options),
};
