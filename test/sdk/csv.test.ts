import { expect } from 'chai';
import { aggregateDiagnostics, csvField, framework, indexFramework, parseFramework, scoreDiagnostic, toCollectiveCSV, toCSV, type Diagnostic, type Framework } from '../../src/sdk/index.js';
import english from '../../framework/rouages.en.json';
import phare2021 from '../../demo/samples/phare-2021.json';
import comite1 from '../../demo/samples/comite-1.json';
import comite2 from '../../demo/samples/comite-2.json';
import comite3 from '../../demo/samples/comite-3.json';
import comite4 from '../../demo/samples/comite-4.json';
import comite5 from '../../demo/samples/comite-5.json';
import { diagnosticWith } from './helpers.js';

/**
 * Reads CSV text as RFC 4180 says (fields quoted or not, "" for a quote inside quotes, line
 * breaks inside quotes, CRLF or LF between records), after an optional byte order mark, as a
 * spreadsheet would. Refuses what a spreadsheet would misread: a quote in an unquoted field,
 * text after a closing quote, an unclosed quote, rows of different lengths.
 */
function parseCsv(text: string, delimiter: string): Record<string, string>[] & { header: string[] } {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = text.startsWith('\uFEFF') ? 1 : 0;
  let quoted = false;
  let closed = false;
  const endField = () => {
    row.push(field);
    field = '';
    closed = false;
  };
  for (; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c !== '"') field += c;
      else if (text[i + 1] === '"') (field += '"'), i++;
      else (quoted = false), (closed = true);
    } else if (c === delimiter) endField();
    else if (c === '\r' || c === '\n') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endField();
      rows.push(row);
      row = [];
    } else if (closed) throw new Error(`text after a closing quote at ${i}`);
    else if (c === '"') {
      if (field) throw new Error(`a quote inside an unquoted field at ${i}`);
      quoted = true;
    } else field += c;
  }
  if (quoted) throw new Error('a quote left open');
  if (field || row.length) endField(), rows.push(row);
  const [header, ...records] = rows;
  for (const record of records) if (record.length !== header!.length) throw new Error(`a row of ${record.length} fields under ${header!.length} headers`);
  const objects = records.map((record) => Object.fromEntries(header!.map((name, j) => [name, record[j]!])));
  return Object.assign(objects, { header: header! });
}

/** A percentage as the French CSV writes it, read back. */
const frenchNumber = (text: string | undefined) => (text === '' || text === undefined ? null : Number(text.replace(',', '.')));
const percentOf = (score: number | null) => (score === null ? null : Math.round(score * 1000) / 10);

const english_ = (() => {
  const parsed = parseFramework(english);
  if (!parsed.success) throw new Error(parsed.error.message);
  return parsed.data as Framework;
})();
const sample = phare2021 as Diagnostic;
const committee = [comite1, comite2, comite3, comite4, comite5] as Diagnostic[];
const rouageTitle = (id: string | null, f: Framework = framework) => (id === null ? '' : indexFramework(f).rouage.get(id)!.title);

describe('the CSV parser of these tests', () => {
  it('reads quotes, delimiters and line breaks inside quotes, and refuses broken text', () => {
    const rows = parseCsv('a;b\r\n"x ""y""";"1;\n2"\nplain;\r\n', ';');
    expect(rows).to.deep.equal([{ a: 'x "y"', b: '1;\n2' }, { a: 'plain', b: '' }]);
    expect(() => parseCsv('a;b\r\n"x"y;1\r\n', ';')).to.throw(/after a closing quote/);
    expect(() => parseCsv('a;b\r\n"x;1\r\n', ';')).to.throw(/left open/);
    expect(() => parseCsv('a;b\r\nx\r\n', ';')).to.throw(/1 fields under 2/);
  });
});

describe('toCSV', () => {
  const d = diagnosticWith({ 'pilote.i1': 3, 'pilote.i2': null }, { 'pilote.q1': '=HYPERLINK("http://x")', 'pilote.q2': 'Des "guillemets";\nsur deux lignes' }, { respondent: { name: 'Ana', role: 'Coordinatrice', organisation: 'PTCE' } });

  it('starts with a BOM, ends lines with CRLF, quotes every field', () => {
    const csv = toCSV(d);
    expect(csv.startsWith('\uFEFF"Projet";"Répondant"')).to.equal(true);
    expect(csv.endsWith('\r\n')).to.equal(true);
    // 51 rated items, 2 notes, 20 rouages, 5 dimensions, the whole.
    expect(parseCsv(csv, ';')).to.have.length(51 + 2 + 20 + 5 + 1);
  });

  it('writes one row per rated item, then the notes, each at the item level', () => {
    const rows = parseCsv(toCSV(d), ';');
    expect(rows.header).to.deep.equal(['Projet', 'Répondant', 'Rôle', 'Organisation', 'Date', 'Dimension', 'Rouage', 'Type', 'Identifiant', 'Texte', 'Note', 'Libellé de la note', 'Réponse', 'Niveau', 'Score (%)', 'Prochain rouage', 'N° du diagnostic']);
    expect(Object.values(rows[0]!)).to.deep.equal(['Projet test', 'Ana', 'Coordinatrice', 'PTCE', '2024-05-31', 'Acteurs', 'Pilote', 'Indicateur', 'pilote.i1', 'Mise à disposition de temps dédié de personnes ressources', '3', 'Atteint', '', 'Élément', '', '', '1']);
    expect([rows[1]!.Note, rows[1]!['Libellé de la note']]).to.deep.equal(['', 'Je ne sais pas / non concerné']);
    expect([rows[2]!.Note, rows[2]!['Libellé de la note']]).to.deep.equal(['', '']);
    expect(rows.find((r) => r.Identifiant === 'aspiration-sociale-collective.mission')!.Type).to.equal('Mission');
    const notes = rows.filter((r) => r.Type === 'Question');
    expect(notes.map((r) => [r.Identifiant, r.Niveau])).to.deep.equal([['pilote.q1', 'Élément'], ['pilote.q2', 'Élément']]);
    expect(notes[1]!.Réponse).to.equal('Des "guillemets";\nsur deux lignes');
  });

  it('gives each rouage and dimension its score, each dimension its next gear, and the overall score', () => {
    const rows = parseCsv(toCSV(sample), ';');
    const score = scoreDiagnostic(sample);
    const level = (name: string) => rows.filter((r) => r.Niveau === name);
    expect(level('Rouage').map((r) => [r.Identifiant, frenchNumber(r['Score (%)'])])).to.deep.equal(score.rouages.map((r) => [r.id, percentOf(r.score)]));
    expect(level('Dimension').map((r) => [r.Identifiant, r.Dimension, frenchNumber(r['Score (%)']), r['Prochain rouage']])).to.deep.equal(
      score.dimensions.map((dim) => [dim.id, framework.dimensions.find((x) => x.id === dim.id)!.title, percentOf(dim.score), rouageTitle(dim.next)]),
    );
    expect(level('Ensemble').map((r) => frenchNumber(r['Score (%)']))).to.deep.equal([percentOf(score.overall)]);
    // Something to read, not only empty cells: the sample has scores and next gears.
    expect(level('Dimension').some((r) => r['Prochain rouage'] !== '')).to.equal(true);
    expect(level('Rouage').every((r) => r['Score (%)'] === '' || /^\d+(,\d)?$/.test(r['Score (%)']!))).to.equal(true);
  });

  it('can be pivoted: the mean of a dimension\'s scored rouage rows is its dimension row', () => {
    const rows = parseCsv(toCSV(sample), ';');
    for (const dimension of rows.filter((r) => r.Niveau === 'Dimension')) {
      const scores = rows.filter((r) => r.Niveau === 'Rouage' && r.Dimension === dimension.Dimension && r['Score (%)'] !== '').map((r) => frenchNumber(r['Score (%)'])!);
      if (!scores.length) continue;
      expect(scores.reduce((a, b) => a + b, 0) / scores.length, dimension.Dimension).to.be.closeTo(frenchNumber(dimension['Score (%)'])!, 0.1);
    }
  });

  it('leaves the name, role and organisation out with personalDetails: false, and keeps the rest', () => {
    const rows = parseCsv(toCSV(d, framework, { personalDetails: false }), ';');
    expect(rows.every((r) => r.Répondant === '' && r.Rôle === '' && r.Organisation === '')).to.equal(true);
    expect(rows[0]!.Projet).to.equal('Projet test');
    expect(rows.filter((r) => r.Type === 'Question')).to.have.length(2);
    expect(d.respondent).to.deep.equal({ name: 'Ana', role: 'Coordinatrice', organisation: 'PTCE' });
    expect(parseCsv(toCSV(d), ';').every((r) => r.Répondant === 'Ana')).to.equal(true);
  });

  it('never lets a note run as a formula', () => {
    const rows = parseCsv(toCSV(d), ';');
    expect(rows.find((r) => r.Identifiant === 'pilote.q1')!.Réponse).to.equal('\'=HYPERLINK("http://x")');
    for (const start of ['=', '+', '-', '@', '\t']) expect(csvField(`${start}1`)).to.equal(`"'${start}1"`);
    expect(csvField(-1)).to.equal('"-1"');
  });

  it('uses the English framework\'s words, a comma and a decimal point there; several diagnostics numbered in one table', () => {
    const rows = parseCsv(toCSV([d, sample], english_), ',');
    expect(rows.header.slice(13)).to.deep.equal(['Level', 'Score (%)', 'Next gear', 'Diagnosis no.']);
    expect(rows[0]!.Project).to.equal('Projet test');
    expect(rows[0]!['Rating label']).to.equal('Achieved');
    expect(new Set(rows.map((r) => r['Diagnosis no.']))).to.deep.equal(new Set(['1', '2']));
    expect(rows.filter((r) => r['Diagnosis no.'] === '2' && r.Level === 'Overall').map((r) => Number(r['Score (%)']))).to.deep.equal([percentOf(scoreDiagnostic(sample).overall)]);
    const overall = rows.find((r) => r['Diagnosis no.'] === '2' && r.Level === 'Overall')!['Score (%)'];
    expect(overall).to.match(/^\d+(\.\d)?$/);
    expect(toCSV(d, framework, { delimiter: ',' }).split('\r\n')[0]).to.contain('"Projet","Répondant"');
  });
});

describe('toCollectiveCSV', () => {
  const rows = parseCsv(toCollectiveCSV(committee), ';');
  const aggregate = aggregateDiagnostics(committee);
  const level = (name: string) => rows.filter((r) => r.Niveau === name);

  it('has one row per item, rouage and dimension, and the whole, with no respondent\'s name', () => {
    expect(rows.header).to.deep.equal(['Projet', 'Répondants', 'Niveau', 'Dimension', 'Rouage', 'Type', 'Identifiant', 'Texte', 'Note moyenne', 'Score (%)', 'Min (%)', 'Max (%)', 'Réponses', 'Ne sait pas', 'À discuter', 'Prochain rouage']);
    expect([level('Élément').length, level('Rouage').length, level('Dimension').length, level('Ensemble').length]).to.deep.equal([51, 20, 5, 1]);
    expect(new Set(rows.map((r) => r.Répondants))).to.deep.equal(new Set(['5']));
    const names = committee.map((c) => c.respondent?.name).filter(Boolean) as string[];
    expect(names).to.not.be.empty;
    const text = toCollectiveCSV(committee);
    for (const name of names) expect(text).to.not.contain(name);
  });

  it('gives the group\'s means, lowest and highest, counts, points to discuss and next gears', () => {
    for (const row of level('Élément')) {
      const a = aggregate.items[row.Identifiant!]!;
      const mean = frenchNumber(row['Note moyenne']);
      if (a.mean === null) expect(mean, row.Identifiant).to.equal(null);
      else expect(mean, row.Identifiant).to.be.closeTo(a.mean, 0.005);
      const ofRating = (rating: number | null) => percentOf(rating === null ? null : rating / 3);
      expect([frenchNumber(row['Min (%)']), frenchNumber(row['Max (%)'])]).to.deep.equal([ofRating(a.min), ofRating(a.max)]);
      expect([Number(row.Réponses), Number(row['Ne sait pas'])]).to.deep.equal([a.count, a.unknown]);
    }
    expect(level('Élément').filter((r) => r['À discuter'] === 'Oui').map((r) => r.Identifiant).sort()).to.deep.equal(aggregate.divergent.map((d) => d.id).sort());
    expect(aggregate.divergent).to.not.be.empty;
    expect(level('Rouage').map((r) => [r.Identifiant, frenchNumber(r['Score (%)']), Number(r.Réponses), r['À discuter'] === 'Oui'])).to.deep.equal(
      aggregate.rouages.map((r) => [r.id, percentOf(r.mean), r.count, r.divergent]),
    );
    expect(level('Dimension').map((r) => [r.Identifiant, frenchNumber(r['Score (%)']), r['Prochain rouage']])).to.deep.equal(aggregate.dimensions.map((d) => [d.id, percentOf(d.mean), rouageTitle(d.next)]));
    expect(frenchNumber(level('Ensemble')[0]!['Score (%)'])).to.equal(percentOf(aggregate.overall));
  });

  it('speaks English with the English framework, with a comma and a decimal point', () => {
    const en = parseCsv(toCollectiveCSV(committee, english_), ',');
    expect(en.header[2]).to.equal('Level');
    expect(en.filter((r) => r.Level === 'Gear')).to.have.length(20);
    expect(en.find((r) => r.Level === 'Overall')!['Score (%)']).to.match(/^\d+(\.\d)?$/);
  });
});
