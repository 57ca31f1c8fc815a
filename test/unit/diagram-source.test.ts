import { describe, expect, test } from 'vitest';
import { checkDiagrams } from '../../src/library/check-diagrams.ts';
import { diagramLabelProblems, diagramSource, mermaidLabel, placeholders } from '../../src/model/diagram-source.ts';
import type { MermaidBlock } from '../../src/model/types.ts';
import { deck, makeLibrary, slide } from '../support/make-library.ts';

const block = (source: MermaidBlock['source'], labels?: MermaidBlock['labels']): MermaidBlock => ({
  kind: 'mermaid',
  source,
  ...(labels ? { labels } : {}),
  caption: { en: 'c', zh: '说明' },
  alt: { en: 'a', zh: '图' },
});

describe('a diagram written once, labels per language', () => {
  test('each placeholder takes the label of the language drawn; the structure stays', () => {
    const diagram = block('mindmap\n  root(({{root}}))\n    {{leaf}}', { root: { en: 'Sora', zh: '模型' }, leaf: { en: 'Data', zh: '数据' } });
    expect(diagramSource(diagram, 'en')).toBe('mindmap\n  root((Sora))\n    Data');
    expect(diagramSource(diagram, 'zh')).toBe('mindmap\n  root((模型))\n    数据');
    expect(placeholders('A["{{ a }}"] --> B["{{b}}"] --> C["{{a}}"]')).toEqual(['a', 'b']);
  });

  test('a line break becomes <br>; quotes, # and the separators : and ; become Mermaid entity codes, inside quotes only the quote', () => {
    expect(mermaidLabel('one\ntwo')).toBe('one<br>two');
    expect(mermaidLabel('say "hi": C#; done')).toBe('say #quot;hi#quot;#58; C#35;#59; done');
    expect(mermaidLabel('say "hi": C#; done', true)).toBe('say #quot;hi#quot;: C#; done');
    const diagram = block('flowchart LR\n  A["{{l}}"] -- "{{l}}" --> B\ntimeline\n  2012 : {{l}}', { l: { en: 'level 1: "not yet"', zh: '一' } });
    expect(diagramSource(diagram, 'en')).toBe('flowchart LR\n  A["level 1: #quot;not yet#quot;"] -- "level 1: #quot;not yet#quot;" --> B\ntimeline\n  2012 : level 1#58; #quot;not yet#quot;');
  });

  test('without labels a source is taken as written (a hexagon is not a placeholder)', () => {
    expect(diagramSource(block('flowchart LR\n  A{{Decide}}'), 'en')).toBe('flowchart LR\n  A{{Decide}}');
    expect(diagramLabelProblems(block('flowchart LR\n  A{{Decide}}'), 'blocks[0]')).toEqual([]);
  });

  test('the old form, one full source per language, still draws', () => {
    expect(diagramSource(block({ en: 'flowchart LR\n A-->B', zh: 'flowchart LR\n 甲-->乙' }), 'zh')).toBe('flowchart LR\n 甲-->乙');
  });

  test('an unknown placeholder and an unused label are named', () => {
    const problems = diagramLabelProblems(block('flowchart LR\n  A["{{strat}}"]', { start: { en: 'Start', zh: '开始' } }), 'blocks[2]');
    expect(problems.map((p) => p.reason)).toEqual([
      'diagram at blocks[2] uses placeholder {{strat}}, but labels has no "strat"',
      'label "start" at blocks[2].labels.start is not used: the source has no {{start}}',
    ]);
  });

  test('a hostile label stays inside its quotes (or its timeline event), and Mermaid parses every language', async () => {
    const hostile = { en: 'x"] --> Z["pwned', zh: '2012 : extra event; click A call alert(1)' };
    const library = makeLibrary(
      [
        {
          id: 's',
          title: { en: 'S', zh: '节' },
          slides: [
            slide('flow', { blocks: [block('flowchart LR\n  A["{{l}}"] --> B', { l: hostile })] }),
            slide('time', { blocks: [block('timeline\n  2012 : {{l}}', { l: hostile })] }),
          ],
        },
      ],
      [deck('d', ['s'])],
    );
    expect(await checkDiagrams(library, { cacheFile: false })).toEqual([]);
    expect(diagramSource(block('flowchart LR\n  A["{{l}}"] --> B', { l: hostile }), 'en')).toBe('flowchart LR\n  A["x#quot;] --> Z[#quot;pwned"] --> B');
  });
});
