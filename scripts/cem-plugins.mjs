// Plugins for @custom-elements-manifest/analyzer (custom-elements-manifest.config.mjs), so that
// dist/custom-elements.json describes what the package ships and nothing else:
//   - definitions: `defineElement('tag', Class)` (src/elements/shared/define.ts) is registration,
//     like `customElements.define`, so each define module gets a tag → class
//     `custom-element-definition` export.
//   - module references: a define module's `export { Class }` points to the class's own module
//     (the analyzer takes a re-exported import for a local declaration), and `Event` as a
//     superclass is the global one, not a class of events.ts.
//   - documented events: the class's `@fires {Type} name - description` tags are the events; the
//     ones the analyzer guesses from `this.dispatchEvent(new X(…))` (named after the first
//     argument: `detail`, or nameless) are dropped, and the build fails when code dispatches an
//     event type no `@fires` tag documents, or a `@fires` tag has no `{Type}`.
//   - public API only: no private or protected members (nor `#…` or `_…` ones), no static
//     members of elements (`styles`, Lit's own), no class without a tag counted as an element
//     (the abstract `StatusElement`: its public attributes and properties still reach each
//     element through the analyzer's inheritance).
//   - state properties: Lit's `static properties` entries with `state: true` are internal
//     reactive state, never attributes (the analyzer reads only `attribute: false` there), and
//     public members carry no `privacy: 'public'` (the default, which the analyzer writes for
//     `static properties` entries only).
//   - dist paths: every module path and module reference is the built file
//     (`src/x/y.ts` → `dist/x/y.js`), as npm consumers import it.
// These run after the analyzer's own plugins (user plugins come last in every phase).

const classesOf = (moduleDoc) =>
  (moduleDoc.declarations ?? []).filter((d) => d.kind === 'class' || d.kind === 'mixin');

/** The module an import specifier names, as a path like the analyzer's own (`src/a/b.ts`). */
function resolveLocal(fromPath, specifier) {
  const resolved = new URL(specifier, `file:///${fromPath}`).pathname.replace(/^\/+/, '');
  return resolved.replace(/\.js$/, '.ts');
}

/** Where `name` is declared, seen from the module being analyzed (its imports are on `context`). */
function declarationModule(moduleDoc, context, name) {
  const found = context.imports?.find((i) => i.name === name && !i.isBareModuleSpecifier);
  return found ? resolveLocal(moduleDoc.path, found.importPath) : moduleDoc.path;
}

/** `defineElement('tag', Class)` calls become `custom-element-definition` exports. */
export function defineElementCallsPlugin({ functions = ['defineElement'] } = {}) {
  return {
    name: 'status-widgets: define-element calls',
    analyzePhase({ ts, node, moduleDoc, context }) {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression)) return;
      if (!functions.includes(node.expression.text)) return;
      const [tag, element] = node.arguments;
      if (!tag || !ts.isStringLiteralLike(tag) || !element || !ts.isIdentifier(element)) return;
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        {
          kind: 'custom-element-definition',
          name: tag.text,
          declaration: { name: element.text, module: declarationModule(moduleDoc, context, element.text) },
        },
      ];
    },
  };
}

/**
 * References the analyzer resolves to the module it reads when the name is not declared there:
 * `import { A } from './a.js'; export { A };` points to ./a, and a superclass that is neither
 * declared nor imported (`Event`) is a global (`package: 'global:'`, as the schema has it).
 */
export function moduleReferencesPlugin() {
  return {
    name: 'status-widgets: module references',
    moduleLinkPhase({ moduleDoc, context }) {
      const local = (name) => (moduleDoc.declarations ?? []).some((d) => d.name === name);
      for (const entry of moduleDoc.exports ?? []) {
        const declaration = entry.declaration;
        if (entry.kind !== 'js' || !declaration || declaration.module !== moduleDoc.path) continue;
        if (!local(declaration.name))
          declaration.module = declarationModule(moduleDoc, context, declaration.name);
      }
      for (const klass of classesOf(moduleDoc)) {
        const superclass = klass.superclass;
        if (!superclass || superclass.module !== moduleDoc.path || local(superclass.name)) continue;
        if (declarationModule(moduleDoc, context, superclass.name) !== moduleDoc.path) continue;
        klass.superclass = { name: superclass.name, package: 'global:' };
      }
    },
  };
}

/** Events are exactly the `@fires {Type} name - description` tags of each class. */
export function documentedEventsPlugin() {
  const documented = new Map(); // "module#Class" → [{ name, type }]
  return {
    name: 'status-widgets: documented events',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const fires = ts
        .getJSDocTags(node)
        .filter((tag) => tag.tagName.text === 'fires' || tag.tagName.text === 'event')
        .map((tag) => {
          const text = typeof tag.comment === 'string' ? tag.comment : ts.getTextOfJSDocComment(tag.comment);
          const match = /^\s*(?:\{([^}]+)\}\s*)?([\w:.-]+)/.exec(text ?? '');
          return { name: match?.[2], type: match?.[1]?.trim() };
        });
      documented.set(`${moduleDoc.path}#${node.name.text}`, fires);
    },
    moduleLinkPhase({ moduleDoc }) {
      for (const klass of classesOf(moduleDoc)) {
        const fires = documented.get(`${moduleDoc.path}#${klass.name}`) ?? [];
        const where = `${moduleDoc.path}: ${klass.name}`;
        for (const { name, type } of fires) {
          if (!name) throw new Error(`${where} has a @fires tag without an event name`);
          if (!type)
            throw new Error(`${where}: write the event's type, as in @fires {StatusLoadEvent} ${name}`);
        }
        const events = klass.events ?? [];
        // What the analyzer found in `this.dispatchEvent(new X(…))` calls must be documented.
        for (const event of events) {
          if (fires.some((f) => f.name === event.name)) continue;
          if (fires.some((f) => f.type === event.type?.text)) continue;
          throw new Error(
            `${where} dispatches ${event.type?.text ?? 'an event'}${event.name ? ` ("${event.name}")` : ''} ` +
              `that no @fires tag documents: add @fires {Type} name - description to the class`,
          );
        }
        klass.events = fires.map(({ name, type }) => {
          const found = events.find((e) => e.name === name) ?? {};
          return { ...found, name, type: { text: type } };
        });
        if (!klass.events.length) delete klass.events;
      }
    },
  };
}

const isInternal = (item) =>
  item.privacy === 'private' ||
  item.privacy === 'protected' ||
  /^[#_]/.test(item.name ?? '') ||
  /^[#_]/.test(item.fieldName ?? '');

/** Only the public API: no private, protected or `#`/`_` members, no element statics. */
export function publicApiPlugin() {
  return {
    name: 'status-widgets: public API only',
    packageLinkPhase({ customElementsManifest }) {
      for (const moduleDoc of customElementsManifest.modules) {
        for (const klass of classesOf(moduleDoc)) {
          // A class is an element when it is registered under a tag; an abstract base is not.
          if (klass.customElement && !klass.tagName) delete klass.customElement;
          const element = !!klass.customElement;
          // Internal state declared in `static properties` (`{ state: true }`) is read as an
          // attribute of its field: the field is private, so is the "attribute".
          const internal = new Set((klass.members ?? []).filter(isInternal).map((m) => m.name));
          if (klass.attributes) {
            klass.attributes = klass.attributes.filter((a) => !internal.has(a.fieldName));
          }
          if (klass.members) {
            klass.members = klass.members.filter((m) => !isInternal(m) && !(element && m.static));
            if (!klass.members.length) delete klass.members;
          }
          if (klass.attributes) {
            klass.attributes = klass.attributes.filter((a) => !isInternal(a));
            if (!klass.attributes.length) delete klass.attributes;
          }
        }
      }
    },
  };
}

/** The names in a class's `static properties = { name: { state: true }, … }`. */
function stateProperties(ts, classNode) {
  const names = [];
  for (const member of classNode.members) {
    const isStatic = member.modifiers?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword);
    if (!isStatic || !ts.isPropertyDeclaration(member) || member.name.getText() !== 'properties') continue;
    if (!member.initializer || !ts.isObjectLiteralExpression(member.initializer)) continue;
    for (const entry of member.initializer.properties) {
      if (!ts.isPropertyAssignment(entry) || !ts.isObjectLiteralExpression(entry.initializer)) continue;
      const state = entry.initializer.properties.some(
        (option) =>
          ts.isPropertyAssignment(option) &&
          option.name.getText() === 'state' &&
          option.initializer.kind === ts.SyntaxKind.TrueKeyword,
      );
      if (state) names.push(entry.name.getText());
    }
  }
  return names;
}

/**
 * Lit state (`state: true` in `static properties`) has no attribute, as with `@state()`; and a
 * public member is written without `privacy` (the default), as the analyzer does for decorated
 * fields and other members.
 */
export function litStatePropertiesPlugin() {
  const states = new Map(); // "module#Class" → names of its state properties
  return {
    name: 'status-widgets: lit state properties',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      states.set(`${moduleDoc.path}#${node.name.text}`, stateProperties(ts, node));
    },
    moduleLinkPhase({ moduleDoc }) {
      for (const klass of classesOf(moduleDoc)) {
        const names = states.get(`${moduleDoc.path}#${klass.name}`) ?? [];
        if (klass.attributes) {
          klass.attributes = klass.attributes.filter((a) => !names.includes(a.fieldName));
          if (!klass.attributes.length) delete klass.attributes;
        }
        for (const member of klass.members ?? []) {
          if (names.includes(member.name)) delete member.attribute;
          if (member.privacy === 'public') delete member.privacy;
        }
      }
    },
  };
}

/** `src/a/b.ts` (and the analyzer's `/src/a/b.js` references) → `dist/a/b.js`. */
export function distPathsPlugin({ from = 'src/', to = 'dist/' } = {}) {
  const rewrite = (path, base) => {
    let p = path;
    if (/^\.\.?\//.test(p) && base) p = resolveLocal(base, p);
    p = p.replace(/^\/+/, '');
    if (!p.startsWith(from)) return path;
    return `${to}${p.slice(from.length)}`.replace(/\.(ts|js)$/, '.js');
  };
  const walk = (value, base) => {
    if (Array.isArray(value)) value.forEach((v) => walk(v, base));
    else if (value && typeof value === 'object') {
      for (const [key, v] of Object.entries(value)) {
        if (key === 'module' && typeof v === 'string') value.module = rewrite(v, base);
        else walk(v, base);
      }
    }
  };
  return {
    name: 'status-widgets: dist paths',
    packageLinkPhase({ customElementsManifest }) {
      for (const moduleDoc of customElementsManifest.modules) {
        walk(moduleDoc, moduleDoc.path);
        moduleDoc.path = rewrite(moduleDoc.path);
      }
    },
  };
}

export const statusWidgetsPlugins = () => [
  defineElementCallsPlugin(),
  moduleReferencesPlugin(),
  documentedEventsPlugin(),
  litStatePropertiesPlugin(),
  publicApiPlugin(),
  distPathsPlugin(),
];
