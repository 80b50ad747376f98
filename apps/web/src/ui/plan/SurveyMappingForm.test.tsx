// @vitest-environment happy-dom
import type { SurveyMapping } from '@parcours/journey';
import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { setupComponentTests } from '../../testing/componentTest';
import { SurveyMappingForm } from './SurveyMappingForm';

setupComponentTests();

/** The form as the import dialog holds it: the mapping in state, every change recorded. */
function Host(props: { header: readonly string[]; initial: SurveyMapping | null; changes: (SurveyMapping | null)[] }) {
  const [mapping, setMapping] = useState(props.initial);
  return (
    <SurveyMappingForm
      header={props.header}
      mapping={mapping}
      onChange={(next) => {
        props.changes.push(next);
        setMapping(next);
      }}
    />
  );
}

function renderForm(header: readonly string[], initial: SurveyMapping | null = null) {
  const changes: (SurveyMapping | null)[] = [];
  render(<Host header={header} initial={initial} changes={changes} />);
  const select = (name: string) => screen.getByRole('combobox', { name }) as HTMLSelectElement;
  return { changes, select, last: () => changes.at(-1) };
}

describe('SurveyMappingForm', () => {
  it('starts from the touchpoint column, then maps each figure to a column with its scale', () => {
    const { select, last } = renderForm(['Étape', 'Satisfaction', '', 'Avis']);
    expect(select('CSAT').disabled).toBe(true);
    fireEvent.change(select('Colonne du point de contact'), { target: { value: '0' } });
    expect(last()).toEqual({ header: true, touchpoint: { column: 0, by: 'text' } });
    fireEvent.change(select('CSAT'), { target: { value: '1' } });
    expect(last()?.csat).toEqual({ column: 1, scale: '1-5' });
    fireEvent.change(select('Valeurs CSAT'), { target: { value: '0-100' } });
    expect(last()?.csat).toEqual({ column: 1, scale: '0-100' });
    fireEvent.change(select('Commentaire'), { target: { value: '3' } });
    expect(last()?.comment).toEqual({ column: 3 });
    // An unnamed column is offered by its number.
    expect([...select('NPS').options].map((o) => o.text)).toContain('Colonne 3');
  });

  it('matches by id when asked, unmaps a figure, and forgets everything when no touchpoint column is left', () => {
    const { select, last } = renderForm(['id', 'nps'], {
      header: true,
      touchpoint: { column: 0, by: 'text' },
      nps: { column: 1, scale: '0-10' },
    });
    fireEvent.change(select('Reconnaître par'), { target: { value: 'id' } });
    expect(last()?.touchpoint).toEqual({ column: 0, by: 'id' });
    expect(last()?.nps).toEqual({ column: 1, scale: '0-10' });
    expect([...select('Valeurs NPS').options].map((o) => o.value)).toEqual(['0-10', '-100-100']);
    fireEvent.change(select('Valeurs NPS'), { target: { value: '-100-100' } });
    expect(last()?.nps).toEqual({ column: 1, scale: '-100-100' });
    fireEvent.change(select('NPS'), { target: { value: '' } });
    expect(last()).not.toHaveProperty('nps');
    expect(screen.queryByRole('combobox', { name: 'Valeurs NPS' })).toBeNull();
    fireEvent.change(select('Colonne du point de contact'), { target: { value: '' } });
    expect(last()).toBeNull();
  });
});
