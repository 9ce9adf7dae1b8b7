"use client";
// What a save did, said once after it (issue 24 item 3): "刘浩博已入库（科级）". A form calls
// useNotice().show(text) on success and may navigate at once: the provider sits in the app shell,
// which stays mounted across client navigations, so the message survives the move to the list.
import { createContext, useCallback, useContext, useEffect, useState } from "react";

const NoticeContext = createContext<{ show: (text: string) => void }>({ show: () => {} });

/** How long a notice stays (it can be closed earlier). */
const SHOWN_MS = 8000;

export function NoticeProvider({ children }: { children: React.ReactNode }) {
  const [notice, setNotice] = useState<{ text: string; at: number } | null>(null);
  const show = useCallback((text: string) => setNotice({ text, at: Date.now() }), []);
  useEffect(() => {
    if (!notice) return;
    const t = setTimeout(() => setNotice(null), SHOWN_MS);
    return () => clearTimeout(t);
  }, [notice]);
  return (
    <NoticeContext.Provider value={{ show }}>
      {notice ? (
        <div
          role="status"
          data-testid="notice"
          className="no-print mb-4 flex items-start justify-between gap-3 rounded-md border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-900"
        >
          <span>
            <span aria-hidden className="mr-1">
              ✓
            </span>
            {notice.text}
          </span>
          <button type="button" className="text-emerald-700" aria-label="关闭提示" onClick={() => setNotice(null)}>
            ×
          </button>
        </div>
      ) : null}
      {children}
    </NoticeContext.Provider>
  );
}

export function useNotice(): { show: (text: string) => void } {
  return useContext(NoticeContext);
}
