"use client";
// Opens the browser's print dialog for a print view.
import { Button } from "@/components/ui/button";

export function PrintNowButton({ label = "打印" }: { label?: string }) {
  return <Button onClick={() => window.print()}>{label}</Button>;
}
