import "server-only";
// Streams an export of every matching model without holding them all in memory.
import { exportCsvRow, exportHeader } from "@/lib/domain/model-export";
import { streamModels } from "@/lib/db/stream-models";
import type { ModelsQuery } from "@/lib/schemas/models-query";

export function exportResponse(query: ModelsQuery & { format: "csv" | "ndjson" }): Response {
  const encoder = new TextEncoder();
  const batches = streamModels(query);
  const csv = query.format === "csv";
  let headerSent = false;
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (csv && !headerSent) {
        headerSent = true;
        controller.enqueue(encoder.encode(exportHeader()));
        return;
      }
      const next = await batches.next();
      if (next.done) {
        controller.close();
        return;
      }
      const text = next.value.map((m) => (csv ? exportCsvRow(m) : `${JSON.stringify(m)}\n`)).join("");
      controller.enqueue(encoder.encode(text));
    },
    async cancel() {
      await batches.return(undefined);
    },
  });
  const stamp = new Date().toISOString().slice(0, 10);
  return new Response(stream, {
    headers: {
      "Content-Type": csv ? "text/csv; charset=utf-8" : "application/x-ndjson; charset=utf-8",
      "Content-Disposition": `attachment; filename="models-${stamp}.${csv ? "csv" : "ndjson"}"`,
    },
  });
}
