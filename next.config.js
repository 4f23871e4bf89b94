/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite ships 15 MB of wasm; bundling it would copy it into public static media.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "pino", "nodemailer"],
  poweredByHeader: false,
  typedRoutes: false,
};
module.exports = nextConfig;
