import { Component, CUSTOM_ELEMENTS_SCHEMA } from '@angular/core';
import type { StatusChangeEvent } from 'status-widgets';

interface Seen {
  element: string;
  type: string;
  title: string | undefined;
}

declare global {
  interface Window {
    consumerEvents: Seen[];
  }
}

// What the handler saw, for run.mjs to read.
const seen: Seen[] = (window.consumerEvents = []);

@Component({
  selector: 'consumer-app',
  // The elements are not Angular components: the schema lets the template bind their
  // properties ([feed]) and events ((status-change)) without Angular knowing them.
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `<status-banner [feed]="doc" (status-change)="onChange($event)"></status-banner>`,
})
export class AppComponent {
  readonly doc = {
    version: 1,
    page: { name: 'Acme' },
    incidents: [
      {
        id: 'i1',
        title: 'Login is slow (angular)',
        impact: 'major',
        status: 'investigating',
        startedAt: '2026-12-01T10:00:00Z',
        updates: [
          {
            at: '2026-12-01T10:00:00Z',
            status: 'investigating',
            body: 'We are looking into slow logins (angular).',
          },
        ],
      },
    ],
  };

  onChange(event: Event): void {
    const { detail } = event as StatusChangeEvent;
    seen.push({ element: 'status-banner', type: event.type, title: detail.item?.title });
  }
}
