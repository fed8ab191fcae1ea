import "server-only";
// Resources an agent can read and quote: every licence record with its plain
// answers and source, and the credits for the data the catalogue builds on.
import { type McpServer, ResourceTemplate } from "@modelcontextprotocol/sdk/server/mcp.js";
import { McpError } from "@modelcontextprotocol/sdk/types.js";
import { toApiError } from "@/lib/api/handler";
import { getLicence } from "@/lib/db/get-licence";
import { listLicences } from "@/lib/db/list-licences";
import { attributionText } from "@/lib/domain/attribution";
import { licenceListSchema } from "@/lib/schemas/model-response";
import { slugSchema } from "@/lib/schemas/models-query";
import { explainLicence } from "./tools/explain-licence";

export const RESOURCE_SCHEME = "open-or-closed";
const LICENCES_URI = `${RESOURCE_SCHEME}://licences`;
const ATTRIBUTION_URI = `${RESOURCE_SCHEME}://attribution`;

/** MCP's "resource not found" (-32002); the SDK's ErrorCode enum lacks it. */
const RESOURCE_NOT_FOUND = -32002;

const json = (uri: URL, data: unknown) => ({ contents: [{ uri: uri.href, mimeType: "application/json", text: JSON.stringify(data) }] });

/** A resource read whose failure leaves as an MCP error with the API's words, never a database message. */
async function read<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof McpError) throw error;
    const e = toApiError(error);
    throw new McpError(e.status === 404 ? RESOURCE_NOT_FOUND : -32603, e.message);
  }
}

export function registerResources(server: McpServer): void {
  server.registerResource(
    "licences",
    LICENCES_URI,
    { title: "Every licence", description: "Every licence with its structured terms, source URL and as-of date, as GET /api/licences returns them.", mimeType: "application/json" },
    (uri) => read(async () => json(uri, licenceListSchema.parse({ items: await listLicences() }))),
  );
  server.registerResource(
    "licence",
    new ResourceTemplate(`${LICENCES_URI}/{slug}`, {
      list: () =>
        read(async () => ({
          resources: (await listLicences()).map((l) => ({ uri: `${LICENCES_URI}/${l.slug}`, name: l.slug, title: l.name, mimeType: "application/json" })),
        })),
    }),
    { title: "One licence", description: "A licence's terms, its plain answers (as explain_licence gives them) and the source they were read from.", mimeType: "application/json" },
    (uri, { slug }) =>
      read(async () => {
        const parsed = slugSchema.safeParse(slug);
        const licence = parsed.success ? await getLicence(parsed.data) : null;
        if (!licence) throw new McpError(RESOURCE_NOT_FOUND, `No licence at ${uri.href}; ${LICENCES_URI} lists them.`);
        return json(uri, explainLicence(licence));
      }),
  );
  server.registerResource(
    "attribution",
    ATTRIBUTION_URI,
    { title: "Data sources and attribution", description: "Credits and citations for the data the catalogue builds on.", mimeType: "text/markdown" },
    (uri) => ({ contents: [{ uri: uri.href, mimeType: "text/markdown", text: attributionText() }] }),
  );
}
