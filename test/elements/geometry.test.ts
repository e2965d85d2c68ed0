import { expect } from '@open-wc/testing';
import { annularSector, discs, fitLabel, isLeft, layoutWheel, polar, radialRotation, textLayoutWidth } from '../../src/elements/rouages-wheel/geometry.js';
import { framework } from '../../src/sdk/index.js';

describe('wheel geometry', () => {
  it('lays out every rouage once, in the method\'s order, sectors sized by their rouages', () => {
    const layout = layoutWheel(framework);
    expect(layout.cells.map((c) => c.order)).to.deep.equal([...Array(20).keys()]);
    expect(layout.sectors.map((s) => s.cells.length)).to.deep.equal([4, 4, 3, 3, 6]);
    // Cells do not overlap and stay within one turn.
    for (let i = 1; i < layout.cells.length; i++) expect(layout.cells[i]!.start).to.be.greaterThan(layout.cells[i - 1]!.end);
    expect(layout.cells.at(-1)!.end).to.be.lessThan(2 * Math.PI);
    const widths = layout.cells.map((c) => c.end - c.start);
    expect(Math.max(...widths) - Math.min(...widths)).to.be.lessThan(1e-9);
  });

  it('measures angles clockwise from the top', () => {
    expect(polar(100, 0)).to.deep.equal([0, -100]);
    expect(polar(100, Math.PI / 2)).to.deep.equal([100, 0]);
    expect(isLeft(Math.PI * 1.5)).to.equal(true);
    expect(isLeft(Math.PI * 0.5)).to.equal(false);
    // Radial text: along the radius on the right, turned round on the left to stay upright.
    expect(radialRotation(Math.PI / 2)).to.equal(0);
    expect(radialRotation(Math.PI * 1.5)).to.equal(360);
  });

  it('draws a closed annular sector', () => {
    const d = annularSector(100, 200, 0, Math.PI / 2);
    expect(d).to.match(/^M0 -200A200 200 0 0 1 200 0L100 0A100 100 0 0 0 0 -100Z$/);
  });

  it('fits labels: the full title when there is room, else the short one broken at spaces and soft hyphens', () => {
    expect(fitLabel(['Structuration collective', 'Structu\u00ADration'], 400, 20, 1)).to.deep.equal(['Structuration collective']);
    expect(fitLabel(['Structuration collective', 'Structu\u00ADration'], 180, 20, 2)).to.deep.equal(['Structuration', 'collective']);
    expect(fitLabel(['Structuration collective', 'Structu\u00ADration'], 100, 20, 2)).to.deep.equal(['Structu-', 'ration']);
    // Nothing fits: the last candidate, cut with an ellipsis.
    expect(fitLabel(['Expérimentations'], 60, 20, 1)).to.deep.equal(['Expé…']);
  });

  it('lays text out for one width from 600 to 900 px (text grows with the wheel there), by steps of 20 px elsewhere', () => {
    expect([600, 733, 900].map(textLayoutWidth)).to.deep.equal([600, 600, 600]);
    expect([0, -5, Number.NaN].map(textLayoutWidth)).to.deep.equal([0, 0, 0]);
    expect(textLayoutWidth(320)).to.equal(320);
    expect(textLayoutWidth(331)).to.equal(340);
    expect(textLayoutWidth(1111)).to.equal(1120);
    expect(textLayoutWidth(50)).to.equal(200);
  });

  it('draws discs as one path of two arcs each', () => {
    expect(discs([[0, 0], [10, 5]], 2)).to.equal('M-2 0a2 2 0 1 0 4 0a2 2 0 1 0 -4 0M8 5a2 2 0 1 0 4 0a2 2 0 1 0 -4 0');
  });
});
