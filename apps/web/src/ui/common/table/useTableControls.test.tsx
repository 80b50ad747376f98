// @vitest-environment happy-dom
import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { setupComponentTests } from '../../../testing/componentTest';
import { SortHeader } from './SortHeader';
import { matchesQuery, sortRows } from './sortRows';
import { TableFilters } from './TableFilters';
import { type TableSpec, useTableControls } from './useTableControls';

setupComponentTests();

type Fruit = { name: string; colour: 'red' | 'green'; stock: number };
const FRUITS: Fruit[] = [
  { name: 'Pomme', colour: 'green', stock: 3 },
  { name: 'Cerise', colour: 'red', stock: 12 },
  { name: 'Épinard', colour: 'green', stock: 7 },
  { name: 'Fraise', colour: 'red', stock: 1 },
];

const SPEC: TableSpec<Fruit, 'name' | 'stock', Fruit['colour']> = {
  initialSort: { key: 'name', descending: false },
  descendingFirst: (key) => key === 'stock',
  filter: (rows, query, colour) =>
    rows.filter((r) => (colour === 'all' || r.colour === colour) && matchesQuery([r.name], query)),
  sort: (rows, sort) => sortRows(rows, (r) => r[sort.key], sort.descending),
};

function Fruits() {
  const table = useTableControls(FRUITS, SPEC);
  return (
    <>
      <TableFilters
        className="filters"
        searchLabel="Chercher"
        selectLabel="Couleur"
        allLabel="Toutes"
        options={[
          { value: 'red', label: 'Rouge' },
          { value: 'green', label: 'Verte' },
        ]}
        {...table.filters}
      />
      <table>
        <thead>
          <tr>
            <SortHeader column="name" sort={table.sort} label="Nom" onSort={table.onSort} />
            <SortHeader column="stock" sort={table.sort} label="Stock" onSort={table.onSort} />
          </tr>
        </thead>
        <tbody>
          {table.rows.map((r) => (
            <tr key={r.name}>
              <td>{r.name}</td>
              <td>{r.stock}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

const names = () =>
  screen
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell')[0]!.textContent);
const clickHeader = (name: string) =>
  fireEvent.click(within(screen.getByRole('columnheader', { name: new RegExp(`^${name}`) })).getByRole('button'));

describe('useTableControls', () => {
  it('sorts by the initial column, then by the header clicked: its first direction, then the other', () => {
    render(<Fruits />);
    expect(names()).toEqual(['Cerise', 'Épinard', 'Fraise', 'Pomme']);
    clickHeader('Stock');
    expect(names()).toEqual(['Cerise', 'Épinard', 'Pomme', 'Fraise']);
    clickHeader('Stock');
    expect(names()).toEqual(['Fraise', 'Pomme', 'Épinard', 'Cerise']);
    clickHeader('Nom');
    expect(names()).toEqual(['Cerise', 'Épinard', 'Fraise', 'Pomme']);
  });

  it('filters by the search box and the select together, keeping the sort', () => {
    render(<Fruits />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Couleur' }), { target: { value: 'green' } });
    expect(names()).toEqual(['Épinard', 'Pomme']);
    fireEvent.change(screen.getByRole('searchbox', { name: 'Chercher' }), { target: { value: 'epi' } });
    expect(names()).toEqual(['Épinard']);
    fireEvent.change(screen.getByRole('combobox', { name: 'Couleur' }), { target: { value: 'all' } });
    fireEvent.change(screen.getByRole('searchbox', { name: 'Chercher' }), { target: { value: '' } });
    expect(names()).toEqual(['Cerise', 'Épinard', 'Fraise', 'Pomme']);
  });
});
