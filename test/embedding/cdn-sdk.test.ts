import { expect, waitUntil } from '@open-wc/testing';

/**
 * Page scripts reach the SDK from the CDN through dist/rouages-sdk.min.js (src/cdn-sdk.ts): the
 * main file keeps what the provider and the wheel need, so a page with only the wheel does not
 * download the plan, the CSV or the collective report. Both files share one copy of the
 * framework and the messages: what the SDK computes is what the elements show.
 */
type Sdk = typeof import('../../src/sdk/api.js');

describe('the SDK on the CDN (rouages-sdk.min.js)', () => {
  it('gives page scripts the SDK, beside the elements of rouages.min.js', async () => {
    const sdk = (await import('/dist/rouages-sdk.min.js' as string)) as Sdk;
    await import('/dist/rouages.min.js' as string);
    const sample = await (await fetch('/test-data/phare-2021.json')).json();
    const parsed = sdk.parseDiagnostic(sample);
    expect(parsed.success).to.equal(true);
    if (!parsed.success) return;
    const first = sdk.framework.rouages[0]!;
    const score = sdk.scoreDiagnostic(parsed.data);
    expect(score.rouages).to.have.length(sdk.framework.rouages.length);
    // The functions the main file no longer carries: CSV, plan, share links, collective report.
    expect(sdk.toCSV(parsed.data)).to.contain(first.title);
    expect(sdk.planToCSV(sdk.createPlan({ project: 'Essai' }))).to.be.a('string');
    const link = sdk.encodeShareLink(parsed.data);
    expect(sdk.decodeShareLink(link).success).to.equal(true);
    expect(sdk.aggregateDiagnostics([parsed.data, parsed.data]).respondents).to.have.length(2);

    // One framework: a rouage the wheel shows carries the title the SDK's framework gives.
    const wheel = document.createElement('rouages-wheel') as HTMLElement & { diagnostic: unknown; updateComplete: Promise<boolean> };
    wheel.diagnostic = parsed.data;
    document.body.append(wheel);
    await waitUntil(() => wheel.shadowRoot?.textContent?.includes(first.title), 'the wheel shows the rouages');
    wheel.remove();
  });

  it('speaks English to a page script that asks for it, with no element on the page', async () => {
    const sdk = (await import('/dist/rouages-sdk.min.js' as string)) as Sdk;
    const read = sdk.parsePlan('{"schema":', undefined, { locale: 'en' });
    expect(read.success).to.equal(false);
    if (!read.success) expect(read.error.message).to.equal('The action plan is not valid. This text is not readable JSON.');
    const diagnostic = sdk.parseDiagnostic([], undefined, { locale: 'en-GB' });
    if (!diagnostic.success) expect(diagnostic.error.message).to.match(/^The diagnostic is not valid/);
  });

  it('leaves the SDK out of the main file: it exports the elements and load(), not the SDK', async () => {
    const cdn = (await import('/dist/rouages.min.js' as string)) as Record<string, unknown>;
    expect(cdn.load).to.be.a('function');
    expect(cdn.RouagesWheel).to.be.a('function');
    expect(cdn.toCSV).to.equal(undefined);
  });
});
