import ts from 'typescript';
import { indent, slideEntry, type SlideTemplate } from './templates.ts';

/**
 * Adds a new slide entry at the end of the `slides: [...]` array of the section `sectionId` in a
 * module's source, keeping the module's own indentation. Returns undefined when that array cannot
 * be found (for example, when the slides come from a variable).
 */
export function insertSlide(source: string, sectionId: string, slideId: string, template: SlideTemplate = {}): string | undefined {
  const file = ts.createSourceFile('section.ts', source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const array = findSlidesArray(file, sectionId);
  if (!array) return undefined;
  const closing = array.getEnd() - 1; // the position of "]"
  const last = array.elements.at(-1);
  if (!last) {
    const base = lineIndent(source, array.getStart());
    const entry = indent(slideEntry(slideId, template), base + '  ');
    return `${source.slice(0, closing)}\n${entry},\n${base}${source.slice(closing)}`;
  }
  const itemIndent = lineIndent(source, last.getStart());
  const entry = indent(slideEntry(slideId, template), itemIndent).trimStart();
  const between = source.slice(last.getEnd(), closing);
  const comma = between.indexOf(',');
  if (comma >= 0) {
    const at = last.getEnd() + comma + 1;
    return `${source.slice(0, at)}\n${itemIndent}${entry},${source.slice(at)}`;
  }
  const at = last.getEnd();
  return `${source.slice(0, at)},\n${itemIndent}${entry}${source.slice(at)}`;
}

function findSlidesArray(file: ts.SourceFile, sectionId: string): ts.ArrayLiteralExpression | undefined {
  let found: ts.ArrayLiteralExpression | undefined;
  const visit = (node: ts.Node): void => {
    if (found) return;
    if (ts.isObjectLiteralExpression(node) && propertyText(node, 'id') === sectionId) {
      const slides = property(node, 'slides');
      if (slides && ts.isArrayLiteralExpression(slides)) {
        found = slides;
        return;
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

function property(object: ts.ObjectLiteralExpression, name: string): ts.Expression | undefined {
  for (const prop of object.properties) {
    if (ts.isPropertyAssignment(prop) && (ts.isIdentifier(prop.name) || ts.isStringLiteral(prop.name)) && prop.name.text === name) return prop.initializer;
  }
  return undefined;
}

function propertyText(object: ts.ObjectLiteralExpression, name: string): string | undefined {
  const value = property(object, name);
  return value && ts.isStringLiteralLike(value) ? value.text : undefined;
}

function lineIndent(source: string, position: number): string {
  const start = source.lastIndexOf('\n', position - 1) + 1;
  return /^[ \t]*/.exec(source.slice(start))?.[0] ?? '';
}
