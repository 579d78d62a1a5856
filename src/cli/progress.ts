// A one-line progress bar on a terminal's standard error; silent anywhere else.

export interface ProgressBar {
  update(done: number): void;
  /** Clears the bar so a message can be printed on a clean line; the next update redraws it. */
  clear(): void;
}

const WIDTH = 30;

export function progressBar(total: number, stream: NodeJS.WriteStream = process.stderr): ProgressBar {
  let shown = false;
  let last = 0;
  return {
    update(done) {
      const now = Date.now();
      if (done < total && now - last < 100) return; // redrawing more often only costs time
      last = now;
      const filled = Math.round((done / total) * WIDTH);
      stream.write(`\r[${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${done}/${total} stories`);
      shown = true;
    },
    clear() {
      if (shown) stream.write('\r\x1b[2K');
      shown = false;
      last = 0;
    },
  };
}
