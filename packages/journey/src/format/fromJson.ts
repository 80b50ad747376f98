import * as Y from 'yjs';
import { writeComments } from '../comments/json';
import { insertRecord, metaMap, phaseKpis, toCellValue } from '../doc';
import { groupBy } from '../groupBy';
import { fromImageJson } from '../images/imageRef';
import { SCHEMA_VERSION } from '../migrations/index';
import { writeSchemaVersion } from '../migrations/run';
import { ordersBetween } from '../order';
import { SYSTEM_ORIGIN } from '../origin';
import type { CardJson, JourneyJson, JourneyMapJson, PhaseJson } from '../schema';
import { parseJourneyMap } from './parseJourneyMap';

/**
 * A new board doc from an imported map (usually `JSON.parse` of a file). Validates everything
 * first and throws a JourneyFormatError listing the problems, so a bad file creates nothing.
 * Ids are kept, so `toJson(fromJson(x))` gives back a canonical `x` exactly.
 */
export function fromJson(value: unknown): Y.Doc {
  const map = parseJourneyMap(value);
  const doc = new Y.Doc();
  writeJourneyMap(doc, map);
  return doc;
}

/**
 * Writes a validated map into an empty doc in one transaction with the system origin (an import
 * or a template is not something a user undoes step by step). Fields absent from the map are
 * not written, so they stay absent on the way back out.
 */
export function writeJourneyMap(doc: Y.Doc, map: JourneyMapJson): void {
  doc.transact(() => {
    const meta = metaMap(doc);
    meta.set('title', map.title);
    meta.set('locale', map.locale);
    writeSchemaVersion(doc, SCHEMA_VERSION);
    const personaOrders = ordersBetween(null, null, map.personas.length);
    map.personas.forEach(({ id, ...fields }, i) => {
      insertRecord(doc, 'personas', id, { ...fields, order: personaOrders[i] });
    });
    const journeyOrders = ordersBetween(null, null, map.journeys.length);
    map.journeys.forEach((journey, i) => {
      writeJourney(doc, journey, journeyOrders[i]!);
    });
    if (map.comments) writeComments(doc, map.comments);
  }, SYSTEM_ORIGIN);
}

function writeJourney(doc: Y.Doc, journey: JourneyJson, order: string): void {
  const { id: journeyId, phases, channels, cards, actions, ...fields } = journey;
  insertRecord(doc, 'journeys', journeyId, { ...fields, order });
  const phaseOrders = ordersBetween(null, null, phases.length);
  phases.forEach((phase, i) => {
    writePhase(doc, journeyId, phase, phaseOrders[i]!);
  });
  const channelOrders = ordersBetween(null, null, channels.length);
  channels.forEach(({ id, lane, ...rest }, i) => {
    // Frontstage is the default, stored as no lane (so a round trip gives the canonical file back).
    const stored = lane === 'frontstage' ? undefined : lane;
    insertRecord(doc, 'channels', id, { ...rest, lane: stored, journeyId, order: channelOrders[i] });
  });
  const cardOrders = inCellOrders(cards);
  for (const { id, phaseId, channelId, image, ...rest } of cards) {
    insertRecord(doc, 'cards', id, {
      ...rest,
      // The picture's reference; its `url` belonged to the server that wrote the file.
      image: image && fromImageJson(image),
      journeyId,
      cell: toCellValue(phaseId, channelId),
      order: cardOrders.get(id),
    });
  }
  const actionOrders = ordersBetween(null, null, actions.length);
  actions.forEach(({ id, ...rest }, i) => {
    insertRecord(doc, 'actions', id, { ...rest, journeyId, order: actionOrders[i] });
  });
}

function writePhase(doc: Y.Doc, journeyId: string, { id, kpis = [], ...fields }: PhaseJson, order: string): void {
  const phase = insertRecord(doc, 'phases', id, { ...fields, journeyId, order });
  const records = phaseKpis(phase);
  if (!records) return;
  const kpiOrders = ordersBetween(null, null, kpis.length);
  kpis.forEach(({ id: kpiId, ...kpi }, i) => {
    const record = new Y.Map<unknown>();
    for (const [key, value] of Object.entries(kpi)) if (value !== undefined) record.set(key, value);
    record.set('order', kpiOrders[i]);
    records.set(kpiId, record);
  });
}

/** Order keys per cell (and for the tray), following the cards' relative order in the file. */
function inCellOrders(cards: readonly CardJson[]): Map<string, string> {
  const cells = groupBy(cards, (card) => (card.phaseId === null ? '' : `${card.phaseId}\n${card.channelId}`));
  const orders = new Map<string, string>();
  for (const inCell of cells.values()) {
    const keys = ordersBetween(null, null, inCell.length);
    inCell.forEach((card, i) => {
      orders.set(card.id, keys[i]!);
    });
  }
  return orders;
}
