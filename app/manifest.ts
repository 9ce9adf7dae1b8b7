import type { MetadataRoute } from "next";

// The web app manifest (/manifest.webmanifest): lets a leader pin Miaopu to a phone's home screen
// and open it like an app, on the dashboard. Icons: public/ (rendered by lib/cli/make-icons.ts).
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "苗圃 · 优秀年轻干部库",
    short_name: "苗圃",
    description: "区委组织部优秀年轻干部库管理系统",
    lang: "zh-CN",
    start_url: "/",
    scope: "/",
    display: "standalone",
    background_color: "#ffffff",
    theme_color: "#b91c1c",
    icons: [
      { src: "/icon-192.png", sizes: "192x192", type: "image/png" },
      { src: "/icon-512.png", sizes: "512x512", type: "image/png" },
      { src: "/icon.svg", sizes: "any", type: "image/svg+xml" },
    ],
  };
}
