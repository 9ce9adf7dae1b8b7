import type { Metadata } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "苗圃 · 优秀年轻干部库", template: "%s · 苗圃" },
  description: "区委组织部优秀年轻干部库管理系统",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="zh-CN">
      <body className="min-h-screen font-sans">{children}</body>
    </html>
  );
}
