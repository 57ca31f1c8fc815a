import { describe, expect, test } from 'vitest';
import { foldPunctuationWidth, fullWidthPunctuation } from './punctuation.ts';

describe('fullWidthPunctuation', () => {
  test('turns the ASCII marks of Chinese text full-width', () => {
    expect(fullWidthPunctuation('最终,模型可能会在90%的情况下表现良好;对吗?对!')).toBe('最终，模型可能会在90%的情况下表现良好；对吗？对！');
    expect(fullWidthPunctuation('相信AGI(通用人工智能)马上就要实现了:是的')).toBe('相信AGI（通用人工智能）马上就要实现了：是的');
  });

  test('leaves a comma or colon inside a number alone', () => {
    expect(fullWidthPunctuation('1,474,560 个 patch,比分 4:1')).toBe('1,474,560 个 patch，比分 4:1');
  });

  test('leaves full-width marks and other characters as they are', () => {
    const text = '《求道之人，不问寒暑》——“一小撮”。';
    expect(fullWidthPunctuation(text)).toBe(text);
  });
});

describe('foldPunctuationWidth', () => {
  test('folds full-width marks to ASCII, so the two widths compare equal', () => {
    expect(foldPunctuationWidth('最终，模型：（可能）；对吗？对！')).toBe(foldPunctuationWidth('最终,模型:(可能);对吗?对!'));
  });

  test('keeps every other character, so other differences still show', () => {
    expect(foldPunctuationWidth('最终、模型。')).toBe('最终、模型。');
    expect(foldPunctuationWidth('最终，模型')).not.toBe(foldPunctuationWidth('最后，模型'));
  });

  test('display then fold gives back the source', () => {
    const source = '如果仅仅预测下一帧,特别是在视频很长的情况下,会出现compounding error(累计误差)';
    expect(foldPunctuationWidth(fullWidthPunctuation(source))).toBe(source);
  });
});
