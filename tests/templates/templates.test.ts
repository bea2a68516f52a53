import { describe, expect, it } from 'vitest';
import { PACKS } from '../../lib/packs';
import { BUILT_IN_TEMPLATES, templatesFor, templateSchema } from '../../lib/templates/templates';
import { fillTemplate, findBlanks } from '../../lib/templates/fill';

const byId = (id: string) => {
  const t = BUILT_IN_TEMPLATES.find((x) => x.id === id);
  if (!t) throw new Error(`no template ${id}`);
  return t;
};

describe('note templates', () => {
  it('offers a template for every kind of contact staff document', () => {
    expect(BUILT_IN_TEMPLATES.map((t) => t.id).sort()).toEqual(
      ['alternate', 'attempt', 'in-person', 'letter-response', 'provider', 'telephone'].sort(),
    );
  });

  it('fills what the page knows and leaves the rest as visible blanks', () => {
    const { text, blanks } = fillTemplate(byId('telephone'), { participantName: 'Dana Whitfield', activity: 'CNA training', date: '11/24/2026' });
    expect(text).toContain('spoke with Dana Whitfield by phone on 11/24/2026');
    expect(text).toContain('Progress in CNA training:');
    expect(blanks.map((b) => b.label)).toEqual(['attendance, grades or hours completed', 'why continuing services is justified', 'next step and when']);
    for (const b of blanks) expect(text.slice(b.start, b.end)).toBe(`[[${b.label}]]`);
  });

  it('never guesses a value the page did not give', () => {
    const { text } = fillTemplate(byId('in-person'), { participantName: '  ', activity: null });
    expect(text).toContain('[[participant name]]');
    expect(text).toContain('[[enrolled activity]]');
    expect(text).toContain('[[contact date (MM/DD/YYYY)]]');
  });

  it('keeps a hostile name as plain text in the note', () => {
    const { text } = fillTemplate(byId('telephone'), { participantName: '<img src=x onerror=alert(1)>' });
    expect(text).toContain('<img src=x onerror=alert(1)>');
  });

  it('finds no blanks once they are filled in', () => {
    expect(findBlanks('Progress: attending daily. Next step: TC 12/1.')).toEqual([]);
  });

  it('offers the Minnesota monthly note only with the Minnesota pack', () => {
    expect(templatesFor(PACKS['mn-wf1']).some((t) => t.id === 'mn-monthly')).toBe(true);
    expect(templatesFor(PACKS['mo-dwd-toolbox']).some((t) => t.id === 'mn-monthly')).toBe(false);
  });

  it('lets an agency template replace a built-in one with the same id', () => {
    const custom = templateSchema.parse({ id: 'telephone', label: 'Agency phone note', body: 'Agency text {{date}}' });
    const list = templatesFor(PACKS['mo-dwd-toolbox'], [custom]);
    expect(list.filter((t) => t.id === 'telephone')).toEqual([custom]);
  });

  it('rejects a template with a bad id with a clear message', () => {
    const result = templateSchema.safeParse({ id: 'Bad Id!', label: 'x', body: 'y' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/lower-case/);
  });
});
