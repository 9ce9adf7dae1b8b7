"use client";
// The 任免审批表 photo: choose a JPEG or PNG, frame it in the form's 2.5×3.5 box (zoom and
// position), and the canvas draws the crop at 300×420 and saves it as a JPEG. The server
// checks the bytes' signature and size again; the file itself never leaves the browser.
import { useEffect, useRef, useState } from "react";
import { saveCadrePhotoAction } from "@/app/(app)/cadres/file-actions";
import { ConflictBanner } from "@/components/forms/conflict-banner";
import { Button } from "@/components/ui/button";
import { ClientForm } from "@/components/ui/client-form";
import { FormAlert } from "@/components/ui/form-alert";
import {
  PHOTO_HEIGHT,
  PHOTO_MAX_BYTES,
  PHOTO_NOT_IMAGE,
  PHOTO_UPLOAD_MAX_BYTES,
  PHOTO_UPLOAD_TOO_LARGE,
  PHOTO_WIDTH,
  photoSchema,
} from "@/lib/validation/cadre-photo";
import { useCadreSetSave } from "./use-cadre-set-save";

interface Frame {
  zoom: number;
  /** 0–100: where the box sits in the room the zoom leaves, across and down */
  x: number;
  y: number;
}

/** Draws `img` into the canvas: the largest 5:7 box, shrunk by `zoom`, placed by x/y. */
function draw(canvas: HTMLCanvasElement, img: ImageBitmap, f: Frame) {
  const ratio = PHOTO_WIDTH / PHOTO_HEIGHT;
  const fullW = Math.min(img.width, img.height * ratio);
  const w = fullW / f.zoom;
  const h = w / ratio;
  const sx = ((img.width - w) * f.x) / 100;
  const sy = ((img.height - h) * f.y) / 100;
  const ctx = canvas.getContext("2d");
  if (!ctx) return;
  ctx.fillStyle = "#fff";
  ctx.fillRect(0, 0, PHOTO_WIDTH, PHOTO_HEIGHT);
  ctx.drawImage(img, sx, sy, w, h, 0, 0, PHOTO_WIDTH, PHOTO_HEIGHT);
}

/** The canvas as base64 JPEG bytes, lowering the quality until it fits the stored limit. */
async function jpegBase64(canvas: HTMLCanvasElement): Promise<string> {
  for (const q of [0.92, 0.8, 0.6, 0.4]) {
    const blob = await new Promise<Blob | null>((r) => canvas.toBlob(r, "image/jpeg", q));
    if (!blob) break;
    if (blob.size <= PHOTO_MAX_BYTES || q === 0.4) {
      const bytes = new Uint8Array(await blob.arrayBuffer());
      let s = "";
      for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      return btoa(s);
    }
  }
  return "";
}

export function PhotoEditor({
  cadreId,
  version,
  current,
}: {
  cadreId: string;
  version: number;
  current: string | null;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [img, setImg] = useState<ImageBitmap | null>(null);
  const [frame, setFrame] = useState<Frame>({ zoom: 1, x: 50, y: 30 });
  const [fileError, setFileError] = useState<string | null>(null);
  const s = useCadreSetSave(saveCadrePhotoAction, photoSchema, cadreId, version);

  useEffect(() => {
    if (img && canvas.current) draw(canvas.current, img, frame);
  }, [img, frame]);

  async function choose(file: File | undefined) {
    setFileError(null);
    setImg(null);
    if (!file) return;
    if (file.size > PHOTO_UPLOAD_MAX_BYTES) return setFileError(PHOTO_UPLOAD_TOO_LARGE);
    if (file.type !== "image/jpeg" && file.type !== "image/png") return setFileError(PHOTO_NOT_IMAGE);
    try {
      setImg(await createImageBitmap(file));
      setFrame({ zoom: 1, x: 50, y: 30 });
    } catch {
      setFileError("无法读取该图片，请换一张JPEG或PNG照片");
    }
  }

  async function save(atVersion?: number) {
    if (!img || !canvas.current) return setFileError("请选择照片");
    const photo = await jpegBase64(canvas.current);
    const ok = await s.save({ photo }, atVersion);
    if (ok) setImg(null);
  }

  const slider = (key: keyof Frame, label: string, min: number, max: number, step: number) => (
    <label className="block text-xs text-slate-600">
      {label}
      <input
        type="range"
        min={min}
        max={max}
        step={step}
        value={frame[key]}
        onChange={(e) => setFrame({ ...frame, [key]: Number(e.target.value) })}
        className="block w-40"
      />
    </label>
  );

  return (
    <section className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm" aria-labelledby="photo-title">
      <h2 id="photo-title" className="mb-3 text-sm font-semibold">
        照片
      </h2>
      <ClientForm
        noValidate
        aria-label="照片"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <div className="flex flex-wrap items-start gap-6">
          <figure className="text-center text-xs text-slate-500">
            {current ? (
              // eslint-disable-next-line @next/next/no-img-element -- a data: URL of the stored bytes
              <img src={current} alt="现有照片" className="h-[140px] w-[100px] border object-cover" />
            ) : (
              <div className="flex h-[140px] w-[100px] items-center justify-center border">暂无照片</div>
            )}
            <figcaption className="mt-1">现有照片</figcaption>
          </figure>
          <div className="space-y-2">
            <label htmlFor="photo-file" className="block text-sm font-medium text-slate-700">
              选择照片（JPEG或PNG，不超过5MB）
            </label>
            <input
              id="photo-file"
              type="file"
              accept="image/jpeg,image/png"
              aria-describedby={fileError || s.errors.photo ? "photo-error" : undefined}
              onChange={(e) => void choose(e.target.files?.[0])}
              className="text-sm"
            />
            {fileError || s.errors.photo ? (
              <p id="photo-error" role="alert" className="text-xs text-red-600">
                {fileError ?? s.errors.photo}
              </p>
            ) : null}
            {img ? (
              <div className="flex gap-4">
                <canvas
                  ref={canvas}
                  width={PHOTO_WIDTH}
                  height={PHOTO_HEIGHT}
                  aria-label="裁剪预览（2.5×3.5）"
                  className="h-[140px] w-[100px] border"
                />
                <div className="space-y-2">
                  {slider("zoom", "放大", 1, 3, 0.05)}
                  {slider("x", "左右", 0, 100, 1)}
                  {slider("y", "上下", 0, 100, 1)}
                </div>
              </div>
            ) : null}
          </div>
        </div>
        {s.conflict ? (
          <ConflictBanner
            conflict={s.conflict}
            onOverwrite={() => void save(s.conflict?.currentVersion)}
            onReload={() => window.location.reload()}
          />
        ) : null}
        <FormAlert result={s.result} />
        <div className="mt-3 flex items-center gap-3">
          <Button type="submit" disabled={s.pending || !img}>
            {s.pending ? "正在保存…" : "保存照片"}
          </Button>
          {s.saved ? (
            <span role="status" className="text-sm text-green-700">
              照片已保存
            </span>
          ) : null}
        </div>
      </ClientForm>
    </section>
  );
}
