// Meilisearch by plain HTTP for the benchmarks that measure Meilisearch's own work, with none of
// the adapter between: uncompressed answers (as the adapter asks for them) and tasks polled every
// 10 ms.
import type { meiliSettings } from '@tandem/search/meilisearch';

/** Meilisearch's index settings, as the adapter's type for them. */
export type Settings = ReturnType<typeof meiliSettings>;

export class MeilisearchHttp {
  private readonly headers: Record<string, string>;

  constructor(
    private readonly url: string,
    apiKey: string | undefined,
  ) {
    this.headers = { 'Content-Type': 'application/json', Authorization: `Bearer ${apiKey ?? ''}`, 'Accept-Encoding': 'identity' };
  }

  /** Sends a request and returns its task's uid. */
  private async enqueue(method: string, path: string, body?: string | Uint8Array<ArrayBuffer>, headers: Record<string, string> = {}): Promise<number> {
    const response = await fetch(`${this.url}${path}`, { method, headers: { ...this.headers, ...headers }, ...(body === undefined ? {} : { body }) });
    const reply = (await response.json()) as { taskUid?: number; message?: string };
    if (reply.taskUid === undefined) throw new Error(`${method} ${path}: ${response.status} ${reply.message ?? ''}`);
    return reply.taskUid;
  }

  /** Waits until the task has succeeded; throws with Meilisearch's reason when it did not. */
  async waitForTask(uid: number): Promise<void> {
    for (;;) {
      const task = (await (await fetch(`${this.url}/tasks/${uid}`, { headers: this.headers })).json()) as { status: string; error?: unknown };
      if (task.status === 'succeeded') return;
      if (task.status !== 'enqueued' && task.status !== 'processing') throw new Error(`task ${uid} ${task.status}: ${JSON.stringify(task.error)}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  /** Creates the index (primary key "id") with these settings, waiting for both tasks. */
  async createIndex(uid: string, settings: Settings): Promise<void> {
    await this.waitForTask(await this.enqueue('POST', '/indexes', JSON.stringify({ uid, primaryKey: 'id' })));
    await this.waitForTask(await this.enqueue('PATCH', `/indexes/${uid}/settings`, JSON.stringify(settings)));
  }

  /** Replaces the listed settings of the index, waiting until it is reindexed with them. */
  async updateSettings(uid: string, settings: Settings): Promise<void> {
    await this.waitForTask(await this.enqueue('PATCH', `/indexes/${uid}/settings`, JSON.stringify(settings)));
  }

  async deleteIndex(uid: string): Promise<void> {
    await this.waitForTask(await this.enqueue('DELETE', `/indexes/${uid}`));
  }

  /**
   * Posts each body as a document write, at most `inFlight` not yet indexed, and waits for all.
   * Bodies are JSON arrays unless `headers` say otherwise (`Content-Type: application/x-ndjson`,
   * `Content-Encoding: gzip`).
   */
  async addAll(uid: string, bodies: readonly (string | Uint8Array<ArrayBuffer>)[], inFlight: number, headers: Record<string, string> = {}): Promise<void> {
    const pending: number[] = [];
    for (const body of bodies) {
      if (pending.length >= inFlight) await this.waitForTask(pending.shift()!);
      pending.push(await this.enqueue('POST', `/indexes/${uid}/documents?primaryKey=id`, body, headers));
    }
    for (const task of pending) await this.waitForTask(task);
  }
}
