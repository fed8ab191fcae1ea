// Calls a route handler as Next would, with a real Request.
type Handler<C> = (request: Request, context: C) => Promise<Response>;

export async function callRoute<C = { params: Promise<Record<string, string>> }>(
  handler: Handler<C>,
  path: string,
  init: RequestInit & { params?: Record<string, string> } = {},
) {
  const { params = {}, ...rest } = init;
  const response = await handler(new Request(`http://localhost${path}`, rest), { params: Promise.resolve(params) } as C);
  const text = await response.text();
  const body: unknown = response.headers.get("content-type")?.startsWith("application/json") ? JSON.parse(text) : text;
  return { status: response.status, headers: response.headers, body, text };
}
