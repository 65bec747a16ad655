/** @type {import('next').NextConfig} */
const nextConfig = {
  // The fixture lives in a temporary folder; pin the root so Next does not look above it.
  turbopack: { root: import.meta.dirname },
};

export default nextConfig;
