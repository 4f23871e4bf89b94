// Calls a route handler directly, as the bootstrap super admin unless told otherwise.
import { TEST_BOOTSTRAP_KEY } from "./test-database";

type Handler<P> = (request: Request, context: { params: Promise<P> }) => Promise<Response>;

export interface ApiCall<P> {
  path: string;
  params: P;
  method?: string;
  body?: unknown;
  key?: string | null;
}

export async function callApi<P>(handler: Handler<P>, call: ApiCall<P>) {
  const headers: Record<string, string> = {};
  const key = call.key === undefined ? TEST_BOOTSTRAP_KEY : call.key;
  if (key) headers.authorization = `Bearer ${key}`;
  if (call.body !== undefined) headers["content-type"] = "application/json";
  const request = new Request(`http://localhost${call.path}`, {
    method: call.method ?? "GET",
    headers,
    body: call.body === undefined ? undefined : JSON.stringify(call.body),
  });
  const response = await handler(request, { params: Promise.resolve(call.params) });
  return { status: response.status, headers: response.headers, body: await response.json() };
}
