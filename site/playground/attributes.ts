/**
 * The playground's attribute controls, generated from custom-elements.json: for each attribute
 * of an element, one control chosen by its declared type — `boolean` → checkbox, a union of
 * string literals → select, `number` → number input, anything else → text (with suggestions
 * for locales and time zones). Pure: the page renders the model, the node tests read it.
 */

export type ControlKind = 'checkbox' | 'select' | 'number' | 'text';

export interface AttributeControl {
  readonly attribute: string;
  readonly property: string | undefined;
  readonly kind: ControlKind;
  readonly description: string;
  /** The default as the manifest writes it, without quotes (`48`, `light`, `false`); '' when none. */
  readonly defaultValue: string;
  /** A select's choices (the literals of the union). */
  readonly options: readonly string[];
  /** Suggestions for a text field (a `<datalist>`). */
  readonly suggestions: readonly string[];
}

/** The parts of a Custom Elements Manifest this module reads. */
export interface Manifest {
  readonly modules: readonly {
    readonly declarations?: readonly {
      readonly tagName?: string;
      readonly name?: string;
      readonly description?: string;
      readonly attributes?: readonly {
        readonly name: string;
        readonly fieldName?: string;
        readonly description?: string;
        readonly default?: string;
        readonly type?: { readonly text?: string };
      }[];
    }[];
  }[];
}

export interface ControlOptions {
  /** Type names the manifest uses for unions declared elsewhere (`FeedFormat`) → their literals. */
  readonly aliases?: Readonly<Record<string, readonly string[]>>;
  /** Suggestions for text attributes, by attribute name (`locale`, `time-zone`). */
  readonly suggestions?: Readonly<Record<string, readonly string[]>>;
  /** Attributes the playground sets itself (`src`: the preview gets its feed as a property). */
  readonly skip?: readonly string[];
}

/** The custom elements the manifest declares, in its order. */
export function elementTags(manifest: Manifest): string[] {
  const tags: string[] = [];
  for (const module of manifest.modules)
    for (const declaration of module.declarations ?? [])
      if (declaration.tagName && !tags.includes(declaration.tagName)) tags.push(declaration.tagName);
  return tags;
}

/** The literals of a union of string literals (`'a' | 'b' | undefined` → a, b), else undefined. */
export function stringLiterals(type: string): string[] | undefined {
  const members = type
    .split('|')
    .map((member) => member.trim())
    .filter((member) => member && member !== 'undefined');
  if (!members.length) return undefined;
  const literals: string[] = [];
  for (const member of members) {
    const match = /^(['"])(.*)\1$/.exec(member);
    if (!match) return undefined;
    literals.push(match[2]!);
  }
  return literals;
}

function unquote(value: string | undefined): string {
  if (value === undefined || value === 'undefined') return '';
  const match = /^(['"])(.*)\1$/.exec(value.trim());
  return match ? match[2]! : value.trim();
}

/** Chooses the control for one declared type. */
export function controlKind(
  type: string,
  aliases: Readonly<Record<string, readonly string[]>> = {},
): { kind: ControlKind; options: readonly string[] } {
  const members = type
    .split('|')
    .map((member) => member.trim())
    .filter((member) => member && member !== 'undefined');
  if (members.length === 1 && members[0] === 'boolean') return { kind: 'checkbox', options: [] };
  if (members.length === 1 && members[0] === 'number') return { kind: 'number', options: [] };
  const expanded = members.flatMap((member) =>
    aliases[member] ? aliases[member].map((literal) => `'${literal}'`) : [member],
  );
  const literals = stringLiterals(expanded.join(' | '));
  if (literals) return { kind: 'select', options: literals };
  return { kind: 'text', options: [] };
}

/** The controls for `tag`'s attributes, in the manifest's order. */
export function attributeControls(
  manifest: Manifest,
  tag: string,
  options: ControlOptions = {},
): AttributeControl[] {
  for (const module of manifest.modules)
    for (const declaration of module.declarations ?? []) {
      if (declaration.tagName !== tag) continue;
      return (declaration.attributes ?? [])
        .filter((attribute) => !options.skip?.includes(attribute.name))
        .map((attribute) => {
          const { kind, options: choices } = controlKind(attribute.type?.text ?? 'string', options.aliases);
          return {
            attribute: attribute.name,
            property: attribute.fieldName,
            kind,
            description: attribute.description ?? '',
            defaultValue: unquote(attribute.default),
            options: choices,
            suggestions: kind === 'text' ? (options.suggestions?.[attribute.name] ?? []) : [],
          };
        });
    }
  return [];
}

/**
 * The attributes to put on the element from what the controls hold: a checked box is a bare
 * attribute, an empty field or a select left at its default is no attribute at all.
 */
export function attributesFromValues(
  controls: readonly AttributeControl[],
  values: Readonly<Record<string, string | boolean>>,
): [name: string, value: string][] {
  const out: [string, string][] = [];
  for (const control of controls) {
    const value = values[control.attribute];
    if (value === undefined || value === false || value === '') continue;
    if (control.kind === 'checkbox') {
      if (value === true || value === 'true' || value === control.attribute)
        out.push([control.attribute, '']);
      continue;
    }
    const text = String(value).trim();
    if (!text) continue;
    if (control.kind === 'select' && text === control.defaultValue) continue;
    out.push([control.attribute, text]);
  }
  return out;
}

/** The attributes every element of the manifest has (`src`, `locale`, `theme`, …). */
export function commonAttributes(manifest: Manifest): string[] {
  const lists = elementTags(manifest).map((tag) => attributeControls(manifest, tag).map((c) => c.attribute));
  if (!lists.length) return [];
  return lists[0]!.filter((name) => lists.every((list) => list.includes(name)));
}

/**
 * Suggestions the feed itself gives: its component and region ids (for `components`,
 * `regions`), its maintenance ids (`maintenance`) and incident ids (`incident`).
 */
export function feedSuggestions(doc: unknown): Record<string, string[]> {
  const ids = (key: string): string[] => {
    const list = doc && typeof doc === 'object' ? (doc as Record<string, unknown>)[key] : undefined;
    if (!Array.isArray(list)) return [];
    const out: string[] = [];
    for (const item of list) {
      const id = item && typeof item === 'object' ? (item as Record<string, unknown>).id : undefined;
      if (typeof id === 'string' && !out.includes(id)) out.push(id);
    }
    return out;
  };
  return {
    components: ids('components'),
    regions: ids('regions'),
    maintenance: ids('maintenances'),
    incident: ids('incidents'),
  };
}

/** Attributes that take a comma list: suggestions complete the last item. */
const COMMA_LISTS = ['components', 'regions'];

/**
 * The `<datalist>` values for `attribute` while `typed` is in its field: the candidates as they
 * are, or for a comma list (`components`, `regions`) what is typed up to the last comma followed
 * by each candidate not yet listed.
 */
export function completions(attribute: string, typed: string, candidates: readonly string[]): string[] {
  const unique = [...new Set(candidates)];
  if (!COMMA_LISTS.includes(attribute)) return unique;
  const prefix = /^(.*,\s*)/.exec(typed)?.[1] ?? '';
  const taken = prefix.split(',').map((item) => item.trim().toLowerCase());
  return unique.filter((candidate) => !taken.includes(candidate.toLowerCase())).map((id) => `${prefix}${id}`);
}
