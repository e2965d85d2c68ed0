import { expect } from 'chai';
import { csvField, framework, parseFramework, toCSV } from '../../src/sdk/index.js';
import english from '../../framework/rouages.en.json';
import { diagnosticWith } from './helpers.js';

/** Splits CSV text in rows of fields (the format toCSV writes: every field quoted). */
function parseCsv(text: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === delimiter) row.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++;
    else field += c;
  }
  return rows;
}

describe('toCSV', () => {
  const d = diagnosticWith({ 'pilote.i1': 3, 'pilote.i2': null }, { 'pilote.q1': '=HYPERLINK("http://x")', 'pilote.q2': 'Des "guillemets";\nsur deux lignes' }, { respondent: { name: 'Ana' } });

  it('starts with a BOM, ends lines with CRLF, quotes every field', () => {
    const csv = toCSV(d);
    expect(csv.startsWith('\uFEFF"Projet";"Répondant"')).to.equal(true);
    expect(csv.endsWith('\r\n')).to.equal(true);
    expect(csv.split('\r\n').filter(Boolean)).to.have.length(1 + 51 + 2);
  });

  it('writes one row per rated item, then the notes', () => {
    const rows = parseCsv(toCSV(d).slice(1), ';');
    expect(rows[0]).to.deep.equal(['Projet', 'Répondant', 'Rôle', 'Organisation', 'Date', 'Dimension', 'Rouage', 'Type', 'Identifiant', 'Texte', 'Note', 'Libellé de la note', 'Réponse']);
    expect(rows[1]).to.deep.equal(['Projet test', 'Ana', '', '', '2024-05-31', 'Acteurs', 'Pilote', 'Indicateur', 'pilote.i1', 'Mise à disposition de temps dédié de personnes ressources', '3', 'Atteint', '']);
    expect(rows[2]!.slice(10, 12)).to.deep.equal(['', 'Je ne sais pas / non concerné']);
    expect(rows[3]!.slice(10, 12)).to.deep.equal(['', '']);
    const mission = rows.find((r) => r[8] === 'aspiration-sociale-collective.mission')!;
    expect(mission[7]).to.equal('Mission');
    expect(rows.at(-2)!.slice(7, 9)).to.deep.equal(['Question', 'pilote.q1']);
    expect(rows.at(-1)![12]).to.equal('Des "guillemets";\nsur deux lignes');
  });

  it('never lets a note run as a formula', () => {
    const rows = parseCsv(toCSV(d).slice(1), ';');
    expect(rows.at(-2)![12]).to.equal('\'=HYPERLINK("http://x")');
    for (const start of ['=', '+', '-', '@', '\t']) expect(csvField(`${start}1`)).to.equal(`"'${start}1"`);
    expect(csvField(-1)).to.equal('"-1"');
  });

  it('uses the English framework\'s words and a comma there; several diagnostics in one table', () => {
    const parsed = parseFramework(english);
    if (!parsed.success) throw new Error(parsed.error.message);
    const rows = parseCsv(toCSV([d, d], parsed.data).slice(1), ',');
    expect(rows[0]![0]).to.equal('Project');
    expect(rows[1]![11]).to.equal('Achieved');
    expect(rows).to.have.length(1 + 2 * (51 + 2));
    expect(toCSV(d, framework, { delimiter: ',' }).split('\r\n')[0]).to.contain('"Projet","Répondant"');
  });
});
