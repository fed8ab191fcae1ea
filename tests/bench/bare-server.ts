// The machine's limit: a bare node:http server answering the same saved
// JSON bodies as the framework floor (`/?i=N` → the N-th). Run in its own
// process, like `next start`. Usage: tsx tests/bench/bare-server.ts <port> <json-file>
import { readFileSync } from "node:fs";
import { createServer } from "node:http";

const [port, file] = process.argv.slice(2);
if (!port || !file) throw new Error("usage: bare-server.ts <port> <json-file>");
const bodies = (JSON.parse(readFileSync(file, "utf8")) as unknown[]).map((body) => Buffer.from(JSON.stringify(body)));
createServer((request, response) => {
  const body = bodies[Number(new URL(request.url ?? "/", "http://localhost").searchParams.get("i") ?? 0)];
  if (!body) return response.writeHead(404).end();
  response.writeHead(200, { "content-type": "application/json", "content-length": body.length });
  response.end(body);
}).listen(Number(port), "127.0.0.1", () => console.log(`bare server ready on ${port}`));
