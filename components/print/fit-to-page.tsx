"use client";
// Fits each 任免审批表 on one A4 page before printing: when a sheet is taller than the page
// box (A4 less the 12 mm margins), the 简历 font shrinks step by step — the text is never
// cut — then, for very long files, the whole form's font. When every sheet fits, the root
// says data-print-ready="true" (the PDF renderer waits for it).
import { useEffect, useRef, useState } from "react";

const MM = 96 / 25.4;
const PAGE_HEIGHT_PX = (297 - 24) * MM;

function fit(sheet: HTMLElement) {
  const set = (name: string, pt: number) => sheet.style.setProperty(name, `${pt}pt`);
  let resume = 9;
  let form = 10;
  set("--resume-font", resume);
  set("--form-font", form);
  while (sheet.scrollHeight > PAGE_HEIGHT_PX && resume > 6.5) set("--resume-font", (resume -= 0.25));
  while (sheet.scrollHeight > PAGE_HEIGHT_PX && form > 8) set("--form-font", (form -= 0.25));
  while (sheet.scrollHeight > PAGE_HEIGHT_PX && resume > 4.5) set("--resume-font", (resume -= 0.25));
  sheet.dataset.resumeFont = String(resume);
  sheet.dataset.fits = String(sheet.scrollHeight <= PAGE_HEIGHT_PX);
}

export function FitToPage({ children }: { children: React.ReactNode }) {
  const root = useRef<HTMLDivElement>(null);
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let cancelled = false;
    // Measure with the real fonts: CJK fonts load late and change every line's width.
    document.fonts.ready.then(() => {
      if (cancelled || !root.current) return;
      root.current.querySelectorAll<HTMLElement>(".print-sheet").forEach(fit);
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
