import { expect, test } from 'vitest';
import { deckDiagramSources, mermaidLabels } from '../support/mermaid-labels.ts';

test('label extraction reads flowcharts, front matter and timelines', () => {
  expect(mermaidLabels('---\nconfig:\n  x: 1\n---\nflowchart LR\n  A["Two words<br/>line two"] -->|"edge #quot;x#quot;"| B')).toEqual(['Two words', 'line two', 'edge "x"']);
  expect(mermaidLabels('%%{init: {"a": "b"}}%%\ntimeline\n  2012 : Deep learning : AlexNet')).toEqual(['2012', 'Deep learning', 'AlexNet']);
});

test("a deck's diagrams are found in its HTML per language, each with its slide", () => {
  const html =
    '<section id="a"><div class="talk-mermaid talk-en" data-talk-mermaid="flowchart LR\n A[&quot;One&quot;]"></div><div class="talk-mermaid talk-zh" data-talk-mermaid="flowchart LR\n A[&quot;一&quot;]"></div></section>' +
    '<section id="b"><p>none</p></section><section id="c"><div class="talk-mermaid talk-en" data-talk-mermaid="timeline\n 2024 : Sora"></div></section>';
  expect(deckDiagramSources(html, 'en')).toEqual([
    { slide: 'a', source: 'flowchart LR\n A["One"]' },
    { slide: 'c', source: 'timeline\n 2024 : Sora' },
  ]);
  expect(deckDiagramSources(html, 'zh').map(({ slide, source }) => [slide, mermaidLabels(source)])).toEqual([['a', ['一']]]);
});
