"use client";
// Says when the print view may be printed: once the fonts are loaded, data-print-ready="true",
// and each page that runs taller than its A4 box is marked data-overflows (the browser tests
// check none is). Nothing is measured to resize: the pages were laid out on the server.
import { useEffect, useRef, useState } from "react";

export function PrintReady({ children }: { children: React.ReactNode }) {
  const root = useRef<HTMLDivElement>(null);
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let cancelled = false;
    document.fonts.ready.then(() => {
      if (cancelled || !root.current) return;
      root.current.querySelectorAll<HTMLElement>(".af-page").forEach((p) => {
        if (p.scrollHeight > p.clientHeight + 1) p.dataset.overflows = "true";
      });
      setReady(true);
    });
    return () => {
      cancelled = true;
    };
  }, []);
  return (
    <div ref={root} data-print-ready={ready ? "true" : "false"}>
      {children}
    </div>
  );
}
