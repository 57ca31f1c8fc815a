import { describe, expect, test } from 'vitest';
import { repairSlideXml } from './repair-slide-xml.ts';

describe('repairSlideXml', () => {
  test('keeps only the first paragraph properties, before the runs', () => {
    const xml =
      '<a:p><a:pPr algn="l"><a:lnSpc><a:spcPts val="3029"/></a:lnSpc></a:pPr><a:r><a:t>def</a:t></a:r>' +
      '<a:pPr indent="0" marL="0"><a:buNone/></a:pPr><a:r><a:t> f</a:t></a:r><a:br/><a:pPr marL="0"/><a:r><a:t>x</a:t></a:r></a:p>';
    expect(repairSlideXml(xml)).toBe('<a:p><a:pPr algn="l"><a:lnSpc><a:spcPts val="3029"/></a:lnSpc></a:pPr><a:r><a:t>def</a:t></a:r><a:r><a:t> f</a:t></a:r><a:br/><a:r><a:t>x</a:t></a:r></a:p>');
  });

  test('drops properties that follow a run even when the paragraph had none first', () => {
    expect(repairSlideXml('<a:p><a:r><a:t>a</a:t></a:r><a:pPr><a:buNone/></a:pPr><a:r><a:t>b</a:t></a:r></a:p>')).toBe('<a:p><a:r><a:t>a</a:t></a:r><a:r><a:t>b</a:t></a:r></a:p>');
  });

  test('adds the effect list to a solid background and a text body to a bare shape', () => {
    expect(repairSlideXml('<p:bg><p:bgPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill></p:bgPr></p:bg>')).toContain('</a:solidFill><a:effectLst/></p:bgPr>');
    expect(repairSlideXml('<p:sp><p:spPr><a:prstGeom prst="rect"/></p:spPr></p:sp>')).toContain('</p:spPr><p:txBody><a:bodyPr/><a:lstStyle/><a:p>');
  });
});
