import { describe, expect, it } from 'vitest';
import { headerDropTarget } from './headerDrop';
import { layoutBoard } from './layout';
import { sampleView } from './testView';

describe('headerDropTarget', () => {
  const { view, phaseIds, channelIds } = sampleView(30);
  const layout = layoutBoard(view);
  const col = (i: number) => layout.columns[i]!;

  it('moves a phase before the column whose middle is right of the pointer', () => {
    const p = { x: col(4).x + 10, y: col(4).header.y + 5 };
    expect(headerDropTarget(layout, 'phase', phaseIds[0]!, p)?.before).toBe(phaseIds[4]);
    const end = { x: col(7).x + col(7).w - 5, y: 100 };
    expect(headerDropTarget(layout, 'phase', phaseIds[2]!, end)?.before).toBeNull();
  });

  it('says nothing when the drop keeps the order', () => {
    const own = { x: col(2).x + col(2).w / 2, y: 100 };
    expect(headerDropTarget(layout, 'phase', phaseIds[2]!, own)).toBeNull();
  });

  it('moves channels by the vertical position', () => {
    const row = layout.rows[1]!;
    expect(headerDropTarget(layout, 'channel', channelIds[5]!, { x: 10, y: row.y + 5 })?.before).toBe(channelIds[1]);
  });
});
