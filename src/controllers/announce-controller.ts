/**
 * One polite status message per element, for its `role="status"` region: debounced (a burst of
 * changes, such as typing in a search box, gives one message once it pauses), emptied before
 * each message so that the same text twice in a row is announced twice, optionally cleared after
 * a while, and with its timers torn down when the element disconnects.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface AnnounceOptions {
  /** Milliseconds to wait before the message is set; a later call within them replaces it. */
  delay?: number;
  /** Milliseconds after which the message is cleared (default: it stays until the next one). */
  duration?: number;
}

export class AnnounceController implements ReactiveController {
  /** The text the status region holds now. */
  text = '';

  private timer?: ReturnType<typeof setTimeout>;
  private clearTimer?: ReturnType<typeof setTimeout>;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.clear();
  }

  /**
   * Empties the region now and sets `message` after `delay` (at the earliest in the next task,
   * so that assistive technology sees a change even when the text repeats). A function is
   * called then, so the message describes the state at that time.
   */
  announce(message: string | (() => string), { delay = 0, duration }: AnnounceOptions = {}): void {
    this.cancel();
    this.set('');
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.set(typeof message === 'function' ? message() : message);
      if (duration !== undefined) this.clearTimer = setTimeout(() => this.set(''), duration);
    }, delay);
  }

  /** Cancels a pending message and empties the region. */
  clear(): void {
    this.cancel();
    this.set('');
  }

  private cancel(): void {
    clearTimeout(this.timer);
    clearTimeout(this.clearTimer);
    this.timer = undefined;
    this.clearTimer = undefined;
  }

  private set(text: string): void {
    if (text === this.text) return;
    this.text = text;
    this.host.requestUpdate();
  }
}
