// A CSV download streamed from the API's export chunks: each chunk is sent on as it arrives, so a
// large list never sits in memory. The first chunk is fetched before answering, so a refusal is a
// clear error page, not a broken file.

/** One chunk of an export: its CSV text and the `after` of the next chunk (null when last). */
export interface CsvChunk {
  csv: string;
  next: string | null;
}

/**
 * @example return csvDownload(`orders-${day}.csv`, (after) => locals.api.adminOrders.exportChunk.query({ ...filter, after }));
 */
export async function csvDownload(fileName: string, chunk: (after?: string) => Promise<CsvChunk>): Promise<Response> {
  let next = await chunk();
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(next.csv));
      if (!next.next) controller.close();
    },
    async pull(controller) {
      if (!next.next) return;
      next = await chunk(next.next);
      controller.enqueue(encoder.encode(next.csv));
      if (!next.next) controller.close();
    },
  });
  return new Response(body, {
    headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="${fileName}"`, 'cache-control': 'no-store' },
  });
}
