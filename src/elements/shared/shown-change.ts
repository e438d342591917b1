/**
 * The one way every element reports what it shows: before each render the controller asks the
 * element's comparison (a pure function from `select/changes.ts`) what changed since the last,
 * keeps the sentence to announce for the render to place in a polite live region, and after
 * the render fires one `status-change` per change through the element's `emit`.
 *
 * `render()` only reads `announcement`; nothing here runs on a server (Lit's server renderer
 * calls neither `hostUpdate` nor `hostUpdated`), so a server-rendered element announces and
 * reports nothing, as a first render never does.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ShownDiff } from '../../select/changes.js';
import { StatusChangeEvent } from './events.js';

export class ShownChangeController<Memory, Said> implements ReactiveController {
  /** The sentence in the polite live region (`''` when empty). */
  announcement = '';
  /** How many sentences were announced: a new one each time, even when the words repeat. */
  announcements = 0;
  private memory: Memory | undefined;
  private pending: StatusChangeEvent[] = [];

  /**
   * @param emit How the host fires an event (its one path for all its events).
   * @param compare What changed since `memory` (the last comparison's), or `undefined` to
   *   compare nothing this time (no feed yet).
   * @param say The sentence that announces what the comparison names.
   */
  constructor(
    host: ReactiveControllerHost,
    private readonly emit: (event: Event) => void,
    private readonly compare: (memory: Memory | undefined) => ShownDiff<Memory, Said> | undefined,
    private readonly say: (said: Said) => string = String,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    const diff = this.compare(this.memory);
    if (!diff) return;
    this.memory = diff.memory;
    for (const change of diff.changes) this.pending.push(new StatusChangeEvent(change));
    if (diff.announce === null) {
      this.announcement = '';
    } else if (diff.announce !== undefined) {
      this.announcement = this.say(diff.announce);
      this.announcements++;
    }
  }

  hostUpdated(): void {
    for (const event of this.pending.splice(0)) this.emit(event);
  }
}
