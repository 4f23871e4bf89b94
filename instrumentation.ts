// Next calls register() once when a server starts (never during `next build`), before serving.
export async function register(): Promise<void> {
  // The Node.js server only: the edge runtime has no database. Imported here, not at the top,
  // so the edge bundle never includes the database drivers (nor process.exit).
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startServerServices } = await import("@/lib/server-start");
  await startServerServices();
  // The public API's routes the production server answers outside Next (app/api/v1/direct-routes.ts).
  (await import("@/app/api/v1/direct-routes")).registerApiRoutes();
}
