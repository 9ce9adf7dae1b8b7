// COPY … FROM STDIN through the `pg` client, without pg-copy-streams: a query object that pg's
// Client drives like any other (pg calls submit, then the handle* methods as the server's
// messages arrive). On CopyInResponse it writes the text chunks the generator yields, waiting
// for the socket to drain between them so a 500,000-row table is never held as one string.
import { once } from "node:events";
import type pg from "pg";

interface Connection {
  query(text: string): void;
  sendCopyFromChunk(chunk: Buffer): void;
  endCopyFrom(): void;
  sendCopyFail(message: string): void;
  stream: NodeJS.WritableStream & { writableNeedDrain?: boolean };
}

class CopyIn {
  rowCount = 0;
  private failure: Error | null = null;
  readonly done: Promise<number>;
  private settle!: { resolve: (n: number) => void; reject: (e: Error) => void };

  constructor(
    private readonly text: string,
    private readonly chunks: Iterable<string>,
  ) {
    this.done = new Promise((resolve, reject) => (this.settle = { resolve, reject }));
  }

  submit(connection: Connection): void {
    connection.query(this.text);
  }

  handleCopyInResponse(connection: Connection): void {
    void this.write(connection);
  }

  private async write(connection: Connection): Promise<void> {
    try {
      for (const chunk of this.chunks) {
        connection.sendCopyFromChunk(Buffer.from(chunk, "utf8"));
        if (connection.stream.writableNeedDrain) await once(connection.stream, "drain");
      }
      connection.endCopyFrom();
    } catch (e) {
      // the server answers CopyFail with an error, which ends the query through handleError
      connection.sendCopyFail(e instanceof Error ? e.message : String(e));
    }
  }

  handleCommandComplete(msg: { text?: string }): void {
    this.rowCount = Number(/(\d+)$/.exec(msg.text ?? "")?.[1] ?? 0);
  }

  handleError(err: Error): void {
    this.failure = err;
  }

  handleReadyForQuery(): void {
    if (this.failure) this.settle.reject(this.failure);
    else this.settle.resolve(this.rowCount);
  }

  // messages a COPY FROM never receives; pg calls them only on other statements
  handleRowDescription(): void {}
  handleDataRow(): void {}
  handleEmptyQuery(): void {}
  handlePortalSuspended(): void {}
  handleCopyData(): void {}
}

/** Runs `COPY … FROM STDIN` (text format) with the yielded chunks as data; resolves to the row count. */
export async function copyFrom(client: pg.Client, sql: string, chunks: Iterable<string>): Promise<number> {
  const copy = new CopyIn(sql, chunks);
  // pg accepts any object with submit() as a query and returns it
  void client.query(copy as unknown as pg.QueryConfig);
  return copy.done;
}
