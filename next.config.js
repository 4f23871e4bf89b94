/** @type {import('next').NextConfig} */
const nextConfig = {
  // Several builds may share one working tree (parallel e2e runs): each can name its own.
  distDir: process.env.TICKETFLOW_NEXT_DIST_DIR || ".next",
  // PGlite ships 15 MB of wasm; bundling it would copy it into public static media.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "pglite-prisma-adapter",
    "pino",
    "nodemailer",
    "smtp-server",
    "mailparser",
  ],
  poweredByHeader: false,
  typedRoutes: false,
  // The bench's build (bench/support/next-server.ts) skips Next's type check: `npm test` runs tsc
  // over the same sources, and the check was 31 s of the bench build's 80 s on 2 cores.
  typescript: { ignoreBuildErrors: process.env.TICKETFLOW_BUILD_TYPECHECK === "off" },
};
module.exports = nextConfig;
