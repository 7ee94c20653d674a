// The corpus load's progress in a notification with a Cancel button, for loads slow enough to need one.
import * as vscode from 'vscode';
import type { LoadProgress } from '../worker/engineClient';

/** A load that takes longer than this shows a cancellable notification with its progress. */
const PROGRESS_DELAY_MS = 1000;

/**
 * The load's progress in a notification with a Cancel button, shown only when the load takes longer
 * than PROGRESS_DELAY_MS (a small corpus loads without any pop-up).
 */
export class LoadProgressUi {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private finish: (() => void) | undefined;
  private latest: LoadProgress | undefined;
  private sink: vscode.Progress<{ message?: string; increment?: number }> | undefined;
  private shown = 0;

  constructor(controller: AbortController) {
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: 'Attest: loading the corpus', cancellable: true },
        (progress, token) => {
          token.onCancellationRequested(() => controller.abort());
          this.sink = progress;
          if (this.latest) this.report(this.latest);
          return new Promise<void>((resolve) => (this.finish = resolve));
        },
      );
    }, PROGRESS_DELAY_MS);
  }

  report(p: LoadProgress): void {
    this.latest = p;
    if (!this.sink) return;
    // Reading and parsing are most of a cold load; indexing and receiving the rest.
    const share: Record<LoadProgress['phase'], [number, number]> = { reading: [0, 40], parsing: [40, 30], indexing: [70, 20], sending: [90, 0], receiving: [90, 10] };
    const [from, width] = share[p.phase];
    const percent = from + (p.total > 0 ? (width * p.done) / p.total : 0);
    const message = p.total > 0 && (p.phase === 'reading' || p.phase === 'parsing') ? `${p.phase} ${p.done} of ${p.total} files` : p.phase;
    this.sink.report({ message, increment: Math.max(0, percent - this.shown) });
    this.shown = Math.max(this.shown, percent);
  }

  end(): void {
    if (this.timer) clearTimeout(this.timer);
    this.finish?.();
  }
}
