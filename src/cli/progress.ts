// A one-line progress bar on a terminal's standard error; silent anywhere else. It counts bytes of
// input, the one measure known before a web archive of unknown length is read.

export interface ProgressBar {
  update(readBytes: number, stories: number): void;
  /** Clears the bar so a message can be printed on a clean line; the next update redraws it. */
  clear(): void;
}

const WIDTH = 30;

export function progressBar(totalBytes: number, stream: NodeJS.WriteStream = process.stderr): ProgressBar {
  let shown = false;
  let last = 0;
  return {
    update(readBytes, stories) {
      const now = Date.now();
      if (readBytes < totalBytes && now - last < 100) return; // redrawing more often only costs time
      last = now;
      const share = Math.min(1, readBytes / totalBytes);
      const filled = Math.round(share * WIDTH);
      stream.write(`\r[${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${Math.floor(share * 100)}% of ${megabytes(totalBytes)}, ${stories} records`);
      shown = true;
    },
    clear() {
      if (shown) stream.write('\r\x1b[2K');
      shown = false;
      last = 0;
    },
  };
}

function megabytes(bytes: number): string {
  return bytes >= 1024 ** 3 ? `${(bytes / 1024 ** 3).toFixed(1)} GB` : `${Math.max(1, Math.round(bytes / 1024 ** 2))} MB`;
}
