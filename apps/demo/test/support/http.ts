/** A JSON response: status, a header accessor and the parsed body. */
export interface JsonResponse<T = Record<string, unknown>> {
  readonly status: number;
  readonly headers: Headers;
  readonly body: T;
}

/** Fetches `url` and parses the JSON body. */
export async function getJson<T = Record<string, unknown>>(url: string): Promise<JsonResponse<T>> {
  const response = await fetch(url);
  return { status: response.status, headers: response.headers, body: (await response.json()) as T };
}

/**
 * POSTs `body` to `url`: an object is sent as JSON; a string is sent as is, with `contentType`.
 */
export async function postJson<T = Record<string, unknown>>(
  url: string,
  body: unknown,
  contentType = 'application/json',
): Promise<JsonResponse<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': contentType },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as T };
}

/**
 * GETs `url` every 20 ms until `accept` holds for the response or `timeoutMs` passed; for what reaches an
 * instance asynchronously (a cache invalidation over pub/sub).
 * @returns the first accepted response, or the last one at the timeout (the test's assertion then fails).
 */
export async function getJsonUntil<T = Record<string, unknown>>(
  url: string,
  accept: (response: JsonResponse<T>) => boolean,
  timeoutMs: number,
): Promise<JsonResponse<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const response = await getJson<T>(url);
    if (accept(response) || Date.now() >= deadline) return response;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
