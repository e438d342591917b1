/**
 * The attribute pane: one labelled control per attribute (attributes.ts chooses which), the
 * element's own attributes first, then those every element has. Each control's description is
 * its hint (`aria-describedby`); text fields suggest values in a `<datalist>`, the feed's own
 * ids among them.
 */
import { completions, type AttributeControl } from './attributes.js';
import { make } from './dom.js';

export type Values = Record<string, string | boolean>;

export interface ControlsView {
  /** Builds the controls of `tag` from the values the page holds now. */
  render(tag: string, controls: readonly AttributeControl[], common: readonly string[]): void;
  /** Ids from the last valid feed, by attribute (`components` → component ids). */
  suggest(ids: Readonly<Record<string, readonly string[]>>): void;
}

/** Attributes the feed's own ids complete (see feedSuggestions in attributes.ts). */
const FEED_IDS = ['components', 'regions', 'maintenance', 'incident'];

export function createControlsView(
  form: HTMLFormElement,
  host: { values(): Values; onChange(attribute: string): void },
): ControlsView {
  let fromFeed: Readonly<Record<string, readonly string[]>> = {};
  let shown: readonly AttributeControl[] = [];
  form.addEventListener('submit', (event) => event.preventDefault());

  const listId = (control: AttributeControl) => `pg-attr-${control.attribute}-list`;
  function fill(control: AttributeControl): void {
    const list = document.getElementById(listId(control));
    if (!(list instanceof HTMLDataListElement)) return;
    const typed = String(host.values()[control.attribute] ?? '');
    const options = completions(control.attribute, typed, [
      ...(fromFeed[control.attribute] ?? []),
      ...control.suggestions,
    ]);
    list.replaceChildren(...options.map((value) => make('option', { value })));
  }

  function controlFor(control: AttributeControl): HTMLElement {
    const values = host.values();
    const id = `pg-attr-${control.attribute}`;
    const hintId = `${id}-hint`;
    const row = make('div', { class: `pg-control pg-control-${control.kind}` });
    const label = make('label', { for: id });
    label.append(make('code', {}, control.attribute));
    const hint = make('p', { id: hintId, class: 'pg-hint' });
    // The manifest's descriptions mark code with backticks.
    control.description
      .split('`')
      .forEach((part, index) => part && hint.append(index % 2 ? make('code', {}, part) : part));
    const value = values[control.attribute];
    if (control.kind === 'checkbox') {
      const box = make('input', { id, type: 'checkbox', 'aria-describedby': hintId });
      box.checked = value === true;
      row.append(box, label, hint);
      box.addEventListener('change', () => {
        host.values()[control.attribute] = box.checked;
        host.onChange(control.attribute);
      });
      return row;
    }
    let input: HTMLInputElement | HTMLSelectElement;
    if (control.kind === 'select') {
      input = make('select', { id, 'aria-describedby': hintId });
      for (const option of control.options)
        input.append(
          make('option', { value: option }, option === control.defaultValue ? `${option} (default)` : option),
        );
      if (!control.options.includes(control.defaultValue))
        input.prepend(
          make('option', { value: '' }, control.defaultValue ? control.defaultValue : '(not set)'),
        );
      input.value = typeof value === 'string' ? value : control.defaultValue;
      if (input.selectedIndex < 0) input.selectedIndex = 0;
    } else {
      input = make('input', {
        id,
        type: control.kind === 'number' ? 'number' : 'text',
        'aria-describedby': hintId,
        placeholder: control.defaultValue,
        autocomplete: 'off',
        spellcheck: 'false',
      });
      if (control.suggestions.length || FEED_IDS.includes(control.attribute)) {
        input.setAttribute('list', listId(control));
        row.append(make('datalist', { id: listId(control) }));
      }
      input.value = typeof value === 'string' ? value : '';
    }
    row.prepend(label, input, hint);
    input.addEventListener(control.kind === 'select' ? 'change' : 'input', () => {
      host.values()[control.attribute] = input.value;
      fill(control);
      host.onChange(control.attribute);
    });
    return row;
  }

  return {
    render(tag, controls, common) {
      shown = controls;
      form.replaceChildren();
      if (!controls.length) {
        form.append(
          make('p', { class: 'pg-message' }, 'No attribute list: run npm run build:manifest, then reload.'),
        );
        return;
      }
      const own = controls.filter((control) => !common.includes(control.attribute));
      const shared = controls.filter((control) => common.includes(control.attribute));
      for (const [title, group] of [
        [`Attributes of <${tag}>`, own],
        ['Attributes of every element', shared],
      ] as const) {
        if (!group.length) continue;
        const fieldset = make('fieldset', { class: 'pg-group' });
        fieldset.append(make('legend', {}, title));
        for (const control of group) fieldset.append(controlFor(control));
        form.append(fieldset);
      }
      for (const control of controls) fill(control);
    },
    suggest(ids) {
      fromFeed = ids;
      for (const control of shown) fill(control);
    },
  };
}
