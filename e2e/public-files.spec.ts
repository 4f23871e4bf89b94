// What the server gives anyone without a session: the API's OpenAPI document, the favicon and
// robots.txt (the back office asks not to be indexed). Pages still send such a visitor to sign in.
import { expect, test } from "@playwright/test";

test("GET /api/v1/openapi.json is the OpenAPI 3.1 document, without a session or key", async ({ request }) => {
  const response = await request.get("/api/v1/openapi.json", { maxRedirects: 0 });
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toMatch(/^application\/json/);
  const doc = await response.json();
  expect(doc.openapi).toBe("3.1.0");
  expect(Object.keys(doc.paths)).toEqual(
    expect.arrayContaining(["/api/v1/events", "/api/v1/tickets/{id}", "/api/v1/pipelines/{id}/automation"]),
  );
});

test("the favicon and robots.txt are served without a session", async ({ request }) => {
  const favicon = await request.get("/favicon.ico", { maxRedirects: 0 });
  expect(favicon.status()).toBe(200);
  expect(favicon.headers()["content-type"]).toMatch(/image\/(x-icon|vnd\.microsoft\.icon)/);
  expect([...(await favicon.body()).subarray(0, 4)]).toEqual([0, 0, 1, 0]); // an ICO header

  const robots = await request.get("/robots.txt", { maxRedirects: 0 });
  expect(robots.status()).toBe(200);
  expect(await robots.text()).toMatch(/^User-agent: \*\nDisallow: \/$/m);

  const icon = await request.get("/icon.svg", { maxRedirects: 0 });
  expect(icon.status()).toBe(200);
});

test("a page without a session still goes to sign-in", async ({ request }) => {
  const response = await request.get("/tickets", { maxRedirects: 0 });
  expect(response.status()).toBe(307);
  expect(response.headers().location).toMatch(/\/login/);
});
