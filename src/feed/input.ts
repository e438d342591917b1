/**
 * What an element's `feed` property takes: a native feed document, a document in one of the
 * vendor formats the adapters read, or either as JSON text; or an array of them, whose merge the
 * element shows (several feeds in one element, as `src` with several URLs). Typed so an editor
 * can help with a feed object; the value is still validated when it is read (any JSON value is
 * checked and a bad one reported, never thrown).
 */
import type { FeedDocument } from './schema.js';
import type { StatuspageDocument } from './adapters/statuspage.js';
import type { IncidentioDocument } from './adapters/incidentio.js';
import type { InstatusDocument } from './adapters/instatus.js';
import type { BetterStackDocument } from './adapters/betterstack.js';

export type { StatuspageDocument, IncidentioDocument, InstatusDocument, BetterStackDocument };

export type FeedInput = OneFeed | readonly OneFeed[];

type OneFeed =
  FeedDocument | StatuspageDocument | IncidentioDocument | InstatusDocument | BetterStackDocument | string;
